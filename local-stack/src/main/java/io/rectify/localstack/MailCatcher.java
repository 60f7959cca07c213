package io.rectify.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An SMTP server that keeps every mail instead of sending it on (GreenMail), with a page that
 * shows them: what customers and the quality team would receive, newest first. {@code /mails.json}
 * gives the same as JSON for scripts and tests.
 */
public final class MailCatcher implements AutoCloseable {

    public record Mail(String to, String subject, String sentAt, String text) {
    }

    private final GreenMail smtp;
    private final HttpServer web;

    private MailCatcher(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static MailCatcher start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer web;
        try {
            web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        } catch (IOException e) {
            smtp.stop();
            throw new IOException("the mail page cannot listen on port " + webPort + ": " + e.getMessage(), e);
        }
        MailCatcher catcher = new MailCatcher(smtp, web);
        web.createContext("/mails.json", exchange -> catcher.answer(exchange, "application/json", catcher.json()));
        web.createContext("/", exchange -> catcher.answer(exchange, "text/html", catcher.page()));
        web.start();
        return catcher;
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public String url() {
        return "http://localhost:" + web.getAddress().getPort();
    }

    /** Every mail received, newest first. */
    public List<Mail> mails() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                mails.add(new Mail(to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                        message.getSubject(), message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
                        String.valueOf(message.getContent())));
            } catch (MessagingException | IOException e) {
                mails.add(new Mail("", "(unreadable: " + e.getMessage() + ")", "", ""));
            }
        }
        java.util.Collections.reverse(mails);
        return mails;
    }

    private String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rectify mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em;max-width:60em}article{border-top:1px solid #ccc;padding:.5em 0}"
                + "pre{white-space:pre-wrap;background:#f6f6f6;padding:.7em}small{color:#666}</style></head><body>"
                + "<h1>Mail sent by the local Rectify</h1><p>Newest first; nothing leaves this machine. Reload to see new mail.</p>");
        List<Mail> mails = mails();
        if (mails.isEmpty()) {
            html.append("<p><em>No mail yet.</em></p>");
        }
        for (Mail mail : mails) {
            html.append("<article><h3>").append(escape(mail.subject())).append("</h3><small>to ").append(escape(mail.to()))
                    .append(" · ").append(escape(mail.sentAt())).append("</small><pre>").append(escape(mail.text()))
                    .append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private String json() {
        return mails().stream().map(mail -> "{\"to\":" + quote(mail.to()) + ",\"subject\":" + quote(mail.subject())
                        + ",\"sentAt\":" + quote(mail.sentAt()) + ",\"text\":" + quote(mail.text()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }
}
