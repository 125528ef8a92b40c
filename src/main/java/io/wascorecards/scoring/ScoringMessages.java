package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	 * the machine's language), every message through {@link MessageFormat} so that quotes
	 * are written the same way in all of them, its arguments named as the
	 * {@link Recommendation.Facts} are.
	 * @return a new message source
	 */
	public static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new NamedArguments();
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
		Object[] arguments = recommendation.facts().arguments();
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

	/**
	 * Reads the bundles' named arguments, e.g. {@code {total,number,integer}}, as the
	 * positions of {@link Recommendation.Facts#arguments()}; a name that is not a fact is
	 * left as it is, for {@link MessageFormat} to refuse.
	 */
	private static final class NamedArguments extends ResourceBundleMessageSource {

		private static final Pattern NAME = Pattern.compile("\\{\\s*([A-Za-z]\\w*)(?=\\s*[,}])");

		@Override
		protected MessageFormat createMessageFormat(String message, Locale locale) {
			return super.createMessageFormat(NAME.matcher(message).replaceAll((name) -> {
				int position = Recommendation.Facts.NAMES.indexOf(name.group(1));
				return Matcher.quoteReplacement((position >= 0) ? "{" + position : name.group());
			}), locale);
		}

	}

}
