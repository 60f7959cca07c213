package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.command.InvalidCommandException;
import jakarta.ws.rs.core.EntityTag;

/**
 * The aggregate version on the wire: every read answers {@code ETag: "<version>"}, every command
 * may send it back as {@code If-Match} to fail with 412 instead of overwriting a newer state.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** No header: decide on whatever is current. {@code *}: the same. A version: exactly that one. */
    public static ExpectedVersion fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.any();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return ExpectedVersion.exactly(version);
        } catch (NumberFormatException e) {
            throw InvalidCommandException.of("If-Match", "must be the ETag of the case, e.g. \"3\"");
        }
    }
}
