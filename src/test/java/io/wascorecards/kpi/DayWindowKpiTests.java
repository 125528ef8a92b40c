package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business day is the connection's local day (SPEC §3): 23 or 25 hours long on DST
 * days, and another range of instants for each zone.
 */
@DatabaseTest
class DayWindowKpiTests {

	/**
	 * The daily KPIs that are counts (SPEC §6 export-kpis), zero for a day without
	 * traffic.
	 */
	private static final List<String> COUNTS = List.of("interactions", "interactions_answered", "interactions_pending",
			"answered_within_1m", "answered_within_5m", "answered_within_15m", "answered_within_1h",
			"answered_within_4h", "interactions_with_agent", "bi_messages", "bi_touches", "bi_touches_replied",
			"bi_touches_pending", "brand_identified_touches", "outbound_messages", "outbound_failed",
			"outbound_delivered", "outbound_read", "outbound_with_body", "external_link_messages",
			"foreign_whatsapp_refs", "human_requests", "human_requests_fulfilled", "optout_signals",
			"ecosystem_limit_errors", "spam_limit_errors", "account_sanctions", "template_pauses", "template_disables",
			"template_rejections", "template_quality_red", "quality_flag_events");

	@Autowired
	private KpiScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void theDayDaylightSavingTimeStartsHas23Hours() {
		// given: New York, 2026-03-08 02:00 EST becomes 03:00 EDT; W = [05:00Z,
		// 2026-03-09 04:00Z)
		long brand = this.scenario.connection("100000000000001", "200000000000001", "12125550100", "Bagels NYC",
				"America/New_York");
		// the day before
		this.scenario.inbound(brand, "A", "hi", "2026-03-07T23:59:59-05:00");
		this.scenario.inbound(brand, "B", "hi", "2026-03-08T00:00:00-05:00"); // W.start
		this.scenario.inbound(brand, "C", "hi", "2026-03-08T01:30:00-05:00");
		// after the jump
		this.scenario.inbound(brand, "D", "hi", "2026-03-08T03:30:00-04:00");
		// 03:30Z on the 9th
		this.scenario.inbound(brand, "E", "hi", "2026-03-08T23:30:00-04:00");
		// W.end: the next day
		this.scenario.inbound(brand, "F", "hi", "2026-03-09T00:00:00-04:00");
		// W.end + A is 2026-03-10 00:00 EDT (04:00Z)
		String delivered = this.scenario.outbound(brand, "G", "BOT", "hi", "2026-03-08T12:00:00-04:00");
		this.scenario.status("2026-03-09T23:59:59-04:00", "200000000000001", "100000000000001", delivered, "delivered",
				null);
		String read = this.scenario.outbound(brand, "H", "BOT", "hi", "2026-03-08T12:00:00-04:00");
		this.scenario.status("2026-03-10T00:00:00-04:00", "200000000000001", "100000000000001", read, "read", null);

		// when
		this.scenario.compute("2026-03-08", "2026-03-11T00:00:00Z");

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", "2026-03-08");
		assertThat(window(kpis)).isEqualTo(Duration.ofHours(23));
		assertThat(instant(kpis.get("window_start"))).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
		assertThat(kpis).containsEntry("interactions", 4)
			.containsEntry("interactions_pending", 0)
			.containsEntry("outbound_messages", 2)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("outbound_read", 0);
	}

	@Test
	void theDayDaylightSavingTimeEndsHas25Hours() {
		// given: Madrid, 2026-10-25 03:00 CEST becomes 02:00 CET; W = [2026-10-24 22:00Z,
		// 23:00Z)
		long brand = this.scenario.connection("100000000000001", "200000000000001", "34910000000", "Churros Sol",
				"Europe/Madrid");
		// the day before
		this.scenario.inbound(brand, "A", "hola", "2026-10-24T23:59:59+02:00");
		this.scenario.inbound(brand, "B", "hola", "2026-10-25T00:00:00+02:00"); // W.start
		// the first 02:30
		this.scenario.inbound(brand, "C", "hola", "2026-10-25T02:30:00+02:00");
		// the second 02:30
		this.scenario.inbound(brand, "D", "hola", "2026-10-25T02:30:00+01:00");
		this.scenario.inbound(brand, "E", "hola", "2026-10-25T23:30:00+01:00");
		// W.end: the next day
		this.scenario.inbound(brand, "F", "hola", "2026-10-26T00:00:00+01:00");

		// when
		this.scenario.compute("2026-10-25", "2026-10-28T00:00:00Z");

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", "2026-10-25");
		assertThat(window(kpis)).isEqualTo(Duration.ofHours(25));
		assertThat(instant(kpis.get("window_start"))).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
		assertThat(kpis).containsEntry("interactions", 4);
	}

