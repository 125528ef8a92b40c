package io.wascorecards.kpi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.wascorecards.LexiconPattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the KPIs of SPEC §4b under {@code scorecards.kpi.*}. The word lists'
 * defaults are configuration too, in {@code kpi-lexicons.properties} (SPEC §4b's
 * complaint lexicons and stop words, and a lexicon of each of Meta's verticals); each
 * list must hold a word, or the start-up stops.
 *
 * @param optoutLookback the look-back L of {@code marketing_after_optout}
 * @param complaintLexicon the words and phrases of a customer's complaint, by language
 * @param stopWords the texts of a stop message
 * @param verticalLexicons the words of each of Meta's verticals (but {@code UNDEFINED}
 * and {@code OTHER}), by language: what a profile of that vertical says it does
 */
@ConfigurationProperties("scorecards.kpi")
public record KpiProperties(@DefaultValue("30d") Duration optoutLookback, @DefaultValue Lexicon complaintLexicon,
		List<String> stopWords, Map<String, Lexicon> verticalLexicons) {

	/** Meta's verticals (SPEC §2) that say what a business does. */
	public static final Set<String> VERTICALS = Set.of("AUTO", "BEAUTY", "APPAREL", "EDU", "ENTERTAIN", "EVENT_PLAN",
			"FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES", "RETAIL", "TRAVEL",
			"RESTAURANT");

	/** The longest look-back: a day's figures read that many days of opt-outs. */
	private static final Duration LONGEST_LOOKBACK = Duration.ofDays(365);

	public KpiProperties {
		if (optoutLookback.isNegative() || optoutLookback.isZero() || optoutLookback.compareTo(LONGEST_LOOKBACK) > 0) {
			throw new IllegalArgumentException(
					"scorecards.kpi.optout-lookback must be more than 0 and at most 365d (it is " + optoutLookback
							+ ")");
		}
		complaintLexicon.check("scorecards.kpi.complaint-lexicon", LexiconPattern::words);
		stopWords = (stopWords != null) ? List.copyOf(stopWords) : List.of();
		if (LexiconPattern.trimmed(stopWords).isEmpty()) {
			throw new IllegalArgumentException("scorecards.kpi.stop-words must hold at least one word or phrase");
		}
		Map<String, Lexicon> byVertical = new TreeMap<>();
		if (verticalLexicons != null) {
			verticalLexicons.forEach((key, lexicon) -> byVertical.put(key.toUpperCase(Locale.ROOT), lexicon));
		}
		for (String vertical : byVertical.keySet()) {
			if (!VERTICALS.contains(vertical)) {
				throw new IllegalArgumentException("scorecards.kpi.vertical-lexicons." + vertical
						+ " is not one of Meta's verticals that have a lexicon: "
						+ String.join(", ", new TreeSet<>(VERTICALS)));
			}
		}
		for (String vertical : VERTICALS) {
			Lexicon lexicon = byVertical.get(vertical);
			if (lexicon == null) {
				throw new IllegalArgumentException("scorecards.kpi.vertical-lexicons." + vertical
						+ " must hold at least one word in each of es, en and pt");
			}
			lexicon.check("scorecards.kpi.vertical-lexicons." + vertical, LexiconPattern::words);
		}
		verticalLexicons = Map.copyOf(byVertical);
	}

	/**
	 * The words of one list in each report language.
	 *
	 * @param es Spanish
	 * @param en English
	 * @param pt Portuguese
	 */
	public record Lexicon(List<String> es, List<String> en, List<String> pt) {

		public Lexicon {
			es = (es != null) ? List.copyOf(es) : List.of();
			en = (en != null) ? List.copyOf(en) : List.of();
			pt = (pt != null) ? List.copyOf(pt) : List.of();
		}

		/**
		 * The words of a language.
		 * @param language {@code es}, {@code en} or {@code pt}
		 * @return its words
		 */
		public List<String> of(String language) {
			return switch (language) {
				case "es" -> this.es;
				case "pt" -> this.pt;
				default -> this.en;
			};
		}

		private void check(String name, Function<List<String>, List<String>> looked) {
			for (String language : List.of("es", "en", "pt")) {
				if (looked.apply(of(language)).isEmpty()) {
					throw new IllegalArgumentException(
							name + "." + language + " must hold at least one word or phrase");
				}
			}
		}

	}

}
