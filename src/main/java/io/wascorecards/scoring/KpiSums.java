package io.wascorecards.scoring;

import java.util.Map;

/**
 * The daily KPIs of one connection summed over a window of business days (the days' rows
 * of {@code daily_kpi}).
 *
 * @param days how many daily rows were summed
 * @param sums each summed daily KPI by its column name ({@code interactions},
 * {@code bi_touches}, …: the columns of {@code daily_kpi}); a column without rows sums to
 * 0
 * @param latestQualityRating the {@code latest_quality_rating} of the window's last day,
 * or {@code UNKNOWN}
 */
public record KpiSums(int days, Map<String, Long> sums, String latestQualityRating) {

	public KpiSums {
		sums = Map.copyOf(sums);
	}

	/**
	 * One summed KPI.
	 * @param column the daily KPI's column name
	 * @return its sum over the window
	 */
	public long get(String column) {
		Long sum = this.sums.get(column);
		if (sum == null) {
			throw new IllegalArgumentException("No daily KPI named " + column);
		}
		return sum;
	}

}
