package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.Customer;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.Severity;

import java.time.Instant;

/** What a user asks of a complaint case. Each command's {@code NAME} is its API name. */
public sealed interface ComplaintCommand {

    String name();

    /** The customer's complaint form, with the reference the case was given. */
    record File(String reference,
                Customer customer,
                Channel channel,
                Product product,
                String lotNumber,
                int quantityAffected,
                int remainingStock,
                String description,
                Occurrence occurrence,
                Severity severity,
                Remedy requestedRemedy,
                Instant receivedAt,
                DueDatePolicy dueDatePolicy) implements ComplaintCommand {
        public static final String NAME = "filing";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The quality team confirms to the customer that the complaint is being handled (ISO 10002). */
    record Acknowledge(String comment, Instant at) implements ComplaintCommand {
        public static final String NAME = "acknowledgement";

        @Override
        public String name() {
            return NAME;
        }
    }
}
