package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A KPI's value as SPEC §5 gives it: a number, rounded half up from the exact value
 * (rates as fractions to 4 decimals, per-1,000 figures to 2, counts as integers), or the
 * phone quality's rating. Stored as a JSON number or text; written in the reader's
 * language only when it is shown.
 *
 * @param number the number, {@code null} for a rating
 * @param rating the rating ({@code GREEN}, {@code YELLOW}, {@code RED}), {@code null} for
 * a number
 */
public record KpiValue(BigDecimal number, String rating) {

	public KpiValue {
		if ((number == null) == (rating == null)) {
			throw new IllegalArgumentException("A KPI value is a number or a rating");
		}
	}

	public static KpiValue number(BigDecimal number) {
		return new KpiValue(Objects.requireNonNull(number, "number"), null);
	}

	public static KpiValue rating(String rating) {
		return new KpiValue(null, Objects.requireNonNull(rating, "rating"));
	}

	@JsonValue
	Object stored() {
		return (this.number != null) ? this.number : this.rating;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static KpiValue fromStored(Object stored) {
		if (stored instanceof String text) {
			return rating(text);
		}
		return number((stored instanceof BigDecimal decimal) ? decimal : new BigDecimal(stored.toString()));
	}

	/**
	 * The value as SPEC §5 writes it.
	 * @return e.g. {@code 0.8125}, {@code 12.50}, {@code 3} or {@code YELLOW}
	 */
	@Override
	public String toString() {
		return (this.number != null) ? this.number.toPlainString() : this.rating;
	}

}
