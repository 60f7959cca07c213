package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.InvalidCommandException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code ?asOf=} of a read: the moment a case is shown as it stood, its events up to then
 * folded again. RFC 3339 with an offset ({@code 2026-11-20T10:00:00Z}, {@code 2026-11-20T11:00:00+01:00}).
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";
    public static final String DESCRIPTION = "Shows the case as it stood at this moment (RFC 3339, e.g. 2026-11-20T10:00:00Z): "
            + "its events up to then folded again; nothing can be done to a past state, so allowedCommands is empty.";

    private AsOf() {
    }

    /** The moment, or null when the parameter is absent; anything else is a 400 naming the parameter. */
    public static Instant parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidCommandException.of(PARAMETER, "must be an RFC 3339 date-time with an offset, e.g. 2026-11-20T10:00:00Z");
        }
    }
}
