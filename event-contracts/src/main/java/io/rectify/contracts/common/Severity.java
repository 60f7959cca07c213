package io.rectify.contracts.common;

public enum Severity {
    CRITICAL, MAJOR, MINOR
}
