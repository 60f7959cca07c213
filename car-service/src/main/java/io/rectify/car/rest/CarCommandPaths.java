package io.rectify.car.rest;

import io.rectify.car.domain.CarCommand;
import io.rectify.eventsourcing.http.CommandNames;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The names users know the 8D steps by: the path under {@code /cars/{id}/} each one is sent to.
 * The one place that maps command types to the API; {@code allowedCommands} and refusals name
 * steps through it.
 */
@ApplicationScoped
public class CarCommandPaths implements CommandNames {

    public static String pathOf(CarCommand.Type command) {
        return switch (command) {
            case OPEN -> "opening";
            case RECORD_EMERGENCY_RESPONSE -> "emergency-response";
            case FORM_TEAM -> "team";
            case DESCRIBE_PROBLEM -> "problem-description";
            case RECORD_CONTAINMENT -> "containment";
            case DETERMINE_ROOT_CAUSE -> "root-cause";
            case PLAN_ACTIONS -> "corrective-actions";
            case COMPLETE_ACTION -> "corrective-actions/{actionId}/completion";
            case DEFINE_PREVENTION -> "prevention";
            case VERIFY -> "verification";
            case CLOSE -> "closure";
            case SHARE_REPORT -> "report/sharing";
            // not sent by users: named for logs and refusals only
            case REOPEN -> "reopening";
            case RECORD_OVERDUE_ACTIONS -> "record-overdue-actions";
        };
    }

    public static List<String> pathsOf(List<CarCommand.Type> commands) {
        return commands.stream().map(CarCommandPaths::pathOf).toList();
    }

    @Override
    public String nameOf(Enum<?> command) {
        return command instanceof CarCommand.Type type ? pathOf(type) : CommandNames.kebab(command);
    }
}
