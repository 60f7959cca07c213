package io.rectify.complaint.service;

import io.rectify.contracts.complaint.SurveyTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/** Checks the token of a survey link against the survey the case's closure sent. */
@ApplicationScoped
public class SurveyTokenCheck {

    private final String secret;

    public SurveyTokenCheck(@ConfigProperty(name = "rectify.survey.secret") String secret) {
        this.secret = secret;
    }

    /** Fails with {@link InvalidSurveyTokenException} unless the token belongs to this case's current survey ({@code surveyId}, null when none). */
    public void check(UUID complaintId, UUID surveyId, String token) {
        if (surveyId == null || !SurveyTokens.matches(secret, complaintId, surveyId, token)) {
            throw new InvalidSurveyTokenException();
        }
    }

    /** The link's token is wrong, or belongs to a survey the case no longer has (HTTP 403). */
    public static class InvalidSurveyTokenException extends RuntimeException {
        InvalidSurveyTokenException() {
            super("this survey link is not valid for the case; use the link from the latest closure mail", null, false, false);
        }
    }
}
