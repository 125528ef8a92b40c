package io.wascorecards.scorecard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window sums a scorecard is computed from, with the global windows and a
 * connection's own.
 */
@DatabaseTest
class ScoringInputsTests {

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void windowsSumTheDailyRowsOfTheirDaysAndAConnectionMayHaveItsOwn() {
		// given: two connections (UTC), each with one interaction a day from 2026-03-01
		// to 2026-03-10
		long first = this.scenario.connection("100000000000001", "200000000000001", "5215500000001", "Uno", "UTC");
		long second = this.scenario.connection("100000000000002", "200000000000002", "5215500000002", "Dos", "UTC");
		for (int day = 1; day <= 10; day++) {
			String at = "2026-03-%02dT12:00:00Z".formatted(day);
			this.scenario.inbound(first, "A" + day, "hola", at);
			this.scenario.inbound(second, "B" + day, "hola", at);
		}
		this.scenario.run("2026-03-10", "2026-03-20T00:00:00Z");

		// when: the second connection has a 3-day window and a 5-day sanction look-back
		List<ScoringInputs.ConnectionInput> inputs = new ScoringInputs(this.jdbc)
			.read(new MapSqlParameterSource().addValue("only", null)
				.addValue("businessDate", LocalDate.parse("2026-03-10"))
				.addValue("asOf", Timestamp.from(Instant.parse("2026-03-20T00:00:00Z")))
				.addValue("answerWindowSeconds", 86400.0)
				.addValue("windowDays", 7)
				.addValue("sanctionDays", 30)
				.addValue("baselineDays", 28)
				.addValues(Map.of("overridePhones", new String[] { "100000000000002" }, "overrideWindowDays",
						new int[] { 3 }, "overrideSanctionDays", new int[] { 5 }))
				.addValue("firstConnectionId", first)
				.addValue("lastConnectionId", second));

		// then: day 1, current 7 (03-04..03-10), previous 3 (03-01..03-03; the 30 days
		// before
		// only exist from the backfill), sanctions 10 rows of interactions over 30 days
		assertThat(inputs).hasSize(2);
		ScoringInputs.ConnectionInput global = inputs.get(0);
		assertThat(global.provisional()).isFalse();
		assertThat(global.input().day().interactions()).isEqualTo(1);
		assertThat(global.input().current().interactions()).isEqualTo(7);
		assertThat(global.input().previous().interactions()).isEqualTo(3);
		assertThat(global.input().sanctions().interactions()).isEqualTo(10);
		assertThat(global.input().sanctions().days()).isEqualTo(30);
		// its own windows: current 03-08..03-10, previous 03-05..03-07, sanctions
		// 03-06..03-10
		ScoringInputs.ConnectionInput own = inputs.get(1);
		assertThat(own.phoneNumberId()).isEqualTo("100000000000002");
		assertThat(own.input().current().interactions()).isEqualTo(3);
		assertThat(own.input().previous().interactions()).isEqualTo(3);
		assertThat(own.input().sanctions().interactions()).isEqualTo(5);
		assertThat(own.input().sanctions().days()).isEqualTo(5);
	}

}
