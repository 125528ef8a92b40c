package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the alerts of a day (SPEC §5b): for each KPI with a ratio formula, D's daily
 * value against the median of the baseline days' counting values, in units of their
 * median absolute deviation ({@code z = 0.6745 × (value − median) / max(MAD, floor)}).
 * Alerts change no score or status.
 */
public final class Alerts {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private Alerts() {
	}

	/**
	 * The alerts of day D.
	 * @param day D's daily KPIs
	 * @param baseline the daily KPIs of the baseline days before D that have a row
	 * @param settings the alert settings
	 * @return the alerts, in the order of {@link Kpi}
	 */
	public static List<Alert> of(KpiSums day, List<KpiSums> baseline, AlertSettings settings) {
		List<Alert> alerts = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			if (kpi.alerts()) {
				Alert alert = alert(kpi, day, baseline, settings);
				if (alert != null) {
					alerts.add(alert);
				}
			}
		}
		return alerts;
	}

	private static Alert alert(Kpi kpi, KpiSums day, List<KpiSums> baseline, AlertSettings settings) {
		BigDecimal value = dailyValue(kpi, day, settings);
		List<BigDecimal> values = baseline.stream()
			.map((row) -> dailyValue(kpi, row, settings))
			.filter((baselineValue) -> baselineValue != null)
			.toList();
		if (value == null || values.size() < settings.minBaselineDays()) {
			return null;
		}
		BigDecimal median = median(values);
		BigDecimal mad = median(values.stream().map((each) -> each.subtract(median).abs()).toList());
		BigDecimal z = CONSISTENCY.multiply(value.subtract(median))
			.divide(mad.max(settings.floor(kpi.format())), PRECISION);
		boolean sharp = kpi.rule().higherIsBetter() ? z.compareTo(settings.threshold().negate()) <= 0
				: z.compareTo(settings.threshold()) >= 0;
		if (!sharp) {
			return null;
		}
		int scale = kpi.format().scale();
		return new Alert(kpi, value.setScale(scale, RoundingMode.HALF_UP), median.setScale(scale, RoundingMode.HALF_UP),
				z.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * A KPI's value over one day's row, in the unit of its limits, when it counts.
	 * @return the exact value, or {@code null} when the denominator is below the minimum
	 */
	private static BigDecimal dailyValue(Kpi kpi, KpiSums row, AlertSettings settings) {
		Ratio counts = kpi.counts(row);
		if (counts.denominator().compareTo(BigDecimal.valueOf(settings.minDenominator())) < 0) {
			return null;
		}
		Ratio value = kpi.format().value(counts);
		return value.numerator().divide(value.denominator(), PRECISION);
	}

	private static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO, PRECISION);
	}

}
