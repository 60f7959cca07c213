package io.rectify.contracts.complaint;

public record Product(String partNumber, String name) {
}
