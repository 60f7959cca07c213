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
     * A signature, as stored when it was made (io.rectify.contracts.complaint.SettlementSigning).
     *
     * @param termsDigest   sha256: of signedContent's UTF-8 bytes
     * @param signer        who signed, as the identity provider authenticated them
     * @param meaning       what the signature means
     * @param signedContent case id, dispute number, proposal id, terms and remedy, each as &lt;UTF-8 length&gt;:&lt;text&gt;
     * @param seal          sha256: over termsDigest, the signer's subject and username, party, meaning and signedAt, encoded the same way
     */
    public record Signature(Party party, String name, String role, String signsFor, String termsDigest, Instant signedAt,
                            Signer signer, String meaning, String signedContent, String seal) {
    }

    public record Signer(String subject, String username, String name, String role) {
    }

    public record Mediation(Mediator mediator, String reason, Instant startedAt, Resolution outcome, Instant concludedAt) {
    }

    /** Whether what was settled (or decided by the mediator) was carried out. */
    public record DisputeFollowUp(boolean honoured, String observation, Instant recordedAt) {
    }
}
