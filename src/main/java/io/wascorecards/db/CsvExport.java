package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Runs a {@code COPY (SELECT …) TO STDOUT WITH (FORMAT csv, HEADER)} statement and
 * streams what PostgreSQL writes to a writer: the database does the quoting (RFC 4180),
 * the rows are never held in memory, and the header is the query's column names.
 */
public final class CsvExport {

	private static final String BUSINESS_DATE = ":businessDate";

	private CsvExport() {
	}

	/**
	 * Writes the CSV of one date. COPY takes no bind parameters, so the statement's
	 * {@code :businessDate} is replaced by the date as a literal: a {@link LocalDate}'s
	 * text is digits and {@code -} only, nothing else can reach the statement.
	 * @param jdbc the database (in the caller's transaction, if it has one)
	 * @param copyStatement the {@code COPY … TO STDOUT} statement
	 * @param businessDate the date it is run for
	 * @param out where to write; flushed, not closed
	 * @return the number of rows written, without the header
	 */
	public static int write(JdbcOperations jdbc, String copyStatement, LocalDate businessDate, Writer out) {
		String sql = copyStatement.replace(BUSINESS_DATE, "DATE '" + businessDate + "'");
		Long rows = jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Math.toIntExact(rows);
	}

}
