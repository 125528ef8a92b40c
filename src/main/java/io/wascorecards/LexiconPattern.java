package io.wascorecards;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The PostgreSQL regular expressions that find a lexicon's words and phrases in a text
 * folded like {@code sc_fold} (lower case, no accents): a human request or a complaint
 * (SPEC §4, §4b: a phrase bounded by non-letters or the text's ends), a stop message (the
 * whole text but its leading and trailing characters that are not letters or digits).
 * Beside the settings, whose lexicons are checked with it when they are read.
 */
public final class LexiconPattern {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern REGEX_SPECIALS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

	/** Leading or trailing characters that are neither letters nor digits. */
	private static final Pattern UNTRIMMED = Pattern.compile("^[^\\p{L}\\p{Nd}]+|[^\\p{L}\\p{Nd}]+$");

	private LexiconPattern() {
	}

	/**
	 * The expression that finds one of the phrases as a whole word or phrase.
	 * @param lexicon the phrases (at least one not empty once folded)
	 * @return the expression
	 */
	public static String phrases(Collection<String> lexicon) {
		return "(^|[^[:alpha:]])(" + alternatives(words(lexicon)) + ")($|[^[:alpha:]])";
	}

	/**
	 * The expression that matches a text that, but for its leading and trailing
	 * characters that are not letters or digits, is one of the phrases.
	 * @param lexicon the phrases (at least one not empty once trimmed)
	 * @return the expression
	 */
	public static String whole(Collection<String> lexicon) {
		return "^[^[:alpha:][:digit:]]*(" + alternatives(trimmed(lexicon)) + ")[^[:alpha:][:digit:]]*$";
	}

	/**
	 * The lexicon's words and phrases as they are looked for: folded, the empty ones left
	 * out.
	 * @param lexicon the lexicon
	 * @return its words and phrases
	 */
	public static List<String> words(Collection<String> lexicon) {
		return lexicon.stream().map(LexiconPattern::fold).filter((phrase) -> !phrase.isEmpty()).distinct().toList();
	}

	/**
	 * The lexicon's phrases as a whole text is compared with them: folded, without
	 * leading and trailing characters that are not letters or digits (which the text
	 * loses too), the empty ones left out.
	 * @param lexicon the lexicon
	 * @return its phrases
	 */
	public static List<String> trimmed(Collection<String> lexicon) {
		return words(lexicon).stream()
			.map((phrase) -> UNTRIMMED.matcher(phrase).replaceAll(""))
			.filter((phrase) -> !phrase.isEmpty())
			.distinct()
			.toList();
	}

	private static String alternatives(List<String> phrases) {
		return phrases.stream()
			.map((phrase) -> REGEX_SPECIALS.matcher(phrase).replaceAll("\\\\$0"))
			.collect(Collectors.joining("|"));
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
