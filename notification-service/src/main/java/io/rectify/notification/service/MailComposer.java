package io.rectify.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.rectify.contracts.common.Language;
import io.rectify.notification.domain.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Writes a mail from {@code templates/mail/<language>/<template>.txt}: the first line is the
 * subject, the rest the body. A template missing in the recipient's language falls back to
 * English, and the mail says so by its language.
 */
@ApplicationScoped
public class MailComposer {

    private final Engine engine;

    public MailComposer(Engine engine) {
        this.engine = engine;
    }

    public record Mail(Language language, String subject, String body) {
    }

    public Mail compose(Template template, Language language, Map<String, Object> data) {
        Language written = language == null ? Language.EN : language;
        io.quarkus.qute.Template text = engine.getTemplate(path(template, written));
        if (text == null) {
            written = Language.EN;
            text = engine.getTemplate(path(template, written));
        }
        if (text == null) {
            throw new IllegalStateException("no mail template " + path(template, Language.EN));
        }
        TemplateInstance instance = text.instance();
        data.forEach(instance::data);
        String rendered = instance.render().strip();
        int endOfSubject = rendered.indexOf('\n');
        if (endOfSubject < 0) {
            throw new IllegalStateException("mail template " + path(template, written) + " has no body after its subject line");
        }
        return new Mail(written, rendered.substring(0, endOfSubject).strip(), rendered.substring(endOfSubject + 1).strip() + "\n");
    }

    private static String path(Template template, Language language) {
        return "mail/" + language.code() + "/" + template.key();
    }
}
