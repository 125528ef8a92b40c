package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Labels and recommendation texts of scorecards in the reader's language, from the
 * {@code messages/recommendations} bundles of the {@link TextSource}.
 */
public final class ScoringMessages {

	private final MessageSource messages;

	/**
	 * Reads the labels and recommendations from the application's texts.
	 * @param messages a {@link TextSource}
	 */
	public ScoringMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String label(Kpi kpi, Locale locale) {
		return message("kpi." + kpi.key(), locale);
	}

	public String label(Area area, Locale locale) {
		return message("area." + area.key(), locale);
	}

	public String label(Status status, Locale locale) {
		return message("status." + status.key(), locale);
	}

	/**
	 * A KPI's GREEN target, for the scorecard's threshold column.
	 * @param kpi the KPI
	 * @param limits its limits
	 * @param locale the reader's language
	 * @return e.g. {@code ≥ 90%}, {@code ≤ 5}, {@code 0} or the GREEN label
	 */
	public String target(Kpi kpi, KpiLimits limits, Locale locale) {
		return target(kpi, limits.green(), locale);
	}

	/**
	 * A KPI's GREEN target.
	 * @param kpi the KPI
	 * @param green its GREEN limit ({@code null} for {@code sanctions} and
	 * {@code phone_quality}, which have none)
	 * @param locale the reader's language
	 * @return e.g. {@code ≥ 90%}, {@code ≤ 5}, {@code 0} or the GREEN label
	 */
	public String target(Kpi kpi, BigDecimal green, Locale locale) {
		return switch (kpi.rule()) {
			case AT_LEAST, AT_LEAST_THEN_ABOVE -> "≥ " + number(kpi, green, locale);
			case AT_MOST -> (green.signum() == 0) ? "0" : "≤ " + number(kpi, green, locale);
			case SANCTIONS -> "0";
			case RATING -> label(Status.GREEN, locale);
		};
	}

	/**
	 * A KPI's value as the reader writes it.
	 * @param kpi the KPI
	 * @param value the value, {@code null} without data
	 * @param locale the reader's language
	 * @return e.g. {@code 91,3 %}, {@code 4.25}, {@code Yellow}; a dash without data
	 */
	public String value(Kpi kpi, KpiValue value, Locale locale) {
		if (value == null) {
			return "—";
		}
		if (value.rating() != null) {
			Status rating = switch (value.rating()) {
				case "GREEN", "YELLOW", "RED" -> Status.valueOf(value.rating());
				default -> Status.NO_DATA;
			};
			return label(rating, locale);
		}
		return number(kpi, value.number(), locale);
	}

	/**
	 * A recommendation in one language.
	 * @param recommendation the recommendation
	 * @param locale the reader's language
	 * @return its texts, with the evidence only when it has some
	 */
	public RenderedRecommendation render(Recommendation recommendation, Locale locale) {
		String key = recommendation.messageKey();
		Map<String, Object> named = recommendation.facts().named();
		if (recommendation.hasEvidence()) {
			named.put("evidence", items(key, recommendation.facts().evidence(), locale));
		}
		Object[] arguments = TextSource.arguments(named);
		String title = (recommendation.kpi() != null) ? label(recommendation.kpi(), locale)
				: message(key + ".title", locale);
		String finding = this.messages.getMessage(key + ".finding", arguments, locale);
		if (recommendation.hasEvidence()) {
			String evidence = this.messages.getMessage(key + ".evidence", arguments, null, locale);
			finding = (evidence != null) ? finding + " " + evidence : finding;
		}
		if (recommendation.hasTerms()) {
			finding = finding + " " + this.messages.getMessage(key + ".terms", arguments, locale);
		}
		List<String> steps = new ArrayList<>();
		String step = this.messages.getMessage(key + ".steps.1", arguments, locale);
		while (step != null) {
			steps.add(step);
			step = this.messages.getMessage(key + ".steps." + (steps.size() + 1), arguments, null, locale);
		}
		return new RenderedRecommendation(title, label(recommendation.status(), locale), finding,
				this.messages.getMessage(key + ".why", arguments, locale), steps);
	}

	/**
	 * The evidence's items, each written as its own text where it has one (a profile
	 * field).
	 */
	private String items(String key, String evidence, Locale locale) {
		return Arrays.stream(evidence.split(", "))
			.map((item) -> this.messages.getMessage(key + ".item." + item, null, item, locale))
			.collect(Collectors.joining(", "));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A KPI's value written the way the bundles' texts write it, so that it reads the
	 * same in the table and in the recommendations.
	 * @param kpi the KPI
	 * @param value the value in the KPI's unit (a rate as a fraction)
	 * @param locale the reader's language
	 * @return e.g. {@code 91,3 %} in Spanish, {@code 4.25} in English
	 */
	public static String number(Kpi kpi, BigDecimal value, Locale locale) {
		String pattern = (kpi.format() == ValueFormat.RATE) ? "#0.#%" : "#,##0.##";
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value);
	}

}
