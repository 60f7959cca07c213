package io.rectify.car.domain;

import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.PlannedAction;
import io.rectify.contracts.car.Prevention;
import io.rectify.contracts.car.ProblemDescription;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.car.TeamMember;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What can be asked of a CAR: the 8D steps users record, and what the complaint and the overdue watch cause. */
public sealed interface CarCommand {

    /**
     * The command types, in the order of the 8D: the keys of {@link CarLifecycle}'s table, named
     * for users by the REST layer ({@code rest.CarCommandPaths}).
     */
    enum Type {
        OPEN, RECORD_EMERGENCY_RESPONSE, FORM_TEAM, DESCRIBE_PROBLEM, RECORD_CONTAINMENT, DETERMINE_ROOT_CAUSE, PLAN_ACTIONS,
        COMPLETE_ACTION, DEFINE_PREVENTION, VERIFY, CLOSE,
        /* the report to the customer, at any step */
        SHARE_REPORT,
        /* internal: the complaint's follow-up and the overdue watch */
        REOPEN, RECORD_OVERDUE_ACTIONS
    }

    Type commandType();

    /** When the command is decided: the time its rules are checked at. */
    Instant at();

    record Open(String reference, UUID complaintId, String complaintReference, CarSource source, String problemStatement,
                Customer customer, Product product, String lotNumber, Severity severity, Containment initialContainment,
                Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.OPEN;
        }
    }

    record RecordEmergencyResponse(boolean stopShip, int isolatedQuantity, String location, String actions, Instant at)
            implements CarCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_EMERGENCY_RESPONSE;
        }
    }

    record FormTeam(TeamMember leader, List<TeamMember> members, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.FORM_TEAM;
        }
    }

    record DescribeProblem(ProblemDescription description, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.DESCRIBE_PROBLEM;
        }
    }

    record RecordContainment(Containment containment, String verification, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_CONTAINMENT;
        }
    }

    record DetermineRootCause(RootCause occurrence, RootCause escape, String verification, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.DETERMINE_ROOT_CAUSE;
        }
    }

    record PlanActions(List<PlannedAction> actions, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.PLAN_ACTIONS;
        }
    }

    record CompleteAction(String actionId, String evidence, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.COMPLETE_ACTION;
        }
    }

    record DefinePrevention(Prevention prevention, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.DEFINE_PREVENTION;
        }
    }

    record Verify(Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil, String observation,
                  Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.VERIFY;
        }
    }

    record Close(String lessonsLearned, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.CLOSE;
        }
    }

    /** The 8D report, as it stands, goes to the customer of the complaint the CAR serves. */
    record ShareReport(Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.SHARE_REPORT;
        }
    }

    /** The complaint found the action not effective at the customer: back to D4. */
    record Reopen(String reason, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.REOPEN;
        }
    }

    /** The overdue watch looks for actions past their due date. */
    record RecordOverdueActions(LocalDate today, Instant at) implements CarCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_OVERDUE_ACTIONS;
        }
    }
}
