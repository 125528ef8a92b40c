package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcOperations;

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

	/**
	 * Sets, for the rest of the current transaction, how PostgreSQL plans the large
	 * set-based statements: without JIT compilation (the planner's row estimates for them
	 * are wild, and compiling costs more than it saves) and with plans made for the
	 * parameters' values (a generic plan of a statement prepared again and again can be
	 * far slower).
	 * @param jdbc the transaction's connection
	 */
	public static void planForValues(JdbcOperations jdbc) {
		jdbc.execute("SET LOCAL jit = off");
		jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
	}

}
