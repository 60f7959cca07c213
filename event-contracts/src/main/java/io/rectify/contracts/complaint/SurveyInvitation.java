package io.rectify.contracts.complaint;

import java.time.Instant;
import java.util.UUID;

/** The satisfaction survey a closure sends; its link's token is {@link SurveyTokens#token}. */
public record SurveyInvitation(UUID surveyId, Instant expiresAt) {
}
