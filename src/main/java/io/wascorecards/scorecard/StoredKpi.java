package io.wascorecards.scorecard;

import java.math.BigDecimal;

import io.wascorecards.scoring.KpiResult;
import io.wascorecards.scoring.KpiValue;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.Trend;

/**
 * One KPI of a stored scorecard: an entry of the {@code kpis} column, keyed by the KPI's
 * key. Values are JSON numbers (the phone quality's rating is text), {@code null} without
 * data.
 *
 * @param value the trailing window's value
 * @param status its status
 * @param day the day's value
 * @param previous the previous window's value
 * @param trend the trailing window's value against the previous window's
 * @param numerator the numerator behind the value, {@code null} without counts
 * @param denominator its denominator, {@code null} without counts
 */
public record StoredKpi(KpiValue value, Status status, KpiValue day, KpiValue previous, Trend trend,
		BigDecimal numerator, BigDecimal denominator) {

	/** A KPI without data, and without a status: what a KPI added later reads as. */
	static final StoredKpi NO_DATA = new StoredKpi(null, Status.NO_DATA, null, null, Trend.NONE, null, null);

	static StoredKpi of(KpiResult result) {
		return new StoredKpi(result.value(), result.status(), result.dayValue(), result.previousValue(), result.trend(),
				(result.counts() != null) ? result.counts().numerator() : null,
				(result.counts() != null) ? result.counts().denominator() : null);
	}

}
