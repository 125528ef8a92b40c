package io.wascorecards.scoring;

import java.util.Locale;

/**
 * The status of a KPI or of a whole scorecard, with the points it brings to an area
 * score.
 */
public enum Status {

	GREEN(100), YELLOW(50), RED(0), NO_DATA(null);

	private final Integer points;

	Status(Integer points) {
		this.points = points;
	}

	/**
	 * Whether the status counts in scores: {@code NO_DATA} is left out of them.
	 * @return {@code false} for {@code NO_DATA}
	 */
	public boolean hasData() {
		return this.points != null;
	}

	/**
	 * The points in an area score.
	 * @return 100, 50 or 0
	 * @throws IllegalStateException for {@code NO_DATA}, which has none
	 */
	public int points() {
		if (this.points == null) {
			throw new IllegalStateException("NO_DATA has no points");
		}
		return this.points;
	}

	/**
	 * The name used in message keys.
	 * @return e.g. {@code no_data}
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
