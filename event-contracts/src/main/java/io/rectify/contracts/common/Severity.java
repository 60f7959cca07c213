package io.rectify.contracts.complaint;

public enum Severity {
    CRITICAL, MAJOR, MINOR
}
