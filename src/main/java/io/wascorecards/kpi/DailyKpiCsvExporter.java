package io.wascorecards.kpi;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.db.CsvExport;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the stored daily KPIs of a date as CSV (SPEC §6 {@code export-kpis}): one row
 * per active connection, ordered by phone number id, an empty field for a null. Rows
 * stream from the database to the writer.
 */
@Component
public class DailyKpiCsvExporter {

	private static final String HEADER = "phone_number_id,business_date," + String.join(",", DailyKpiColumns.NAMES);

	private static final String QUERY = """
			SELECT c.phone_number_id, k.business_date, %s
			FROM daily_kpi k
			JOIN wa_connection c ON c.id = k.connection_id
			WHERE k.business_date = :businessDate AND c.active
			ORDER BY c.phone_number_id COLLATE "C"
			""".formatted(DailyKpiColumns.NAMES.stream().map((name) -> "k." + name).collect(Collectors.joining(", ")));

	private final NamedParameterJdbcTemplate jdbc;

	DailyKpiCsvExporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the CSV.
	 * @param businessDate the date
	 * @param out where to write
	 * @return the number of rows written (without the header)
	 */
	public int export(LocalDate businessDate, Writer out) {
		return CsvExport.write(this.jdbc, HEADER, QUERY, Map.of("businessDate", businessDate), CsvExport::allColumns,
				out);
	}

}
