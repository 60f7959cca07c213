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

/** What can be asked of a CAR. User commands carry their API name ({@code POST /cars/{id}/<name>}). */
public sealed interface CarCommand {

    String name();

    record Open(String reference, UUID complaintId, String complaintReference, CarSource source, String problemStatement,
                Customer customer, Product product, String lotNumber, Severity severity, Containment initialContainment,
                Instant at) implements CarCommand {
        public static final String NAME = "opening";

        @Override
        public String name() {
            return NAME;
        }
    }

    record RecordEmergencyResponse(boolean stopShip, int isolatedQuantity, String location, String actions, Instant at)
            implements CarCommand {
        public static final String NAME = "emergency-response";

        @Override
        public String name() {
            return NAME;
        }
    }

    record FormTeam(TeamMember leader, List<TeamMember> members, Instant at) implements CarCommand {
        public static final String NAME = "team";

        @Override
        public String name() {
            return NAME;
        }
    }

    record DescribeProblem(ProblemDescription description, Instant at) implements CarCommand {
        public static final String NAME = "problem-description";

        @Override
        public String name() {
            return NAME;
        }
    }

    record RecordContainment(Containment containment, String verification, Instant at) implements CarCommand {
        public static final String NAME = "containment";

        @Override
        public String name() {
            return NAME;
        }
    }

    record DetermineRootCause(RootCause occurrence, RootCause escape, String verification, Instant at) implements CarCommand {
        public static final String NAME = "root-cause";

        @Override
        public String name() {
            return NAME;
        }
    }

    record PlanActions(List<PlannedAction> actions, Instant at) implements CarCommand {
        public static final String NAME = "corrective-actions";

        @Override
        public String name() {
            return NAME;
        }
    }

    record CompleteAction(String actionId, String evidence, Instant at) implements CarCommand {
        public static final String NAME = "corrective-actions/{actionId}/completion";

        @Override
        public String name() {
            return NAME;
        }
    }

    record DefinePrevention(Prevention prevention, Instant at) implements CarCommand {
        public static final String NAME = "prevention";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Verify(Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil, String observation,
                  Instant at) implements CarCommand {
        public static final String NAME = "verification";

        @Override
        public String name() {
            return NAME;
        }
    }

    record Close(String lessonsLearned, Instant at) implements CarCommand {
        public static final String NAME = "closure";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The complaint found the action not effective at the customer: back to D4. */
    record Reopen(String reason, Instant at) implements CarCommand {
        public static final String NAME = "reopening";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** The overdue watch looks for actions past their due date. */
    record RecordOverdueActions(LocalDate today, Instant at) implements CarCommand {
        public static final String NAME = "record-overdue-actions";

        @Override
        public String name() {
            return NAME;
        }
    }
}
