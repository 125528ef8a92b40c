package io.wascorecards.kpi;

import java.util.Collections;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery KPIs from status webhooks (SPEC §4 Effectiveness): statuses are linked by
 * (phone_number_id, wamid) and count when received in [W.start, W.end + A). W is
 * 2026-03-10 in Mexico City (UTC-6): [06:00Z, 2026-03-11 06:00Z); W.end + A is 2026-03-12
 * 00:00 local.
 */
@DatabaseTest
class DeliveryKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	private static final String OTHER_PHONE = "100000000000002";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	private long brand;

	private long otherBrand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
		this.otherBrand = this.scenario.connection(OTHER_PHONE, WABA, "5215587654321", "Óptica Visión Norte",
				"America/Mexico_City");
	}

	@Test
	void deliveredReadPlayedAndFailedStatusesEachCountOncePerMessage() {
		// given
		String m1 = out("A", "2026-03-10T10:00:00-06:00");
		status("2026-03-10T10:00:01-06:00", m1, "sent");
		status("2026-03-10T10:00:05-06:00", m1, "delivered");
		status("2026-03-10T10:01:00-06:00", m1, "read"); // delivered and read
		String m2 = out("B", "2026-03-10T10:05:00-06:00");
		status("2026-03-10T10:05:05-06:00", m2, "delivered");
		status("2026-03-10T10:05:06-06:00", m2, "delivered"); // the same status again:
																// delivered once
		String m3 = out("C", "2026-03-10T10:10:00-06:00");
		status("2026-03-10T10:11:00-06:00", m3, "played"); // a voice message played:
															// delivered and read
		String m4 = out("D", "2026-03-10T10:15:00-06:00");
		this.scenario.failed("2026-03-10T10:15:02-06:00", WABA, PHONE, m4, 131026); // failed
		String m5 = out("E", "2026-03-10T11:00:00-06:00");
		status("2026-03-10T11:00:01-06:00", m5, "sent"); // only sent: nothing

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 5)
			.containsEntry("outbound_failed", 1)
			.containsEntry("outbound_delivered", 3)
			.containsEntry("outbound_read", 2)
			.containsEntry("unlinked_statuses", 0);
	}

	@Test
	void statusesOutOfOrderOrInConflictEachCountForWhatTheySay() {
		// given: read received before delivered
		String m1 = out("A", "2026-03-10T10:00:00-06:00");
		status("2026-03-10T10:01:00-06:00", m1, "read");
		status("2026-03-10T10:00:05-06:00", m1, "delivered");
		// delivered, then failed: it has both
		String m2 = out("B", "2026-03-10T10:05:00-06:00");
		status("2026-03-10T10:05:05-06:00", m2, "delivered");
		this.scenario.failed("2026-03-10T10:06:00-06:00", WABA, PHONE, m2, 131026);
		// failed twice, with two codes: one failed message
		String m3 = out("C", "2026-03-10T10:10:00-06:00");
		this.scenario.failed("2026-03-10T10:10:02-06:00", WABA, PHONE, m3, 131048);
		this.scenario.failed("2026-03-10T10:10:03-06:00", WABA, PHONE, m3, 131049);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 3)
			.containsEntry("outbound_delivered", 2)
			.containsEntry("outbound_read", 1)
			.containsEntry("outbound_failed", 2)
			.containsEntry("spam_limit_errors", 1)
			.containsEntry("ecosystem_limit_errors", 1);
	}

	@Test
	void statusesCountWhenReceivedFromTheDayStartUntil24HoursAfterTheDayEnd() {
		// given
		String early = out("A", "2026-03-10T00:00:00-06:00");
		status("2026-03-09T23:59:59-06:00", early, "delivered"); // received before
																	// W.start: ignored
		String late = out("B", "2026-03-10T23:00:00-06:00");
		status("2026-03-11T23:59:59-06:00", late, "read"); // received 1 s before W.end +
															// A: counts
		String tooLate = out("C", "2026-03-10T23:10:00-06:00");
		status("2026-03-12T00:00:00-06:00", tooLate, "read"); // received at W.end + A:
																// ignored
		String lateFailure = out("D", "2026-03-10T23:20:00-06:00");
		this.scenario.failed("2026-03-11T12:00:00-06:00", WABA, PHONE, lateFailure, 131026); // counts
		String tooLateFailure = out("E", "2026-03-10T23:30:00-06:00");
		this.scenario.failed("2026-03-12T00:00:00-06:00", WABA, PHONE, tooLateFailure, 131026); // ignored

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 5)
			.containsEntry("outbound_failed", 1)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("outbound_read", 1);
	}

	@Test
	void statusesAreLinkedByPhoneNumberAndWamidAndAnUnknownWamidIsNoError() {
		// given
		String mine = out("A", "2026-03-10T10:00:00-06:00");
		String others = this.scenario.outbound(this.otherBrand, "A", "BOT", "Hola", "2026-03-10T10:00:00-06:00");
		status("2026-03-10T10:00:05-06:00", mine, "delivered");
		// the other number's message reported under this number's id: it is no message of
		// this number
		status("2026-03-10T10:00:06-06:00", others, "read");
		status("2026-03-10T12:00:00-06:00", "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjA5QUFGNkY0RjUwQkY2MjA2OQA=",
				"delivered");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 1)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("outbound_read", 0)
			.containsEntry("unlinked_statuses", 2)
			.containsEntry("webhook_units_set_aside", 0);
		assertThat(this.scenario.kpis(OTHER_PHONE, DAY)).containsEntry("outbound_messages", 1)
			.containsEntry("outbound_delivered", 0)
			.containsEntry("outbound_read", 0)
			.containsEntry("unlinked_statuses", 0);
		assertThat(this.scenario.findings()).isEmpty();
	}

	@Test
	void anUnlinkedStatusDeliveredManyTimesCountsOnce() {
		// given: a message whose delivered status comes 1,000 times in one row (same
		// wamid, status and timestamp) and once more in another row, a minute later
		String linked = out("A", "2026-03-10T10:00:00-06:00");
		String unknown = "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjA5QUFGNkY0RjUwQkY2MjA2OQA=";
		this.scenario.statuses("2026-03-10T10:00:05-06:00", WABA, PHONE, repeated(linked, "delivered", 1000));
		status("2026-03-10T10:01:05-06:00", linked, "delivered");
		// an unknown wamid: delivered 1,000 times in one row and again in another (1),
		// then read (2)
		this.scenario.statuses("2026-03-10T12:00:00-06:00", WABA, PHONE, repeated(unknown, "delivered", 1000));
		status("2026-03-10T12:05:00-06:00", unknown, "delivered");
		status("2026-03-10T12:10:00-06:00", unknown, "read");
		// another: sent (3), and a status Meta does not document, twice in a row and once
		// in another (4)
		status("2026-03-10T13:00:00-06:00", "wamid.unknown2", "sent");
		this.scenario.statuses("2026-03-10T13:00:01-06:00", WABA, PHONE, repeated("wamid.unknown2", "queued", 2));
		status("2026-03-10T13:00:02-06:00", "wamid.unknown2", "queued");
		// received after W.end (in W + A): not a status of the day
		status("2026-03-11T01:00:00-06:00", "wamid.unknown3", "delivered");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 1)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("unlinked_statuses", 4)
			.containsEntry("webhook_units_set_aside", 0);
	}

	/** A JSON array of the same status, with the same timestamp, {@code times} times. */
	private static String repeated(String wamid, String status, int times) {
		String one = """
				{"id":"%s","status":"%s","timestamp":"1773158405","recipient_id":"5215500000000"}""".formatted(wamid,
				status);
		return "[" + String.join(",", Collections.nCopies(times, one)) + "]";
	}

	private String out(String customer, String createdAt) {
		return this.scenario.outbound(this.brand, customer, "BOT", "Hola", createdAt);
	}

	private void status(String receivedAt, String wamid, String status) {
		this.scenario.status(receivedAt, WABA, PHONE, wamid, status, null);
	}

}
