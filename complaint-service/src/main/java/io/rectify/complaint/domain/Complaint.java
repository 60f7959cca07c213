package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Customer;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.Severity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint case: plain Java, no framework. {@link #decide} turns a command into events (or
 * refuses it), {@link #apply} folds an event into the next state. Nothing else changes a case.
 */
public record Complaint(UUID id,
                        String reference,
                        ComplaintStatus status,
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
                        DueDates dueDates,
                        Instant acknowledgedAt) {

    /** The case before its complaint form arrived. */
    public static Complaint none(UUID id) {
        return new Complaint(id, null, ComplaintStatus.NONE, null, null, null, null, 0, 0, null, null, null, null, null,
                null, null);
    }

    public List<String> allowedCommands() {
        return ComplaintLifecycle.allowedCommands(status);
    }

    public List<ComplaintEvent> decide(ComplaintCommand command) {
        ComplaintLifecycle.transition(status, command.name());
        if (command instanceof ComplaintCommand.File file) {
            return List.of(new ComplaintEvent.Received(id, file.reference(), file.customer(), file.channel(),
                    file.product(), file.lotNumber(), file.quantityAffected(), file.remainingStock(), file.description(),
                    file.occurrence(), file.severity(), file.requestedRemedy() == null ? Remedy.NONE : file.requestedRemedy(),
                    file.receivedAt(), file.dueDatePolicy().dueDatesFor(file.severity(), file.receivedAt())));
        }
        if (command instanceof ComplaintCommand.Acknowledge acknowledge) {
            return List.of(new ComplaintEvent.Acknowledged(id, acknowledge.comment(), acknowledge.at()));
        }
        throw new IllegalArgumentException("unhandled command " + command.name());
    }

    public Complaint apply(ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Received received) {
            return new Complaint(received.complaintId(), received.reference(), ComplaintStatus.RECEIVED,
                    received.customer(), received.channel(), received.product(), received.lotNumber(),
                    received.quantityAffected(), received.remainingStock(), received.description(), received.occurrence(),
                    received.severity(), received.requestedRemedy(), received.receivedAt(), received.dueDates(), null);
        }
        if (event instanceof ComplaintEvent.Acknowledged acknowledged) {
            return withStatus(ComplaintStatus.ACKNOWLEDGED, acknowledged.acknowledgedAt());
        }
        throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
    }

    private Complaint withStatus(ComplaintStatus next, Instant acknowledged) {
        return new Complaint(id, reference, next, customer, channel, product, lotNumber, quantityAffected, remainingStock,
                description, occurrence, severity, requestedRemedy, receivedAt, dueDates, acknowledged);
    }
}
