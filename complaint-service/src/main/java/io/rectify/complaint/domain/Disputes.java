package io.rectify.complaint.domain;

import io.rectify.complaint.domain.ComplaintCommand.DisputeCommand;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.SettlementSigning;
import io.rectify.contracts.complaint.Signature;
import io.rectify.eventsourcing.command.InvalidCommandException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the dispute commands decide; {@link ComplaintLifecycle} has already checked they are allowed now. */
final class Disputes {

    /** A dispute's record stays readable: beyond these, the parties should summarise or go to mediation. */
    static final int MAX_EVIDENCE = 200;
    static final int MAX_PROPOSALS = 50;

    private Disputes() {
    }

    static List<ComplaintEvent> decide(Complaint complaint, DisputeCommand command) {
        Dispute dispute = complaint.dispute();
        return switch (command) {
            case DisputeCommand.OpenDispute open -> open(complaint, open);
            case DisputeCommand.SubmitEvidence evidence -> {
                if (dispute.evidence().size() >= MAX_EVIDENCE) {
                    throw ComplaintLifecycle.refuse(complaint, command, command.at(), "dispute " + dispute.number() + " holds "
                            + MAX_EVIDENCE + " pieces of evidence, the most one dispute takes");
                }
                yield List.of(new ComplaintEvent.EvidenceSubmitted(complaint.id(), evidence.evidenceId(), evidence.type(),
                        evidence.description(), evidence.link(), evidence.checksum(), evidence.submittedBy(),
                        evidence.submitterName(), evidence.at()));
            }
            case DisputeCommand.ProposeSettlement propose -> propose(complaint, dispute, propose);
            case DisputeCommand.AcceptProposal accept -> {
                Dispute.Proposal proposal = answerable(complaint, dispute, accept.proposalId(), accept.acceptedBy(), command);
                yield List.of(new ComplaintEvent.ProposalAccepted(complaint.id(), accept.proposalId(), accept.acceptedBy(),
                        proposal.terms(), accept.comment(), accept.at()));
            }
            case DisputeCommand.RejectProposal reject -> {
                answerable(complaint, dispute, reject.proposalId(), reject.rejectedBy(), command);
                yield List.of(new ComplaintEvent.ProposalRejected(complaint.id(), reject.proposalId(), reject.rejectedBy(),
                        reject.reason(), null, reject.at()));
            }
            case DisputeCommand.SignSettlement sign -> sign(complaint, dispute, sign);
            case DisputeCommand.StartMediation start ->
                    List.of(new ComplaintEvent.MediationStarted(complaint.id(), start.mediator(), start.reason(), start.at()));
            case DisputeCommand.ConcludeMediation conclude -> {
                checkRemedy(conclude.outcome());
                List<ComplaintEvent> events = new ArrayList<>();
                events.add(new ComplaintEvent.MediationConcluded(complaint.id(), dispute.mediation().mediator(),
                        conclude.outcome(), conclude.at()));
                events.addAll(continuation(complaint, conclude.outcome(), "mediation of dispute " + dispute.number(),
                        conclude.at()));
                yield events;
            }
            case DisputeCommand.WithdrawDispute withdraw ->
                    List.of(new ComplaintEvent.DisputeWithdrawn(complaint.id(), withdraw.reason(), withdraw.at()));
            case DisputeCommand.RecordDisputeFollowUp followUp -> List.of(new ComplaintEvent.DisputeFollowUpRecorded(
                    complaint.id(), followUp.honoured(), followUp.observation(), followUp.at()));
        };
    }

    private static List<ComplaintEvent> open(Complaint complaint, DisputeCommand.OpenDispute open) {
        Set<Contested> contestable = ComplaintLifecycle.contestable(complaint);
        if (!contestable.contains(open.contests())) {
            throw ComplaintLifecycle.refuse(complaint, open, open.at(), "the case has no "
                    + open.contests().name().toLowerCase() + " to contest; contestable now: " + contestable);
        }
        List<ComplaintEvent> events = new ArrayList<>();
        if (open.contests() == Contested.REMEDY && complaint.remedy().status() == RemedyState.RemedyStatus.PROPOSED) {
            // contesting the remedy offered is turning it down
            events.add(new ComplaintEvent.RemedyRejected(complaint.id(), open.issueStatement(), open.at()));
        }
        events.add(new ComplaintEvent.DisputeOpened(complaint.id(), complaint.disputes().size() + 1, open.contests(),
                open.issueStatement(), open.customerClaim(), open.amountInDispute(), open.at()));
        return events;
    }

