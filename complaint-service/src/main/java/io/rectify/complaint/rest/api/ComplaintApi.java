package io.rectify.complaint.rest.api;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.domain.DueDatePolicy;
import io.rectify.contracts.complaint.Signer;
import io.rectify.eventsourcing.api.ApiValues;

import java.time.Instant;
import java.util.List;

/**
 * complaint-service's API records to the event contracts and back: the one place a request
 * becomes what a command carries, and what a case holds becomes what the API shows.
 */
public final class ComplaintApi {

    private ComplaintApi() {
    }

    /** The filing a complaint form asks for, with what the service adds: reference, due dates, related complaints. */
    public static ComplaintCommand.File toCommand(ComplaintForm form, String reference, Instant receivedAt, DueDatePolicy policy,
                                                  List<io.rectify.contracts.complaint.RelatedComplaint> relatedComplaints) {
        ComplaintForm.CustomerForm customer = form.customer();
        ComplaintForm.ProductForm product = form.product();
        ComplaintForm.OccurrenceForm occurrence = form.occurrence();
        return new ComplaintCommand.File(reference,
                new io.rectify.contracts.common.Customer(customer.id().trim(), customer.name().trim(), customer.email().trim(),
                        customer.language()),
                form.channel(),
                new io.rectify.contracts.common.Product(product.partNumber().trim(), product.name() == null ? null
                        : product.name().trim()),
                form.lotNumber().trim(), form.quantityAffected(), form.remainingStock(), form.description().trim(),
                new io.rectify.contracts.complaint.Occurrence(occurrence.conditions().trim(), occurrence.occurredAt(),
                        occurrence.phase()),
                form.severity(), form.requestedRemedy(), receivedAt, policy, relatedComplaints);
    }

    public static io.rectify.contracts.complaint.RemedyOffer toContract(RemedyOffer offer) {
        return offer == null ? null : new io.rectify.contracts.complaint.RemedyOffer(offer.type(), offer.rmaNumber(),
                offer.quantity(), ApiValues.toContract(offer.credit()), offer.justification());
    }

    public static RemedyOffer of(io.rectify.contracts.complaint.RemedyOffer offer) {
        return offer == null ? null : new RemedyOffer(offer.type(), offer.rmaNumber(), offer.quantity(),
                ApiValues.of(offer.credit()), offer.justification());
    }

    public static io.rectify.contracts.complaint.Mediator toContract(Mediator mediator) {
        return mediator == null ? null : new io.rectify.contracts.complaint.Mediator(mediator.name(), mediator.organisation());
    }

    public static Mediator of(io.rectify.contracts.complaint.Mediator mediator) {
        return mediator == null ? null : new Mediator(mediator.name(), mediator.organisation());
    }

    public static io.rectify.contracts.complaint.Impact toContract(Impact impact) {
        return impact == null ? null : new io.rectify.contracts.complaint.Impact(impact.affectedLots(),
                impact.affectedCustomers(), impact.assessment());
    }

    public static Impact of(io.rectify.contracts.complaint.Impact impact) {
        return impact == null ? null : new Impact(impact.affectedLots(), impact.affectedCustomers(), impact.assessment());
    }

    public static io.rectify.contracts.complaint.Resolution resolution(String terms, RemedyOffer remedy, boolean reanalysis) {
        return new io.rectify.contracts.complaint.Resolution(terms, toContract(remedy), reanalysis);
    }

    public static io.rectify.contracts.complaint.Resolution toContract(Resolution resolution) {
        return resolution == null ? null : resolution(resolution.terms(), resolution.remedy(), resolution.reanalysis());
    }

    public static Resolution of(io.rectify.contracts.complaint.Resolution resolution) {
        return resolution == null ? null : new Resolution(resolution.terms(), of(resolution.remedy()), resolution.reanalysis());
    }

    public static Occurrence of(io.rectify.contracts.complaint.Occurrence occurrence) {
        return occurrence == null ? null : new Occurrence(occurrence.conditions(), occurrence.occurredAt(), occurrence.phase());
    }

    public static List<RelatedComplaint> related(List<io.rectify.contracts.complaint.RelatedComplaint> related) {
        return related == null ? List.of() : related.stream()
                .map(r -> new RelatedComplaint(r.complaintId(), r.reference(), r.reason(), r.receivedAt())).toList();
    }

    public static RemedyState of(io.rectify.complaint.domain.RemedyState remedy) {
        return new RemedyState(of(remedy.offer()), remedy.status(), remedy.agreedThrough(), remedy.rejectionReason(),
                remedy.fulfilment().stream().map(step -> new RemedyState.Fulfilment(step.step(), step.quantity(),
                        step.documentReference(), step.note(), step.fulfilled(), step.recordedAt())).toList());
    }

    public static Dispute of(io.rectify.complaint.domain.Dispute d) {
        return new Dispute(d.number(), d.contests(), d.issueStatement(), d.customerClaim(), ApiValues.of(d.amountInDispute()),
                d.openedAt(), d.status(),
                d.evidence().stream().map(e -> new Dispute.Evidence(e.id(), e.type(), e.description(), e.link(), e.checksum(),
                        e.submittedBy(), e.submitterName(), e.submittedAt())).toList(),
                d.proposals().stream().map(p -> new Dispute.Proposal(p.id(), p.proposedBy(), of(p.terms()), p.counters(),
                        p.proposedAt(), p.status(), p.answeredBy(), p.answer(), p.answeredAt())).toList(),
                d.signatures().stream().map(ComplaintApi::of).toList(),
                d.mediation() == null ? null : new Dispute.Mediation(of(d.mediation().mediator()), d.mediation().reason(),
                        d.mediation().startedAt(), of(d.mediation().outcome()), d.mediation().concludedAt()),
                of(d.resolution()), d.endedAt(), d.withdrawalReason(),
                d.followUps().stream().map(f -> new Dispute.DisputeFollowUp(f.honoured(), f.observation(), f.recordedAt())).toList());
    }

    private static Dispute.Signature of(io.rectify.contracts.complaint.Signature s) {
        Signer signer = s.signer();
        return new Dispute.Signature(s.party(), s.name(), s.role(), s.signsFor(), s.termsDigest(), s.signedAt(),
                signer == null ? null : new Dispute.Signer(signer.subject(), signer.username(), signer.name(), signer.role()),
                s.meaning(), s.signedContent(), s.seal());
    }

    public static SatisfactionSurvey of(io.rectify.complaint.domain.SatisfactionSurvey survey) {
        return survey == null ? null : new SatisfactionSurvey(survey.surveyId(), survey.expiresAt(), survey.rating(),
                survey.comment(), survey.answeredAt());
    }
}
