package io.rectify.eventsourcing.command;

import io.rectify.eventsourcing.http.CommandNames;

import java.util.List;

/**
 * The command is not allowed in the aggregate's current state (HTTP 409). It says what the
 * state is and which commands are allowed now, so the caller knows what to do instead. Commands
 * are named by their type; the REST layer turns the types into the names users know
 * ({@link io.rectify.eventsourcing.http.CommandNames}).
 *
 * @param reason why, as a predicate of the command: "is not accepted in status CLOSED"
 */
public class CommandRejectedException extends RuntimeException {

    private final Enum<?> command;
    private final String currentStatus;
    private final List<Enum<?>> allowedCommands;
    private final String reason;

    public CommandRejectedException(Enum<?> command, String currentStatus, List<? extends Enum<?>> allowedCommands, String reason) {
        super(command + " " + reason);
        this.command = command;
        this.currentStatus = currentStatus;
        this.allowedCommands = List.copyOf(allowedCommands);
        this.reason = reason;
    }

    public Enum<?> command() {
        return command;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public List<Enum<?>> allowedCommands() {
        return allowedCommands;
    }

    public String reason() {
        return reason;
    }

    /** The commands allowed now, named the way users know them. */
    public List<String> allowedNames(CommandNames names) {
        return allowedCommands.stream().map(names::nameOf).toList();
    }

    /** The refusal as users read it, commands named the way they know them. */
    public String describe(CommandNames names) {
        List<String> allowed = allowedNames(names);
        return "'" + names.nameOf(command) + "' " + reason
                + (allowed.isEmpty() ? "; the case takes no further commands" : "; allowed now: " + String.join(", ", allowed));
    }
}
