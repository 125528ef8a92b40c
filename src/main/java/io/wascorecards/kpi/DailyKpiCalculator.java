package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.LexiconPattern;
import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes and stores the daily KPIs of a range of connections for one or more dates: the
 * range's rows of each date are replaced, so a rerun or a restart leaves exactly one row
 * per connection. The dates of one call are computed in one pass over each connection's
 * messages ({@code sql/kpi/daily_kpis.sql}): the night's date and the days before it that
 * the night computes again share most of their messages. The opt-outs of the days the
 * dates look back on are extracted first ({@link OptoutExtraction}). Call it inside a
 * transaction.
 */
@Component
public class DailyKpiCalculator {

	private static final String DELETE = SqlStatement.load("kpi/delete_daily_kpis.sql");

	private static final String COMPUTE = SqlStatement.load("kpi/daily_kpis.sql");

	private static final String CONNECTIONS = """
			SELECT c.id FROM wa_connection c
			WHERE c.active AND c.id BETWEEN :firstConnectionId AND :lastConnectionId
			  AND sc_selected(c.id, CAST(:only AS bigint[]))
			ORDER BY c.id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final OptoutExtraction optouts;

	private final Duration answerWindow;

	private final Map<String, Object> lexicons;

	DailyKpiCalculator(NamedParameterJdbcTemplate jdbc, OptoutExtraction optouts, ScorecardsProperties properties,
			KpiProperties kpi) {
		this.jdbc = jdbc;
		this.optouts = optouts;
		this.answerWindow = properties.answerWindow();
		this.lexicons = lexicons(properties, kpi);
	}

	/**
	 * Computes one date's KPIs as the backfill does: the date's opt-outs are extracted
	 * unless they were (since the day ended), the days before it are taken as extracted.
	 * @param businessDate the date
	 * @param asOf the instant they are computed as of
	 * @param firstConnectionId the first connection id of the range
	 * @param lastConnectionId the last connection id of the range
	 * @param selection the connections of the range to compute (all active ones, or some)
	 * @return the rows stored
	 */
	public int compute(LocalDate businessDate, Instant asOf, long firstConnectionId, long lastConnectionId,
			ConnectionSelection selection) {
		return compute(List.of(Day.again(businessDate, selection)), asOf, firstConnectionId, lastConnectionId);
	}

	/**
	 * Computes the KPIs of some dates in one pass.
	 * @param days the dates, each with its connections and its opt-outs to extract
	 * @param asOf the instant they are computed as of
	 * @param firstConnectionId the first connection id of the range
	 * @param lastConnectionId the last connection id of the range
	 * @return the rows stored
	 */
	public int compute(List<Day> days, Instant asOf, long firstConnectionId, long lastConnectionId) {
		SqlStatement.planForValues(this.jdbc.getJdbcTemplate());
		List<Long> connectionIds = new ArrayList<>();
		List<LocalDate> businessDates = new ArrayList<>();
		for (Day day : days) {
			MapSqlParameterSource params = new MapSqlParameterSource(day.connections().parameters())
				.addValue("firstConnectionId", firstConnectionId)
				.addValue("lastConnectionId", lastConnectionId)
				.addValue("businessDate", day.date());
			this.optouts.extract(day.optoutsFrom().isAfter(day.date()) ? day.date() : day.optoutsFrom(), day.date(),
					day.extractAgain(), asOf, params);
			this.jdbc.update(DELETE, params);
			for (Long id : this.jdbc.queryForList(CONNECTIONS, params, Long.class)) {
				connectionIds.add(id);
				businessDates.add(day.date());
			}
		}
		if (connectionIds.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource params = new MapSqlParameterSource(this.lexicons)
			.addValue("connectionIds", array(connectionIds))
			.addValue("businessDates", array(businessDates))
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds());
		return this.jdbc.update(COMPUTE, params);
	}

	/**
	 * A date to compute, its connections, and the opt-outs extracted first.
	 *
	 * @param date the date
	 * @param connections the connections of the range to compute (all active ones, or
	 * some)
	 * @param optoutsFrom the first day whose opt-outs are extracted, from there to the
	 * date, where they were not ({@link OptoutDays#first})
	 * @param extractAgain whether the date's opt-outs are extracted again whatever was
	 * extracted before (the run's date: its webhooks were read again)
	 */
	public record Day(LocalDate date, ConnectionSelection connections, LocalDate optoutsFrom, boolean extractAgain) {

		/**
		 * A date the run computes again: its opt-outs are extracted unless they were
		 * (since the day ended), the days before it are taken as extracted.
		 * @param date the date
		 * @param connections its connections
		 * @return the day
		 */
		public static Day again(LocalDate date, ConnectionSelection connections) {
			return new Day(date, connections, date, false);
		}

	}

	/** The statement's parameters that settings decide. */
	private static Map<String, Object> lexicons(ScorecardsProperties properties, KpiProperties kpi) {
		KpiProperties.Lexicon complaints = kpi.complaintLexicon();
		List<String> verticals = new ArrayList<>();
		List<String> languages = new ArrayList<>();
		List<String> words = new ArrayList<>();
		kpi.verticalLexicons().forEach((vertical, lexicon) -> {
			for (String language : List.of("es", "en", "pt")) {
				verticals.add(vertical);
				languages.add(language);
				words.add(String.join(" ", lexicon.of(language)));
			}
		});
		return Map.of("humanRequestPattern", LexiconPattern.phrases(properties.humanRequestLexicon()),
				"complaintPatternEs", complaints(complaints, "es"), "complaintPatternEn", complaints(complaints, "en"),
				"complaintPatternPt", complaints(complaints, "pt"), "optoutLookbackSeconds",
				(double) kpi.optoutLookback().toSeconds(), "lexiconVerticals", array(verticals), "lexiconLanguages",
				array(languages), "lexiconWords", array(words));
	}

	/** A language's complaint lexicon and the English one (SPEC §4b). */
	private static String complaints(KpiProperties.Lexicon lexicon, String language) {
		List<String> words = new ArrayList<>(lexicon.of(language));
		words.addAll(lexicon.en());
		return LexiconPattern.phrases(words);
	}

	/** A PostgreSQL array literal. */
	private static String array(List<?> values) {
		return values.stream()
			.map((value) -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

}
