package io.rectify.complaint.rest;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.eventsourcing.http.CommandNames;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The names users know the complaint commands by: the path under {@code /complaints/{id}/} each
 * one is sent to. The one place that maps command types to the API; {@code allowedCommands} and
 * refusals name commands through it.
 */
@ApplicationScoped
public class ComplaintCommandPaths implements CommandNames {

    public static String pathOf(ComplaintCommand.Type command) {
        return switch (command) {
            case FILE -> "filing";
            case ACKNOWLEDGE -> "acknowledgement";
            case ANALYSE -> "analysis";
            case REQUEST_CORRECTIVE_ACTION -> "corrective-action-request";
            case RESPOND -> "response";
            case RECORD_FOLLOW_UP -> "follow-ups";
            case CLOSE -> "closure";
            case REJECT -> "rejection";
            case REOPEN -> "reopening";
            case PROPOSE_REMEDY -> "remedy";
            case ACCEPT_REMEDY -> "remedy/acceptance";
            case REJECT_REMEDY -> "remedy/rejection";
            case RECORD_FULFILMENT -> "remedy/fulfilment";
            case OPEN_DISPUTE -> "dispute";
            case SUBMIT_EVIDENCE -> "dispute/evidence";
            case PROPOSE_SETTLEMENT -> "dispute/proposals";
            case ACCEPT_PROPOSAL -> "dispute/proposals/{proposalId}/acceptance";
            case REJECT_PROPOSAL -> "dispute/proposals/{proposalId}/rejection";
            case SIGN_SETTLEMENT -> "dispute/settlement/signatures";
            case START_MEDIATION -> "dispute/mediation";
            case CONCLUDE_MEDIATION -> "dispute/mediation/outcome";
            case WITHDRAW_DISPUTE -> "dispute/withdrawal";
            case RECORD_DISPUTE_FOLLOW_UP -> "dispute/follow-ups";
            case RECORD_SATISFACTION -> "satisfaction";
            // not sent by users: named for logs and refusals only
            case LINK_CAR -> "link-car";
            case FOLLOW_CAR -> "follow-car";
            case RECEIVE_EIGHT_D_REPORT -> "receive-8d-report";
            case RECORD_MISSED_DEADLINES -> "record-missed-deadlines";
        };
    }

    public static List<String> pathsOf(List<ComplaintCommand.Type> commands) {
        return commands.stream().map(ComplaintCommandPaths::pathOf).toList();
    }

    @Override
    public String nameOf(Enum<?> command) {
        return command instanceof ComplaintCommand.Type type ? pathOf(type) : CommandNames.kebab(command);
    }
}
