package io.rectify.eventsourcing.api;

import jakarta.validation.Valid;

/**
 * Containment of suspect stock wherever it is (8D D3, or the complaint's first analysis): at the
 * customer, in transit, in-house. A location that holds none is left out.
 */
public record Containment(@Valid ContainedStock atCustomer, @Valid ContainedStock inTransit, @Valid ContainedStock inHouse) {
}
