package io.rectify.eventsourcing.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.rectify.eventsourcing.command.AggregateAlreadyExistsException;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.command.EventTooLargeException;
import io.rectify.eventsourcing.command.StaleVersionException;
import io.rectify.eventsourcing.command.StreamFullException;
import io.rectify.eventsourcing.projection.ProjectionRebuilder;
import io.rectify.eventsourcing.idempotency.IdempotencyKeyReusedException;
import io.rectify.eventsourcing.security.AccessDeniedException;
import io.rectify.eventsourcing.security.NotAuthenticatedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error of every service answers as {@code application/problem+json}: what went wrong in
 * {@code title}/{@code detail}, and for a rejected request each offending field.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final CommandNames commandNames;

    public ProblemMappers(CommandNames commandNames) {
        this.commandNames = commandNames;
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kindOfLeaf(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return validationProblem(errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidCommand(InvalidCommandException e, UriInfo uri) {
        return validationProblem(e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList(), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** Quarkus maps this one itself; this mapper keeps the answer a problem document naming the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e, UriInfo uri) {
        return new Problem("not-found", "Not found", 404, e.getMessage()).instance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        Problem problem = new Problem("stale-version", "The case has changed since you read it", 412, e.getMessage())
                .instance(uri.getPath())
                .with("expectedVersion", e.expected());
        if (e.current() >= 0) {
            problem.with("currentVersion", e.current());
        }
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(CommandRejectedException e, UriInfo uri) {
        return new Problem("command-not-allowed", "This step is not allowed now", 409, e.describe(commandNames))
                .instance(uri.getPath())
                .with("command", commandNames.nameOf(e.command()))
                .with("currentStatus", e.currentStatus())
                .with("allowedCommands", e.allowedNames(commandNames))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response exists(AggregateAlreadyExistsException e, UriInfo uri) {
        return new Problem("already-exists", "Already exists", 409, e.getMessage()).instance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooLarge(EventTooLargeException e, UriInfo uri) {
        return new Problem("event-too-large", "The change is too large to record", 413, e.getMessage())
                .instance(uri.getPath())
                .with("maxBytes", e.maxBytes())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response full(StreamFullException e, UriInfo uri) {
        return new Problem("case-full", "The case takes no more changes", 422, e.getMessage()).instance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response rebuilding(ProjectionRebuilder.RebuildRunningException e, UriInfo uri) {
        return new Problem("rebuild-running", "A rebuild is running", 409, e.getMessage()).instance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response contended(CommandExecutor.ConcurrentWritesException e, UriInfo uri) {
        return new Problem("concurrent-writes", "Too many concurrent changes", 409, e.getMessage()).instance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return new Problem("idempotency-key-reused", "Idempotency-Key already used for another request", 422, e.getMessage())
                .instance(uri.getPath())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e, UriInfo uri) {
        return unauthenticated(e.getMessage(), uri);
    }

    /** A token that does not verify (expired, another issuer, a bad signature). */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response badToken(RuntimeException e, UriInfo uri) {
        return unauthenticated("the bearer token is not valid: it may have expired, or come from another identity provider", uri);
    }

    @ServerExceptionMapper({AccessDeniedException.class, ForbiddenException.class})
    public Response denied(RuntimeException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "your roles do not allow this" : e.getMessage();
        return new Problem("forbidden", "Not allowed", 403, detail).instance(uri.getPath()).toResponse();
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        return Response.fromResponse(new Problem("unauthenticated", "Authentication required", 401, detail)
                        .instance(uri.getPath()).toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        if (status == 415) {
            detail = "Send the request body as JSON, with the header Content-Type: application/json";
        }
        Response.ResponseBuilder answer = Response.fromResponse(new Problem(slug(title), title, status, detail)
                .instance(uri.getPath()).toResponse());
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri.getPath());
        return new Problem("internal-error", "Internal error", 500,
                "The request failed unexpectedly; quote error id " + errorId + " when reporting it")
                .instance(uri.getPath())
                .with("errorId", errorId)
                .toResponse();
    }

    private static Response validationProblem(List<Problem.FieldError> errors, UriInfo uri) {
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return new Problem("validation", "The request is not valid", 400, "Check these fields: " + fields)
                .instance(uri.getPath())
                .errors(errors)
                .toResponse();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                message = "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
            } else {
                message = firstLine(mapping.getOriginalMessage());
            }
            return validationProblem(List.of(new Problem.FieldError(field, message)), uri);
        }
        return new Problem("malformed-json", "The request body is not valid JSON", 400, firstLine(e.getOriginalMessage()))
                .instance(uri.getPath())
                .toResponse();
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * {@code file.request.customer.email} becomes {@code customer.email}, the path inside the
     * body; a plain query or path parameter keeps its own name ({@code size}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    StringBuilder name = new StringBuilder(node.getName() == null ? "" : node.getName());
                    if (node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        name.append('[').append(node.getKey()).append(']');
                    }
                    names.add(name.toString());
                }
            }
        }
        String field = names.stream().filter(n -> !n.isEmpty()).collect(Collectors.joining("."));
        if (!field.isEmpty()) {
            return field;
        }
        return parameter == null ? "body" : parameter;
    }

    private static ElementKind kindOfLeaf(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return ElementKind.RETURN_VALUE;
            }
            kind = node.getKind();
        }
        return kind;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
