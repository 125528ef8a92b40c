package io.wascorecards.kpi;

import java.util.Map;

import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import io.wascorecards.job.ScorecardJobLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class EffectivenessKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ScorecardJobLauncher launcher;

	private KpiScenario scenario;

	private long brand;

	@BeforeEach
	void setUp() {
		TestDatabase.reset(this.jdbc);
		this.scenario = new KpiScenario(this.jdbc, this.launcher);
		this.brand = this.scenario.connection("100000000000001", "200000000000001", "5215512345678", "Óptica Visión",
				"America/Mexico_City", "opticavision.mx");
	}

	@Test
	void interactionsAnswersAndFirstResponseTimes() {
		// given: W = [2026-03-10 00:00, 2026-03-11 00:00) in Mexico City (UTC-6)
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00");
		msg("A", "OUTBOUND", "BOT", "2026-03-10T09:00:30-06:00"); // answered after 30 s
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:05:00-06:00"); // same interaction
		msg("B", "OUTBOUND", "AGENT", "2026-03-10T10:20:00-06:00"); // answered after 1,200 s, by a human
		msg("C", "INBOUND", "CUSTOMER", "2026-03-09T23:50:00-06:00"); // started the day before
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T00:10:00-06:00"); // continues it across midnight
		msg("D", "INBOUND", "CUSTOMER", "2026-03-10T11:00:00-06:00");
		this.scenario.message(this.brand, "D", "OUTBOUND", "CAMPAIGN", "template", "MARKETING", "Promo",
				"2026-03-10T11:05:00-06:00"); // a campaign send is no answer
		msg("E", "INBOUND", "CUSTOMER", "2026-03-10T12:00:00-06:00");
		msg("E", "OUTBOUND", "BOT", "2026-03-11T12:00:01-06:00"); // more than 24 h later: no answer

		// when
		this.scenario.run(DAY, CLOSED);

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", DAY);
		assertThat(kpis).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 2)
			.containsEntry("interactions_pending", 0)
			.containsEntry("answered_within_1m", 1)
			.containsEntry("answered_within_15m", 1)
			.containsEntry("answered_within_1h", 2)
			.containsEntry("first_response_p50_s", 615) // (30 + 1200) / 2
			.containsEntry("first_response_p90_s", 1083) // 30 + 0.9 * 1170
			.containsEntry("interactions_with_agent", 1)
			.containsEntry("outbound_messages", 3)
			.containsEntry("bi_messages", 0);
	}

	private void msg(String customer, String direction, String senderType, String createdAt) {
		this.scenario.message(this.brand, customer, direction, senderType, createdAt);
	}

}
