package io.rectify.contracts.complaint;

import io.rectify.contracts.audit.CanonicalEncoding;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What a signature under a settlement stands for, computed once when it is made and stored in
 * the {@code settlement-signed} event (never recomputed to show it):
 * <ul>
 *   <li>the <b>signed content</b>: the case id, the dispute number, the proposal id, the terms, the
 *       remedy (type, RMA number, quantity, credit amount and currency, justification, empty where
 *       a type has none, or {@code unchanged}) and whether the case is analysed again, each as
 *       {@code <UTF-8 length>:<text>} ({@link CanonicalEncoding}), after the label {@link #FORMAT};</li>
 *   <li>the <b>terms digest</b>: {@code sha256:} and the hex SHA-256 of the signed content's UTF-8 bytes;</li>
 *   <li>the <b>seal</b>: {@code sha256:} and the hex SHA-256 of the terms digest, the signer's subject
 *       and username at the identity provider, the party, the meaning and the time of signing
 *       (ISO 8601, UTC), encoded the same way: it binds these terms to this person and what they meant.</li>
 * </ul>
 * Anyone recomputes the digest from the printed content and the seal from the printed fields; the
 * event that holds them is in the case's hash chain, anchored on Kafka.
 */
public final class SettlementSigning {

    /** Names the encoding; a new encoding gets a new label. */
    public static final String FORMAT = "rectify-settlement-v1";

    private SettlementSigning() {
    }

    public static String signedContent(UUID caseId, int disputeNumber, UUID proposalId, Resolution terms) {
        RemedyOffer remedy = terms.remedy();
        String[] remedyFields = remedy == null ? new String[]{"unchanged", "", "", "", "", ""} : new String[]{
                remedy.type().name(), orEmpty(remedy.rmaNumber()), remedy.quantity() == null ? "" : remedy.quantity().toString(),
                remedy.credit() == null ? "" : remedy.credit().amount().toPlainString(),
                remedy.credit() == null ? "" : remedy.credit().currency(), orEmpty(remedy.justification())};
        return new String(CanonicalEncoding.of(FORMAT, caseId.toString(), Integer.toString(disputeNumber), proposalId.toString(),
                terms.terms(), remedyFields[0], remedyFields[1], remedyFields[2], remedyFields[3], remedyFields[4], remedyFields[5],
                terms.reanalysis() ? "reanalysis" : "no reanalysis"), StandardCharsets.UTF_8);
    }

    public static String digest(String signedContent) {
        return "sha256:" + CanonicalEncoding.hex(CanonicalEncoding.sha256(signedContent.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a party's signature means: it accepts the terms as binding, for whom it signs. */
    public static String meaning(Party party, String signsFor) {
        return "As the " + party.name().toLowerCase() + ", I agree to these terms of settlement and accept them as binding on "
                + signsFor + ".";
    }

    public static String seal(String termsDigest, Signer signer, Party party, String meaning, Instant signedAt) {
        return "sha256:" + CanonicalEncoding.hex(CanonicalEncoding.sha256(CanonicalEncoding.of(termsDigest, signer.subject(),
                signer.username(), party.name(), meaning, signedAt.toString())));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
