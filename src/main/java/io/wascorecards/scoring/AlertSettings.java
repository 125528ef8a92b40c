package io.wascorecards.scoring;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a day is unlike the brand's usual days (SPEC §5b), under
 * {@code scorecards.scoring.alerts.*}.
 *
 * @param minDenominator a daily value counts when its formula's denominator is at least
 * this
 * @param baselineDays the baseline is the counting daily values of the days before D,
 * this many
 * @param minBaselineDays with fewer counting values in the baseline there is no alert
 * @param threshold the robust z-score beyond which a change is an alert
 * @param rateFloor the least spread of a rate's baseline (a fraction)
 * @param per1000Floor the least spread of a per-1,000 figure's baseline
 */
public record AlertSettings(@DefaultValue("10") long minDenominator, @DefaultValue("28") int baselineDays,
		@DefaultValue("14") int minBaselineDays, @DefaultValue("3.5") BigDecimal threshold,
		@DefaultValue("0.02") BigDecimal rateFloor, @DefaultValue("20") BigDecimal per1000Floor) {

	public AlertSettings {
		if (minDenominator < 1) {
			throw new IllegalArgumentException("scorecards.scoring.alerts.min-denominator must be at least 1");
		}
		if (baselineDays < 1 || baselineDays > 90) {
			throw new IllegalArgumentException("scorecards.scoring.alerts.baseline-days must be from 1 to 90");
		}
		if (minBaselineDays < 1 || minBaselineDays > baselineDays) {
			throw new IllegalArgumentException(
					"scorecards.scoring.alerts.min-baseline-days must be from 1 to baseline-days");
		}
		if (threshold.signum() <= 0 || rateFloor.signum() <= 0 || per1000Floor.signum() <= 0) {
			throw new IllegalArgumentException(
					"scorecards.scoring.alerts.threshold, rate-floor and per-1000-floor must be more than 0");
		}
	}

	/**
	 * The settings with nothing configured.
	 * @return the spec's defaults
	 */
	public static AlertSettings defaults() {
		return new AlertSettings(10, 28, 14, new BigDecimal("3.5"), new BigDecimal("0.02"), new BigDecimal("20"));
	}

	BigDecimal floor(ValueFormat format) {
		return (format == ValueFormat.PER_1000) ? this.per1000Floor : this.rateFloor;
	}

}
