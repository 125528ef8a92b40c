package io.wascorecards.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code V12__run_record.sql} gives the runs recorded before it their run and instant, so
 * that after the upgrade {@code run} finds and resumes them.
 */
@DatabaseTest
class RunRecordMigrationTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void theRunsRecordedBeforeGetTheRunAndInstantOfTheirExecution() {
		JdbcTemplate admin = new JdbcTemplate(this.dataSource);
		admin.execute("DROP DATABASE IF EXISTS runs_before_v12");
		admin.execute("CREATE DATABASE runs_before_v12");
		try (HikariDataSource before = new HikariDataSource()) {
			before.setJdbcUrl(
					((HikariDataSource) this.dataSource).getJdbcUrl().replace("/postgres?", "/runs_before_v12?"));
			Flyway flyway = Flyway.configure()
				.dataSource(before)
				.locations("classpath:sql/migration")
				.target("11")
				.load();
			flyway.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(before);
			// given: a nightly run of run 0 that failed, a rerun of one connection (run
			// 1),
			// an API run still queued and a run that found the date already scored
			jdbc.update("INSERT INTO batch_job_instance VALUES (1, 0, 'dailyScorecardJob', 'k0'), "
					+ "(2, 0, 'dailyScorecardJob', 'k1')");
			jdbc.update("""
					INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, status)
					VALUES (10, 1, 1, now(), 'FAILED'), (11, 1, 2, now(), 'COMPLETED')""");
			jdbc.update(
					"""
							INSERT INTO batch_job_execution_params VALUES
							(10, 'businessDate', 'java.lang.String', '2026-03-10', 'Y'), (10, 'run', 'java.lang.Long', '0', 'Y'),
							(10, 'asOf', 'java.lang.String', '2026-03-11T02:30:00Z', 'N'),
							(11, 'businessDate', 'java.lang.String', '2026-03-10', 'Y'), (11, 'run', 'java.lang.Long', '1', 'Y'),
							(11, 'asOf', 'java.lang.String', '2026-03-12T09:00:00Z', 'N')""");
			jdbc.update("""
					INSERT INTO run_request (business_date, connections, email, resend, requested_by, job_execution_id,
					                         refusal)
					VALUES ('2026-03-10', '{}', true, false, 'scheduler', 10, NULL),
					       ('2026-03-10', '{100000000000101}', true, false, 'command line', 11, NULL),
					       ('2026-03-10', '{}', true, false, 'api:ana', NULL, NULL),
					       ('2026-03-09', '{}', true, false, 'command line', NULL, 'already scored by run 3')""");

			// when
			flyway = Flyway.configure().dataSource(before).locations("classpath:sql/migration").load();
			flyway.migrate();

			// then
			List<Map<String, Object>> runs = jdbc
				.queryForList("SELECT run_number, as_of, rerun FROM run_request ORDER BY id");
			assertThat(runs).extracting((row) -> row.get("run_number")).containsExactly(0L, 1L, null, null);
			assertThat(runs).extracting(
					(row) -> (row.get("as_of") != null) ? ((java.sql.Timestamp) row.get("as_of")).toInstant() : null)
				.containsExactly(Instant.parse("2026-03-11T02:30:00Z"), Instant.parse("2026-03-12T09:00:00Z"), null,
						null);
			assertThat(runs).extracting((row) -> row.get("rerun")).containsExactly(false, true, true, false);
		}
		finally {
			admin.execute("DROP DATABASE runs_before_v12 WITH (FORCE)");
		}
	}

}
