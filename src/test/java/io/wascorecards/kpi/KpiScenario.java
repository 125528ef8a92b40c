package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.ScorecardJobLauncher;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a small, hand-written data set in the §2 tables, runs the job over it and reads back the stored KPIs.
 * Instants are written as ISO offset date-times ({@code 2026-03-10T09:00:00-06:00}) so that expectations can be
 * checked against the connection's local time by eye.
 */
class KpiScenario {

	private final JdbcTemplate jdbc;

	private final ScorecardJobLauncher launcher;

	private int wamids;

	KpiScenario(JdbcTemplate jdbc, ScorecardJobLauncher launcher) {
		this.jdbc = jdbc;
		this.launcher = launcher;
	}

	long connection(String phoneNumberId, String wabaId, String displayPhoneNumber, String brandName, String timezone,
			String... allowedDomains) {
		return this.jdbc.queryForObject("""
				INSERT INTO wa_connection (phone_number_id, waba_id, display_phone_number, brand_name, timezone, allowed_domains)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, phoneNumberId, wabaId, displayPhoneNumber,
				brandName, timezone, allowedDomains);
	}

	/** A message with a generated wamid, which it returns. */
	String message(long connectionId, String customer, String direction, String senderType, String createdAt) {
		return message(connectionId, customer, direction, senderType, "text", null, "hola", createdAt);
	}

	String message(long connectionId, String customer, String direction, String senderType, String messageType,
			String templateCategory, String body, String createdAt) {
		String wamid = "wamid.test" + (++this.wamids);
		this.jdbc.update("""
				INSERT INTO wa_message (connection_id, wamid, customer_wa_id, direction, sender_type, message_type,
				                        template_name, template_category, body, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", connectionId, wamid, customer, direction, senderType,
				messageType, (templateCategory != null) ? "tpl_" + templateCategory.toLowerCase() : null,
				templateCategory, body, at(createdAt));
		return wamid;
	}

	void webhook(String receivedAt, String payload) {
		this.jdbc.update("INSERT INTO wa_webhook_event (received_at, payload) VALUES (?, CAST(? AS jsonb))",
				at(receivedAt), payload);
	}

	/** A status webhook in Meta's shape, for one message of a phone number. */
	void status(String receivedAt, String wabaId, String phoneNumberId, String wamid, String status,
			Integer errorCode) {
		String errors = (errorCode != null) ? """
				,"errors":[{"code":%d,"title":"Error %d","message":"Error","error_data":{"details":"Error"}}]"""
			.formatted(errorCode, errorCode) : "";
		webhook(receivedAt, """
				{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages","value":{
				 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
				 "statuses":[{"id":"%s","status":"%s","timestamp":"1741600000","recipient_id":"5215500000000"%s}]}}]}]}"""
			.formatted(wabaId, phoneNumberId, wamid, status, errors));
	}

	/** A WABA-level or phone-level event: one change of the given field and value. */
	void event(String receivedAt, String entryId, String field, String valueJson) {
		webhook(receivedAt, """
				{"object":"whatsapp_business_account","entry":[{"id":"%s","time":1741600000,"changes":[{"field":"%s","value":%s}]}]}"""
			.formatted(entryId, field, valueJson));
	}

	void quality(long connectionId, String capturedAt, String rating) {
		this.jdbc.update(
				"INSERT INTO wa_quality_snapshot (connection_id, captured_at, quality_rating, messaging_limit_tier) VALUES (?, ?, ?, 'TIER_1K')",
				connectionId, at(capturedAt), rating);
	}

	/** Runs the job for one date as of an instant (as a new run) and checks that it completed. */
	void run(String businessDate, String asOf) {
		List<RunOutcome> outcomes = this.launcher.rerun(new RunRequest(LocalDate.parse(businessDate),
				LocalDate.parse(businessDate), List.of(), Instant.parse(asOf), false, false));
		assertThat(outcomes).allMatch(RunOutcome::succeeded);
	}

	Map<String, Object> kpis(String phoneNumberId, String businessDate) {
		return this.jdbc.queryForMap("""
				SELECT k.* FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				WHERE c.phone_number_id = ? AND k.business_date = ?""", phoneNumberId, LocalDate.parse(businessDate));
	}

	static Timestamp at(String offsetDateTime) {
		return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
	}

}
