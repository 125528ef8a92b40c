package io.wascorecards.kpi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The PostgreSQL regular expression that finds a human request: one of the lexicon's
 * words or phrases, bounded by non-letters or the text's ends, in a text folded like
 * {@code sc_fold} (lower case, no accents).
 */
public final class HumanRequestPattern {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern REGEX_SPECIALS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

	private HumanRequestPattern() {
	}

	static String of(List<String> lexicon) {
		String alternatives = words(lexicon).stream()
			.map((phrase) -> REGEX_SPECIALS.matcher(phrase).replaceAll("\\\\$0"))
			.collect(Collectors.joining("|"));
		return "(^|[^[:alpha:]])(" + alternatives + ")($|[^[:alpha:]])";
	}

	/**
	 * The lexicon's words and phrases as they are looked for: folded, the empty ones left
	 * out.
	 * @param lexicon the lexicon
	 * @return its words and phrases
	 */
	public static List<String> words(List<String> lexicon) {
		return lexicon.stream().map(HumanRequestPattern::fold).filter((phrase) -> !phrase.isEmpty()).toList();
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
