package io.rectify.eventsourcing.command;

import java.util.List;

/**
 * The command is not allowed in the aggregate's current state (HTTP 409). It says what the
 * state is and which commands are allowed now, so the caller knows what to do instead.
 */
public class CommandRejectedException extends RuntimeException {

    private final String command;
    private final String currentStatus;
    private final List<String> allowedCommands;

    public CommandRejectedException(String command, String currentStatus, List<String> allowedCommands, String reason) {
        super(reason);
        this.command = command;
        this.currentStatus = currentStatus;
        this.allowedCommands = List.copyOf(allowedCommands);
    }

    public String command() {
        return command;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public List<String> allowedCommands() {
        return allowedCommands;
    }
}
