package io.wascorecards.kpi;

import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business-initiated messages, their failures, replies and brand identification (SPEC §4
 * Effectiveness). W is 2026-03-10 in Mexico City (UTC-6): [06:00Z, 2026-03-11 06:00Z);
 * W.end + A is 2026-03-12 00:00 local (06:00Z).
 */
@DatabaseTest
class BusinessInitiatedKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	private long brand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City",
				"opticavision.mx");
	}

	@Test
	void templatesWithoutAnInboundMessageInThePrevious24HoursAreBusinessInitiated() {
		// given
		template("A", "MARKETING", "2026-03-10T10:00:00-06:00"); // no inbound at all: BI
		inbound("B", "2026-03-09T10:00:00-06:00"); // exactly 24 h before: inside [t - A,
													// t)
		template("B", "UTILITY", "2026-03-10T10:00:00-06:00"); // not BI
		inbound("C", "2026-03-09T09:59:59-06:00"); // 24 h + 1 s before
		template("C", "UTILITY", "2026-03-10T10:00:00-06:00"); // BI
		template("D", "AUTHENTICATION", "2026-03-10T11:00:00-06:00"); // never BI
		template("E", null, "2026-03-10T12:00:00-06:00"); // no category: BI
		inbound("F", "2026-03-10T12:59:00-06:00");
		template("F", "MARKETING", "2026-03-10T13:00:00-06:00"); // in the customer's
																	// window: not BI
		// not a template
		this.scenario.outbound(this.brand, "H", "BOT", "Hola", "2026-03-10T14:00:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: A, C, E
		assertThat(kpis()).containsEntry("bi_messages", 3)
			.containsEntry("bi_touches", 3)
			.containsEntry("bi_touches_replied", 0)
			.containsEntry("bi_touches_pending", 0)
			.containsEntry("outbound_messages", 7);
	}

	@Test
	void businessInitiatedMessagesWithAFailedStatusReceivedUntil24HoursAfterTheDayAreNoTouches() {
		// given
		String t1 = template("A", "MARKETING", "2026-03-10T10:00:00-06:00");
		String t2 = template("B", "MARKETING", "2026-03-10T11:00:00-06:00");
		String t3 = template("C", "MARKETING", "2026-03-10T12:00:00-06:00");
		String t4 = template("D", "MARKETING", "2026-03-10T13:00:00-06:00");
		// in W: failed
		this.scenario.failed("2026-03-10T10:01:00-06:00", WABA, PHONE, t1, 131026);
		// before W.end + A: failed
		this.scenario.failed("2026-03-11T23:59:59-06:00", WABA, PHONE, t2, 131026);
		// at W.end + A: ignored
		this.scenario.failed("2026-03-12T00:00:00-06:00", WABA, PHONE, t3, 131026);
		this.scenario.status("2026-03-10T13:00:02-06:00", WABA, PHONE, t4, "sent", null);
		this.scenario.status("2026-03-10T13:00:05-06:00", WABA, PHONE, t4, "delivered", null);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: touches C, D
		assertThat(kpis()).containsEntry("bi_messages", 4)
			.containsEntry("bi_touches", 2)
			.containsEntry("outbound_messages", 4)
			.containsEntry("outbound_failed", 2)
			.containsEntry("outbound_delivered", 1);
	}

	@Test
	void touchesAreRepliedByAnInboundMessageUpToExactly24HoursLater() {
		// given
		template("A", "MARKETING", "2026-03-10T09:00:00-06:00");
		inbound("A", "2026-03-11T09:00:00-06:00"); // exactly 24 h: replied
		template("B", "MARKETING", "2026-03-10T10:00:00-06:00");
		inbound("B", "2026-03-11T10:00:01-06:00"); // 24 h + 1 s: not replied
		template("C", "UTILITY", "2026-03-10T11:00:00-06:00");
		inbound("C", "2026-03-10T11:30:00-06:00"); // replied
		template("D", "MARKETING", "2026-03-10T12:00:00-06:00"); // no reply

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("bi_messages", 4)
			.containsEntry("bi_touches", 4)
			.containsEntry("bi_touches_replied", 2)
			.containsEntry("bi_touches_pending", 0);
	}

	@Test
	void unrepliedTouchesWhoseWindowIsStillOpenAtAsOfArePending() {
		// given: as of 2026-03-11 12:00 in Mexico City (18:00Z)
		template("A", "MARKETING", "2026-03-10T11:00:00-06:00"); // window closed: not
																	// pending
		template("B", "MARKETING", "2026-03-10T12:00:00-06:00"); // window closes exactly
																	// at as_of: not
																	// pending
		template("C", "MARKETING", "2026-03-10T12:00:01-06:00"); // pending
		template("D", "MARKETING", "2026-03-10T20:00:00-06:00");
		inbound("D", "2026-03-10T20:10:00-06:00"); // replied: not pending
		String e = template("E", "MARKETING", "2026-03-10T21:00:00-06:00");
		// no touch: not pending
		this.scenario.failed("2026-03-10T21:00:02-06:00", WABA, PHONE, e, 131049);

		// when
		this.scenario.compute(DAY, "2026-03-11T18:00:00Z");

		// then
		assertThat(kpis()).containsEntry("bi_messages", 5)
			.containsEntry("bi_touches", 4)
			.containsEntry("bi_touches_replied", 1)
			.containsEntry("bi_touches_pending", 1);
	}

	@Test
	void touchesIdentifyTheBrandWhateverTheCaseAndAccents() {
		// given: brand "Óptica Visión", folded "optica vision"
		template("A", "MARKETING", "OPTICA VISION: tu cita es mañana", "2026-03-10T09:00:00-06:00"); // yes
		template("B", "UTILITY", "Te esperamos en óptica visión.", "2026-03-10T09:01:00-06:00"); // yes
		template("C", null, "ÓPTICA VISIÓN te saluda", "2026-03-10T09:02:00-06:00"); // yes
		// no: a hyphen
		template("D", "MARKETING", "Optica-Vision te saluda", "2026-03-10T09:03:00-06:00");
		// no: other order
		template("E", "MARKETING", "Visión Óptica te saluda", "2026-03-10T09:04:00-06:00");
		template("F", "MARKETING", null, "2026-03-10T09:05:00-06:00"); // no body
		String g = template("G", "MARKETING", "Óptica Visión", "2026-03-10T09:06:00-06:00");
		// failed: no touch
		this.scenario.failed("2026-03-10T09:06:01-06:00", WABA, PHONE, g, 131026);
		inbound("H", "2026-03-10T08:00:00-06:00");
		// in window: not BI
		template("H", "MARKETING", "Óptica Visión", "2026-03-10T09:07:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: BI A..G, touches A..F, named A, B, C
		assertThat(kpis()).containsEntry("bi_messages", 7)
			.containsEntry("bi_touches", 6)
			.containsEntry("brand_identified_touches", 3);
	}

	private Map<String, Object> kpis() {
		return this.scenario.kpis(PHONE, DAY);
	}

	private String template(String customer, String category, String createdAt) {
		return template(customer, category, "Hola, tenemos una oferta para ti", createdAt);
	}

	private String template(String customer, String category, String body, String createdAt) {
		return this.scenario.template(this.brand, customer, category, body, createdAt);
	}

	private void inbound(String customer, String createdAt) {
		this.scenario.inbound(this.brand, customer, "hola", createdAt);
	}

}
