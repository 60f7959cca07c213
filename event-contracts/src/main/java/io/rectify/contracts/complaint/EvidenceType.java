package io.rectify.contracts.complaint;

public enum EvidenceType {
    DOCUMENT, PHOTO, MEASUREMENT, TEST_REPORT, SAMPLE, CORRESPONDENCE, OTHER
}
