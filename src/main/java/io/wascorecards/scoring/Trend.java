package io.wascorecards.scoring;

/**
 * Which way a KPI's value moved against the previous window (up means a higher value, not
 * a better one: the KPI's rule says which is better).
 */
public enum Trend {

	UP, DOWN, SAME, NONE;

	/**
	 * Compares two readings exactly.
	 * @param current the current window's counts, {@code null} without data
	 * @param previous the previous window's counts, {@code null} without data
	 * @return {@code NONE} when either window has no data
	 */
	static Trend between(Ratio current, Ratio previous) {
		if (current == null || previous == null) {
			return NONE;
		}
		int comparison = current.compareTo(previous);
		return (comparison > 0) ? UP : (comparison < 0) ? DOWN : SAME;
	}

}
