package io.rectify.complaint.domain;

import io.rectify.eventsourcing.command.CommandRejectedException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.rectify.complaint.domain.ComplaintStatus.ACKNOWLEDGED;
import static io.rectify.complaint.domain.ComplaintStatus.NONE;
import static io.rectify.complaint.domain.ComplaintStatus.RECEIVED;

/**
 * The complaint state machine, in one place: which command is allowed in which status. Commands
 * are named as in the API ({@code POST /complaints/{id}/<name>}).
 */
public final class ComplaintLifecycle {

    private record Step(Set<ComplaintStatus> from, ComplaintStatus to) {
    }

    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put(ComplaintCommand.File.NAME, new Step(EnumSet.of(NONE), RECEIVED));
        STEPS.put(ComplaintCommand.Acknowledge.NAME, new Step(EnumSet.of(RECEIVED), ACKNOWLEDGED));
    }

    private ComplaintLifecycle() {
    }

    /** The commands a case in this status accepts, in the order of the process. */
    public static List<String> allowedCommands(ComplaintStatus status) {
        List<String> allowed = new ArrayList<>();
        STEPS.forEach((name, step) -> {
            if (step.from().contains(status) && !name.equals(ComplaintCommand.File.NAME)) {
                allowed.add(name);
            }
        });
        return allowed;
    }

    /** The status a command leads to; 409 when the current status does not allow it. */
    public static ComplaintStatus transition(ComplaintStatus current, String command) {
        Step step = STEPS.get(command);
        if (step == null) {
            throw new IllegalArgumentException("unknown command " + command);
        }
        if (!step.from().contains(current)) {
            List<String> allowed = allowedCommands(current);
            throw new CommandRejectedException(command, current.name(), allowed,
                    "A case in status " + current + " does not accept '" + command + "'"
                            + (allowed.isEmpty() ? "; it takes no further commands" : "; allowed now: " + String.join(", ", allowed)));
        }
        return step.to();
    }
}
