package io.rectify.notification.delivery;

import io.rectify.eventsourcing.cloudevents.CloudEventsJson;
import io.rectify.notification.service.NotificationSettings;
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
                        throw new IllegalStateException("the endpoint answered HTTP " + response.statusCode());
                    }
                    return null;
                });
    }
}
