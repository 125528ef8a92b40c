package io.wascorecards.scorecard;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.db.CsvExport;
import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Scorecard;
import io.wascorecards.scoring.ScorecardColumns;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the stored scorecards of a date as CSV (SPEC §6 {@code export-scorecards}): one
 * row per active connection, ordered by phone number id; each KPI's value and status in
 * the order of SPEC §5, then the area scores.
 */
@Component
public class ScorecardCsvExporter {

	/** The areas in the CSV's order (SPEC §6), which is the order of SPEC §5's table. */
	private static final List<String> AREAS = Arrays.stream(Area.values()).map(Area::key).toList();

	static final String HEADER = "phone_number_id,business_date,provisional,"
			+ String.join(",", ScorecardColumns.NAMES);

	private static final String QUERY = """
			SELECT c.phone_number_id, s.business_date, s.provisional, s.score, s.status, %s,
			       s.effectiveness_score, s.brand_score, s.consistency_score, s.humanity_score
			FROM scorecard s
			JOIN wa_connection c ON c.id = s.connection_id
			WHERE s.business_date = :businessDate AND c.active
			ORDER BY c.phone_number_id COLLATE "C"
			""".formatted(Arrays.stream(Kpi.values())
		.map((kpi) -> "s.kpis -> '%1$s' ->> 'value', s.kpis -> '%1$s' ->> 'status'".formatted(kpi.key()))
		.collect(Collectors.joining(", ")));

	private final NamedParameterJdbcTemplate jdbc;

	ScorecardCsvExporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the CSV.
	 * @param businessDate the date
	 * @param out where to write
	 * @return the number of rows written (without the header)
	 */
	public int export(LocalDate businessDate, Writer out) {
		return CsvExport.write(this.jdbc, HEADER, QUERY, Map.of("businessDate", businessDate),
				ScorecardCsvExporter::line, out);
	}

	private static String line(ResultSet row) throws SQLException {
		StringBuilder line = new StringBuilder(512);
		line.append(row.getString("phone_number_id")).append(',').append(row.getString("business_date")).append(',');
		line.append(row.getBoolean("provisional")).append(',');
		line.append(score(row, "score")).append(',').append(row.getString("status"));
		for (int i = 0; i < Kpi.values().length * 2; i++) {
			String value = row.getString(6 + i);
			line.append(',').append((value != null) ? value : "");
		}
		for (String area : AREAS) {
			line.append(',').append(score(row, area + "_score"));
		}
		return line.toString();
	}

	private static String score(ResultSet row, String column) throws SQLException {
		return Scorecard.writeScore(row.getBigDecimal(column));
	}

}
