package io.rectify.complaint.web;

import io.rectify.eventsourcing.security.AccessDeniedException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/**
 * Refuses a form a page of another site sent on the user's behalf (cross-site request forgery):
 * the browser names the page's origin in {@code Origin} (or, failing that, {@code Referer}), and
 * it must be this service's own. The session cookie's SameSite=Lax keeps most such requests from
 * carrying the session in the first place; this holds where it does not.
 */
public class SameOrigin {

    @HeaderParam("Origin")
    String origin;
    @HeaderParam("Referer")
    String referer;
    @HeaderParam(HttpHeaders.HOST)
    String host;
    @Context
    UriInfo uri;

    void check() {
        String sender = origin != null && !origin.isBlank() && !origin.equals("null") ? origin : referer;
        if (sender == null || sender.isBlank()) {
            throw new AccessDeniedException("a form must come from this service's own pages (no Origin or Referer sent)");
        }
        URI from = URI.create(sender.strip());
        String expectedHost = host != null ? host : uri.getBaseUri().getAuthority();
        if (from.getAuthority() == null || !from.getAuthority().equalsIgnoreCase(expectedHost)) {
            throw new AccessDeniedException("a form must come from this service's own pages, not from " + from.getAuthority());
        }
    }
}
