package io.rectify.contracts.complaint;

import java.time.Instant;

/**
 * One party's signature under a written settlement.
 *
 * @param name        the signatory's name as typed
 * @param role        the signatory's position as typed, e.g. "purchasing manager"
 * @param signsFor    what the signatory binds, e.g. "Elektro Nord d.o.o., as its purchasing manager"
 * @param termsDigest SHA-256 of the terms signed, so a signature can only ever stand for those terms
 * @param signer      the authenticated user who signed (absent on signatures made before sign-in existed)
 */
public record Signature(Party party, String name, String role, String signsFor, String termsDigest, Instant signedAt,
                        Signer signer) {
}
