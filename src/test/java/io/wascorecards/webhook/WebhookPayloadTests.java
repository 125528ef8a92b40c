package io.wascorecards.webhook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading Meta's webhook payloads (SPEC §2, §4 "Bad input"): documented shapes count, and
 * malformed content is set aside unit by unit (one status, one preference entry, one
 * change, one entry, or the whole row when its envelope is broken) while the well-formed
 * rest of the same row still counts. W is 2026-03-10 in Mexico City (UTC-6).
 */
@DatabaseTest
class WebhookPayloadTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String RECEIVED = "2026-03-10T12:00:00-06:00";

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	private static final String METADATA = """
			"messaging_product":"whatsapp","metadata":{"display_phone_number":"5215512345678","phone_number_id":"%s"}"""
		.formatted(PHONE);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private KpiScenario scenario;

	private long brand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
	}

	@Test
	void everyDocumentedShapeIsReadWithoutFindings() {
		// given: outbound messages of the day
		String m1 = out("A", "2026-03-10T09:00:00-06:00");
		String m2 = out("B", "2026-03-10T09:05:00-06:00");
		// an inbound message (read from wa_message, not from here) and the statuses of
		// m1, in one entry
		this.scenario.webhook(RECEIVED, """
				{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[
				 {"value":{%s,"contacts":[{"profile":{"name":"Cliente"},"wa_id":"5215500000001",
				   "user_id":"MX.13491208655302741918"}],
				   "messages":[{"from":"5215500000001","id":"wamid.in1","timestamp":"1773158400",
				   "text":{"body":"Hola"},"type":"text"}]},"field":"messages"},
				 {"value":{%s,"statuses":[
				   {"id":"%s","status":"sent","timestamp":"1773158401","recipient_id":"5215500000001",
				    "conversation":{"id":"8eb644d2350611f3746e7f0985bddfc1","expiration_timestamp":"1773244800",
				     "origin":{"type":"marketing"}},
				    "pricing":{"billable":true,"pricing_model":"PMP","category":"marketing","type":"regular"}},
				   {"id":"%s","status":"delivered","timestamp":"1773158402","recipient_id":"5215500000001",
				    "conversation":{"id":"8eb644d2350611f3746e7f0985bddfc1","origin":{"type":"marketing"}},
				    "pricing":{"billable":true,"pricing_model":"PMP","category":"marketing"}},
				   {"id":"%s","status":"read","timestamp":1773158460,"recipient_id":"5215500000001",
				    "biz_opaque_callback_data":"campaign-7"}]},
				  "field":"messages"}]}]}""".formatted(WABA, METADATA, METADATA, m1, m1, m1));
		// a failure with Meta's full error object
		this.scenario.webhook(RECEIVED,
				"""
						{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{%s,"statuses":[
						 {"id":"%s","status":"failed","timestamp":"1773158700","recipient_id":"5215500000002",
						  "errors":[{"code":131048,"title":"Spam rate limit hit","message":"Spam rate limit hit",
						  "error_data":{"details":"Message failed to send because there are restrictions on how many messages can be sent from this phone number."},
						  "href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]},
						 "field":"messages"}]}]}"""
					.formatted(WABA, METADATA, m2));
		// a marketing stop
		this.scenario.webhook(RECEIVED, """
				{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{%s,
				 "contacts":[{"profile":{"name":"Cliente"},"wa_id":"5215500000003"}],
				 "user_preferences":[{"wa_id":"5215500000003","detail":"User requested to stop marketing messages",
				  "category":"marketing_messages","value":"stop","timestamp":1773158400}]},
				 "field":"user_preferences"}]}]}""".formatted(WABA, METADATA));
		// WABA-level events batched in one row: two entries, several changes, fields this
		// product ignores
		this.scenario.webhook(RECEIVED, """
				{"entry":[{"id":"%s","time":1773158400,"changes":[
				  {"field":"account_update","value":{"event":"DISABLED_UPDATE",
				   "ban_info":{"waba_ban_state":"SCHEDULE_FOR_DISABLE","waba_ban_date":"March 31, 2026"}}},
				  {"field":"message_template_status_update","value":{"event":"PAUSED","message_template_id":1001,
				   "message_template_name":"promo_marzo","message_template_language":"es_MX","reason":null,
				   "other_info":{"title":"FIRST_PAUSE","description":"Your template has been paused for 3 hours"}}},
				  {"field":"message_template_quality_update","value":{"previous_quality_score":"YELLOW",
				   "new_quality_score":"RED","message_template_id":1002,"message_template_name":"recordatorio",
				   "message_template_language":"es_MX"}}]},
				 {"id":"%s","time":1773158500,"changes":[
				  {"field":"phone_number_quality_update","value":{"display_phone_number":"5215512345678",
				   "event":"FLAGGED","current_limit":"TIER_10K"}},
				  {"field":"phone_number_name_update","value":{"display_phone_number":"5215512345678",
				   "decision":"APPROVED","requested_verified_name":"Óptica Visión","rejection_reason":null}},
				  {"field":"template_category_update","value":{"message_template_id":1003,
				   "message_template_name":"aviso","message_template_language":"es_MX","new_category":"MARKETING"}},
				  {"field":"account_review_update","value":{"decision":"APPROVED"}},
				  {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT","phone_number":"5215512345678"}}]}],
				 "object":"whatsapp_business_account"}""".formatted(WABA, WABA));

		// when
		this.scenario.run(DAY, CLOSED);

		// then
		assertThat(this.scenario.findings()).isEmpty();
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 2)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("outbound_read", 1)
			.containsEntry("outbound_failed", 1)
			.containsEntry("spam_limit_errors", 1)
			.containsEntry("optout_signals", 1)
			.containsEntry("account_sanctions", 1)
			.containsEntry("template_pauses", 1)
			.containsEntry("template_quality_red", 1)
			.containsEntry("quality_flag_events", 1)
			.containsEntry("webhook_units_set_aside", 0)
			.containsEntry("unlinked_statuses", 0);
	}

	@Test
	void brokenUnitsAreSetAsideOneByOneAndTheRestOfTheRowStillCounts() {
		// given: ten outbound messages of the day
		String[] m = new String[11];
		for (int i = 1; i <= 10; i++) {
			m[i] = out("customer" + i, "2026-03-10T09:%02d:00-06:00".formatted(i));
		}
		this.scenario.webhook(RECEIVED,
				"""
						{"object":"whatsapp_business_account","entry":[
						 {"id":"%1$s","changes":[
						  {"field":"messages","value":{%2$s,"statuses":[
						   {"id":"%3$s","status":"delivered","timestamp":"1773158400","recipient_id":"5215500000001"},
						   {"status":"delivered","timestamp":"1773158400","recipient_id":"5215500000001"},
						   {"id":"%4$s","timestamp":"1773158400","recipient_id":"5215500000001"},
						   {"id":"%5$s","status":"read","timestamp":"yesterday","recipient_id":"5215500000001"},
						   {"id":"%6$s","status":"failed","timestamp":"1773158400","errors":{"code":131050,"title":"Opted out"}},
						   {"id":"%7$s","status":"failed","timestamp":1773158400,"errors":[{"code":131048,"title":"Spam"}]},
						   {"id":"%8$s","status":"failed","timestamp":"1773158400","errors":[{"code":"131049","title":"Ecosystem"}]},
						   {"id":"%9$s","status":"read","recipient_id":"5215500000001"},
						   "wamid.HBgNNTIxNTUwMDAwMDAwMRUCABEYEjA5QUFGNkY0RjUwQkY2MjA2OQA=",
						   {"id":"%10$s","status":"failed","timestamp":"1773158400","errors":["131026"]},
						   {"id":12345,"status":"delivered","timestamp":"1773158400"}]}},
						  {"field":"user_preferences","value":{%2$s,"user_preferences":["stop",
						   {"wa_id":"5215500000001","category":"marketing_messages","value":"stop","timestamp":1773158400}]}},
						  {"field":"messages"},
						  {"field":"messages","value":{"messaging_product":"whatsapp",
						   "metadata":{"display_phone_number":"5215599999999","phone_number_id":"199999999999999"},
						   "statuses":[{"id":"%3$s","status":"failed","timestamp":"1773158400","errors":[{"code":131050}]}]}},
						  {"field":"account_update","value":{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SCAM"}}},
						  "not a change",
						  {"field":"messages","value":{%2$s,"statuses":{"id":"%11$s","status":"failed","timestamp":"1773158400"}}},
						  {"field":"phone_number_quality_update","value":{"display_phone_number":"5215599999999","event":"FLAGGED"}},
						  {"field":"user_preferences","value":{%2$s,"user_preferences":
						   {"wa_id":"5215500000002","category":"marketing_messages","value":"stop"}}},
						  {"field":"user_preferences","value":{"messaging_product":"whatsapp",
						   "metadata":{"display_phone_number":"5215599999999","phone_number_id":"199999999999999"},
						   "user_preferences":[{"wa_id":"5215500000003","category":"marketing_messages","value":"stop"}]}}]},
						 {"id":"299999999999999","changes":[{"field":"message_template_status_update",
						  "value":{"event":"PAUSED","message_template_id":1001,"message_template_name":"otra","reason":null}}]},
						 {"id":"%1$s","changes":{"field":"account_update","value":{"event":"DISABLED_UPDATE",
						  "ban_info":{"waba_ban_state":"DISABLE"}}}},
						 {"id":"%1$s","time":1773158400,"changes":[{"field":"message_template_status_update",
						  "value":{"event":"REJECTED","message_template_id":1002,"message_template_name":"promo","reason":"SCAM"}}]},
						 "entry",
						 {"id":200000000000001,"changes":[{"field":"message_template_status_update",
						  "value":{"event":"PAUSED","message_template_id":1003,"message_template_name":"aviso","reason":null}}]},
						 {"id":"%1$s","changes":[{"field":"messages","value":{%2$s,"statuses":[
						  {"id":"%12$s","status":"delivered","timestamp":"1773158400"}]}}]}]}"""
					.formatted(WABA, METADATA, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]));
		long row = lastRow();
		// whole rows whose envelope is broken
		this.scenario.webhook(RECEIVED, "\"hello\"");
		this.scenario.webhook(RECEIVED, "42");
		this.scenario.webhook(RECEIVED, """
				[{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"account_update",
				 "value":{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"ADULT"}}}]}]}]"""
			.formatted(WABA));
		this.scenario.webhook(RECEIVED, """
				{"object":"whatsapp_business_account","entry":{"id":"%s","changes":[{"field":"account_update",
				 "value":{"event":"ACCOUNT_RESTRICTION"}}]}}""".formatted(WABA));
		this.scenario.webhook(RECEIVED, """
				{"object":"page","entry":[{"id":"%s","changes":[{"field":"message_template_status_update",
				 "value":{"event":"DISABLED","message_template_id":1004}}]}]}""".formatted(WABA));
		this.scenario.webhook(RECEIVED, """
				{"entry":[{"id":"%s","changes":[{"field":"message_template_status_update",
				 "value":{"event":"DISABLED","message_template_id":1005}}]}]}""".formatted(WABA));
		this.scenario.webhook(RECEIVED, """
				{"object":"whatsapp_business_account"}""");

		// when
		this.scenario.run(DAY, CLOSED);

		// then: one finding per broken unit
		SoftAssertions softly = new SoftAssertions();
		List<Map<String, Object>> findings = this.scenario.findings();
		Map<String, String> reasons = findings.stream()
			.filter((finding) -> ((Number) finding.get("event_id")).longValue() == row)
			.collect(Collectors.toMap((finding) -> (String) finding.get("unit_path"),
					(finding) -> (String) finding.get("reason")));
		String statuses = "entry[0].changes[0].value.statuses";
		softly.assertThat(reasons)
			.containsOnlyKeys(statuses + "[1]", statuses + "[2]", statuses + "[3]", statuses + "[4]", statuses + "[6]",
					statuses + "[8]", statuses + "[9]", statuses + "[10]",
					"entry[0].changes[1].value.user_preferences[0]", "entry[0].changes[2]", "entry[0].changes[3]",
					"entry[0].changes[5]", "entry[0].changes[6]", "entry[0].changes[7]", "entry[0].changes[8]",
					"entry[0].changes[9]", "entry[1].changes[0]", "entry[2]", "entry[4]", "entry[5]");
		softly.assertThat(reasons).allSatisfy((path, reason) -> assertThat(reason).as(path).isNotBlank());
		softly.assertThat(reasons.get(statuses + "[1]")).containsIgnoringCase("id");
		softly.assertThat(reasons.get(statuses + "[2]")).containsIgnoringCase("status");
		softly.assertThat(reasons.get(statuses + "[3]")).containsIgnoringCase("timestamp");
		softly.assertThat(reasons.get(statuses + "[4]")).containsIgnoringCase("errors");
		softly.assertThat(reasons.get(statuses + "[6]")).containsIgnoringCase("code");
		softly.assertThat(reasons.get(statuses + "[9]")).containsIgnoringCase("errors");
		softly.assertThat(reasons.get(statuses + "[10]")).containsIgnoringCase("id");
		softly.assertThat(reasons.get("entry[0].changes[2]")).containsIgnoringCase("value");
		softly.assertThat(reasons.get("entry[0].changes[3]")).containsIgnoringCase("phone_number_id");
		softly.assertThat(reasons.get("entry[0].changes[6]")).containsIgnoringCase("statuses");
		softly.assertThat(reasons.get("entry[0].changes[7]")).containsIgnoringCase("display_phone_number");
		softly.assertThat(reasons.get("entry[0].changes[8]")).containsIgnoringCase("user_preferences");
		softly.assertThat(reasons.get("entry[0].changes[9]")).containsIgnoringCase("phone_number_id");
		softly.assertThat(reasons.get("entry[1].changes[0]")).containsIgnoringCase("WABA");
		softly.assertThat(reasons.get("entry[2]")).containsIgnoringCase("changes");
		softly.assertThat(reasons.get("entry[5]")).containsIgnoringCase("id");
		// every broken envelope is one finding for its whole row
		List<Map<String, Object>> envelopes = findings.stream()
			.filter((finding) -> ((Number) finding.get("event_id")).longValue() != row)
			.toList();
		softly.assertThat(envelopes.stream().map((finding) -> finding.get("event_id")).distinct()).hasSize(7);
		softly.assertThat(envelopes)
			.hasSize(7)
			.allSatisfy((finding) -> assertThat((String) finding.get("unit_path")).doesNotContain("entry["));
		// the units that name this number are shown on its scorecard
		softly.assertThat(findings).filteredOn((finding) -> PHONE.equals(finding.get("phone_number_id"))).hasSize(11);
		// the well-formed rest: statuses 0 (m1, delivered), 5 (m5, failed 131048), 7 (m7,
		// read) and entry 6 (m10,
		// delivered); the stop of preference 1; the violation of change 4; the rejection
		// of entry 3
		Map<String, Object> kpis = this.scenario.kpis(PHONE, DAY);
		softly.assertThat(kpis)
			.containsEntry("outbound_messages", 10)
			.containsEntry("outbound_delivered", 3)
			.containsEntry("outbound_read", 1)
			.containsEntry("outbound_failed", 1)
			.containsEntry("spam_limit_errors", 1)
			.containsEntry("ecosystem_limit_errors", 0)
			.containsEntry("optout_signals", 1)
			.containsEntry("account_sanctions", 1)
			.containsEntry("template_pauses", 0)
			.containsEntry("template_disables", 0)
			.containsEntry("template_rejections", 1)
			.containsEntry("quality_flag_events", 0);
		softly.assertThat((Integer) kpis.get("webhook_units_set_aside")).isGreaterThanOrEqualTo(11);
		softly.assertAll();
	}

	@Test
	void timestampsAndErrorCodesThatAreNotWholeNumbersInRangeAreSetAsideOneStatusEach() {
		// given: one status per outbound message of the day, all in one row: the
		// timestamp and the errors of each, and whether it is set aside
		String[][] cases = {
				// timestamps: whole seconds from 2000-01-01 (946684800) to 2100-01-01
				// (4102444800, excluded), as a JSON integer or a string of digits
				{ "delivered", "-1", null, "timestamp" }, { "delivered", "1e308", null, "timestamp" },
				{ "delivered", "1712345678.5", null, "timestamp" }, { "delivered", "1712345678.0", null, "timestamp" },
				{ "delivered", "\"-1\"", null, "timestamp" }, { "delivered", "946684799", null, "timestamp" },
				{ "delivered", "4102444800", null, "timestamp" }, { "delivered", "\"4102444800\"", null, "timestamp" },
				{ "delivered", "\"\"", null, "timestamp" }, { "delivered", "null", null, "timestamp" },
				{ "delivered", "946684800", null, null }, { "delivered", "4102444799", null, null },
				{ "delivered", "\"1773158400\"", null, null }, { "delivered", "\"0946684800\"", null, null },
				{ "delivered", null, null, null },
				// error codes: JSON integers within PostgreSQL's integer
				{ "failed", "1773158400", "[{\"code\":131050.7}]", "code" },
				{ "failed", "1773158400", "[{\"code\":1e300}]", "code" },
				{ "failed", "1773158400", "[{\"code\":2147483648}]", "code" },
				{ "failed", "1773158400", "[{\"code\":131050.0}]", "code" },
				{ "failed", "1773158400", "[{\"code\":131048},{\"code\":131049.5}]", "code" },
				{ "failed", "1773158400", "[{\"code\":131050,\"title\":\"Opted out\"}]", null },
				{ "failed", "1773158400", "[{\"code\":2147483647}]", null } };
		StringBuilder statuses = new StringBuilder();
		for (int i = 0; i < cases.length; i++) {
			String wamid = out("customer" + i, "2026-03-10T09:%02d:00-06:00".formatted(i));
			statuses.append((i > 0) ? "," : "")
				.append("{\"id\":\"%s\",\"status\":\"%s\"".formatted(wamid, cases[i][0]))
				.append((cases[i][1] != null) ? ",\"timestamp\":" + cases[i][1] : "")
				.append((cases[i][2] != null) ? ",\"errors\":" + cases[i][2] : "")
				.append(",\"recipient_id\":\"5215500000001\"}");
		}
		this.scenario.statuses(RECEIVED, WABA, PHONE, "[" + statuses + "]");
		long row = lastRow();

		// when
		this.scenario.run(DAY, CLOSED);

		// then: each bad one is set aside alone, with a reason that names what is wrong
		Map<String, String> reasons = this.scenario.findings()
			.stream()
			.filter((finding) -> ((Number) finding.get("event_id")).longValue() == row)
			.collect(Collectors.toMap((finding) -> (String) finding.get("unit_path"),
					(finding) -> (String) finding.get("reason")));
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < cases.length; i++) {
			String path = "entry[0].changes[0].value.statuses[" + i + "]";
			if (cases[i][3] != null) {
				softly.assertThat(reasons.get(path)).as(path).containsIgnoringCase(cases[i][3]);
			}
			else {
				softly.assertThat(reasons).as(path).doesNotContainKey(path);
			}
		}
		softly.assertThat(reasons).hasSize(15);
		softly.assertThat(reasons.get("entry[0].changes[0].value.statuses[0]"))
			.isEqualTo("timestamp is not a whole number of seconds from 2000-01-01 to 2100-01-01");
		softly.assertThat(reasons.get("entry[0].changes[0].value.statuses[15]"))
			.isEqualTo("an error code is not an integer from -2147483648 to 2147483647");
		// and the well-formed rest of the row counts: five delivered (the edge
		// timestamps,
		// the strings of digits and none), two failed, one of them an opt-out (131050);
		// the status with 131048 next to a broken code is set aside whole
		softly.assertThat(this.scenario.kpis(PHONE, DAY))
			.containsEntry("outbound_messages", 22)
			.containsEntry("outbound_delivered", 5)
			.containsEntry("outbound_failed", 2)
			.containsEntry("optout_signals", 1)
			.containsEntry("spam_limit_errors", 0)
			.containsEntry("webhook_units_set_aside", 15)
			.containsEntry("unlinked_statuses", 0);
		softly.assertAll();
	}

	@Test
	void documentedFieldsOfAWrongTypeAreSetAsideWithTheirUnit() {
		// given: four outbound messages of the day
		String[] m = new String[5];
		for (int i = 1; i <= 4; i++) {
			m[i] = out("customer" + i, "2026-03-10T09:%02d:00-06:00".formatted(i));
		}
		this.scenario.webhook(RECEIVED,
				"""
						{"object":"whatsapp_business_account","entry":[
						 {"id":"%1$s","time":"yesterday","changes":[{"field":"message_template_status_update",
						  "value":{"event":"PAUSED","message_template_id":1001,"message_template_name":"promo","reason":null}}]},
						 {"id":"%1$s","time":1773158400,"changes":[{"field":"messages","value":{%2$s,"statuses":[
						  {"id":"%3$s","status":"delivered","timestamp":"1773158400","recipient_id":5215500000001},
						  {"id":"%4$s","status":"delivered","timestamp":"1773158400","conversation":"c-1"},
						  {"id":"%5$s","status":"delivered","timestamp":"1773158400","pricing":["regular"]},
						  {"id":"%6$s","status":"delivered","timestamp":"1773158400","recipient_id":"5215500000004",
						   "conversation":{"id":"c-4","origin":{"type":"utility"}},
						   "pricing":{"billable":true,"pricing_model":"CBP","category":"utility"}}]}}]}]}"""
					.formatted(WABA, METADATA, m[1], m[2], m[3], m[4]));
		long row = lastRow();

		// when
		this.scenario.run(DAY, CLOSED);

		// then: the entry and three statuses are set aside; the well-formed status counts
		Map<String, String> reasons = this.scenario.findings()
			.stream()
			.filter((finding) -> ((Number) finding.get("event_id")).longValue() == row)
			.collect(Collectors.toMap((finding) -> (String) finding.get("unit_path"),
					(finding) -> (String) finding.get("reason")));
		String statuses = "entry[1].changes[0].value.statuses";
		assertThat(reasons).containsOnlyKeys("entry[0]", statuses + "[0]", statuses + "[1]", statuses + "[2]");
		assertThat(reasons.get("entry[0]")).contains("time");
		assertThat(reasons.get(statuses + "[0]")).contains("recipient_id");
		assertThat(reasons.get(statuses + "[1]")).contains("conversation");
		assertThat(reasons.get(statuses + "[2]")).contains("pricing");
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("outbound_messages", 4)
			.containsEntry("outbound_delivered", 1)
			.containsEntry("template_pauses", 0);
	}

	@Test
	void realPayloadsFromTheSharedFixturesAreReadWithoutStoppingTheJob() {
		// given: every payload of the fixtures
		int files = MetaWebhookFixtures.insert(this.jdbc, RECEIVED);
		Integer rows = this.jdbc.queryForObject("SELECT count(*) FROM wa_webhook_event", Integer.class);
		assertThat(rows).isGreaterThanOrEqualTo(files);

		// when
		this.scenario.run(DAY, CLOSED);

		// then: every row was read, and the day's KPIs were stored
		assertThat(this.jdbc.queryForObject("SELECT sum(row_count) FROM webhook_read_mark", Integer.class))
			.isEqualTo(rows);
		assertThat(this.scenario.hasKpis(PHONE, DAY)).isTrue();
	}

	private String out(String customer, String createdAt) {
		return this.scenario.outbound(this.brand, customer, "BOT", "Hola", createdAt);
	}

	private long lastRow() {
		return this.jdbc.queryForObject("SELECT max(id) FROM wa_webhook_event", Long.class);
	}

}
