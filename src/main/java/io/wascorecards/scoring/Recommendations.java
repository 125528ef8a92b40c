package io.wascorecards.scoring;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The recommendations of a scorecard (SPEC §5): one per YELLOW or RED KPI, RED first,
 * then by area weight, then in table order, at most {@value #MAX}; a scorecard without
 * any says what to keep doing.
 */
public final class Recommendations {

	/** How many a scorecard shows at most. */
	public static final int MAX = 5;

	/** Evidence: when most unanswered interactions arrived, e.g. {@code 20:00–23:00}. */
	public static final String UNANSWERED_PEAK_HOURS = "unanswered_peak_hours";

	/** Evidence: the most linked outside domains, e.g. {@code bit.ly, instagram.com}. */
	public static final String TOP_EXTERNAL_DOMAINS = "top_external_domains";

	/** Evidence: the most frequent delivery error codes, e.g. {@code 131047, 131026}. */
	public static final String TOP_FAILURE_CODES = "top_failure_codes";

	/**
	 * The answer window (a number of hours or a {@code Duration}; default 24 hours),
	 * named in the texts about answers.
	 */
	public static final String ANSWER_WINDOW_HOURS = "answer_window_hours";

	private static final Map<Kpi, String> EVIDENCE = Map.of(Kpi.RESPONSE_RATE, UNANSWERED_PEAK_HOURS,
			Kpi.DELIVERY_FAILURE_RATE, TOP_FAILURE_CODES, Kpi.EXTERNAL_LINK_RATE, TOP_EXTERNAL_DOMAINS);

	private Recommendations() {
	}

	/**
	 * The recommendations to show on a scorecard.
	 * @param input the windows the scorecard was computed from
	 * @param scorecard the scorecard
	 * @param settings the settings it was computed with
	 * @param evidence optional facts to weave into the texts, by the keys above (a
	 * collection is listed with commas); absent keys are left out of the texts
	 * @return at most {@value #MAX}, or one keep-doing recommendation
	 */
	public static List<Recommendation> recommend(ScoringInput input, Scorecard scorecard, ScoringSettings settings,
			Map<String, ?> evidence) {
		List<Recommendation> all = all(input, scorecard, settings, evidence);
		return all.isEmpty() ? List.of(keepDoing(input, scorecard)) : all.subList(0, Math.min(MAX, all.size()));
	}

	static List<Recommendation> all(ScoringInput input, Scorecard scorecard, ScoringSettings settings,
			Map<String, ?> evidence) {
		Comparator<KpiResult> order = Comparator.comparing((KpiResult result) -> result.status() != Status.RED)
			.thenComparing((result) -> settings.weight(result.kpi().area()), Comparator.reverseOrder())
			.thenComparing(KpiResult::kpi);
		return scorecard.kpis()
			.stream()
			.filter((result) -> result.status() == Status.YELLOW || result.status() == Status.RED)
			.sorted(order)
			.map((result) -> recommendation(result, input, settings, evidence))
			.toList();
	}

	private static Recommendation recommendation(KpiResult result, ScoringInput input, ScoringSettings settings,
			Map<String, ?> evidence) {
		Kpi kpi = result.kpi();
		KpiSums window = kpi.statusWindow(input);
		Ratio counts = result.counts();
		// only phone_quality goes without counts here: RED on a flag without a rating
		long hits = (counts != null) ? counts.numerator().longValueExact() : QualityRating.UNRATED;
		Number value = (counts != null) ? kpi.format().argument(counts) : QualityRating.UNRATED;
		// counts and the rating have no denominator to speak of
		boolean ratio = kpi.format() == ValueFormat.RATE || kpi.format() == ValueFormat.PER_1000;
		Long base = ratio ? counts.denominator().longValueExact() : null;
		Long misses = ratio ? base - hits : null;
		Object detail = null;
		Object secondDetail = null;
		String key = "recommendation." + kpi.key();
		if (kpi == Kpi.RESPONSE_RATE || kpi == Kpi.HUMAN_FULFILMENT_RATE) {
			detail = answerWindowHours(evidence);
		}
		else if (kpi == Kpi.SANCTIONS) {
			SanctionCounts sanctions = SanctionCounts.of(window);
			detail = sanctions.account();
			secondDetail = sanctions.templates();
			key += (sanctions.account() > 0) ? ".account" : ".templates";
		}
		else if (kpi == Kpi.PHONE_QUALITY) {
			detail = window.qualityFlagEvents();
		}
		return new Recommendation(kpi, result.status(), key,
				Arrays.asList(hits, base, misses, value, settings.limits(kpi).green(), window.days(),
						evidenceText(evidence, EVIDENCE.get(kpi)), detail, secondDetail));
	}

	private static Recommendation keepDoing(ScoringInput input, Scorecard scorecard) {
		long green = scorecard.kpis().stream().filter((result) -> result.status() == Status.GREEN).count();
		long withData = scorecard.kpis().stream().filter((result) -> result.status().hasData()).count();
		return new Recommendation(null, Status.GREEN, "recommendation.keep_doing",
				Arrays.asList(green, withData, withData - green, null, null, input.current().days(), null, null, null));
	}

	private static long answerWindowHours(Map<String, ?> evidence) {
		Object value = (evidence != null) ? evidence.get(ANSWER_WINDOW_HOURS) : null;
		if (value instanceof Duration duration) {
			return duration.toHours();
		}
		return (value instanceof Number hours) ? hours.longValue() : 24;
	}

	private static String evidenceText(Map<String, ?> evidence, String key) {
		Object value = (evidence != null && key != null) ? evidence.get(key) : null;
		String text = (value instanceof Collection<?> values)
				? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
				: (value != null) ? value.toString() : null;
		return (text != null && !text.isBlank()) ? text : null;
	}

}
