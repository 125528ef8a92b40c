package io.wascorecards;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scorecards.*}.
 *
 * @param outputDir where PDFs, e-mails and exports go
 * @param answerWindow the answer window A of SPEC §3
 * @param zone the scheduler's zone: {@code run} without a date scores yesterday there
 * @param partitions how many connection ranges the per-connection steps are split into,
 * and how many time slices the webhook read is
 * @param threads how many partitions (or webhook slices) run at once
 * @param renderThreads how many partitions of PDFs are rendered at once: one more than
 * the cores keeps them busy while a thread writes a file or waits for the database
 * @param humanRequestLexicon words and phrases that ask for a human (SPEC §4 Humanity)
 * @param earliestDate the first business date a run may score (no WhatsApp Cloud API
 * traffic is older): the bound of every date a run or its backfill computes
 * @param maxRangeDays how many dates one {@code rerun} or API request may span
 * @param remoteWorkers hand the partitions of the per-connection steps to {@code worker}
 * processes instead of running them on this process's threads (SPEC §7; settings under
 * {@code scorecards.remote.*})
 * @param embedded the embedded PostgreSQL, for trying the jar without a database
 */
@ConfigurationProperties("scorecards")
public record ScorecardsProperties(@DefaultValue("./scorecards-out") Path outputDir,
		@DefaultValue("24h") Duration answerWindow, @DefaultValue("UTC") ZoneId zone,
		@DefaultValue("16") int partitions, @DefaultValue("2") int threads, @DefaultValue("3") int renderThreads,
		@DefaultValue( {
				"humano", "persona", "asesor", "asesora", "agente", "operador", "operadora", "ejecutivo", "ejecutiva",
				"hablar con alguien", "human", "agent", "representative", "real person", "operator", "atendente",
				"pessoa", "falar com alguem" }) List<String> humanRequestLexicon,
		@DefaultValue("2015-01-01") LocalDate earliestDate, @DefaultValue("31") int maxRangeDays,
		@DefaultValue("false") boolean remoteWorkers, @DefaultValue Embedded embedded){

	/** The longest answer window that makes sense: a day's reads reach A on each side. */
	private static final Duration LONGEST_ANSWER_WINDOW = Duration.ofDays(7);

	public ScorecardsProperties {
		if (answerWindow.isNegative() || answerWindow.isZero() || answerWindow.compareTo(LONGEST_ANSWER_WINDOW) > 0) {
			throw new IllegalArgumentException(
					"scorecards.answer-window must be more than 0 and at most 7d (it is " + answerWindow + ")");
		}
		if (maxRangeDays < 1) {
			throw new IllegalArgumentException(
					"scorecards.max-range-days must be at least 1 (it is " + maxRangeDays + ")");
		}
		if (partitions < 1 || threads < 1 || renderThreads < 1) {
			throw new IllegalArgumentException("scorecards.partitions, scorecards.threads and "
					+ "scorecards.render-threads must be at least 1 (they are " + partitions + ", " + threads + " and "
					+ renderThreads + ")");
		}
		// without a word every message would look like a request (the pattern's
		// alternatives would be empty)
		if (LexiconPattern.words(humanRequestLexicon).isEmpty()) {
			throw new IllegalArgumentException(
					"scorecards.human-request-lexicon must hold at least one word or phrase that asks for a human");
		}
	}

	/**
	 * The embedded PostgreSQL: only {@code demo}, {@code bench} and an explicit opt-in
	 * start one, so that a node missing its datasource never "succeeds" on an empty
	 * database of its own.
	 *
	 * @param enabled start one (when no {@code spring.datasource.url} is set)
	 * @param dataDir its data directory; kept between commands unless {@code clean}
	 * @param clean start from an empty database
	 */
	public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("./scorecards-db") Path dataDir,
			@DefaultValue("false") boolean clean) {
	}

}
