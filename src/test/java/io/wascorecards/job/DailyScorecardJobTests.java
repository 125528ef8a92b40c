package io.wascorecards.job;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.kpi.DailyKpiCsvExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class DailyScorecardJobTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private static final Instant AS_OF = Instant.parse("2026-03-13T00:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ScorecardJobLauncher launcher;

	@Autowired
	private DailyKpiCsvExporter exporter;

	@BeforeEach
	void setUp() {
		TestDatabase.reset(this.jdbc);
		new SyntheticDataGenerator(this.dataSource)
			.generate(new GenerationRequest(DAY.minusDays(2), DAY.plusDays(1), 12, 3000, 11));
	}

	@Test
	void runStoresOneRowPerActiveConnectionAndRerunGivesTheSameNumbers() {
		// when
		RunOutcome first = this.launcher.run(DAY, AS_OF, false);
		String firstCsv = export();
		List<RunOutcome> rerun = this.launcher.rerun(new RunRequest(DAY, DAY, List.of(), AS_OF, false, false));

		// then
		assertThat(first.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rerun).singleElement().satisfies((outcome) -> assertThat(outcome.succeeded()).isTrue());
		assertThat(export()).isEqualTo(firstCsv);
		Integer active = this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class);
		assertThat(firstCsv.lines()).hasSize(active + 1);
		Integer stored = this.jdbc.queryForObject("SELECT count(*) FROM daily_kpi WHERE business_date = ?",
				Integer.class, DAY);
		assertThat(stored).isEqualTo(active);
		Integer withTraffic = this.jdbc.queryForObject(
				"SELECT count(*) FROM daily_kpi WHERE business_date = ? AND interactions > 0 AND outbound_messages > 0",
				Integer.class, DAY);
		assertThat(withTraffic).isPositive();
		Integer setAside = this.jdbc.queryForObject("SELECT count(*) FROM webhook_finding", Integer.class);
		assertThat(setAside).as("the generator's malformed payloads are set aside").isPositive();
	}

	@Test
	void aFirstRunComputesTheDailyKpisMissingFromTheScorecardWindows() {
		// when: nothing was ever computed before this date
		this.launcher.run(DAY, AS_OF, false);

		// then: the 30 days the windows reach back (the sanction look-back) have a row per
		// active connection
		Integer active = this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class);
		List<Integer> rowsPerDay = this.jdbc.queryForList("""
				SELECT count(k.connection_id)::int
				FROM generate_series(CAST(? AS date) - 29, CAST(? AS date), interval '1 day') d
				LEFT JOIN daily_kpi k ON k.business_date = d::date
				GROUP BY d ORDER BY d""", Integer.class, DAY, DAY);
		assertThat(rowsPerDay).hasSize(30).containsOnly(active);
	}

	@Test
	void runOfACompletedDateDoesNothingAndRerunIsANewRun() {
		RunOutcome first = this.launcher.run(DAY, AS_OF, false);
		RunOutcome second = this.launcher.run(DAY, AS_OF, false);
		assertThat(second.alreadyCompleted()).isTrue();
		assertThat(second.execution().getId()).isEqualTo(first.execution().getId());
		List<RunOutcome> rerun = this.launcher
			.rerun(new RunRequest(DAY, DAY.plusDays(1), List.of(), AS_OF, false, false));
		assertThat(rerun).extracting(RunOutcome::businessDate).containsExactly(DAY, DAY.plusDays(1));
		assertThat(rerun).allSatisfy((outcome) -> assertThat(outcome.succeeded()).isTrue());
	}

	@Test
	void rerunOfChosenConnectionsRecomputesOnlyThem() {
		this.launcher.run(DAY, AS_OF, false);
		String chosen = this.jdbc
			.queryForObject("SELECT phone_number_id FROM wa_connection WHERE active ORDER BY id LIMIT 1", String.class);
		this.jdbc.update("UPDATE daily_kpi SET interactions = -1 WHERE business_date = ?", DAY);

		this.launcher.rerun(new RunRequest(DAY, DAY, List.of(chosen), AS_OF, false, false));

		List<String> stale = this.jdbc.queryForList("""
				SELECT c.phone_number_id FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				WHERE k.business_date = ? AND k.interactions = -1""", String.class, DAY);
		assertThat(stale).isNotEmpty().doesNotContain(chosen);
	}

	@Test
	void rerunOfAnUnknownConnectionIsRefused() {
		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.launcher.rerun(new RunRequest(DAY, DAY, List.of("999"), AS_OF, false, false)))
			.withMessage("Unknown connection phone_number_id: 999");
	}

	private String export() {
		StringWriter out = new StringWriter();
		this.exporter.export(DAY, out);
		return out.toString();
	}

}
