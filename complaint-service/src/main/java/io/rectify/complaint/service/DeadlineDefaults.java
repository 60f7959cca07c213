package io.rectify.complaint.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The due-date profile every customer gets unless it has its own (PUT /deadline-profiles/{customer}):
 * acknowledge within 24 hours; contain a CRITICAL complaint within 24 hours; respond within 10
 * days; close within 60 days.
 */
@ConfigMapping(prefix = "rectify.deadlines")
public interface DeadlineDefaults {

    @WithDefault("PT24H")
    Duration acknowledgement();

    /** Containment is owed ahead of the analysis for CRITICAL complaints only. */
    @WithDefault("PT24H")
    Duration criticalContainment();

    @WithDefault("P10D")
    Duration response();

    @WithDefault("P60D")
    Duration closure();

    /** How often the deadline watch looks for missed milestones. */
    @WithDefault("60s")
    Duration checkEvery();
}
