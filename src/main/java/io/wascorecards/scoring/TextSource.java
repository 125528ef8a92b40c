package io.wascorecards.scoring;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's one {@link org.springframework.context.MessageSource}: every text of
 * the scorecards, the PDFs and the e-mails, from the bundles under {@code messages/}
 * (English by default, Spanish, Portuguese), in UTF-8. A language without its own file
 * reads English, never the machine's language, and a missing key throws instead of
 * printing the key. Every text goes through {@link MessageFormat}, so a single quote is
 * written {@code ''} everywhere, and names its arguments, e.g.
 * {@code {total,number,integer}}: a caller gives them as one map, see
 * {@link #arguments(Map)}.
 */
@Component("messageSource")
public final class TextSource extends ResourceBundleMessageSource {

	static final List<String> BASENAMES = List.of("messages/recommendations", "messages/report", "messages/email",
			"messages/error-codes");

	/** An argument's name: what follows a brace up to a comma or the closing brace. */
	private static final Pattern NAME = Pattern.compile("\\{\\s*([A-Za-z]\\w*)\\s*(?=[,}])");

	/**
	 * The names of each text, first use first: their positions for {@link MessageFormat}.
	 */
	private final Map<String, List<String>> names = new ConcurrentHashMap<>();

	public TextSource() {
		setBasenames(BASENAMES.toArray(String[]::new));
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setAlwaysUseMessageFormat(true);
		setUseCodeAsDefaultMessage(false);
	}

	/**
	 * The arguments of a text by the names it gives them, as
	 * {@link org.springframework.context.MessageSource#getMessage(String, Object[], Locale)}
	 * takes them.
	 * @param arguments the values by name; extra names are ignored
	 * @return the arguments
	 */
	public static Object[] arguments(Map<String, ?> arguments) {
		return new Object[] { arguments };
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		String message = (code != null)
				? resolveCodeWithoutArguments(code, (locale != null) ? locale : Locale.getDefault()) : null;
		List<String> declared = (message != null) ? names(message) : List.of();
		if (declared.isEmpty()) {
			return super.getMessageInternal(code, args, locale);
		}
		if (args == null || args.length != 1 || !(args[0] instanceof Map<?, ?> named)) {
			throw new IllegalArgumentException("The text " + code + " names its arguments " + declared
					+ ": give them as a map (TextSource.arguments)");
		}
		Object[] positional = new Object[declared.size()];
		for (int i = 0; i < positional.length; i++) {
			if (!named.containsKey(declared.get(i))) {
				throw new IllegalArgumentException("The text " + code + " names {" + declared.get(i) + "}, not given");
			}
			positional[i] = named.get(declared.get(i));
		}
		return super.getMessageInternal(code, positional, locale);
	}

	/** The text with each name replaced by its position, for {@link MessageFormat}. */
	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		List<String> declared = names(message);
		return super.createMessageFormat(NAME.matcher(message)
			.replaceAll((name) -> Matcher.quoteReplacement("{" + declared.indexOf(name.group(1)))), locale);
	}

	private List<String> names(String message) {
		return this.names.computeIfAbsent(message,
				(text) -> NAME.matcher(text).results().map((name) -> name.group(1)).distinct().toList());
	}

}
