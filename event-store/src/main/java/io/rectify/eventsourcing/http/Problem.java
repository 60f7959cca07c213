package io.rectify.eventsourcing.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 (formerly 7807) problem document. {@code errors} lists the offending fields of a
 * rejected request; further members (the current status, the allowed commands, the current
 * version) are written at the top level as the RFC's extension members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public record FieldError(String field, String message) {
    }

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private String instance;
    private List<FieldError> errors = List.of();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(String type, String title, int status, String detail) {
        this.type = "urn:rectify:problem:" + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public Problem instance(String instance) {
        this.instance = instance;
        return this;
    }

    public Problem errors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
        return this;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
