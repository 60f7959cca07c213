package io.rectify.notification.delivery;

import io.rectify.eventsourcing.cloudevents.CloudEventsJson;
import io.rectify.notification.service.NotificationSettings;
import io.rectify.notification.subscription.WebhookTargets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** POSTs a structured CloudEvent to an integration's endpoint, signed; any 2xx is delivered. */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY_HEADER = "X-Rectify-Delivery";

    private final HttpClient http;
    private final NotificationSettings settings;

    public WebhookSender(NotificationSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.deliveryTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * What went wrong, as a class of failure: never the endpoint's own words, which an integrator's
     * server (or whatever answers at its address) chooses.
     */
    public static String failureClass(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebhookTargets.RefusedTarget refused) {
                return "target-not-allowed: " + refused.getMessage();
            }
            if (t instanceof EndpointAnswered answered) {
                return "http-status: the endpoint answered HTTP " + answered.status;
            }
            if (t instanceof java.net.http.HttpConnectTimeoutException) {
                return "connect-timeout: no connection within the delivery timeout";
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof io.smallrye.mutiny.TimeoutException) {
                return "timeout: no answer within the delivery timeout";
            }
            if (t instanceof java.net.ConnectException) {
                return "connection-refused: nothing accepts connections at the endpoint";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown-host: the endpoint's host does not resolve";
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "tls: the TLS handshake with the endpoint failed";
            }
        }
        return "io-error: " + failure.getClass().getSimpleName();
    }

    /** The endpoint answered, but not with 2xx. */
    static final class EndpointAnswered extends RuntimeException {
        final int status;

        EndpointAnswered(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }
    }

    public Uni<Void> send(UUID notificationId, String url, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.deliveryTimeout())
                .header("Content-Type", CloudEventsJson.MEDIA_TYPE + "; charset=utf-8")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(bytes, secret))
                .header(DELIVERY_HEADER, notificationId.toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new EndpointAnswered(response.statusCode());
                    }
                    return null;
                });
    }
}
