package io.rectify.eventsourcing.command;

import java.util.List;

/** The command's content is wrong in a way only the domain can tell (HTTP 400), field by field. */
public class InvalidCommandException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
