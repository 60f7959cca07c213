package io.rectify.contracts.complaint;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

/**
 * The one-time token of a survey link. notification-service puts it in the closure mail and
 * complaint-service checks it; both know the secret, and no event carries the token, so reading
 * {@code complaints.events} is not enough to answer a customer's survey.
 */
public final class SurveyTokens {

    private SurveyTokens() {
    }

    /** HMAC-SHA256 of the case and survey ids under the secret, URL-safe. */
    public static String token(String secret, UUID complaintId, UUID surveyId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("survey:" + complaintId + ":" + surveyId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte. */
    public static boolean matches(String secret, UUID complaintId, UUID surveyId, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(token(secret, complaintId, surveyId).getBytes(StandardCharsets.UTF_8),
                token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
