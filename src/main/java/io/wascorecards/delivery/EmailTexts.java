package io.wascorecards.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.wascorecards.report.ReportTexts;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;

import org.springframework.context.MessageSource;

/**
 * The texts of {@code messages/email} in one language, where every word of the e-mails
 * comes from.
 */
final class EmailTexts {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

	private final MessageSource messages;

	private final ScoringMessages scoring;

	private final Locale locale;

	private EmailTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.scoring = new ScoringMessages(messages);
		this.locale = locale;
	}

	/**
	 * The texts in a manager's language, English when there are none in it.
	 * @param messages the application's texts, a {@link TextSource}
	 * @param locale the manager's language
	 * @return the texts
	 */
	static EmailTexts of(MessageSource messages, Locale locale) {
		// the reports' languages: any other reads English
		return new EmailTexts(messages, ReportTexts.locale(locale.toLanguageTag()));
	}

	/**
	 * The language the texts are in.
	 * @return the language
	 */
	Locale locale() {
		return this.locale;
	}

	/**
	 * A text without arguments.
	 * @param key the key
	 * @return the text
	 */
	String format(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/**
	 * A text with its arguments.
	 * @param key the key
	 * @param arguments the arguments by the names the text gives them
	 * @return the text
	 */
	String format(String key, Map<String, ?> arguments) {
		return this.messages.getMessage(key, TextSource.arguments(arguments), this.locale);
	}

	/**
	 * The name of a status as the scorecards write it, e.g. {@code Red}; an unknown
	 * status as it is.
	 * @param status the status, e.g. {@code RED}
	 * @return the name
	 */
	String status(String status) {
		return Arrays.stream(Status.values()).anyMatch((known) -> known.name().equals(status))
				? this.scoring.label(Status.valueOf(status), this.locale) : clean(status);
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
