package io.wascorecards.delivery;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import io.wascorecards.report.ReportTexts;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;

/**
 * The texts of {@code messages/email} in one language, where every word of the e-mails
 * comes from.
 */
final class EmailTexts {

	// Without fallback the machine's default locale can never choose the language
	private static final ResourceBundle.Control BUNDLES = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final ScoringMessages SCORING = new ScoringMessages(new TextSource());

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

	private final ResourceBundle bundle;

	private final Locale locale;

	private EmailTexts(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	/**
	 * The texts in a manager's language, English when there are none in it.
	 * @param locale the manager's language
	 * @return the texts
	 */
	static EmailTexts of(Locale locale) {
		// the reports' languages: any other reads English
		Locale language = ReportTexts.locale(locale.toLanguageTag());
		return new EmailTexts(ResourceBundle.getBundle("messages/email", language, BUNDLES), language);
	}

	/**
	 * The language the texts are in.
	 * @return the language
	 */
	Locale locale() {
		return this.locale;
	}

	/**
	 * A text as the file has it, not through {@link MessageFormat}.
	 * @param key the key
	 * @return the text
	 */
	String raw(String key) {
		return this.bundle.getString(key);
	}

	/**
	 * A text with its arguments.
	 * @param key the key
	 * @param arguments the arguments, {@code {0}} first
	 * @return the text
	 */
	String format(String key, Object... arguments) {
		// always through MessageFormat, so that '' means ' in every text of the files
		return new MessageFormat(raw(key), this.locale).format(arguments);
	}

	/**
	 * The name of a status as the scorecards write it, e.g. {@code Red}; an unknown
	 * status as it is.
	 * @param status the status, e.g. {@code RED}
	 * @return the name
	 */
	String status(String status) {
		return Arrays.stream(Status.values()).anyMatch((known) -> known.name().equals(status))
				? SCORING.label(Status.valueOf(status), this.locale) : clean(status);
	}

	/**
	 * A value from the data never breaks a line or a header of the message.
	 * @param value the value
	 * @return the value with any control characters as spaces
	 */
	static String clean(String value) {
		return CONTROL.matcher(value).replaceAll(" ");
	}

}
