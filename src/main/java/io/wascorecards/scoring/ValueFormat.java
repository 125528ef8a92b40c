package io.wascorecards.scoring;

import java.math.BigDecimal;

/**
 * How a KPI's value is derived from its counts and rounded (SPEC §5): rates as fractions
 * to 4 decimals, per-1,000 figures to 2, counts as integers, the phone quality as its
 * rating; always rounded half up from the exact value.
 */
public enum ValueFormat {

	RATE(1, 4), PER_1000(1000, 2), COUNT(1, 0), RATING(1, 0);

	private final BigDecimal factor;

	private final int scale;

	ValueFormat(int factor, int scale) {
		this.factor = BigDecimal.valueOf(factor);
		this.scale = scale;
	}

	/**
	 * How many decimals the KPI's values are written with.
	 * @return 4 for rates, 2 for per-1,000 figures, else 0
	 */
	public int scale() {
		return this.scale;
	}

	/**
	 * The exact value of a KPI from its counts.
	 * @param counts numerator and denominator
	 * @return the value, in the unit of the KPI's thresholds
	 */
	public Ratio value(Ratio counts) {
		return counts.times(this.factor);
	}

	/**
	 * The value as SPEC §5 gives it.
	 * @param counts numerator and denominator, {@code null} without data
	 * @return e.g. {@code 0.8125}, {@code 12.50}, {@code 3} or {@code YELLOW};
	 * {@code null} without data
	 */
	public KpiValue rounded(Ratio counts) {
		if (counts == null) {
			return null;
		}
		if (this == RATING) {
			return KpiValue.rating(QualityRating.of(counts).name());
		}
		return KpiValue.number(value(counts).round(this.scale));
	}

	/**
	 * The value as a recommendation's number: rates to 3 decimals (a tenth of a percent,
	 * so that a percent pattern with one decimal needs no second rounding), the rest as
	 * SPEC §5 gives them (a rating as its rank).
	 * @param counts numerator and denominator
	 * @return the number
	 */
	public BigDecimal argument(Ratio counts) {
		return value(counts).round((this == RATE) ? 3 : this.scale);
	}

}
