package io.rectify.eventsourcing.command;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one event and one stream may hold. Checked before commit, so an event the broker would
 * refuse never reaches the outbox, where it would hold up its case's later events.
 */
@ConfigMapping(prefix = "rectify.events")
public interface EventLimits {

    /** The largest event data; well below the broker's 1 MB record limit, leaving room for the envelope. */
    @WithDefault("512K")
    MemorySize maxBytes();

    /** The most events one case (stream) takes; every command folds them all, so a stream must stay bounded. */
    @WithDefault("5000")
    int maxPerStream();
}
