package io.rectify.contracts.complaint;

import io.rectify.contracts.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SettlementSigningTest {

    private static final UUID CASE = UUID.fromString("0b6f3c52-5c1e-4d1a-9d7e-2f1f1f1f1f1f");
    private static final UUID PROPOSAL = UUID.fromString("7a1e0c0e-1111-4222-8333-444455556666");
    private static final RemedyOffer CREDIT = new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("100.00"), "EUR"), null);

    @Test
    void termsEndingInWhatLooksLikeARemedyLineAreNotTheSameSettlementAsThatRemedy() {
        // the old digest joined terms and remedy with newlines: these two gave the same input
        String asText = SettlementSigning.signedContent(CASE, 1, PROPOSAL, new Resolution("credit agreed\nCREDIT 100.00 EUR", null, false));
        String asRemedy = SettlementSigning.signedContent(CASE, 1, PROPOSAL, new Resolution("credit agreed", CREDIT, false));
        assertNotEquals(SettlementSigning.digest(asText), SettlementSigning.digest(asRemedy));
    }

    @Test
    void theContentNamesCaseDisputeAndProposal() {
        Resolution terms = new Resolution("credit agreed", CREDIT, true);
        String content = SettlementSigning.signedContent(CASE, 2, PROPOSAL, terms);
        assertEquals("21:rectify-settlement-v136:" + CASE + "1:236:" + PROPOSAL + "13:credit agreed6:CREDIT0:0:6:100.003:EUR0:10:reanalysis",
                content);
        assertNotEquals(SettlementSigning.digest(content), SettlementSigning.digest(SettlementSigning.signedContent(CASE, 3, PROPOSAL, terms)));
        assertNotEquals(SettlementSigning.digest(content),
                SettlementSigning.digest(SettlementSigning.signedContent(UUID.randomUUID(), 2, PROPOSAL, terms)));
    }

    @Test
    void theSealChangesWithTheSignerTheMeaningAndTheTime() {
        String digest = SettlementSigning.digest("x");
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        Signer ana = new Signer("sub-ana", "ana", "Ana", "customer");
        String meaning = SettlementSigning.meaning(Party.CUSTOMER, "Elektro Nord d.o.o.");
        String seal = SettlementSigning.seal(digest, ana, Party.CUSTOMER, meaning, at);
        assertNotEquals(seal, SettlementSigning.seal(digest, new Signer("sub-eve", "ana", "Ana", "customer"), Party.CUSTOMER, meaning, at));
        assertNotEquals(seal, SettlementSigning.seal(digest, ana, Party.CUSTOMER, meaning + " ", at));
        assertNotEquals(seal, SettlementSigning.seal(digest, ana, Party.CUSTOMER, meaning, at.plusMillis(1)));
        assertEquals(seal, SettlementSigning.seal(digest, ana, Party.CUSTOMER, meaning, Instant.parse("2026-11-20T10:00:00.000Z")));
    }
}
