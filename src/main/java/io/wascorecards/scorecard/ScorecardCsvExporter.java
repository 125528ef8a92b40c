package io.wascorecards.scorecard;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import io.wascorecards.db.CsvExport;
import io.wascorecards.db.SqlStatement;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.ValueFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the stored scorecards of a date as CSV (SPEC §6 {@code export-scorecards}): one
 * row per active connection, ordered by phone number id; each KPI's value and status in
 * the order of SPEC §5, then the area scores ({@code sql/scoring/export_scorecards.sql}).
 */
@Component
public class ScorecardCsvExporter {

	private static final String EXPORT = SqlStatement.load("scoring/export_scorecards.sql")
		.replace(":kpiColumns", kpiColumns());

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

	/**
	 * Each KPI's {@code <key>_value} (with the decimals of its format, the phone quality
	 * as its rating) and {@code <key>_status}, in the order of {@link Kpi}.
	 */
	private static String kpiColumns() {
		return Arrays.stream(Kpi.values()).map((kpi) -> {
			String value = "s.kpis -> '" + kpi.key() + "' ->> 'value'";
			String written = (kpi.format() == ValueFormat.RATING) ? value
					: "round(CAST(" + value + " AS numeric), " + kpi.format().scale() + ")";
			return written + " AS " + kpi.key() + "_value, s.kpis -> '" + kpi.key() + "' ->> 'status' AS " + kpi.key()
					+ "_status";
		}).collect(Collectors.joining(", "));
	}

}
