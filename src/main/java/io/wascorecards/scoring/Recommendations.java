package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.scoring.Recommendation.Facts;

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
	 * Evidence: the templates most sent off purpose with their touches, e.g.
	 * {@code promo_cripto (412), prestamo_ya (80)}.
	 */
	public static final String TOP_OFF_PURPOSE_TEMPLATES = "top_off_purpose_templates";

	/**
	 * Evidence: the fields of the business profile not filled, e.g.
	 * {@code description, websites}.
	 */
	public static final String PROFILE_MISSING = "profile_missing";

	/**
	 * The first words of what the business profile says the brand does, e.g.
	 * {@code óptica, lentes}.
	 */
	public static final String PURPOSE_WORDS = "purpose_words";

	private static final Map<Kpi, String> EVIDENCE = Map.of(Kpi.RESPONSE_RATE, UNANSWERED_PEAK_HOURS,
			Kpi.DELIVERY_FAILURE_RATE, TOP_FAILURE_CODES, Kpi.EXTERNAL_LINK_RATE, TOP_EXTERNAL_DOMAINS,
			Kpi.PURPOSE_MATCH_RATE, TOP_OFF_PURPOSE_TEMPLATES, Kpi.PROFILE_COMPLETENESS, PROFILE_MISSING);

	private Recommendations() {
	}

	/**
	 * The recommendations to show on a scorecard.
	 * @param input the windows the scorecard was computed from
	 * @param scorecard the scorecard
	 * @param settings the settings it was computed with
	 * @param answerWindow the answer window ({@code scorecards.answer-window}), named in
	 * hours in the texts about answers
	 * @param evidence optional facts to weave into the texts, by the keys above (a
	 * collection is listed with commas); absent keys are left out of the texts
	 * @return at most {@value #MAX}, or one keep-doing recommendation
	 */
	public static List<Recommendation> recommend(ScoringInput input, Scorecard scorecard, ScoringSettings settings,
			Duration answerWindow, Map<String, ?> evidence) {
		List<Recommendation> all = all(input, scorecard, settings, answerWindow, evidence);
		return all.isEmpty() ? List.of(keepDoing(input, scorecard)) : all.subList(0, Math.min(MAX, all.size()));
	}

	static List<Recommendation> all(ScoringInput input, Scorecard scorecard, ScoringSettings settings,
			Duration answerWindow, Map<String, ?> evidence) {
		Comparator<KpiResult> order = Comparator.comparing((KpiResult result) -> result.status() != Status.RED)
			.thenComparing((result) -> settings.weight(result.kpi().area()), Comparator.reverseOrder())
			.thenComparing(KpiResult::kpi);
		return scorecard.kpis()
			.stream()
			.filter((result) -> result.status() == Status.YELLOW || result.status() == Status.RED)
			.sorted(order)
			.map((result) -> recommendation(result, input, settings, answerWindow, evidence))
			.toList();
	}

	private static Recommendation recommendation(KpiResult result, ScoringInput input, ScoringSettings settings,
			Duration answerWindow, Map<String, ?> evidence) {
		Kpi kpi = result.kpi();
		KpiSums window = kpi.statusWindow(input);
		Ratio counts = result.counts();
		String evidenceText = evidenceText(evidence, EVIDENCE.get(kpi));
		BigDecimal target = settings.limits(kpi).green();
		String key = "recommendation." + kpi.key();
		if (kpi == Kpi.PHONE_QUALITY) {
			// the only KPI that goes without counts here: RED on a flag without a rating
			String rating = (result.value() != null) ? result.value().rating() : null;
			return new Recommendation(kpi, result.status(), key, new Facts(null, null, null, target, window.days(),
					evidenceText, null, null, null, window.qualityFlagEvents(), rating, null));
		}
		long count = counts.numerator().longValueExact();
		// counts have no denominator to speak of
		Long total = (kpi.format() == ValueFormat.COUNT) ? null : counts.denominator().longValueExact();
		BigDecimal value = kpi.format().argument(counts);
		Long hours = (kpi == Kpi.RESPONSE_RATE || kpi == Kpi.HUMAN_FULFILMENT_RATE) ? answerWindow.toHours() : null;
		Long accountSanctions = null;
		Long templateEvents = null;
		if (kpi == Kpi.SANCTIONS) {
			SanctionCounts sanctions = SanctionCounts.of(window);
			accountSanctions = sanctions.account();
			templateEvents = sanctions.templates();
			key += (sanctions.account() > 0) ? ".account" : ".templates";
		}
		String terms = (kpi == Kpi.PURPOSE_MATCH_RATE) ? evidenceText(evidence, PURPOSE_WORDS) : null;
		return new Recommendation(kpi, result.status(), key, new Facts(count, total, value, target, window.days(),
				evidenceText, hours, accountSanctions, templateEvents, null, null, terms));
	}

	private static Recommendation keepDoing(ScoringInput input, Scorecard scorecard) {
		long green = scorecard.kpis().stream().filter((result) -> result.status() == Status.GREEN).count();
		long withData = scorecard.kpis().stream().filter((result) -> result.status().hasData()).count();
		return new Recommendation(null, Status.GREEN, "recommendation.keep_doing", new Facts(green, withData, null,
				null, input.current().days(), null, null, null, null, null, null, null));
	}

	private static String evidenceText(Map<String, ?> evidence, String key) {
		Object value = (evidence != null && key != null) ? evidence.get(key) : null;
		String text = (value instanceof Collection<?> values)
				? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
				: (value != null) ? value.toString() : null;
		return (text != null && !text.isBlank()) ? text : null;
	}

}
