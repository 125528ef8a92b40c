package io.wascorecards.kpi;

import java.io.Writer;
import java.time.LocalDate;

import io.wascorecards.db.CsvExport;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the stored daily KPIs of a date as CSV (SPEC §6 {@code export-kpis}): one row
 * per active connection, ordered by phone number id, an empty field for a null
 * ({@code sql/kpi/export_daily_kpis.sql}). Rows stream from the database to the writer.
 */
@Component
public class DailyKpiCsvExporter {

	private static final String EXPORT = SqlStatement.load("kpi/export_daily_kpis.sql");

	private final JdbcTemplate jdbc;

	DailyKpiCsvExporter(JdbcTemplate jdbc) {
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
