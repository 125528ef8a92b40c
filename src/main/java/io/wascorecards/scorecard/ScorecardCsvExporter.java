package io.wascorecards.scorecard;

import java.io.Writer;
import java.time.LocalDate;

import io.wascorecards.db.CsvExport;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the stored scorecards of a date as CSV (SPEC §6 {@code export-scorecards}): one
 * row per active connection, ordered by phone number id; each KPI's value and status in
 * the order of SPEC §5, then the area scores ({@code sql/scoring/export_scorecards.sql}).
 */
@Component
public class ScorecardCsvExporter {

	private static final String EXPORT = SqlStatement.load("scoring/export_scorecards.sql");

	private final JdbcTemplate jdbc;

	ScorecardCsvExporter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the CSV.
	 * @param businessDate the date
	 * @param out where to write
	 * @return the number of rows written (without the header)
	 */
	public int export(LocalDate businessDate, Writer out) {
		return CsvExport.write(this.jdbc, EXPORT, businessDate, out);
	}

}
