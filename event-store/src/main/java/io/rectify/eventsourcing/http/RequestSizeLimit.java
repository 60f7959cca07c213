package io.rectify.eventsourcing.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than {@code rectify.http.max-body-size} with 413 as a problem
 * document, before it is read. The largest legitimate request (a complaint with its lots, a CAR
 * step with its actions) is a few kilobytes; a body of megabytes is a mistake or an attack.
 * {@code quarkus.http.limits.max-body-size} stays above it as the hard stop for bodies sent
 * without a length (chunked), which the server cuts off itself.
 */
public class RequestSizeLimit {

    private final long maxBytes;

    public RequestSizeLimit(@ConfigProperty(name = "rectify.http.max-body-size", defaultValue = "256K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return new Problem("bad-request", "Bad Request", 400, "Content-Length is not a number")
                    .instance(request.getUriInfo().getPath()).toResponse();
        }
        if (bytes <= maxBytes) {
            return null;
        }
        return new Problem("body-too-large", "Request body too large", 413,
                "The body has " + bytes + " bytes; at most " + maxBytes + " are accepted")
                .instance(request.getUriInfo().getPath())
                .with("maxBytes", maxBytes)
                .toResponse();
    }
}
