package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact quotient kept as numerator and denominator, so that thresholds are compared
 * with the exact value (by cross-multiplication) and rounding happens once, when a value
 * is written.
 *
 * @param numerator the numerator
 * @param denominator the denominator; 0 when the quotient is undefined
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

	public static Ratio of(long numerator, long denominator) {
		return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	public static Ratio count(long count) {
		return of(count, 1);
	}

	public Ratio times(BigDecimal factor) {
		return new Ratio(this.numerator.multiply(factor), this.denominator);
	}

	public Ratio dividedBy(BigDecimal divisor) {
		return new Ratio(this.numerator, this.denominator.multiply(divisor));
	}

	public Ratio plus(Ratio other) {
		return new Ratio(this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
				this.denominator.multiply(other.denominator));
	}

	/**
	 * Compares the exact quotient with a value; the denominator must be positive.
	 * @param value the value, e.g. a threshold
	 * @return negative, zero or positive as the quotient is below, equal to or above it
	 */
	public int compareTo(BigDecimal value) {
		return this.numerator.compareTo(value.multiply(this.denominator));
	}

	/**
	 * Compares two exact quotients; both denominators must be positive.
	 * @param other the other quotient
	 * @return negative, zero or positive as this one is below, equal to or above it
	 */
	public int compareTo(Ratio other) {
		return this.numerator.multiply(other.denominator).compareTo(other.numerator.multiply(this.denominator));
	}

	/**
	 * The quotient rounded half up, computed from the exact value.
	 * @param scale the number of decimals
	 * @return the rounded quotient
	 */
	public BigDecimal round(int scale) {
		return this.numerator.divide(this.denominator, scale, RoundingMode.HALF_UP);
	}

	/**
	 * The quotient to 16 significant digits, for charts and logs.
	 * @return the quotient
	 */
	public BigDecimal toBigDecimal() {
		return this.numerator.divide(this.denominator, MathContext.DECIMAL64);
	}

}
