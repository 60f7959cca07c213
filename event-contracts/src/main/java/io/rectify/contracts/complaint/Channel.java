package io.rectify.contracts.complaint;

/** How the complaint reached us (ISO 10002 asks that every channel is accepted and recorded). */
public enum Channel {
    PHONE, EMAIL, WEB_FORM, API, CRM
}
