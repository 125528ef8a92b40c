package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * One SQL statement kept in its own file under {@code sql/} (shipped in the jar).
 */
public final class SqlStatement {

	private SqlStatement() {
	}

	/**
	 * Reads a statement, e.g. {@code load("kpi/daily_kpis.sql")}.
	 * @param path the file's path under {@code sql/}
	 * @return the statement's text
	 */
	public static String load(String path) {
		try {
			return new ClassPathResource("sql/" + path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing SQL statement sql/" + path, ex);
		}
	}

}
