package io.rectify.contracts.common;

public record Product(String partNumber, String name) {
}
