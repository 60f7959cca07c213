package io.rectify.complaint.domain;

import io.rectify.contracts.common.Money;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.Mediator;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.Signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A dispute on a case (ISO 10003): the issue the customer raises, the evidence both sides bring,
 * the proposals they exchange, the written settlement both sign, or a mediator's outcome; then
 * the follow-up of what was agreed. Which step is allowed when is {@link ComplaintLifecycle}'s
 * business; this record only remembers.
 */
public record Dispute(int number,
                      Contested contests,
                      String issueStatement,
                      String customerClaim,
                      Money amountInDispute,
                      Instant openedAt,
                      DisputeStatus status,
                      List<Evidence> evidence,
                      List<Proposal> proposals,
                      List<Signature> signatures,
                      Mediation mediation,
                      Resolution resolution,
                      Instant endedAt,
                      String withdrawalReason,
                      List<ComplaintEvent.DisputeFollowUpRecorded> followUps) {

    public enum DisputeStatus {
        /** Evidence is collected and proposals exchanged. */
        NEGOTIATION,
        /** A proposal was accepted; its terms wait for both signatures. */
        AWAITING_SIGNATURES,
        IN_MEDIATION,
        SETTLED,
        MEDIATED,
        WITHDRAWN;

        public boolean open() {
            return this == NEGOTIATION || this == AWAITING_SIGNATURES || this == IN_MEDIATION;
        }
    }

    public enum ProposalStatus {
        OPEN, ACCEPTED, REJECTED,
        /** Its own party replaced it, or a new proposal replaced it before anyone signed. */
        SUPERSEDED
    }

    public record Evidence(UUID id, EvidenceType type, String description, String link, String checksum, Party submittedBy,
                           String submitterName, Instant submittedAt) {
    }

    public record Proposal(UUID id, Party proposedBy, Resolution terms, UUID counters, Instant proposedAt,
                           ProposalStatus status, Party answeredBy, String answer, Instant answeredAt) {

        Proposal answered(ProposalStatus outcome, Party by, String text, Instant at) {
            return new Proposal(id, proposedBy, terms, counters, proposedAt, outcome, by, text, at);
        }
    }

    public record Mediation(Mediator mediator, String reason, Instant startedAt, Resolution outcome, Instant concludedAt) {
    }

    public Dispute {
        evidence = List.copyOf(evidence);
        proposals = List.copyOf(proposals);
        signatures = List.copyOf(signatures);
        followUps = List.copyOf(followUps);
    }

    static Dispute opened(ComplaintEvent.DisputeOpened opened) {
        return new Dispute(opened.disputeNumber(), opened.contests(), opened.issueStatement(), opened.customerClaim(),
                opened.amountInDispute(), opened.openedAt(), DisputeStatus.NEGOTIATION, List.of(), List.of(), List.of(), null,
                null, null, null, List.of());
    }

    /** The proposal waiting for the other party's answer, if any. */
    public Optional<Proposal> openProposal() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.OPEN).findFirst();
    }

    public Optional<Proposal> proposal(UUID id) {
        return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The accepted proposal the parties are signing or signed. */
    public Optional<Proposal> agreedProposal() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.ACCEPTED).reduce((first, second) -> second);
    }

    public boolean signedBy(Party party) {
        return signatures.stream().anyMatch(s -> s.party() == party);
    }

    /** Negotiation has been tried: one side turned down a proposal. */
    public boolean negotiationFailed() {
        return proposals.stream().anyMatch(p -> p.status() == ProposalStatus.REJECTED);
    }

    /** The last follow-up found what was agreed not carried out. */
    public boolean agreementBroken() {
        return !followUps.isEmpty() && !followUps.get(followUps.size() - 1).honoured();
    }

    /** Folds an event of this dispute into it. */
    Dispute evolve(ComplaintEvent.DisputeEvent event) {
        return switch (event) {
            case ComplaintEvent.EvidenceSubmitted e -> {
                List<Evidence> all = new ArrayList<>(evidence);
                all.add(new Evidence(e.evidenceId(), e.type(), e.description(), e.link(), e.checksum(), e.submittedBy(),
                        e.submitterName(), e.submittedAt()));
                yield with(d -> d.evidence(all));
            }
            case ComplaintEvent.SettlementProposed proposed -> {
                // a new proposal replaces whatever was on the table and not yet signed
                List<Proposal> all = new ArrayList<>(proposals.stream()
                        .map(p -> p.status() == ProposalStatus.OPEN || p.status() == ProposalStatus.ACCEPTED
                                ? p.answered(ProposalStatus.SUPERSEDED, proposed.proposedBy(), "replaced by a new proposal",
                                proposed.proposedAt())
                                : p)
                        .toList());
                all.add(new Proposal(proposed.proposalId(), proposed.proposedBy(), proposed.terms(), proposed.counters(),
                        proposed.proposedAt(), ProposalStatus.OPEN, null, null, null));
                yield with(d -> d.proposals(all).status(DisputeStatus.NEGOTIATION));
            }
            case ComplaintEvent.ProposalAccepted accepted -> with(d -> d.proposals(answer(accepted.proposalId(),
                    ProposalStatus.ACCEPTED, accepted.acceptedBy(), accepted.comment(), accepted.acceptedAt()))
                    .status(DisputeStatus.AWAITING_SIGNATURES));
            case ComplaintEvent.ProposalRejected rejected -> with(d -> d.proposals(answer(rejected.proposalId(),
                    ProposalStatus.REJECTED, rejected.rejectedBy(), rejected.reason(), rejected.rejectedAt())));
            case ComplaintEvent.SettlementSigned signed -> {
                List<Signature> all = new ArrayList<>(signatures);
                all.add(signed.signature());
                yield with(d -> d.signatures(all));
            }
            case ComplaintEvent.DisputeSettled settled ->
                    with(d -> d.status(DisputeStatus.SETTLED).resolution(settled.settlement()).endedAt(settled.settledAt()));
            case ComplaintEvent.MediationStarted started -> with(d -> d.status(DisputeStatus.IN_MEDIATION)
                    .mediation(new Mediation(started.mediator(), started.reason(), started.startedAt(), null, null)));
            case ComplaintEvent.MediationConcluded concluded -> with(d -> d.status(DisputeStatus.MEDIATED)
                    .resolution(concluded.outcome()).endedAt(concluded.concludedAt())
                    .mediation(new Mediation(mediation.mediator(), mediation.reason(), mediation.startedAt(),
                            concluded.outcome(), concluded.concludedAt())));
            case ComplaintEvent.DisputeWithdrawn withdrawn -> with(d -> d.status(DisputeStatus.WITHDRAWN)
                    .withdrawalReason(withdrawn.reason()).endedAt(withdrawn.withdrawnAt()));
            case ComplaintEvent.DisputeFollowUpRecorded followUp -> {
                List<ComplaintEvent.DisputeFollowUpRecorded> all = new ArrayList<>(followUps);
                all.add(followUp);
                yield with(d -> d.followUps(all));
            }
        };
    }

    private List<Proposal> answer(UUID proposalId, ProposalStatus outcome, Party by, String text, Instant at) {
        return proposals.stream().map(p -> p.id().equals(proposalId) ? p.answered(outcome, by, text, at) : p).toList();
    }

    private Dispute with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(this)).build();
    }

    /** A mutable copy to fold one event into; the dispute itself stays immutable. */
    private static final class Builder {
        private final Dispute from;
        private DisputeStatus status;
        private List<Evidence> evidence;
        private List<Proposal> proposals;
        private List<Signature> signatures;
        private Mediation mediation;
        private Resolution resolution;
        private Instant endedAt;
        private String withdrawalReason;
        private List<ComplaintEvent.DisputeFollowUpRecorded> followUps;

        private Builder(Dispute from) {
            this.from = from;
            status = from.status;
            evidence = from.evidence;
            proposals = from.proposals;
            signatures = from.signatures;
            mediation = from.mediation;
            resolution = from.resolution;
            endedAt = from.endedAt;
            withdrawalReason = from.withdrawalReason;
            followUps = from.followUps;
        }

        Builder status(DisputeStatus value) {
            status = value;
            return this;
        }

        Builder evidence(List<Evidence> value) {
            evidence = value;
            return this;
        }

        Builder proposals(List<Proposal> value) {
            proposals = value;
            return this;
        }

        Builder signatures(List<Signature> value) {
            signatures = value;
            return this;
        }

        Builder mediation(Mediation value) {
            mediation = value;
            return this;
        }

        Builder resolution(Resolution value) {
            resolution = value;
            return this;
        }

        Builder endedAt(Instant value) {
            endedAt = value;
            return this;
        }

        Builder withdrawalReason(String value) {
            withdrawalReason = value;
            return this;
        }

        Builder followUps(List<ComplaintEvent.DisputeFollowUpRecorded> value) {
            followUps = value;
            return this;
        }

        Dispute build() {
            return new Dispute(from.number, from.contests, from.issueStatement, from.customerClaim, from.amountInDispute,
                    from.openedAt, status, evidence, proposals, signatures, mediation, resolution, endedAt, withdrawalReason,
                    followUps);
        }
    }
}
