package io.rectify.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.rectify.notification.service.SurveyLinks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Hands a mail to the SMTP server (Quarkus Mailer); accepted by the server counts as sent. */
@ApplicationScoped
public class MailSender {

    /** Lets a recipient's mail system, and a support engineer, find the notification again. */
    public static final String NOTIFICATION_HEADER = "X-Rectify-Notification";

    private final ReactiveMailer mailer;
    private final SurveyLinks surveyLinks;

    public MailSender(ReactiveMailer mailer, SurveyLinks surveyLinks) {
        this.mailer = mailer;
        this.surveyLinks = surveyLinks;
    }

    /** The body as recorded; the survey link's token goes in only here, into the mail itself. */
    public Uni<Void> send(UUID notificationId, UUID caseId, String caseReference, String recipient, String subject, String body) {
        Mail mail = Mail.withText(recipient, subject, surveyLinks.withTokens(body, caseId))
                .addHeader(NOTIFICATION_HEADER, notificationId.toString());
        if (caseReference != null) {
            mail.addHeader("X-Rectify-Case", caseReference);
        }
        return mailer.send(mail);
    }
}
