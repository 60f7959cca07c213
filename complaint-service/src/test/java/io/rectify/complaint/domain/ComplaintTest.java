package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Customer;
import io.rectify.contracts.complaint.Language;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.complaint.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.Severity;
import io.rectify.eventsourcing.command.CommandRejectedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ComplaintTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T08:00:00Z");
    private final UUID id = UUID.randomUUID();

    @Test
    void filingProducesAReceivedEventWithDueDatesFromThePolicy() {
        List<ComplaintEvent> events = Complaint.none(id).decide(filing(Severity.CRITICAL, null));

        ComplaintEvent.Received received = assertInstanceOf(ComplaintEvent.Received.class, events.get(0));
        assertEquals(1, events.size());
        assertEquals(id, received.complaintId());
        assertEquals(Remedy.NONE, received.requestedRemedy(), "no remedy asked means NONE, never null");
        assertEquals(RECEIVED_AT.plus(Duration.ofHours(24)), received.dueDates().acknowledgement());
        assertEquals(RECEIVED_AT.plus(Duration.ofHours(24)), received.dueDates().containment());
        assertEquals(RECEIVED_AT.plus(Duration.ofDays(10)), received.dueDates().response());
        assertEquals(RECEIVED_AT.plus(Duration.ofDays(60)), received.dueDates().closure());
    }

    @Test
    void onlyCriticalComplaintsOweEarlyContainment() {
        ComplaintEvent.Received received = (ComplaintEvent.Received) Complaint.none(id).decide(filing(Severity.MINOR, Remedy.CREDIT)).get(0);
        assertNull(received.dueDates().containment());
        assertEquals(Remedy.CREDIT, received.requestedRemedy());
    }

    @Test
    void acknowledgingAReceivedCaseMovesItToAcknowledged() {
        Complaint received = receivedCase();
        Instant at = RECEIVED_AT.plusSeconds(3600);
        List<ComplaintEvent> events = received.decide(new ComplaintCommand.Acknowledge("on it", at));

        Complaint acknowledged = received.apply(events.get(0));
        assertEquals(ComplaintStatus.ACKNOWLEDGED, acknowledged.status());
        assertEquals(at, acknowledged.acknowledgedAt());
        assertEquals(received.reference(), acknowledged.reference());
    }

    @Test
    void aCaseIsAcknowledgedOnlyOnce() {
        Complaint acknowledged = receivedCase().apply(new ComplaintEvent.Acknowledged(id, null, RECEIVED_AT));
        CommandRejectedException refused = assertThrows(CommandRejectedException.class,
                () -> acknowledged.decide(new ComplaintCommand.Acknowledge(null, RECEIVED_AT)));
        assertEquals("ACKNOWLEDGED", refused.currentStatus());
        assertEquals("acknowledgement", refused.command());
    }

    @Test
    void aCaseIsFiledOnlyOnceAndNothingButFilingStartsOne() {
        assertThrows(CommandRejectedException.class, () -> receivedCase().decide(filing(Severity.MAJOR, null)));
        assertThrows(CommandRejectedException.class,
                () -> Complaint.none(id).decide(new ComplaintCommand.Acknowledge(null, RECEIVED_AT)));
    }

    @Test
    void aReceivedCaseOffersAcknowledgementNext() {
        assertEquals(List.of("acknowledgement"), receivedCase().allowedCommands());
    }

    private Complaint receivedCase() {
        Complaint none = Complaint.none(id);
        return none.apply(none.decide(filing(Severity.MAJOR, null)).get(0));
    }

    private static ComplaintCommand.File filing(Severity severity, Remedy remedy) {
        return new ComplaintCommand.File("CMP-2026-000001",
                new Customer("ACME", "ACME Automotive", "quality@acme.example", Language.EN), Channel.EMAIL,
                new Product("SW-100", "Rocker switch"), "LOT-7", 10, 100, "sticking contacts",
                new Occurrence("85 °C", RECEIVED_AT.minusSeconds(86_400), Phase.FIELD), severity, remedy, RECEIVED_AT,
                DueDatePolicy.DEFAULT);
    }
}
