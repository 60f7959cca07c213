package io.rectify.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.common.Money;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.Signature;
import io.rectify.contracts.complaint.Signer;
import io.rectify.contracts.complaint.SurveyInvitation;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One case's events as complaint-service and car-service publish them, sent to the real broker. */
public final class CaseEvents {

    private final TopicClient kafka;
    private final ObjectMapper json;
    public final UUID caseId = UUID.randomUUID();
    public final String reference = "CMP-2026-" + String.format("%06d", (int) (Math.random() * 1_000_000));
    public final String email;
    public final UUID surveyId = UUID.randomUUID();
    private long sequence;

    public CaseEvents(String bootstrapServers, ObjectMapper json, String email) {
        this.kafka = new TopicClient(bootstrapServers);
        this.json = json;
        this.email = email;
    }

    public CloudEvent received(Language language) {
        Instant now = Instant.now();
        return complaint("received", new ComplaintEvent.Received(caseId, reference,
                new Customer("ACME", "ACME Automotive", email, language), Channel.EMAIL,
                new Product("SW-100", "Rocker switch"), "LOT-7", 10, 100, "sticking contacts",
                new Occurrence("85 °C", now.minusSeconds(3600), Phase.FIELD), Severity.MAJOR, Remedy.NONE, now,
                new DueDates(now.plusSeconds(86_400), null, now.plusSeconds(864_000), now.plusSeconds(5_184_000)), List.of()));
    }

    public CloudEvent acknowledged() {
        return complaint("acknowledged", new ComplaintEvent.Acknowledged(caseId, "samples requested", Instant.now()));
    }

    public CloudEvent responded() {
        return complaint("response-issued", new ComplaintEvent.ResponseIssued(caseId, "reflow peak too low",
                "reflow profile v7", "SPC on every oven", null, null, Instant.now()));
    }

    public CloudEvent followedUp() {
        return complaint("follow-up-recorded", new ComplaintEvent.FollowUpRecorded(caseId, Effectiveness.EFFECTIVE,
                "no failures", null, Instant.now()));
    }

    public CloudEvent closed() {
        return complaint("closed", new ComplaintEvent.Closed(caseId, "thank you", Instant.now(),
                new SurveyInvitation(surveyId, Instant.now().plusSeconds(86_400))));
    }

    public CloudEvent remedyProposed() {
        return complaint("remedy-proposed", new ComplaintEvent.RemedyProposed(caseId,
                new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("1250.00"), "EUR"), null), null, Instant.now()));
    }

    public CloudEvent disputeOpened() {
        return complaint("dispute-opened", new ComplaintEvent.DisputeOpened(caseId, 1, Contested.REMEDY, "the credit is too low",
                "4,800 EUR", new Money(new BigDecimal("4800.00"), "EUR"), Instant.now()));
    }

    public CloudEvent settlementProposed(Party by, Resolution terms) {
        return complaint("settlement-proposed", new ComplaintEvent.SettlementProposed(caseId, UUID.randomUUID(), by, terms, null,
                Instant.now()));
    }

    public CloudEvent proposalAccepted(Party by, Resolution terms) {
        return complaint("settlement-proposal-accepted", new ComplaintEvent.ProposalAccepted(caseId, UUID.randomUUID(), by, terms,
                null, Instant.now()));
    }

    public CloudEvent proposalRejected(Party by, String reason, UUID counteredBy) {
        return complaint("settlement-proposal-rejected", new ComplaintEvent.ProposalRejected(caseId, UUID.randomUUID(), by, reason,
                counteredBy, Instant.now()));
    }

    public CloudEvent creditIssued(RemedyOffer credit, String creditNote) {
        return complaint("remedy-fulfilment-recorded", new ComplaintEvent.RemedyFulfilmentRecorded(caseId, credit,
                FulfilmentStep.CREDIT_ISSUED, null, creditNote, null, true, Instant.now()));
    }

    public CloudEvent settled(Resolution terms) {
        Instant now = Instant.now();
        List<Signature> signatures = List.of(
                new Signature(Party.CUSTOMER, "Ana Petrović", "purchasing manager", "Elektro Nord d.o.o.", "sha256:ab", now,
                        new Signer("s-1", "ana", "Ana Petrović", "customer"), "agrees", "signed content", "sha256:cd"),
                new Signature(Party.SUPPLIER, "Nikos Pappas", "quality manager", "the supplier", "sha256:ab", now,
                        new Signer("s-2", "nikos", "Nikos Pappas", "quality-manager"), "agrees", "signed content", "sha256:ef"));
        return complaint("dispute-settled", new ComplaintEvent.DisputeSettled(caseId, UUID.randomUUID(), terms, signatures, now));
    }

    public CloudEvent deadlineMissed() {
        return complaint("deadline-missed", new ComplaintEvent.DeadlineMissed(caseId, Milestone.ACKNOWLEDGEMENT,
                Instant.parse("2026-11-20T08:00:00Z"), Instant.now()));
    }

    public CloudEvent carOpened(UUID carId, String carReference) {
        return car(carId, "opened", new CarEvent.Opened(carId, carReference, caseId, reference, CarSource.CUSTOMER,
                "voids under U7", null, new Product("PCBA-1", null), "LOT-7", Severity.CRITICAL, null, Instant.now()));
    }

    public CloudEvent actionOverdue(UUID carId) {
        return car(carId, "action-overdue", new CarEvent.ActionOverdue(carId, "A1", "SMT", LocalDate.of(2026, 11, 20),
                Instant.now()));
    }

    /** Publishes the events in order, keyed by the case. */
    public void publish(CloudEvent... events) {
        for (CloudEvent event : events) {
            String topic = event.type().startsWith("io.rectify.car.") ? "cars.events" : "complaints.events";
            kafka.send(CloudEventsKafka.toRecord(topic, event));
        }
    }

    private CloudEvent complaint(String type, ComplaintEvent event) {
        return envelope("/complaint-service", "io.rectify.complaint." + type + ".v1", caseId, event);
    }

    private CloudEvent car(UUID carId, String type, CarEvent event) {
        return envelope("/car-service", "io.rectify.car." + type + ".v1", carId, event);
    }

    private CloudEvent envelope(String source, String type, UUID subject, Object data) {
        try {
            return new CloudEvent(UUID.randomUUID().toString(), source, type, subject.toString(), Instant.now(),
                    "application/json", caseId, ++sequence, "test", "test", UUID.randomUUID(), null, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
