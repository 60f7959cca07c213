package io.rectify.complaint.service;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.security.AccessDeniedException;
import io.rectify.eventsourcing.security.Caller;

import java.util.UUID;

/**
 * Which cases a caller may touch: staff every case, a customer's user only the cases of their own
 * customer. Another customer's case answers 404, exactly as a case that does not exist, so that a
 * customer cannot even learn that it does.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static void checkVisible(UUID caseId, String caseCustomerId, Caller caller) {
        if (!caller.maySee(caseCustomerId)) {
            throw new AggregateNotFoundException(ComplaintAggregate.STREAM_TYPE, caseId);
        }
    }

    public static void checkVisible(Complaint complaint, Caller caller) {
        if (complaint.intake() != null) {
            checkVisible(complaint.id(), complaint.intake().customer().id(), caller);
        }
    }

    /** A customer's user files complaints for their own customer only. */
    public static void checkMayFileFor(String formCustomerId, Caller caller) {
        if (caller.isCustomer() && !caller.requiredCustomerId().equals(formCustomerId == null ? null : formCustomerId.trim())) {
            throw new AccessDeniedException("you may file complaints for your own customer (" + caller.requiredCustomerId()
                    + ") only; customer.id names another");
        }
    }
}
