package io.rectify.complaint.rest.api;

import java.time.Instant;
import java.util.UUID;

/** The survey the last closure sent, and the customer's answer once given. */
public record SatisfactionSurvey(UUID surveyId, Instant expiresAt, Integer rating, String comment, Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
