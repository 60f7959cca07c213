package io.rectify.contracts.common;

/** The customer as written on the complaint form; {@code language} is null when they did not say. */
public record Customer(String id,
                       String name,
                       String email,
                       Language language) {
}
