package io.rectify.complaint.audit;

import io.rectify.complaint.rest.api.Dispute;
import io.rectify.contracts.complaint.SettlementSigning;
import io.rectify.contracts.complaint.Signer;

/**
 * A settlement signature as stored, and whether what is stored still adds up, recomputed while
 * printing: the digest of the stored content, and the seal over the stored fields. What is shown
 * is always the stored value, never the recomputed one.
 *
 * @param sealed false for a signature made before signatures stored their content and seal
 */
public record SignatureCheck(Dispute.Signature signature, boolean sealed, boolean digestMatches, boolean sealMatches) {

    public static SignatureCheck of(Dispute.Signature s) {
        if (s.signedContent() == null || s.seal() == null || s.signer() == null) {
            return new SignatureCheck(s, false, false, false);
        }
        Signer signer = new Signer(s.signer().subject(), s.signer().username(), s.signer().name(), s.signer().role());
        return new SignatureCheck(s, true, SettlementSigning.digest(s.signedContent()).equals(s.termsDigest()),
                SettlementSigning.seal(s.termsDigest(), signer, s.party(), s.meaning(), s.signedAt()).equals(s.seal()));
    }
}
