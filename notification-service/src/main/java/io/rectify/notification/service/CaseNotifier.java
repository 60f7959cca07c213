package io.rectify.notification.service;

import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.notification.domain.Template;
import io.rectify.notification.projection.CarReference;
import io.rectify.notification.projection.CaseContact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Decides who is told what at each step of a case. The customer: receipt, acknowledgement,
 * response, the follow-up request some time after it, closure, rejection. The quality team: new
 * CARs, missed deadlines, overdue actions. Integrations: every event their subscription names.
 */
@ApplicationScoped
public class CaseNotifier {

    private static final Logger LOG = Logger.getLogger(CaseNotifier.class);

    private final NotificationService notifications;
    private final NotificationSettings settings;

    public CaseNotifier(NotificationService notifications, NotificationSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    public Uni<Void> onComplaintEvent(ComplaintEvent event, CloudEvent envelope) {
        if (event instanceof ComplaintEvent.Received received) {
            return learnContact(received).chain(contact -> notifications.mailCustomer(contact, Template.RECEIPT_ACKNOWLEDGEMENT,
                            data("product", received.product().name() == null ? received.product().partNumber()
                                            : received.product().name() + " (" + received.product().partNumber() + ")",
                                    "lotNumber", received.lotNumber()), envelope, null)
                    .chain(() -> notifications.deliverToSubscribers(envelope, contact.reference)));
        }
        return CaseContact.<CaseContact>findById(event.complaintId()).chain(contact -> {
            if (contact == null) {
                // the received event came before this service kept contacts (or was parked): nobody to write to
                LOG.warnf("no contact known for case %s; %s is not told to the customer", event.complaintId(), envelope.type());
                return notifications.deliverToSubscribers(envelope, null);
            }
            return toCustomer(event, envelope, contact)
                    .chain(() -> toQualityTeam(event, envelope, contact))
                    .chain(() -> notifications.deliverToSubscribers(envelope, contact.reference));
        });
    }

    public Uni<Void> onCarEvent(CarEvent event, CloudEvent envelope) {
        if (event instanceof CarEvent.Opened opened) {
            CarReference car = new CarReference();
            car.carId = opened.carId();
            car.caseId = envelope.caseId();
            car.reference = opened.reference();
            return car.<CarReference>persist()
                    .chain(() -> notifications.mailQualityTeam(envelope.caseId(), opened.reference(), Template.CAR_OPENED,
                            data("carReference", opened.reference(),
                                    "caseReference", opened.complaintReference() == null ? "none (found internally)" : opened.complaintReference(),
                                    "severity", opened.severity(), "source", opened.source(),
                                    "product", opened.product() == null ? "" : opened.product().partNumber(),
                                    "problemStatement", opened.problemStatement()), envelope))
                    .chain(() -> notifications.deliverToSubscribers(envelope, opened.reference()));
        }
        return CarReference.<CarReference>findById(event.carId()).chain(car -> {
            String reference = car == null ? event.carId().toString() : car.reference;
            Uni<Void> alert = Uni.createFrom().voidItem();
            if (event instanceof CarEvent.ActionOverdue overdue) {
                alert = notifications.mailQualityTeam(envelope.caseId(), reference, Template.ACTION_OVERDUE,
                        data("carReference", reference, "actionId", overdue.actionId(), "owner", overdue.owner(),
                                "dueDate", overdue.dueDate()), envelope);
            }
            return alert.chain(() -> notifications.deliverToSubscribers(envelope, reference));
        });
    }

    private Uni<Void> toCustomer(ComplaintEvent event, CloudEvent envelope, CaseContact contact) {
        if (event instanceof ComplaintEvent.Acknowledged acknowledged) {
            return notifications.mailCustomer(contact, Template.ACKNOWLEDGEMENT, data("comment", remark(acknowledged.comment())),
                    envelope, null);
        }
        if (event instanceof ComplaintEvent.ResponseIssued response) {
            Instant followUpDue = response.respondedAt().plus(settings.followUpAfter());
            return notifications.mailCustomer(contact, Template.RESPONSE, data("rootCause", response.rootCause(),
                            "correctiveAction", response.correctiveAction(), "preventiveAction", response.preventiveAction()),
                    envelope, null)
                    .chain(() -> notifications.mailCustomer(contact, Template.FOLLOW_UP_REQUEST, data(), envelope, followUpDue));
        }
        if (event instanceof ComplaintEvent.FollowUpRecorded) {
            return notifications.cancelPending(contact.caseId, Template.FOLLOW_UP_REQUEST, "the follow-up was recorded", envelope);
        }
        if (event instanceof ComplaintEvent.Closed closed) {
            return notifications.cancelPending(contact.caseId, Template.FOLLOW_UP_REQUEST, "the case was closed", envelope)
                    .chain(() -> notifications.mailCustomer(contact, Template.CLOSURE, data("comment", remark(closed.comment())),
                            envelope, null));
        }
        if (event instanceof ComplaintEvent.Rejected rejected) {
            return notifications.mailCustomer(contact, Template.REJECTION, data("reason", rejected.reason()), envelope, null);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> toQualityTeam(ComplaintEvent event, CloudEvent envelope, CaseContact contact) {
        if (event instanceof ComplaintEvent.DeadlineMissed missed) {
            return notifications.mailQualityTeam(contact.caseId, contact.reference, Template.DEADLINE_MISSED,
                    data("reference", contact.reference, "milestone", missed.milestone().name().toLowerCase().replace('_', ' '),
                            "dueAt", missed.dueAt()), envelope);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<CaseContact> learnContact(ComplaintEvent.Received received) {
        return CaseContact.<CaseContact>findById(received.complaintId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            CaseContact contact = new CaseContact();
            contact.caseId = received.complaintId();
            contact.reference = received.reference();
            contact.customerName = received.customer().name();
            contact.email = received.customer().email();
            contact.language = (received.customer().language() == null
                    ? io.rectify.contracts.common.Language.EN : received.customer().language()).code();
            return contact.<CaseContact>persist();
        });
    }

    /** A comment in a customer's mail stands on its own line, or not at all. */
    private static String remark(String comment) {
        return comment == null || comment.isBlank() ? "" : "\n" + comment.strip() + "\n";
    }

    /** Template data; a missing value reads as empty rather than failing the mail. */
    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            data.put((String) keysAndValues[i], value == null ? "" : value.toString());
        }
        return data;
    }
}
