package io.rectify.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Hands a mail to the SMTP server (Quarkus Mailer); accepted by the server counts as sent. */
@ApplicationScoped
public class MailSender {

    /** Lets a recipient's mail system, and a support engineer, find the notification again. */
    public static final String NOTIFICATION_HEADER = "X-Rectify-Notification";

    private final ReactiveMailer mailer;

    public MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public Uni<Void> send(UUID notificationId, String caseReference, String recipient, String subject, String body) {
        Mail mail = Mail.withText(recipient, subject, body)
                .addHeader(NOTIFICATION_HEADER, notificationId.toString());
        if (caseReference != null) {
            mail.addHeader("X-Rectify-Case", caseReference);
        }
        return mailer.send(mail);
    }
}
