package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Streams the rows of a query to a CSV writer, one line per row, without holding them in
 * memory.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/**
	 * Writes the header, then one line per row of the query.
	 * @param jdbc the database
	 * @param header the header line, without its line break
	 * @param query the query
	 * @param params its parameters
	 * @param line writes one row as a CSV line, without its line break
	 * @param out where to write
	 * @return the number of rows written
	 */
	public static int write(NamedParameterJdbcTemplate jdbc, String header, String query, Map<String, ?> params,
			Line line, Writer out) {
		int[] rows = { 0 };
		try {
			out.write(header);
			out.write('\n');
			jdbc.query(query, params, (row) -> {
				try {
					out.write(line.of(row));
					out.write('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows[0]++;
			});
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows[0];
	}

	/**
	 * Every column of a row as it is, an empty field for a null.
	 * @param row the row
	 * @return the line
	 * @throws SQLException if the row cannot be read
	 */
	public static String allColumns(ResultSet row) throws SQLException {
		StringBuilder line = new StringBuilder(256);
		int columns = row.getMetaData().getColumnCount();
		for (int i = 1; i <= columns; i++) {
			String value = row.getString(i);
			line.append((i > 1) ? "," : "").append((value != null) ? value : "");
		}
		return line.toString();
	}

	/**
	 * Writes one row as a CSV line.
	 */
	@FunctionalInterface
	public interface Line {

		String of(ResultSet row) throws SQLException;

	}

}
