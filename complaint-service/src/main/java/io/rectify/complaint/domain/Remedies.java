package io.rectify.complaint.domain;

import io.rectify.complaint.domain.ComplaintCommand.RemedyCommand;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.eventsourcing.command.InvalidCommandException;

import java.util.List;
import java.util.Map;

/** What the remedy commands decide; {@link ComplaintLifecycle} has already checked they are allowed now. */
final class Remedies {

    private Remedies() {
    }

    /** Refuses (400) a remedy that lacks what its type needs; {@code fieldPrefix} places the fields in the request. */
    static void checkComplete(RemedyOffer remedy, String fieldPrefix) {
        Map<String, String> missing = remedy.missing();
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing.entrySet().stream()
                    .map(e -> new InvalidCommandException.FieldError(fieldPrefix + e.getKey(), e.getValue())).toList());
        }
    }

    static List<ComplaintEvent> decide(Complaint complaint, RemedyCommand command) {
        return switch (command) {
            case RemedyCommand.ProposeRemedy propose -> {
                checkComplete(propose.remedy(), "");
                yield List.of(new ComplaintEvent.RemedyProposed(complaint.id(), propose.remedy(), propose.comment(), propose.at()));
            }
            case RemedyCommand.AcceptRemedy accept ->
                    List.of(new ComplaintEvent.RemedyAccepted(complaint.id(), accept.comment(), accept.at()));
            case RemedyCommand.RejectRemedy reject ->
                    List.of(new ComplaintEvent.RemedyRejected(complaint.id(), reject.reason(), reject.at()));
            case RemedyCommand.RecordFulfilment record -> {
                RemedyState remedy = complaint.remedy();
                List<FulfilmentStep> steps = FulfilmentStep.of(remedy.offer().type());
                FulfilmentStep next = remedy.nextStep();
                if (record.step() != next) {
                    throw ComplaintLifecycle.refuse(complaint, command, command.at(), "a " + remedy.offer().type()
                            + " goes through " + steps + "; the step due now is " + next);
                }
                yield List.of(new ComplaintEvent.RemedyFulfilmentRecorded(complaint.id(), remedy.offer(), record.step(),
                        record.quantity(), record.documentReference(), record.note(), steps.indexOf(next) == steps.size() - 1,
                        record.at()));
            }
        };
    }
}
