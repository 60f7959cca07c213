package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.InvalidCommandException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads the body of a command ({@code POST …/{id}/<command>}) the way people send it: no body
 * at all (every field optional), or JSON, even when curl labelled it as a form. Any other declared
 * media type (XML, text, multipart) is refused with 415. The result is validated like an
 * annotated request body.
 */
@ApplicationScoped
public class CommandBodies {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final HttpServerRequest request;

    public CommandBodies(ObjectMapper objectMapper, Validator validator, HttpServerRequest request) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.request = request;
    }

    public <T> T read(byte[] body, Class<T> type) {
        if (!isBlank(body) && !readableAsJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new NotSupportedException();
        }
        T value;
        try {
            value = objectMapper.readValue(isBlank(body) ? "{}".getBytes() : body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new jakarta.ws.rs.WebApplicationException(e, 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw InvalidCommandException.of("body", "must be a JSON object (or left out), not null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** JSON, no declared type, or curl's default form type (what {@code curl -d '{…}'} sends). */
    static boolean readableAsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json")
                || type.getSubtype().equalsIgnoreCase("x-www-form-urlencoded"));
    }

    private static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
