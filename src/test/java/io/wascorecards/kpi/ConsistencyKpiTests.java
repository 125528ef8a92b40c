package io.wascorecards.kpi;

import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.wascorecards.kpi.KpiScenario.preference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consistency KPIs from webhook events received in W (SPEC §4). W is 2026-03-10 in Mexico
 * City (UTC-6) for every connection here: [06:00Z, 2026-03-11 06:00Z). Connections 1 and
 * 2 (and the inactive 4) share WABA 1; connection 3 is alone in WABA 2.
 */
@DatabaseTest
class ConsistencyKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE_1 = "100000000000001";

	private static final String PHONE_2 = "100000000000002";

	private static final String PHONE_3 = "100000000000003";

	private static final String PHONE_4 = "100000000000004";

	private static final String WABA_1 = "200000000000001";

	private static final String WABA_2 = "200000000000002";

	@Autowired
	private KpiScenario scenario;

	private long brand1;

	private long brand2;

	private long brand3;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand1 = this.scenario.connection(PHONE_1, WABA_1, "5215512345678", "Óptica Visión",
				"America/Mexico_City");
		this.brand2 = this.scenario.connection(PHONE_2, WABA_1, "5215587654321", "Óptica Visión Norte",
				"America/Mexico_City");
		this.brand3 = this.scenario.connection(PHONE_3, WABA_2, "5215511112222", "Panadería Sol",
				"America/Mexico_City");
		long brand4 = this.scenario.connection(PHONE_4, WABA_1, "5215533334444", "Óptica Visión Sur",
				"America/Mexico_City");
		this.scenario.deactivate(brand4);
	}

	@Test
	void wabaEventsCountOnceForEveryConnectionOfTheWaba() {
		// given: account updates of WABA 1
		String violation = """
				{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SCAM"}}""";
		this.scenario.event("2026-03-10T10:00:00-06:00", WABA_1, 1773158400L, "account_update", violation); // 1
		this.scenario.event("2026-03-10T10:05:00-06:00", WABA_1, 1773158700L, "account_update", violation); // again
		account("""
				{"event":"ACCOUNT_RESTRICTION","restriction_info":[{"restriction_type":"RESTRICTED_BIZ_INITIATED_MESSAGING",\
				"expiration":1773763200},{"restriction_type":"RESTRICTED_ADD_PHONE_NUMBER_ACTION","expiration":1773763200}]}"""); // 2
		account("""
				{"event":"DISABLED_UPDATE","ban_info":{"waba_ban_state":"DISABLE","waba_ban_date":"March 10, 2026"}}"""); // 3
		account("""
				{"event":"DISABLED_UPDATE","ban_info":{"waba_ban_state":"SCHEDULE_FOR_DISABLE","waba_ban_date":"March 31, 2026"}}"""); // 4
		account("""
				{"event":"DISABLED_UPDATE","ban_info":{"waba_ban_state":"REINSTATE","waba_ban_date":"March 10, 2026"}}"""); // no
		account("""
				{"event":"VERIFIED_ACCOUNT","phone_number":"5215512345678"}"""); // no
		// 5: another value
		account("""
				{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"ADULT"}}""");
		// template status updates of WABA 1
		templateStatus("PAUSED", 1001, "Low quality"); // pause 1
		templateStatus("FLAGGED", 1002, "NONE"); // pause 2
		templateStatus("DISABLED", 1003, "NONE"); // disable 1
		templateStatus("REJECTED", 1004, "INVALID_FORMAT"); // rejection 1
		templateStatus("REJECTED", 1004, "INVALID_FORMAT"); // the same event again
		templateStatus("APPROVED", 1005, "NONE"); // no
		templateStatus("PENDING_DELETION", 1006, "NONE"); // no
		// template quality updates of WABA 1
		templateQuality("YELLOW", "RED", 1001); // 1
		templateQuality("GREEN", "YELLOW", 1002); // no
		templateQuality("YELLOW", "RED", 1007); // 2
		// WABA 2
		this.scenario.event("2026-03-10T12:00:00-06:00", WABA_2, "message_template_status_update", """
				{"event":"PAUSED","message_template_id":2001,"message_template_name":"pan_dulce",\
				"message_template_language":"es_MX","reason":"Low quality"}""");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		for (String phone : new String[] { PHONE_1, PHONE_2 }) {
			assertThat(kpis(phone)).as(phone)
				.containsEntry("account_sanctions", 5)
				.containsEntry("template_pauses", 2)
				.containsEntry("template_disables", 1)
				.containsEntry("template_rejections", 1)
				.containsEntry("template_quality_red", 2)
				.containsEntry("quality_flag_events", 0);
		}
		assertThat(kpis(PHONE_3)).containsEntry("account_sanctions", 0)
			.containsEntry("template_pauses", 1)
			.containsEntry("template_disables", 0)
			.containsEntry("template_rejections", 0)
			.containsEntry("template_quality_red", 0);
		assertThat(this.scenario.hasKpis(PHONE_4, DAY)).isFalse();
		assertThat(this.scenario.findings()).isEmpty();
	}

	@Test
	void eventsOfAWabaWhoseConnectionsAreAllInactiveAreKnownButGiveNoRow() {
		// given: WABA 3 has only an inactive connection
		long inactive = this.scenario.connection("100000000000005", "200000000000003", "5215555556666", "Sin Uso",
				"America/Mexico_City");
		this.scenario.deactivate(inactive);
		this.scenario.event("2026-03-10T11:00:00-06:00", "200000000000003", "account_update", """
				{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SCAM"}}""");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: not an unknown WABA, and nobody else's sanction
		assertThat(this.scenario.findings()).isEmpty();
		assertThat(this.scenario.hasKpis("100000000000005", DAY)).isFalse();
		assertThat(kpis(PHONE_1)).containsEntry("account_sanctions", 0);
		assertThat(kpis(PHONE_3)).containsEntry("account_sanctions", 0);
	}

	@Test
	void eventsCountOnTheDayTheyWereReceived() {
		// given
		pausedAt("2026-03-09T23:59:59-06:00", 1001); // the day before
		pausedAt("2026-03-10T00:00:00-06:00", 1002); // at W.start: counts
		pausedAt("2026-03-10T23:59:59-06:00", 1003); // counts
		pausedAt("2026-03-11T00:00:00-06:00", 1004); // at W.end: the next day's

		// when
		this.scenario.compute(DAY, CLOSED);
		this.scenario.compute("2026-03-11", "2026-03-13T12:00:00Z");

		// then
		assertThat(kpis(PHONE_1)).containsEntry("template_pauses", 2);
		assertThat(this.scenario.kpis(PHONE_1, "2026-03-11")).containsEntry("template_pauses", 1);
	}

	@Test
	void phoneQualityFlagsCountForTheConnectionWithThatDisplayNumber() {
		// given
		phoneQuality("""
				{"display_phone_number":"5215512345678","event":"FLAGGED","current_limit":"TIER_10K"}""");
		phoneQuality("""
				{"display_phone_number":"5215512345678","event":"FLAGGED","current_limit":"TIER_10K"}"""); // again
		phoneQuality(
				"""
						{"display_phone_number":"5215512345678","event":"DOWNGRADE","current_limit":"TIER_1K","old_limit":"TIER_10K"}""");
		phoneQuality(
				"""
						{"display_phone_number":"5215512345678","event":"UPGRADE","current_limit":"TIER_100K","old_limit":"TIER_1K"}""");
		phoneQuality("""
				{"display_phone_number":"+52 1 55 8765 4321","event":"FLAGGED","current_limit":"TIER_10K"}""");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE_1)).containsEntry("quality_flag_events", 2);
		assertThat(kpis(PHONE_2)).containsEntry("quality_flag_events", 1);
		assertThat(kpis(PHONE_3)).containsEntry("quality_flag_events", 0);
	}

	@Test
	void optOutSignalsAddMarketingStopsToOutboundMessagesFailedWithCode131050() {
		// given: outbound messages of connection 1 and their failures
		// created the day before: not a message of W
		String m0 = out("A", "2026-03-09T23:00:00-06:00");
		this.scenario.failed("2026-03-10T00:30:00-06:00", WABA_1, PHONE_1, m0, 131050);
		// opt-out 1
		String m1 = out("B", "2026-03-10T10:00:00-06:00");
		this.scenario.failed("2026-03-10T10:01:00-06:00", WABA_1, PHONE_1, m1, 131050);
		// opt-out 2: the code is the second error
		String m2 = out("C", "2026-03-10T10:10:00-06:00");
		this.scenario.failed("2026-03-10T10:11:00-06:00", WABA_1, PHONE_1, m2, 131026, 131050);
		// ecosystem limit
		String m3 = out("D", "2026-03-10T10:20:00-06:00");
		this.scenario.failed("2026-03-10T10:21:00-06:00", WABA_1, PHONE_1, m3, 131049);
		// spam limit
		String m4 = out("E", "2026-03-10T10:30:00-06:00");
		this.scenario.failed("2026-03-10T10:31:00-06:00", WABA_1, PHONE_1, m4, 131048);
		// opt-out 3: failed like every failure, by a status received in [W.start, W.end +
		// A)
		String m5 = out("F", "2026-03-10T23:00:00-06:00");
		this.scenario.failed("2026-03-11T01:00:00-06:00", WABA_1, PHONE_1, m5, 131050);
		// opt-out 4, whose failure arrives twice
		String m6 = out("G", "2026-03-10T11:00:00-06:00");
		this.scenario.failed("2026-03-10T11:01:00-06:00", WABA_1, PHONE_1, m6, 131050);
		this.scenario.failed("2026-03-10T11:02:00-06:00", WABA_1, PHONE_1, m6, 131050);
		// marketing preferences of connection 1: opt-out 5, then the same delivery again
		String stopX = "[" + preference("5215500000001", "marketing_messages", "stop") + "]";
		this.scenario.preferences("2026-03-10T12:00:00-06:00", WABA_1, PHONE_1, stopX);
		this.scenario.preferences("2026-03-10T12:05:00-06:00", WABA_1, PHONE_1, stopX);
		// opt-out 6
		this.scenario.preferences("2026-03-10T12:10:00-06:00", WABA_1, PHONE_1,
				"[" + preference("5215500000002", "marketing_messages", "stop") + "]");
		// not an opt-out
		this.scenario.preferences("2026-03-10T12:15:00-06:00", WABA_1, PHONE_1,
				"[" + preference("5215500000001", "marketing_messages", "resume") + "]");
		// opt-outs 7 and 8
		this.scenario.preferences("2026-03-10T12:20:00-06:00", WABA_1, PHONE_1,
				"[" + preference("5215500000003", "marketing_messages", "stop") + ","
						+ preference("5215500000004", "marketing_messages", "stop") + "]");
		// not an opt-out
		this.scenario.preferences("2026-03-10T12:25:00-06:00", WABA_1, PHONE_1,
				"[" + preference("5215500000005", "marketing_messages", "signup") + "]");
		// connection 2: one stop
		this.scenario.preferences("2026-03-10T12:30:00-06:00", WABA_1, PHONE_2, stopX);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE_1)).containsEntry("optout_signals", 8)
			.containsEntry("ecosystem_limit_errors", 1)
			.containsEntry("spam_limit_errors", 1)
			.containsEntry("outbound_messages", 6)
			.containsEntry("outbound_failed", 6);
		assertThat(kpis(PHONE_2)).containsEntry("optout_signals", 1)
			.containsEntry("ecosystem_limit_errors", 0)
			.containsEntry("spam_limit_errors", 0);
		assertThat(kpis(PHONE_3)).containsEntry("optout_signals", 0);
	}

	@Test
	void latestQualityRatingIsTheNewestSnapshotCapturedBeforeTheDayEnds() {
		// given
		this.scenario.quality(this.brand1, "2026-03-01T12:00:00Z", "GREEN");
		// the newest before W.end
		this.scenario.quality(this.brand1, "2026-03-10T23:59:59-06:00", "YELLOW");
		// at W.end: too late
		this.scenario.quality(this.brand1, "2026-03-11T00:00:00-06:00", "RED");
		// only after the day
		this.scenario.quality(this.brand2, "2026-03-12T08:00:00Z", "RED");
		// long ago, still the newest
		this.scenario.quality(this.brand3, "2026-01-01T00:00:00Z", "GREEN");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE_1)).containsEntry("latest_quality_rating", "YELLOW");
		assertThat(kpis(PHONE_2)).containsEntry("latest_quality_rating", "UNKNOWN");
		assertThat(kpis(PHONE_3)).containsEntry("latest_quality_rating", "GREEN");
	}

	private Map<String, Object> kpis(String phone) {
		return this.scenario.kpis(phone, DAY);
	}

	private String out(String customer, String createdAt) {
		return this.scenario.outbound(this.brand1, customer, "BOT", "Hola", createdAt);
	}

	private void account(String value) {
		this.scenario.event("2026-03-10T11:00:00-06:00", WABA_1, "account_update", value);
	}

	private void templateStatus(String event, long templateId, String reason) {
		this.scenario.event("2026-03-10T11:00:00-06:00", WABA_1, "message_template_status_update", """
				{"event":"%s","message_template_id":%d,"message_template_name":"plantilla_%d",\
				"message_template_language":"es_MX","reason":"%s"}""".formatted(event, templateId, templateId, reason));
	}

	private void templateQuality(String previous, String next, long templateId) {
		this.scenario.event("2026-03-10T11:00:00-06:00", WABA_1, "message_template_quality_update", """
				{"previous_quality_score":"%s","new_quality_score":"%s","message_template_id":%d,\
				"message_template_name":"plantilla_%d","message_template_language":"es_MX"}""".formatted(previous, next,
				templateId, templateId));
	}

	private void pausedAt(String receivedAt, long templateId) {
		this.scenario.event(receivedAt, WABA_1, "message_template_status_update", """
				{"event":"PAUSED","message_template_id":%d,"message_template_name":"plantilla_%d",\
				"message_template_language":"es_MX","reason":"Low quality"}""".formatted(templateId, templateId));
	}

	private void phoneQuality(String value) {
		this.scenario.event("2026-03-10T11:00:00-06:00", WABA_1, "phone_number_quality_update", value);
	}

}