    private static List<ComplaintEvent> propose(Complaint complaint, Dispute dispute, DisputeCommand.ProposeSettlement propose) {
        if (dispute.proposals().size() >= MAX_PROPOSALS) {
            throw ComplaintLifecycle.refuse(complaint, propose, propose.at(), "dispute " + dispute.number() + " holds "
                    + MAX_PROPOSALS + " proposals, the most one negotiation takes; ask for mediation");
        }
        checkRemedy(propose.terms());
        List<ComplaintEvent> events = new ArrayList<>();
        // a counter-proposal turns the other side's proposal down
        UUID countered = dispute.openProposal().filter(p -> p.proposedBy() != propose.proposedBy())
                .map(Dispute.Proposal::id).orElse(null);
        if (countered != null) {
            events.add(new ComplaintEvent.ProposalRejected(complaint.id(), countered, propose.proposedBy(),
                    "countered by proposal " + propose.proposalId(), propose.proposalId(), propose.at()));
        }
        events.add(new ComplaintEvent.SettlementProposed(complaint.id(), propose.proposalId(), propose.proposedBy(),
                propose.terms(), countered, propose.at()));
        return events;
    }

    /** The signature; with the second one the settlement binds both sides and the case continues from it. */
    private static List<ComplaintEvent> sign(Complaint complaint, Dispute dispute, DisputeCommand.SignSettlement sign) {
        if (dispute.signedBy(sign.party())) {
            throw ComplaintLifecycle.refuse(complaint, sign, sign.at(), "the " + sign.party().name().toLowerCase()
                    + " signed this settlement already");
        }
        if (sign.signer() == null) {
            throw ComplaintLifecycle.refuse(complaint, sign, sign.at(), "a settlement is signed by a signed-in user only");
        }
        if (dispute.signatures().stream()
                .anyMatch(earlier -> earlier.signer() != null && earlier.signer().subject().equals(sign.signer().subject()))) {
            throw ComplaintLifecycle.refuse(complaint, sign, sign.at(), sign.signer().username()
                    + " signed this settlement already; one person cannot sign for both parties");
        }
        Dispute.Proposal agreed = dispute.agreedProposal().orElseThrow();
        // what is signed is fixed here, once, and stored with the signature (never recomputed to show it)
        String content = SettlementSigning.signedContent(complaint.id(), dispute.number(), agreed.id(), agreed.terms());
        String digest = SettlementSigning.digest(content);
        String meaning = SettlementSigning.meaning(sign.party(), sign.signsFor());
        Signature signature = new Signature(sign.party(), sign.signatory(), sign.role(), sign.signsFor(), digest, sign.at(),
                sign.signer(), meaning, content, SettlementSigning.seal(digest, sign.signer(), sign.party(), meaning, sign.at()));
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintEvent.SettlementSigned(complaint.id(), agreed.id(), signature));
        if (dispute.signedBy(sign.party().other())) {
            List<Signature> both = new ArrayList<>(dispute.signatures());
            both.add(signature);
            events.add(new ComplaintEvent.DisputeSettled(complaint.id(), agreed.id(), agreed.terms(), both, sign.at()));
            events.addAll(continuation(complaint, agreed.terms(), "settlement of dispute " + dispute.number(), sign.at()));
        }
        return events;
    }

    /** Agreed reanalysis sends a rejected or answered case back to analysis; a case in analysis stays there. */
    private static List<ComplaintEvent> continuation(Complaint complaint, Resolution resolution, String source, Instant at) {
        Set<ComplaintStatus> decided = Set.of(ComplaintStatus.REJECTED, ComplaintStatus.RESPONDED, ComplaintStatus.MONITORING);
        if (resolution.reanalysis() && decided.contains(complaint.status())) {
            return List.of(new ComplaintEvent.Reopened(complaint.id(), source + ": the case is analysed again", at));
        }
        return List.of();
    }

    private static Dispute.Proposal answerable(Complaint complaint, Dispute dispute, UUID proposalId, Party by,
                                               DisputeCommand command) {
        Dispute.Proposal proposal = dispute.proposal(proposalId).orElseThrow(() -> InvalidCommandException.of("proposalId",
                "dispute " + dispute.number() + " has no proposal " + proposalId));
        if (proposal.status() != Dispute.ProposalStatus.OPEN) {
            throw ComplaintLifecycle.refuse(complaint, command, command.at(), "proposal " + proposalId + " is " + proposal.status()
                    + "; only the proposal on the table can be answered");
        }
        if (proposal.proposedBy() == by) {
            throw ComplaintLifecycle.refuse(complaint, command, command.at(), "the " + by.name().toLowerCase()
                    + " made this proposal; the other party answers it");
        }
        return proposal;
    }

    private static void checkRemedy(Resolution resolution) {
        if (resolution.remedy() != null) {
            Remedies.checkComplete(resolution.remedy(), "remedy.");
        }
    }
}
