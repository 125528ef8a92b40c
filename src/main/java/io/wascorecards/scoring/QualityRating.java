package io.wascorecards.scoring;

/**
 * The phone quality ratings that carry a status, from worst to best; {@code NA} and
 * {@code UNKNOWN} carry none.
 */
enum QualityRating {

	RED, YELLOW, GREEN;

	/**
	 * Reads the {@code phone_quality} KPI of a window as a rank over 1 (0 RED, 1 YELLOW,
	 * 2 GREEN), or as 0 over 0 (no data) for {@code NA}, {@code UNKNOWN} or anything
	 * else. SPEC §5's formula is "latest_quality_rating; a quality flag in the 7 days
	 * makes it RED": the flag turns the reading itself RED, whatever the rating was, even
	 * {@code NA} or {@code UNKNOWN}.
	 * @param window the window's sums
	 * @return the reading
	 */
	static Ratio reading(KpiSums window) {
		if (window.get("quality_flag_events") > 0) {
			return Ratio.count(RED.ordinal());
		}
		for (QualityRating rating : values()) {
			if (rating.name().equals(window.latestQualityRating())) {
				return Ratio.count(rating.ordinal());
			}
		}
		return Ratio.of(0, 0);
	}

	static QualityRating of(Ratio reading) {
		return values()[reading.round(0).intValueExact()];
	}

}
