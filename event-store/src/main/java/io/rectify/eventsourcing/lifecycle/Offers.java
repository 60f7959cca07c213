package io.rectify.eventsourcing.lifecycle;

import java.util.List;

/**
 * The commands a read model offers, as stored with it (a JSON object, as the read models' JSON
 * columns hold): each command type's name and, for one allowed only for a while, until when.
 * Read models filter them by the time they are read.
 */
public record Offers(List<Offer> commands) {

    public Offers {
        commands = List.copyOf(commands);
    }

    /** One offered command; {@code until} is null when it stays open. */
    public record Offer(String command, java.time.Instant until) {

        public boolean openAt(java.time.Instant now) {
            return until == null || !now.isAfter(until);
        }
    }
}
