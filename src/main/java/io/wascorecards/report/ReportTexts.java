package io.wascorecards.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The texts of the PDFs in the reader's language, from the application's
 * {@link TextSource}: the templates' labels and the notes of {@code messages/report}, the
 * meanings of Meta's error codes of {@code messages/error-codes}, and the KPI labels and
 * recommendations of {@link ScoringMessages}.
 */
@Component
public final class ReportTexts {

	/** The languages the reports are written in; any other reads English. */
	private static final List<String> LANGUAGES = List.of("es", "en", "pt");

	private final MessageSource messages;

	private final ScoringMessages scoring;

	/**
	 * Reads the report's texts from the application's texts.
	 * @param messages a {@link TextSource}
	 */
	public ReportTexts(MessageSource messages) {
		this.messages = messages;
		this.scoring = new ScoringMessages(messages);
	}

	/**
	 * The report language for a stored locale.
	 * @param language e.g. {@code es}, {@code pt-BR}; {@code null} or unknown reads
	 * English
	 * @return the locale of one of the report languages
	 */
	public static Locale locale(String language) {
		Locale locale = (language != null) ? Locale.forLanguageTag(language.replace('_', '-')) : Locale.ENGLISH;
		return LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
	}

	public ScoringMessages scoring() {
		return this.scoring;
	}

	/**
	 * The templates' labels, for {@code REPORT_RESOURCE_BUNDLE}: a key it has not throws
	 * {@link java.util.MissingResourceException}.
	 * @param locale the reader's language
	 * @return the bundle
	 */
	public ResourceBundle labels(Locale locale) {
		return new MessageSourceResourceBundle(this.messages, locale);
	}

	/**
	 * A text without arguments.
	 * @param locale the reader's language
	 * @param key the key
	 * @return the text
	 */
	public String text(Locale locale, String key) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A text with its arguments.
	 * @param locale the reader's language
	 * @param key the key
	 * @param arguments the arguments by the names the text gives them
	 * @return the text
	 */
	public String text(Locale locale, String key, Map<String, ?> arguments) {
		return this.messages.getMessage(key, TextSource.arguments(arguments), locale);
	}

	/**
	 * What one of Meta's error codes means.
	 * @param locale the reader's language
	 * @param code the code
	 * @return its meaning, or the general text for a code without one
	 */
	public String errorMeaning(Locale locale, String code) {
		// Meta's permission errors are the whole range 200-299
		String key = code.matches("2[0-9][0-9]") ? "200" : code;
		String meaning = this.messages.getMessage("error." + key, null, null, locale);
		return (meaning != null) ? meaning : text(locale, "error.unknown");
	}

	/**
	 * A brand's most urgent issue, for its portfolio row and its line of the e-mail: the
	 * scorecard's {@link StoredScorecard#topIssue() top issue} with its value and target.
	 * @param scorecard the brand's scorecard
	 * @param locale the reader's language
	 * @return e.g. {@code Response rate: 62% (target ≥ 90%)}
	 */
	public String topIssue(StoredScorecard scorecard, Locale locale) {
		if (scorecard.status() == Status.NO_DATA) {
			return text(locale, "portfolio.no_data");
		}
		return scorecard.topIssue()
			.map((issue) -> text(locale, "portfolio.top_issue",
					Map.of("kpi", this.scoring.label(issue.kpi(), locale), "value",
							this.scoring.value(issue.kpi(), issue.value(), locale), "target",
							this.scoring.target(issue.kpi(), issue.target(), locale))))
			.orElseGet(() -> text(locale, "portfolio.on_track"));
	}

	/**
	 * A part's share of a whole, as the tables' "share" columns write it.
	 * @param part the part
	 * @param whole the whole, {@code null} without one
	 * @param locale the reader's language
	 * @return e.g. {@code 83,3 %} in Spanish; empty without a whole above 0
	 */
	public static String share(long part, BigDecimal whole, Locale locale) {
		if (whole == null || whole.signum() <= 0) {
			return "";
		}
		return ScoringMessages.number(Kpi.DELIVERY_FAILURE_RATE,
				BigDecimal.valueOf(part).divide(whole, 3, RoundingMode.HALF_UP), locale);
	}

	/**
	 * A score as the reader writes numbers, with one decimal.
	 * @param score the score, {@code null} without data
	 * @param locale the reader's language
	 * @return e.g. {@code 72,5} in Spanish; a dash without data
	 */
	public static String score(BigDecimal score, Locale locale) {
		if (score == null) {
			return "—";
		}
		return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale))
			.format(score.setScale(1, RoundingMode.HALF_UP));
	}

	/**
	 * A date and time as the reader writes them.
	 * @param locale the reader's language
	 * @return the formatter, e.g. {@code 29 mar 2026, 7:02}
	 */
	public static DateTimeFormatter dateTimes(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
	}

	/**
	 * A date as the reader writes it.
	 * @param locale the reader's language
	 * @param style how long
	 * @return the formatter
	 */
	public static DateTimeFormatter dates(Locale locale, FormatStyle style) {
		return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
	}

}
