package io.wascorecards.scoring;

import java.math.BigDecimal;

/**
 * The limits of one KPI's status, in the unit of its value (a fraction for rates, per
 * 1,000 for {@code optout_per_1000}, a count for counts). In properties any of them may
 * be left out to keep the one underneath (the spec's default, or the global setting under
 * a per-connection override).
 *
 * @param green the GREEN limit (see the KPI's {@link Rule})
 * @param yellow the YELLOW limit
 * @param minSample the smallest denominator that gives a status; below it the KPI is
 * {@code NO_DATA}
 */
public record KpiLimits(BigDecimal green, BigDecimal yellow, Integer minSample) {

	/** No limits: the status comes from the KPI's own rule. */
	static final KpiLimits NONE = new KpiLimits(null, null, 0);

	static KpiLimits of(String green, String yellow, int minSample) {
		return new KpiLimits(new BigDecimal(green), new BigDecimal(yellow), minSample);
	}

	/**
	 * These limits with those of {@code override} that are set.
	 * @param override limits that win where set, or {@code null}
	 * @return the merged limits
	 */
	KpiLimits with(KpiLimits override) {
		if (override == null) {
			return this;
		}
		return new KpiLimits((override.green != null) ? override.green : this.green,
				(override.yellow != null) ? override.yellow : this.yellow,
				(override.minSample != null) ? override.minSample : this.minSample);
	}

}
