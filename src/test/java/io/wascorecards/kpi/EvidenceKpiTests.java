package io.wascorecards.kpi;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence stored beside the daily KPIs for recommendations and reports. W is
 * 2026-03-10 in Mexico City (UTC-6).
 */
@DatabaseTest
class EvidenceKpiTests {

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	private long brand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City",
				"opticavision.mx");
	}

	@Test
	void unansweredInteractionsAreCountedByTheLocalHourTheyStarted() {
		// given: two unanswered interactions started at 21:xx, one at 08:xx, one answered
		// at 21:xx
		this.scenario.inbound(this.brand, "A", "hola", "2026-03-10T21:05:00-06:00");
		this.scenario.inbound(this.brand, "B", "hola", "2026-03-10T21:59:00-06:00");
		this.scenario.inbound(this.brand, "C", "hola", "2026-03-10T08:30:00-06:00");
		this.scenario.inbound(this.brand, "D", "hola", "2026-03-10T21:10:00-06:00");
		this.scenario.outbound(this.brand, "D", "BOT", "hola", "2026-03-10T21:10:05-06:00");

		// when
		this.scenario.compute("2026-03-10", "2026-03-12T12:00:00Z");

		// then: PostgreSQL arrays start at 1, so hour h is element h + 1
		assertThat(this.jdbc.queryForObject("""
				SELECT array_to_string(unanswered_by_hour, ',') FROM daily_kpi WHERE business_date = '2026-03-10'""",
				String.class))
			.isEqualTo("0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0");
	}

	@Test
	void failedMessagesAreCountedByErrorCodeAndExternalLinksByHost() {
		// given: two messages failed with 131047 (one of them twice), one with 131026 and
		// 131000;
		// bit.ly linked by two messages, instagram.com by one, the brand's own domain not
		// counted
		String m1 = this.scenario.outbound(this.brand, "A", "AGENT", "ver https://bit.ly/a",
				"2026-03-10T10:00:00-06:00");
		String m2 = this.scenario.outbound(this.brand, "B", "AGENT", "ver https://bit.ly/b y https://instagram.com/x",
				"2026-03-10T10:05:00-06:00");
		String m3 = this.scenario.outbound(this.brand, "C", "AGENT", "ver https://opticavision.mx",
				"2026-03-10T10:10:00-06:00");
		this.scenario.failed("2026-03-10T10:00:05-06:00", WABA, PHONE, m1, 131047);
		this.scenario.failed("2026-03-10T10:00:06-06:00", WABA, PHONE, m1, 131047);
		this.scenario.failed("2026-03-10T10:05:05-06:00", WABA, PHONE, m2, 131047);
		this.scenario.failed("2026-03-10T10:10:05-06:00", WABA, PHONE, m3, 131026, 131000);

		// when
		this.scenario.compute("2026-03-10", "2026-03-12T12:00:00Z");

		// then
		assertThat(this.jdbc.queryForObject(
				"SELECT failure_codes::text FROM daily_kpi WHERE business_date = '2026-03-10'", String.class))
			.isEqualTo("{\"131000\": 1, \"131026\": 1, \"131047\": 2}");
		assertThat(this.jdbc.queryForObject(
				"SELECT external_domains::text FROM daily_kpi WHERE business_date = '2026-03-10'", String.class))
			.isEqualTo("{\"bit.ly\": 2, \"instagram.com\": 1}");
	}

}
