package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Labels and recommendation texts of scorecards in the reader's language, from the
 * {@code messages/recommendations} bundles (English by default, Spanish, Portuguese).
 */
public final class ScoringMessages {

	private final MessageSource messages;

	/**
	 * Reads the bundles shipped with the application.
	 */
	public ScoringMessages() {
		this(messageSource());
	}

	public ScoringMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The bundles as a message source: UTF-8, English when the language has none (never
	 * the machine's language), every message through {@link java.text.MessageFormat} so
	 * that quotes are written the same way in all of them.
	 * @return a new message source
	 */
	public static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/recommendations");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
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
		return switch (kpi.rule()) {
			case AT_LEAST, AT_LEAST_THEN_ABOVE -> "≥ " + number(kpi, limits.green(), locale);
			case AT_MOST -> (limits.green().signum() == 0) ? "0" : "≤ " + number(kpi, limits.green(), locale);
			case SANCTIONS -> "0";
			case RATING -> label(Status.GREEN, locale);
		};
	}

	/**
	 * A recommendation in one language.
	 * @param recommendation the recommendation
	 * @param locale the reader's language
	 * @return its texts, with the evidence only when it has some
	 */
	public RenderedRecommendation render(Recommendation recommendation, Locale locale) {
		String key = recommendation.messageKey();
		Object[] arguments = recommendation.arguments().toArray();
		String title = (recommendation.kpi() != null) ? label(recommendation.kpi(), locale)
				: message(key + ".title", locale);
		String finding = this.messages.getMessage(key + ".finding", arguments, locale);
		if (recommendation.hasEvidence()) {
			String evidence = this.messages.getMessage(key + ".evidence", arguments, null, locale);
			finding = (evidence != null) ? finding + " " + evidence : finding;
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
