package io.rectify.notification.service;

import io.rectify.contracts.complaint.SurveyTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-time link to the satisfaction survey. Its token lets whoever holds it answer for the
 * customer, so it exists only in the mail as sent: the notification keeps (and its events,
 * {@code GET /notifications} and webhooks show) the link with a placeholder naming the survey,
 * and the mail sender puts the token in at the moment it hands the mail to the SMTP server.
 */
@ApplicationScoped
public class SurveyLinks {

    /** The placeholder: {@code {survey-token:<survey id>}}, what a reader of the records sees instead of the token. */
    private static final Pattern LINK = Pattern.compile(
            "/survey/([0-9a-f-]{36})\\?token=\\{survey-token:([0-9a-f-]{36})}");

    private final String secret;

    public SurveyLinks(@ConfigProperty(name = "rectify.survey.secret") String secret) {
        this.secret = secret;
    }

    /** The link as it is recorded: the token replaced by a placeholder. */
    public static String redacted(String baseUrl, UUID caseId, UUID surveyId) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/survey/" + caseId + "?token={survey-token:" + surveyId + "}";
    }

    /**
     * The text to send: each placeholder of this case's survey gets its token. A placeholder for
     * another case (say, typed into a comment) is left as it is, so a mail only ever carries the
     * token of its own case's survey.
     */
    public String withTokens(String body, UUID caseId) {
        if (body == null || caseId == null || !body.contains("{survey-token:")) {
            return body;
        }
        Matcher link = LINK.matcher(body);
        StringBuilder sent = new StringBuilder();
        while (link.find()) {
            String replacement = link.group();
            if (link.group(1).equals(caseId.toString())) {
                UUID surveyId = UUID.fromString(link.group(2));
                replacement = "/survey/" + caseId + "?token=" + SurveyTokens.token(secret, caseId, surveyId);
            }
            link.appendReplacement(sent, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(sent);
        return sent.toString();
    }
}