	@Test
	void aDayWhoseMidnightDoesNotExistStartsAtItsFirstInstant() {
		// given: Santiago, 2026-09-06 00:00 -04 becomes 01:00 -03; W = [04:00Z,
		// 2026-09-07 03:00Z)
		long brand = this.scenario.connection("100000000000001", "200000000000001", "56221234567", "Empanadas Sur",
				"America/Santiago");
		// the day before
		this.scenario.inbound(brand, "A", "hola", "2026-09-05T23:59:59-04:00");
		this.scenario.inbound(brand, "B", "hola", "2026-09-06T01:00:00-03:00"); // W.start
		this.scenario.inbound(brand, "C", "hola", "2026-09-06T23:59:59-03:00");
		// W.end: the next day
		this.scenario.inbound(brand, "D", "hola", "2026-09-07T00:00:00-03:00");

		// when
		this.scenario.compute("2026-09-06", "2026-09-09T00:00:00Z");

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", "2026-09-06");
		assertThat(window(kpis)).isEqualTo(Duration.ofHours(23));
		assertThat(instant(kpis.get("window_start"))).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
		assertThat(kpis).containsEntry("interactions", 2);
	}

	@Test
	void aDayWhoseMidnightHappensTwiceStartsAtTheFirst() {
		// given: Havana, 2026-11-01 01:00 -04 becomes 00:00 -05, so 00:00 happens twice;
		// W = [04:00Z, 2026-11-02 05:00Z)
		long brand = this.scenario.connection("100000000000001", "200000000000001", "5378000000", "Café Habana",
				"America/Havana");
		// the day before
		this.scenario.inbound(brand, "A", "hola", "2026-10-31T23:59:59-04:00");
		this.scenario.inbound(brand, "B", "hola", "2026-11-01T00:00:00-04:00"); // W.start
		// the first 00:30, and the second
		this.scenario.inbound(brand, "C", "hola", "2026-11-01T00:30:00-04:00");
		this.scenario.inbound(brand, "D", "hola", "2026-11-01T00:30:00-05:00");
		this.scenario.inbound(brand, "E", "hola", "2026-11-01T23:59:59-05:00");
		// W.end: the next day
		this.scenario.inbound(brand, "F", "hola", "2026-11-02T00:00:00-05:00");

		// when: both days
		this.scenario.compute("2026-10-31", "2026-11-05T00:00:00Z");
		this.scenario.compute("2026-11-01", "2026-11-05T00:00:00Z");

		// then: the day before ends where this one starts
		Map<String, Object> before = this.scenario.kpis("100000000000001", "2026-10-31");
		assertThat(window(before)).isEqualTo(Duration.ofHours(24));
		assertThat(before).containsEntry("interactions", 1);
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", "2026-11-01");
		assertThat(window(kpis)).isEqualTo(Duration.ofHours(25));
		assertThat(instant(kpis.get("window_start"))).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
		assertThat(kpis).containsEntry("interactions", 4);
	}

