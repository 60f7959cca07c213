package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.SurveyInvitation;

import java.time.Instant;
import java.util.UUID;

/** The survey the last closure sent, and the customer's answer once given. */
public record SatisfactionSurvey(UUID surveyId, Instant expiresAt, Integer rating, String comment, Instant answeredAt) {

    static SatisfactionSurvey sent(SurveyInvitation invitation) {
        return new SatisfactionSurvey(invitation.surveyId(), invitation.expiresAt(), null, null, null);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    SatisfactionSurvey answer(int value, String text, Instant at) {
        return new SatisfactionSurvey(surveyId, expiresAt, value, text, at);
    }
}
