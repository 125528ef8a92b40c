package io.wascorecards.scoring;

/**
 * How a KPI's exact value becomes a status.
 */
public enum Rule {

	/**
	 * GREEN at or above the green limit, YELLOW at or above the yellow limit, else RED.
	 */
	AT_LEAST,

	/**
	 * GREEN at or below the green limit, YELLOW at or below the yellow limit, else RED.
	 */
	AT_MOST,

	/** GREEN at or above the green limit, YELLOW above the yellow limit, else RED. */
	AT_LEAST_THEN_ABOVE,

	/**
	 * GREEN without events, RED with any account sanction, else (template events) YELLOW.
	 */
	SANCTIONS,

	/** The quality rating, RED whatever it is after a quality flag. */
	RATING;

	/**
	 * Whether a higher value is better news: the rates to reach and the rating, not the
	 * failures, signals, links and sanctions to keep low.
	 * @return whether up is good
	 */
	public boolean higherIsBetter() {
		return switch (this) {
			case AT_LEAST, AT_LEAST_THEN_ABOVE, RATING -> true;
			case AT_MOST, SANCTIONS -> false;
		};
	}

	/**
	 * The status of a value.
	 * @param value the exact value, {@code null} without data
	 * @param limits the KPI's limits
	 * @param window the window the value was read from
	 * @return the status; {@code NO_DATA} without a value, except for a rating, which a
	 * quality flag makes RED even then
	 */
	Status status(Ratio value, KpiLimits limits, KpiSums window) {
		if (value == null && this != RATING) {
			return Status.NO_DATA;
		}
		return switch (this) {
			case AT_LEAST -> (value.compareTo(limits.green()) >= 0) ? Status.GREEN
					: (value.compareTo(limits.yellow()) >= 0) ? Status.YELLOW : Status.RED;
			case AT_MOST -> (value.compareTo(limits.green()) <= 0) ? Status.GREEN
					: (value.compareTo(limits.yellow()) <= 0) ? Status.YELLOW : Status.RED;
			case AT_LEAST_THEN_ABOVE -> (value.compareTo(limits.green()) >= 0) ? Status.GREEN
					: (value.compareTo(limits.yellow()) > 0) ? Status.YELLOW : Status.RED;
			case SANCTIONS -> (value.numerator().signum() == 0) ? Status.GREEN
					: (SanctionCounts.of(window).account() > 0) ? Status.RED : Status.YELLOW;
			case RATING -> QualityRating.status(value, window);
		};
	}

	/**
	 * Checks that limits make sense for this rule.
	 * @param kpi the KPI, for the message
	 * @param limits its limits
	 * @throws IllegalArgumentException when they do not
	 */
	void check(Kpi kpi, KpiLimits limits) {
		if (limits.minSample() == null || limits.minSample() < 0) {
			throw new IllegalArgumentException(kpi.key() + ": min-sample must be 0 or more");
		}
		if (this == SANCTIONS || this == RATING) {
			return;
		}
		if (limits.green() == null || limits.yellow() == null) {
			throw new IllegalArgumentException(kpi.key() + ": green and yellow limits are required");
		}
		int order = limits.green().compareTo(limits.yellow());
		if ((this == AT_MOST) ? order > 0 : order < 0) {
			throw new IllegalArgumentException(kpi.key() + ": the green limit must be "
					+ ((this == AT_MOST) ? "at most" : "at least") + " the yellow limit");
		}
	}

}
