package io.wascorecards.scoring;

/**
 * The phone quality ratings that carry a status, from worst to best; {@code NA} and
 * {@code UNKNOWN} carry none.
 */
enum QualityRating {

	RED, YELLOW, GREEN;

	/** The rank given to the texts for a number without a rating (NA, UNKNOWN). */
	static final long UNRATED = -1;

	/**
	 * Reads the {@code phone_quality} KPI of a window as a rank over 1 (0 RED, 1 YELLOW,
	 * 2 GREEN), or as 0 over 0 (no rating) for {@code NA}, {@code UNKNOWN} or anything
	 * else. The reading is the rating alone, which is the KPI's value (SPEC §5: "phone
	 * quality as the rating"); quality flags change only its {@link #status status}.
	 * @param window the window's sums
	 * @return the reading
	 */
	static Ratio reading(KpiSums window) {
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

	/**
	 * The rank the texts choose their words by.
	 * @param rating a rating's name, {@code null} without one
	 * @return 0 RED, 1 YELLOW, 2 GREEN, {@value #UNRATED} without a rating
	 */
	static long rank(String rating) {
		for (QualityRating known : values()) {
			if (known.name().equals(rating)) {
				return known.ordinal();
			}
		}
		return UNRATED;
	}

	/**
	 * The status of a reading. SPEC §5: "latest_quality_rating; a quality flag in the 7
	 * days makes it RED": a flag makes the status RED whatever the rating, even without
	 * one; else the rating is the status, and no rating is {@code NO_DATA}.
	 * @param reading the rating's reading, {@code null} without a rating
	 * @param window the window, for its quality flags
	 * @return the status
	 */
	static Status status(Ratio reading, KpiSums window) {
		if (window.qualityFlagEvents() > 0) {
			return Status.RED;
		}
		return (reading != null) ? Status.valueOf(of(reading).name()) : Status.NO_DATA;
	}

}
