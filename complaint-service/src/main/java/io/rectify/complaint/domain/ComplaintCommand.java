package io.rectify.complaint.domain;

import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.common.Money;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.Mediator;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Signer;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.Impact;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.contracts.complaint.Remedy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of a complaint case. The commands users send carry their API name
 * ({@code POST /complaints/{id}/<name>}); the others come from car-service's events and from the
 * deadline watch.
 */
public sealed interface ComplaintCommand {

    /** The name the state machine knows the command by. */
    String name();

    /** The customer's complaint form, with the reference the case was given. */
    record File(String reference,
                Customer customer,
                Channel channel,
                Product product,
                String lotNumber,
                int quantityAffected,
                int remainingStock,
                String description,
                Occurrence occurrence,
                Severity severity,
                Remedy requestedRemedy,
                Instant receivedAt,
                DueDatePolicy dueDatePolicy,
                List<RelatedComplaint> relatedComplaints) implements ComplaintCommand {
        public static final String NAME = "filing";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The quality team confirms to the customer that the complaint is being handled (ISO 10002). */
    record Acknowledge(String comment, Instant at) implements ComplaintCommand {
        public static final String NAME = "acknowledgement";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Analyse(String rootCauseHypothesis, Impact impact, Containment containment, String comment, Instant at)
            implements ComplaintCommand {
        public static final String NAME = "analysis";

        @Override
        public String name() {
            return NAME;
        }
    }

    record RequestCorrectiveAction(String problemStatement, String comment, Instant at) implements ComplaintCommand {
        public static final String NAME = "corrective-action-request";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Respond(String rootCause, String correctiveAction, String preventiveAction, String noCarJustification,
                   String comment, Instant at) implements ComplaintCommand {
        public static final String NAME = "response";

        @Override
        public String name() {
            return NAME;
        }
    }

    record RecordFollowUp(Effectiveness result, String observation, Instant at) implements ComplaintCommand {
        public static final String NAME = "follow-ups";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** {@code surveyId} names the satisfaction survey the closure sends the customer. */
    record Close(String comment, UUID surveyId, Instant at) implements ComplaintCommand {
        public static final String NAME = "closure";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Reject(String reason, Instant at) implements ComplaintCommand {
        public static final String NAME = "rejection";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Reopen(String reason, Instant at) implements ComplaintCommand {
        public static final String NAME = "reopening";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** car-service opened the CAR this case asked for. */
    record LinkCar(UUID carId, String carReference, Instant at) implements ComplaintCommand {
        public static final String NAME = "link-car";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The linked CAR reached a step the case follows. */
    record FollowCar(UUID carId, CarProgress progress, String summary, Instant at) implements ComplaintCommand {
        public static final String NAME = "follow-car";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The deadline watch looks for milestones past their due date. */
    record RecordMissedDeadlines(Instant now) implements ComplaintCommand {
        public static final String NAME = "record-missed-deadlines";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Commands on the remedy the customer gets; the names are the API paths under the case. */
    sealed interface RemedyCommand extends ComplaintCommand {

        /** The supplier offers a remedy: return, repair, replacement, credit, or none with a justification. */
        record ProposeRemedy(RemedyOffer remedy, String comment, Instant at) implements RemedyCommand {
            public static final String NAME = "remedy";

            @Override
            public String name() {
                return NAME;
            }
        }

        record AcceptRemedy(String comment, Instant at) implements RemedyCommand {
            public static final String NAME = "remedy/acceptance";

            @Override
            public String name() {
                return NAME;
            }
        }

        record RejectRemedy(String reason, Instant at) implements RemedyCommand {
            public static final String NAME = "remedy/rejection";

            @Override
            public String name() {
                return NAME;
            }
        }

        record RecordFulfilment(FulfilmentStep step, Integer quantity, String documentReference, String note, Instant at) implements RemedyCommand {
            public static final String NAME = "remedy/fulfilment";

            @Override
            public String name() {
                return NAME;
            }
        }
    }

    /** Commands on the case's dispute; the names are the API paths under the case. */
    sealed interface DisputeCommand extends ComplaintCommand {

        /** The customer contests the rejection, the response or the remedy. */
        record OpenDispute(Contested contests, String issueStatement, String customerClaim, Money amountInDispute, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute";

            @Override
            public String name() {
                return NAME;
            }
        }

        record SubmitEvidence(UUID evidenceId, EvidenceType type, String description, String link, String checksum, Party submittedBy, String submitterName, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/evidence";

            @Override
            public String name() {
                return NAME;
            }
        }

        record ProposeSettlement(UUID proposalId, Party proposedBy, Resolution terms, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/proposals";

            @Override
            public String name() {
                return NAME;
            }
        }

        record AcceptProposal(UUID proposalId, Party acceptedBy, String comment, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/proposals/{proposalId}/acceptance";

            @Override
            public String name() {
                return NAME;
            }
        }

        record RejectProposal(UUID proposalId, Party rejectedBy, String reason, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/proposals/{proposalId}/rejection";

            @Override
            public String name() {
                return NAME;
            }
        }

        record SignSettlement(Party party, String signatory, String role, String signsFor, Signer signer, Instant at)
                implements DisputeCommand {
            public static final String NAME = "dispute/settlement/signatures";

            @Override
            public String name() {
                return NAME;
            }
        }

        record StartMediation(Mediator mediator, String reason, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/mediation";

            @Override
            public String name() {
                return NAME;
            }
        }

        record ConcludeMediation(Resolution outcome, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/mediation/outcome";

            @Override
            public String name() {
                return NAME;
            }
        }

        record WithdrawDispute(String reason, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/withdrawal";

            @Override
            public String name() {
                return NAME;
            }
        }

        record RecordDisputeFollowUp(boolean honoured, String observation, Instant at) implements DisputeCommand {
            public static final String NAME = "dispute/follow-ups";

            @Override
            public String name() {
                return NAME;
            }
        }
    }

    /** The customer rates the handling of the closed case; the survey link's token was checked by the service. */
    record RecordSatisfaction(int rating, String comment, Instant at) implements ComplaintCommand {
        public static final String NAME = "satisfaction";

        @Override
        public String name() {
            return NAME;
        }
    }
}
