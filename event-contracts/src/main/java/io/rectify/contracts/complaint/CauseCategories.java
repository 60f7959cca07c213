package io.rectify.contracts.complaint;

import io.rectify.contracts.car.RootCause;

/**
 * The Ishikawa (6M) categories of an 8D's two root causes (D4), as the case records them when
 * its CAR determines them: why the defect occurred and why it escaped detection. Either may be
 * unknown ({@code null}) when the CAR did not classify it.
 */
public record CauseCategories(RootCause.Category occurrence, RootCause.Category escape) {
}
