package io.wascorecards.job;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import io.wascorecards.batch.JobParameterNames;
import io.wascorecards.batch.RunLock;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.kpi.DailyKpiCsvExporter;
import io.wascorecards.scorecard.ScorecardCsvExporter;
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

	@Autowired
	private ScorecardCsvExporter scorecardExporter;

	@BeforeEach
	void setUp() {
		TestDatabase.reset(this.jdbc);
		new SyntheticDataGenerator(this.dataSource)
			.generate(new GenerationRequest(DAY.minusDays(2), DAY.plusDays(1), 12, 3000, 11));
	}

	@Test
	void theBackfillNeverComputesADateBeforeTheEarliestDate() {
		// given a date three days after scorecards.earliest-date (2015-01-01): its
		// windows reach back 30 days
		LocalDate early = LocalDate.parse("2015-01-03");

		// when
		RunOutcome outcome = this.launcher.run(early, Instant.parse("2015-01-05T00:00:00Z"), false);

		// then
		assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT business_date FROM daily_kpi ORDER BY 1", LocalDate.class))
			.containsExactly(LocalDate.parse("2015-01-01"), LocalDate.parse("2015-01-02"), early);
	}

	@Test
	void runStoresOneRowPerActiveConnectionAndRerunGivesTheSameNumbers() {
		// when
		RunOutcome first = this.launcher.run(DAY, AS_OF, false);
		String firstCsv = export();
		List<RunOutcome> rerun = this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of(), AS_OF, false, false));

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

		// then: the 30 days the windows reach back (the sanction look-back) have a row
		// per
		// active connection
		Integer active = this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class);
		List<Integer> rowsPerDay = this.jdbc.queryForList("""
				SELECT count(k.connection_id)::int
				FROM generate_series(CAST(? AS date) - 29, CAST(? AS date), interval '1 day') d
				LEFT JOIN daily_kpi k ON k.business_date = d::date
				GROUP BY d ORDER BY d""", Integer.class, DAY, DAY);
		assertThat(rowsPerDay).hasSize(30).containsOnly(active);
		// and reading the webhooks of 30 dates stored each status once
		Integer repeated = this.jdbc.queryForObject("""
				SELECT count(*) FROM (SELECT event_id, wamid, status FROM webhook_status
				                      GROUP BY event_id, wamid, status HAVING count(*) > 1) r""", Integer.class);
		assertThat(repeated).isZero();
	}

	@Test
	void scorecardsFollowTheThresholdsAndARerunGivesTheSameRows() {
		// when
		this.launcher.run(DAY, AS_OF, false);
		String first = exportScorecards();
		this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of(), AS_OF, false, false));

		// then
		assertThat(exportScorecards()).isEqualTo(first);
		List<String> lines = first.lines().toList();
		Integer active = this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class);
		assertThat(lines).hasSize(active + 1);
		assertThat(lines.get(0))
			.startsWith("phone_number_id,business_date,provisional,score,status,"
					+ "response_rate_value,response_rate_status,answered_within_15m_rate_value")
			.endsWith("human_involvement_rate_value,human_involvement_rate_status,"
					+ "purpose_match_rate_value,purpose_match_rate_status,complaint_rate_value,complaint_rate_status,"
					+ "marketing_after_optout_value,marketing_after_optout_status,"
					+ "profile_completeness_value,profile_completeness_status,"
					+ "effectiveness_score,brand_score,consistency_score,humanity_score,alerts");
		// response_rate: GREEN at 0.90 or more, YELLOW at 0.75 or more, else RED (values
		// are
		// rounded to 4 decimals, so compare away from the bounds' rounding)
		int scored = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			assertThat(fields).hasSize(lines.get(0).split(",").length);
			assertThat(fields[2]).isEqualTo("false");
			if (!fields[5].isEmpty()) {
				double value = Double.parseDouble(fields[5]);
				String expected = (value >= 0.90005) ? "GREEN" : (value >= 0.75005) ? "YELLOW" : "RED";
				if (Math.abs(value - 0.90) > 0.0001 && Math.abs(value - 0.75) > 0.0001) {
					assertThat(fields[6]).as(line).isEqualTo(expected);
				}
				scored++;
			}
			else {
				assertThat(fields[6]).isEqualTo("NO_DATA");
			}
		}
		assertThat(scored).isPositive();
		Integer withRecommendations = this.jdbc.queryForObject(
				"SELECT count(*) FROM scorecard WHERE business_date = ? AND jsonb_array_length(recommendations) BETWEEN 1 AND 5",
				Integer.class, DAY);
		assertThat(withRecommendations).isEqualTo(active);
	}

	@Test
	void runOfACompletedDateDoesNothingAndRerunIsANewRun() {
		RunOutcome first = this.launcher.run(DAY, AS_OF, false);
		RunOutcome second = this.launcher.run(DAY, AS_OF, false);
		assertThat(second.alreadyCompleted()).isTrue();
		assertThat(second.execution().getId()).isEqualTo(first.execution().getId());
		List<RunOutcome> rerun = this.launcher
			.rerun(RunRequest.rerun(DAY, DAY.plusDays(1), List.of(), AS_OF, false, false));
		assertThat(rerun).extracting(RunOutcome::businessDate).containsExactly(DAY, DAY.plusDays(1));
		assertThat(rerun).allSatisfy((outcome) -> assertThat(outcome.succeeded()).isTrue());
	}

	@Test
	void rerunOfChosenConnectionsRecomputesOnlyThem() {
		this.launcher.run(DAY, AS_OF, false);
		String chosen = this.jdbc
			.queryForObject("SELECT phone_number_id FROM wa_connection WHERE active ORDER BY id LIMIT 1", String.class);
		this.jdbc.update("UPDATE daily_kpi SET interactions = -1 WHERE business_date = ?", DAY);

		this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of(chosen), AS_OF, false, false));

		List<String> stale = this.jdbc.queryForList("""
				SELECT c.phone_number_id FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				WHERE k.business_date = ? AND k.interactions = -1""", String.class, DAY);
		assertThat(stale).isNotEmpty().doesNotContain(chosen);
	}

	@Test
	void aSecondRunOfADateInProgressIsRefused() {
		// another process holds the date's run lock, as a run in progress does
		try (RunLock running = RunLock.tryAcquire(this.dataSource, DAY)) {
			assertThat(running).isNotNull();
			assertThatExceptionOfType(RunRefusedException.class).isThrownBy(() -> this.launcher.run(DAY, AS_OF, true))
				.withMessage("A run for " + DAY + " is already in progress; try again when it ends");
			assertThatExceptionOfType(RunRefusedException.class)
				.isThrownBy(() -> this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of(), AS_OF, false, false)));
		}
		assertThat(this.launcher.run(DAY, AS_OF, false).succeeded()).isTrue();
	}

	@Test
	void aRerunOfSomeConnectionsNeitherCompletesNorResumesTheDate() {
		String chosen = this.jdbc
			.queryForObject("SELECT phone_number_id FROM wa_connection WHERE active ORDER BY id LIMIT 1", String.class);
		this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of(chosen), AS_OF, false, false));

		RunOutcome run = this.launcher.run(DAY, AS_OF, false);

		assertThat(run.alreadyCompleted()).isFalse();
		assertThat(run.execution().getJobParameters().getString(JobParameterNames.CONNECTIONS)).isNullOrEmpty();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM daily_kpi WHERE business_date = ?", Integer.class, DAY))
			.isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class));
		assertThat(this.jdbc.queryForList("SELECT job_execution_id FROM run_request ORDER BY id", Long.class))
			.doesNotContainNull()
			.hasSize(2);
	}

	@Test
	void rerunOfAnUnknownConnectionIsRefused() {
		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.launcher.rerun(RunRequest.rerun(DAY, DAY, List.of("999"), AS_OF, false, false)))
			.withMessage("Unknown connection phone_number_id: 999");
	}

	@Test
	void rerunOfSeventyThousandUnknownConnectionsIsRefusedNamingAFew() {
		// more than PostgreSQL's 65,535 bind parameters, were each one of them
		List<String> unknown = java.util.stream.IntStream.range(0, 70_000).mapToObj((i) -> "9" + i).toList();
		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.launcher.rerun(RunRequest.rerun(DAY, DAY, unknown, AS_OF, false, false)))
			.withMessage("Unknown connection phone_number_id: 90, 91, 92, 93, 94 and 69995 more");
	}

	private String exportScorecards() {
		StringWriter out = new StringWriter();
		this.scorecardExporter.export(DAY, out);
		return out.toString();
	}

	private String export() {
		StringWriter out = new StringWriter();
		this.exporter.export(DAY, out);
		return out.toString();
	}

}
