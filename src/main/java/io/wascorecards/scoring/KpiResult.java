package io.wascorecards.scoring;

import java.math.BigDecimal;

/**
 * One KPI of a scorecard.
 *
 * @param kpi the KPI
 * @param status its status over the trailing window (the sanction look-back for
 * {@code sanctions})
 * @param counts the numerator and denominator behind the value, {@code null} without
 * data: for {@code NO_DATA}, and for a {@code phone_quality} without a rating that a
 * quality flag made RED
 * @param value the value as SPEC §5 gives it (for {@code phone_quality} the rating,
 * whatever the flags made the status); {@code null} when {@code counts} is {@code null}
 * @param dayValue the same formula over day D alone, without minimum sample; {@code null}
 * when its denominator is 0
 * @param previousValue the same formula over the previous window, with the minimum sample
 * @param trend the trailing window's value against the previous window's
 */
public record KpiResult(Kpi kpi, Status status, Ratio counts, KpiValue value, KpiValue dayValue, KpiValue previousValue,
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
