package io.rectify.contracts.common;

import java.math.BigDecimal;

/** An amount of money in an ISO 4217 currency, e.g. {@code 1250.00 EUR}. */
public record Money(BigDecimal amount,
                    String currency) {

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
