package io.rectify.complaint.rest.api;

import io.rectify.complaint.domain.Dispute.DisputeStatus;
import io.rectify.complaint.domain.Dispute.ProposalStatus;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.Party;
import io.rectify.eventsourcing.api.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dispute on a case (ISO 10003) as the API shows it: the issue, the evidence both sides
 * brought, the proposals, the signatures, the mediation, how it ended and its follow-ups.
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
                      List<DisputeFollowUp> followUps) {

    public record Evidence(UUID id, EvidenceType type, String description, String link, String checksum, Party submittedBy,
                           String submitterName, Instant submittedAt) {
    }

    public record Proposal(UUID id, Party proposedBy, Resolution terms, UUID counters, Instant proposedAt,
                           ProposalStatus status, Party answeredBy, String answer, Instant answeredAt) {
    }

    /**
     * @param termsDigest SHA-256 of the terms as signed
     * @param signer      who signed, as the identity provider authenticated them
     */
    public record Signature(Party party, String name, String role, String signsFor, String termsDigest, Instant signedAt,
                            Signer signer) {
    }

    public record Signer(String subject, String username, String name, String role) {
    }

    public record Mediation(Mediator mediator, String reason, Instant startedAt, Resolution outcome, Instant concludedAt) {
    }

    /** Whether what was settled (or decided by the mediator) was carried out. */
    public record DisputeFollowUp(boolean honoured, String observation, Instant recordedAt) {
    }
}