	@Test
	void theAnswerWindowIs24HoursOfElapsedTimeAcrossAClockChange() {
		// given: Madrid, 2026-10-24 (CEST, UTC+2); the clocks go back in the night after
		// it, so 24 h after a
		// moment of the 24th is one hour earlier on the clock of the 25th. W = [10-23
		// 22:00Z, 10-24 22:00Z),
		// W.end + A = 10-25 22:00Z = 10-25 23:00 CET
		long brand = this.scenario.connection("100000000000001", "200000000000001", "34910000000", "Churros Sol",
				"Europe/Madrid");
		this.scenario.inbound(brand, "A", "hola", "2026-10-24T12:00:00+02:00");
		// 24 h later: answered
		this.scenario.outbound(brand, "A", "BOT", "hola", "2026-10-25T11:00:00+01:00");
		this.scenario.inbound(brand, "B", "hola", "2026-10-24T12:00:00+02:00");
		// 25 h later: no answer
		this.scenario.outbound(brand, "B", "BOT", "hola", "2026-10-25T12:00:00+01:00");
		String late = this.scenario.outbound(brand, "C", "BOT", "hola", "2026-10-24T20:00:00+02:00");
		this.scenario.status("2026-10-25T22:59:59+01:00", "200000000000001", "100000000000001", late, "delivered",
				null); // 1 s before W.end + A: counts
		String tooLate = this.scenario.outbound(brand, "D", "BOT", "hola", "2026-10-24T20:00:00+02:00");
		this.scenario.status("2026-10-25T23:00:00+01:00", "200000000000001", "100000000000001", tooLate, "delivered",
				null); // at W.end + A: ignored

		// when
		this.scenario.compute("2026-10-24", "2026-10-28T00:00:00Z");

		// then
		assertThat(this.scenario.kpis("100000000000001", "2026-10-24")).containsEntry("interactions", 2)
			.containsEntry("interactions_answered", 1)
			.containsEntry("first_response_p50_s", 86400)
			.containsEntry("outbound_messages", 2)
			.containsEntry("outbound_delivered", 1);
	}

	@Test
	void connectionsInDifferentZonesCountTheSameDateOverDifferentInstants() {
		// given: on 2026-03-10 Madrid is UTC+1, W = [03-09 23:00Z, 03-10 23:00Z); Mexico
		// City is UTC-6,
		// W = [03-10 06:00Z, 03-11 06:00Z)
		long madrid = this.scenario.connection("100000000000001", "200000000000001", "34910000000", "Churros Sol",
				"Europe/Madrid");
		long mexico = this.scenario.connection("100000000000002", "200000000000002", "5215512345678", "Óptica Visión",
				"America/Mexico_City");
		for (long brand : new long[] { madrid, mexico }) {
			// Madrid 00:30; Mexico the 9th
			this.scenario.inbound(brand, "A", "hola", "2026-03-09T23:30:00Z");
			this.scenario.inbound(brand, "B", "hola", "2026-03-10T12:00:00Z"); // both
			// Madrid the 11th; Mexico 17:30
			this.scenario.inbound(brand, "C", "hola", "2026-03-10T23:30:00Z");
			// Mexico 23:59:59
			this.scenario.inbound(brand, "D", "hola", "2026-03-11T05:59:59Z");
		}

		// when
		this.scenario.compute("2026-03-10", "2026-03-13T00:00:00Z");

		// then
		assertThat(this.scenario.kpis("100000000000001", "2026-03-10")).containsEntry("interactions", 2);
		assertThat(this.scenario.kpis("100000000000002", "2026-03-10")).containsEntry("interactions", 3);
	}

	@Test
	void aSilentActiveConnectionGetsARowOfZerosAndAnInactiveOneNoRow() {
		// given
		this.scenario.connection("100000000000001", "200000000000001", "5215512345678", "Óptica Visión",
				"America/Mexico_City");
		long inactive = this.scenario.connection("100000000000002", "200000000000001", "5215587654321",
				"Óptica Visión Norte", "America/Mexico_City");
		this.scenario.inbound(inactive, "A", "hola", "2026-03-10T09:00:00-06:00");
		this.scenario.outbound(inactive, "A", "BOT", "hola", "2026-03-10T09:01:00-06:00");
		this.scenario.deactivate(inactive);

		// when
		this.scenario.compute("2026-03-10", "2026-03-12T12:00:00Z");

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", "2026-03-10");
		for (String count : COUNTS) {
			assertThat(kpis).as(count).containsEntry(count, 0);
		}
		assertThat(kpis).containsEntry("first_response_p50_s", null)
			.containsEntry("first_response_p90_s", null)
			.containsEntry("time_to_human_p50_s", null)
			.containsEntry("latest_quality_rating", "UNKNOWN");
		assertThat(this.scenario.hasKpis("100000000000002", "2026-03-10")).isFalse();
	}

	private static Duration window(Map<String, Object> kpis) {
		return Duration.between(instant(kpis.get("window_start")), instant(kpis.get("window_end")));
	}

	private static Instant instant(Object timestamp) {
		return ((Timestamp) timestamp).toInstant();
	}

}
