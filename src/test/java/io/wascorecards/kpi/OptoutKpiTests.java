package io.wascorecards.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.wascorecards.kpi.KpiScenario.preference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marketing sent to customers who had asked to stop (SPEC §4b marketing_after_optout),
 * with the look-back L of 30 days. W is 2026-03-10 in Mexico City (UTC-6 all year):
 * [06:00Z, 2026-03-11 06:00Z); W.start - L is 2026-02-08 00:00 local.
 */
@DatabaseTest
class OptoutKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	private static final String OTHER_PHONE = "100000000000002";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	private long brand;

	private long other;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
		this.other = this.scenario.connection(OTHER_PHONE, WABA, "5215587654321", "Óptica Norte",
				"America/Mexico_City");
	}

	@Test
	void marketingCountsAfterAnOptOutWithoutAResumeSince() {
		// given
		stop("A", "2026-03-05T10:00:00-06:00");
		marketing("A", "2026-03-10T10:00:00-06:00"); // 1
		stop("B", "2026-03-05T10:00:00-06:00");
		preferences("2026-03-07T10:00:00-06:00", PHONE, "B", "resume");
		marketing("B", "2026-03-10T10:00:00-06:00"); // resumed
		preferences("2026-03-04T10:00:00-06:00", PHONE, "C", "resume");
		stop("C", "2026-03-05T10:00:00-06:00");
		marketing("C", "2026-03-10T10:00:00-06:00"); // 2: the resume came first
		// a resume between a stop and a send, then a stop again
		stop("H", "2026-03-10T09:00:00-06:00");
		preferences("2026-03-10T09:30:00-06:00", PHONE, "H", "resume");
		marketing("H", "2026-03-10T10:00:00-06:00"); // resumed
		stop("H", "2026-03-10T10:30:00-06:00");
		marketing("H", "2026-03-10T11:00:00-06:00"); // 3
		// a stop in W: only what is sent after it
		marketing("G", "2026-03-10T11:00:00-06:00");
		this.scenario.inbound(this.brand, "G", "¡BAJA!", "2026-03-10T12:00:00-06:00");
		marketing("G", "2026-03-10T13:00:00-06:00"); // 4
		this.scenario.template(this.brand, "G", "UTILITY", "Tu pedido va en camino", "2026-03-10T14:00:00-06:00");
		this.scenario.message(this.brand, "G", "OUTBOUND", "AGENT", "text", "MARKETING", "Promo",
				"2026-03-10T14:10:00-06:00"); // not a template
		// a send that failed counts: the brand tried
		stop("I", "2026-03-09T10:00:00-06:00");
		String failed = marketing("I", "2026-03-10T10:00:00-06:00"); // 5
		this.scenario.failed("2026-03-10T10:00:05-06:00", WABA, PHONE, failed, 131026);
		// not stop messages, another connection's stop, and a marketing message of the
		// next day
		this.scenario.inbound(this.brand, "N", "baja por favor", "2026-03-09T10:00:00-06:00");
		marketing("N", "2026-03-10T10:00:00-06:00");
		stop(this.other, "K", "2026-03-09T10:00:00-06:00");
		marketing("K", "2026-03-10T10:00:00-06:00");
		stop("O", "2026-03-10T10:00:00-06:00");
		marketing("O", "2026-03-11T00:00:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("marketing_after_optout", 5);
		assertThat(this.scenario.kpis(OTHER_PHONE, DAY)).containsEntry("marketing_after_optout", 0);
	}

	@Test
	void optOutsCountFromTheLookBackOnAndIncludeMarketingStopsAnd131050Failures() {
		// given: preference stops 29 days before W.start, exactly L before, 31 days
		// before
		preferences("2026-02-09T00:00:00-06:00", PHONE, "D", "stop");
		marketing("D", "2026-03-10T10:00:00-06:00"); // 1
		preferences("2026-02-08T00:00:00-06:00", PHONE, "E", "stop");
		marketing("E", "2026-03-10T10:00:00-06:00"); // 2
		preferences("2026-02-07T00:00:00-06:00", PHONE, "F", "stop");
		preferences("2026-02-07T23:59:59-06:00", PHONE, "F", "stop");
		marketing("F", "2026-03-10T10:00:00-06:00"); // too long ago
		// a 131050 failure of an earlier message
		String earlier = this.scenario.outbound(this.brand, "J", "BOT", "Hola", "2026-03-08T10:00:00-06:00");
		this.scenario.failed("2026-03-08T10:01:00-06:00", WABA, PHONE, earlier, 131050);
		marketing("J", "2026-03-10T10:00:00-06:00"); // 3
		// a marketing message failed with 131050 is no opt-out before itself
		String first = marketing("L", "2026-03-10T10:00:00-06:00");
		this.scenario.failed("2026-03-10T10:01:00-06:00", WABA, PHONE, first, 131050);
		marketing("L", "2026-03-10T12:00:00-06:00"); // 4
		// another category, a stop of the other connection
		preferences("2026-03-09T10:00:00-06:00", PHONE, "M", "signup");
		marketing("M", "2026-03-10T10:00:00-06:00");
		preferences("2026-03-09T10:00:00-06:00", OTHER_PHONE, "P", "stop");
		marketing("P", "2026-03-10T10:00:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("marketing_after_optout", 4).containsEntry("optout_signals", 1);
	}

	@Test
	void aFirstRunOnAFreshDatabaseAndRerunsInAnyOrderCountTheSame() {
		// given: opt-outs and marketing over two months, a stop 44 days before the run's
		// date found by the day computed again 23 days before
		preferences("2026-01-25T10:00:00-06:00", PHONE, "A", "stop");
		marketing("A", "2026-02-15T10:00:00-06:00"); // 02-15: 1
		stop("B", "2026-02-20T10:00:00-06:00");
		marketing("B", "2026-03-05T10:00:00-06:00"); // 03-05: 1
		preferences("2026-03-06T10:00:00-06:00", PHONE, "B", "resume");
		marketing("B", "2026-03-08T10:00:00-06:00"); // resumed
		String earlier = this.scenario.outbound(this.brand, "C", "BOT", "Hola", "2026-03-01T10:00:00-06:00");
		this.scenario.failed("2026-03-01T10:01:00-06:00", WABA, PHONE, earlier, 131050);
		marketing("C", "2026-03-05T11:00:00-06:00"); // 03-05: 2
		marketing("C", "2026-03-10T10:00:00-06:00"); // 03-10: 1
		stop("D", "2026-03-09T23:00:00-06:00");
		marketing("D", "2026-03-10T10:00:00-06:00"); // 03-10: 2
		Map<String, Integer> expected = Map.of("2026-02-15", 1, "2026-03-05", 2, "2026-03-08", 0, "2026-03-10", 2);

		// when: the job's first night, then reruns of days out of order (one by the job)
		this.scenario.run(DAY, CLOSED);
		Map<String, Integer> first = counts(expected.keySet());
		this.scenario.run("2026-03-05", CLOSED);
		this.scenario.compute("2026-02-15", CLOSED);
		this.scenario.compute("2026-03-08", CLOSED);
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(first).isEqualTo(expected);
		assertThat(counts(expected.keySet())).isEqualTo(expected);
	}

	@Test
	void aDayComputedAloneOnAFreshDatabaseReadsItsLookBack() {
		// given
		preferences("2026-02-12T10:00:00-06:00", PHONE, "A", "stop");
		stop("B", "2026-02-20T10:00:00-06:00");
		marketing("A", "2026-03-10T10:00:00-06:00");
		marketing("B", "2026-03-10T10:00:00-06:00");

		// when: the day alone, then the day before it and the day again
		this.scenario.compute(DAY, CLOSED);
		int alone = (int) kpis().get("marketing_after_optout");
		this.scenario.compute("2026-03-09", CLOSED);
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(alone).isEqualTo(2);
		assertThat(kpis()).containsEntry("marketing_after_optout", 2);
	}

	private Map<String, Integer> counts(Iterable<String> days) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String day : days) {
			counts.put(day, (Integer) this.scenario.kpis(PHONE, day).get("marketing_after_optout"));
		}
		return counts;
	}

	private void stop(String customer, String at) {
		stop(this.brand, customer, at);
	}

	private void stop(long connection, String customer, String at) {
		this.scenario.inbound(connection, customer, "STOP", at);
	}

	private void preferences(String receivedAt, String phone, String customer, String value) {
		this.scenario.preferences(receivedAt, WABA, phone,
				"[" + preference(customer, "marketing_messages", value) + "]");
	}

	private String marketing(String customer, String at) {
		return this.scenario.template(this.brand, customer, "MARKETING", "Promoción de lentes", at);
	}

	private Map<String, Object> kpis() {
		return this.scenario.kpis(PHONE, DAY);
	}

}
