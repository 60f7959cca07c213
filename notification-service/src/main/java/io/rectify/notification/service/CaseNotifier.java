package io.rectify.notification.service;

import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.contracts.complaint.Signature;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.notification.domain.Template;
import io.rectify.notification.projection.CarReference;
import io.rectify.notification.projection.CaseContact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
                    .chain(() -> notifications.mailCustomer(contact, Template.CLOSURE, data("comment", remark(closed.comment()),
                            "surveyLink", surveyLink(closed)), envelope, null));
        }
        if (event instanceof ComplaintEvent.RemedyProposed proposed) {
            return notifications.mailCustomer(contact, Template.REMEDY_OFFER,
                    remedy(proposed.remedy(), "comment", remark(proposed.comment())), envelope, null);
        }
        if (event instanceof ComplaintEvent.DisputeOpened opened) {
            return notifications.mailCustomer(contact, Template.DISPUTE_OPENED, data("number", opened.disputeNumber(),
                    "contested", opened.contests(), "issueStatement", opened.issueStatement(),
                    "customerClaim", opened.customerClaim()), envelope, null);
        }
        if (event instanceof ComplaintEvent.SettlementProposed proposed && proposed.proposedBy() == Party.SUPPLIER) {
            return notifications.mailCustomer(contact, Template.SETTLEMENT_PROPOSAL, remedy(proposed.terms().remedy(),
                    "terms", proposed.terms().terms()), envelope, null);
        }
        if (event instanceof ComplaintEvent.ProposalAccepted accepted && accepted.acceptedBy() == Party.SUPPLIER) {
            return notifications.mailCustomer(contact, Template.PROPOSAL_ACCEPTED, remedy(accepted.terms().remedy(),
                    "terms", accepted.terms().terms()), envelope, null);
        }
        if (event instanceof ComplaintEvent.ProposalRejected rejected && rejected.rejectedBy() == Party.SUPPLIER
                && rejected.counteredBy() == null) {
            // a counter-proposal is told by its own mail
            return notifications.mailCustomer(contact, Template.PROPOSAL_REJECTED, data("reason", rejected.reason()), envelope, null);
        }
        if (event instanceof ComplaintEvent.RemedyFulfilmentRecorded step) {
            return notifications.mailCustomer(contact, Template.REMEDY_PROGRESS, remedy(step.remedy(), "step", step.step(),
                    "stepQuantity", step.quantity(), "documentReference", step.documentReference(),
                    "fulfilled", step.fulfilled() ? "yes" : ""), envelope, null);
        }
        if (event instanceof ComplaintEvent.DisputeSettled settled) {
            return notifications.mailCustomer(contact, Template.SETTLEMENT_CONFIRMATION, remedy(settled.settlement().remedy(),
                    "terms", settled.settlement().terms(),
                    "signatures", signatures(settled.signatures()),
                    "digest", settled.signatures().isEmpty() ? "" : settled.signatures().get(0).termsDigest()), envelope, null);
        }
        if (event instanceof ComplaintEvent.MediationStarted started) {
            return notifications.mailCustomer(contact, Template.MEDIATION_STARTED, data("mediator", started.mediator().name() + ", " + started.mediator().organisation()), envelope, null);
        }
        if (event instanceof ComplaintEvent.MediationConcluded concluded) {
            return notifications.mailCustomer(contact, Template.MEDIATION_OUTCOME, remedy(concluded.outcome().remedy(),
                    "terms", concluded.outcome().terms()), envelope, null);
        }
        if (event instanceof ComplaintEvent.Rejected rejected) {
            return notifications.mailCustomer(contact, Template.REJECTION, data("reason", rejected.reason()), envelope, null);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> toQualityTeam(ComplaintEvent event, CloudEvent envelope, CaseContact contact) {
        if (event instanceof ComplaintEvent.DisputeOpened opened) {
            return notifications.mailQualityTeam(contact.caseId, contact.reference, Template.DISPUTE_RAISED,
                    data("reference", contact.reference, "caseId", contact.caseId, "number", opened.disputeNumber(),
                            "contested", opened.contests().name().toLowerCase(), "issueStatement", opened.issueStatement(),
                            "customerClaim", opened.customerClaim(),
                            "amount", opened.amountInDispute() == null ? "not stated" : opened.amountInDispute()), envelope);
        }
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
            contact.customerId = received.customer().id();
            contact.customerName = received.customer().name();
            contact.email = received.customer().email();
            contact.language = (received.customer().language() == null
                    ? io.rectify.contracts.common.Language.EN : received.customer().language()).code();
            return contact.<CaseContact>persist();
        });
    }

    /** The link to the satisfaction survey, its token left for the mail sender to put in (SurveyLinks). */
    private String surveyLink(ComplaintEvent.Closed closed) {
        if (closed.survey() == null) {
            return "";
        }
        return SurveyLinks.redacted(settings.surveyUrl(), closed.complaintId(), closed.survey().surveyId());
    }

    /** Template data with the remedy's parts, which the templates word in the customer's language. */
    private static Map<String, Object> remedy(RemedyOffer remedy, Object... keysAndValues) {
        Map<String, Object> data = data(keysAndValues);
        data.put("remedyType", remedy == null ? "" : remedy.type().name());
        data.put("quantity", remedy == null || remedy.quantity() == null ? "" : remedy.quantity().toString());
        data.put("rmaNumber", remedy == null || remedy.rmaNumber() == null ? "" : remedy.rmaNumber());
        data.put("credit", remedy == null || remedy.credit() == null ? "" : remedy.credit().toString());
        data.put("justification", remedy == null || remedy.justification() == null ? "" : remedy.justification());
        return data;
    }

    private static String signatures(List<Signature> signatures) {
        return signatures.stream()
                .map(s -> "- " + s.name() + ", " + s.role() + " (" + s.signsFor() + "), " + s.signedAt())
                .collect(Collectors.joining("\n"));
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
