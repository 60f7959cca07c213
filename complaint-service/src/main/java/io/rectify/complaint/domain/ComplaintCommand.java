package io.rectify.complaint.domain;

import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.car.EightDReport;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.CauseCategories;
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
 * What can be asked of a complaint case: what users send through the API, and what car-service's
 * events and the deadline watch cause.
 */
public sealed interface ComplaintCommand {

    /**
     * The command types, in the order of the process: the keys of {@link ComplaintLifecycle}'s
     * table, named for users by the REST layer ({@code rest.ComplaintCommandPaths}).
     */
    enum Type {
        FILE, ACKNOWLEDGE, ANALYSE, REQUEST_CORRECTIVE_ACTION, RESPOND, RECORD_FOLLOW_UP, CLOSE, REJECT, REOPEN,
        PROPOSE_REMEDY, ACCEPT_REMEDY, REJECT_REMEDY, RECORD_FULFILMENT,
        OPEN_DISPUTE, SUBMIT_EVIDENCE, PROPOSE_SETTLEMENT, ACCEPT_PROPOSAL, REJECT_PROPOSAL, SIGN_SETTLEMENT, START_MEDIATION,
        CONCLUDE_MEDIATION, WITHDRAW_DISPUTE, RECORD_DISPUTE_FOLLOW_UP,
        RECORD_SATISFACTION,
        /* internal: car-service's events and the deadline watch */
        LINK_CAR, FOLLOW_CAR, RECEIVE_EIGHT_D_REPORT, RECORD_MISSED_DEADLINES
    }

    Type commandType();

    /** When the command is decided: the time its rules are checked at. */
    Instant at();

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
        @Override
        public Type commandType() {
            return Type.FILE;
        }

        @Override
        public Instant at() {
            return receivedAt;
        }
    }

    /** The quality team confirms to the customer that the complaint is being handled (ISO 10002). */
    record Acknowledge(String comment, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.ACKNOWLEDGE;
        }
    }

    record Analyse(String rootCauseHypothesis, Impact impact, Containment containment, String comment, Instant at)
            implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.ANALYSE;
        }
    }

    record RequestCorrectiveAction(String problemStatement, String comment, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.REQUEST_CORRECTIVE_ACTION;
        }
    }

    record Respond(String rootCause, String correctiveAction, String preventiveAction, String noCarJustification,
                   String comment, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.RESPOND;
        }
    }

    record RecordFollowUp(Effectiveness result, String observation, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_FOLLOW_UP;
        }
    }

    /** {@code surveyId} names the satisfaction survey the closure sends the customer. */
    record Close(String comment, UUID surveyId, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.CLOSE;
        }
    }

    record Reject(String reason, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.REJECT;
        }
    }

    record Reopen(String reason, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.REOPEN;
        }
    }

    /** car-service opened the CAR this case asked for. */
    record LinkCar(UUID carId, String carReference, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.LINK_CAR;
        }
    }

    /** The linked CAR reached a step the case follows. */
    record FollowCar(UUID carId, CarProgress progress, String summary, CauseCategories causes, Instant at)
            implements ComplaintCommand {

        public FollowCar(UUID carId, CarProgress progress, String summary, Instant at) {
            this(carId, progress, summary, null, at);
        }

        @Override
        public Type commandType() {
            return Type.FOLLOW_CAR;
        }
    }

    /** The linked CAR's 8D report, shared with the customer. */
    record ReceiveEightDReport(UUID carId, EightDReport report, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.RECEIVE_EIGHT_D_REPORT;
        }
    }

    /** The deadline watch looks for milestones past their due date. */
    record RecordMissedDeadlines(Instant now) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_MISSED_DEADLINES;
        }

        @Override
        public Instant at() {
            return now;
        }
    }

    /** Commands on the remedy the customer gets. */
    sealed interface RemedyCommand extends ComplaintCommand {

        /** The supplier offers a remedy: return, repair, replacement, credit, or none with a justification. */
        record ProposeRemedy(RemedyOffer remedy, String comment, Instant at) implements RemedyCommand {
            @Override
            public Type commandType() {
                return Type.PROPOSE_REMEDY;
            }
        }

        record AcceptRemedy(String comment, Instant at) implements RemedyCommand {
            @Override
            public Type commandType() {
                return Type.ACCEPT_REMEDY;
            }
        }

        record RejectRemedy(String reason, Instant at) implements RemedyCommand {
            @Override
            public Type commandType() {
                return Type.REJECT_REMEDY;
            }
        }

        record RecordFulfilment(FulfilmentStep step, Integer quantity, String documentReference, String note, Instant at) implements RemedyCommand {
            @Override
            public Type commandType() {
                return Type.RECORD_FULFILMENT;
            }
        }
    }

    /** Commands on the case's dispute. */
    sealed interface DisputeCommand extends ComplaintCommand {

        /** The customer contests the rejection, the response or the remedy. */
        record OpenDispute(Contested contests, String issueStatement, String customerClaim, Money amountInDispute, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.OPEN_DISPUTE;
            }
        }

        record SubmitEvidence(UUID evidenceId, EvidenceType type, String description, String link, String checksum, Party submittedBy, String submitterName, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.SUBMIT_EVIDENCE;
            }
        }

        record ProposeSettlement(UUID proposalId, Party proposedBy, Resolution terms, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.PROPOSE_SETTLEMENT;
            }
        }

        record AcceptProposal(UUID proposalId, Party acceptedBy, String comment, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.ACCEPT_PROPOSAL;
            }
        }

        record RejectProposal(UUID proposalId, Party rejectedBy, String reason, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.REJECT_PROPOSAL;
            }
        }

        record SignSettlement(Party party, String signatory, String role, String signsFor, Signer signer, Instant at)
                implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.SIGN_SETTLEMENT;
            }
        }

        record StartMediation(Mediator mediator, String reason, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.START_MEDIATION;
            }
        }

        record ConcludeMediation(Resolution outcome, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.CONCLUDE_MEDIATION;
            }
        }

        record WithdrawDispute(String reason, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.WITHDRAW_DISPUTE;
            }
        }

        record RecordDisputeFollowUp(boolean honoured, String observation, Instant at) implements DisputeCommand {
            @Override
            public Type commandType() {
                return Type.RECORD_DISPUTE_FOLLOW_UP;
            }
        }
    }

    /** The customer rates the handling of the closed case; the survey link's token was checked by the service. */
    record RecordSatisfaction(int rating, String comment, Instant at) implements ComplaintCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_SATISFACTION;
        }
    }
}
