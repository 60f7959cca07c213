package io.rectify.contracts.complaint;

import java.time.Instant;

/**
 * One party's signature under a written settlement.
 *
 * @param name        the signatory's name as typed
 * @param role        the signatory's position as typed, e.g. "purchasing manager"
 * @param signsFor    what the signatory binds, e.g. "Elektro Nord d.o.o., as its purchasing manager"
 * @param termsDigest   SHA-256 of {@code signedContent} (see {@link SettlementSigning}), so a signature can only
 *                      ever stand for those terms
 * @param signer        the authenticated user who signed (absent on signatures made before sign-in existed)
 * @param meaning       what the signature means, as the signer was shown it
 * @param signedContent the canonical encoding of case, dispute, proposal, terms and remedy that was signed, as signed
 * @param seal          SHA-256 binding the digest to the signer's identity, party, meaning and time (see {@link SettlementSigning})
 */
public record Signature(Party party, String name, String role, String signsFor, String termsDigest, Instant signedAt,
                        Signer signer, String meaning, String signedContent, String seal) {
}
