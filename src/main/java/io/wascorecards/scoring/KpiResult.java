package io.wascorecards.scoring;

import java.math.BigDecimal;

/**
 * One KPI of a scorecard.
 *
 * @param kpi the KPI
 * @param status its status over the trailing window (the sanction look-back for
 * {@code sanctions})
 * @param counts the numerator and denominator behind the status, {@code null} for
 * {@code NO_DATA}
 * @param value the value as written in the CSV; empty for {@code NO_DATA}
 * @param dayValue the same formula over day D alone, without minimum sample; empty when
 * its denominator is 0
 * @param previousValue the same formula over the previous window, with the minimum sample
 * @param trend the trailing window's value against the previous window's
 */
public record KpiResult(Kpi kpi, Status status, Ratio counts, String value, String dayValue, String previousValue,
		Trend trend) {

	/**
	 * The unrounded value, for charts.
	 * @return the value (for {@code phone_quality} 0 RED, 1 YELLOW, 2 GREEN), or
	 * {@code null} for {@code NO_DATA}
	 */
	public BigDecimal raw() {
		return (this.counts != null) ? this.kpi.format().value(this.counts).toBigDecimal() : null;
	}

}
