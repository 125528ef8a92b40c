package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsProperties;
import io.wascorecards.TestDatabase;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a small, hand-written data set in the §2 tables, computes a date's KPIs over it
 * ({@link #compute}, or the whole job: {@link #run}) and reads back the stored KPIs.
 * Instants are written as ISO offset date-times ({@code 2026-03-10T09:00:00-06:00}) so
 * that expectations can be checked against the connection's local time by eye. Every
 * {@link DatabaseTest} can inject one.
 */
public class KpiScenario {

	private final JdbcTemplate jdbc;

	private final ScorecardJobLauncher launcher;

	private final WebhookReader webhookReader;

	private final DailyKpiCalculator calculator;

	private final OptoutDays optoutDays;

	private final ConnectionRangePartitioner partitioner;

	private final int partitions;

	private final TransactionTemplate transactions;

	private int wamids;

	/** The dates computed or run since the reset: computing one again is a rerun. */
	private final Set<LocalDate> computed = new HashSet<>();

	public KpiScenario(JdbcTemplate jdbc, ScorecardJobLauncher launcher, WebhookReader webhookReader,
			DailyKpiCalculator calculator, OptoutDays optoutDays, PlatformTransactionManager transactionManager,
			ScorecardsProperties properties) {
		this.jdbc = jdbc;
		this.launcher = launcher;
		this.webhookReader = webhookReader;
		this.calculator = calculator;
		this.optoutDays = optoutDays;
		this.partitioner = new ConnectionRangePartitioner(new NamedParameterJdbcTemplate(jdbc),
				ConnectionSelection.ALL);
		this.partitions = properties.partitions();
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Starts a test from empty tables. */
	public void reset() {
		TestDatabase.reset(this.jdbc);
		this.wamids = 0;
		this.computed.clear();
	}

	public long connection(String phoneNumberId, String wabaId, String displayPhoneNumber, String brandName,
			String timezone, String... allowedDomains) {
		return this.jdbc.queryForObject(
				"""
						INSERT INTO wa_connection (phone_number_id, waba_id, display_phone_number, brand_name, timezone, allowed_domains)
						VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
				Long.class, phoneNumberId, wabaId, displayPhoneNumber, brandName, timezone, allowedDomains);
	}

	/** Sets a connection's language ({@code es} unless set). */
	public void locale(long connectionId, String locale) {
		this.jdbc.update("UPDATE wa_connection SET locale = ? WHERE id = ?", locale, connectionId);
	}

	/** A polled business profile (SPEC §2); {@code websites} may be empty. */
	public void profile(long connectionId, String capturedAt, String about, String description, String vertical,
			String[] websites, String email, String address, String pictureUrl) {
		this.jdbc.update("""
				INSERT INTO wa_business_profile (connection_id, captured_at, about, description, vertical, websites,
				                                 email, address, profile_picture_url)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", connectionId, at(capturedAt), about, description, vertical,
				websites, email, address, pictureUrl);
	}

	/** Marks a connection inactive: it gets no KPI row. */
	public void deactivate(long connectionId) {
		this.jdbc.update("UPDATE wa_connection SET active = false WHERE id = ?", connectionId);
	}

	/** A customer's message. */
	public String inbound(long connectionId, String customer, String body, String createdAt) {
		return message(connectionId, customer, "INBOUND", "CUSTOMER", "text", null, body, createdAt);
	}

	/** A business text message by a bot or an agent. */
	public String outbound(long connectionId, String customer, String senderType, String body, String createdAt) {
		return message(connectionId, customer, "OUTBOUND", senderType, "text", null, body, createdAt);
	}

	/** A template sent by a campaign; {@code category} may be null. */
	public String template(long connectionId, String customer, String category, String body, String createdAt) {
		return message(connectionId, customer, "OUTBOUND", "CAMPAIGN", "template", category, body, createdAt);
	}

	/** A message with a generated wamid, which it returns. */
	public String message(long connectionId, String customer, String direction, String senderType, String createdAt) {
		return message(connectionId, customer, direction, senderType, "text", null, "hola", createdAt);
	}

	public String message(long connectionId, String customer, String direction, String senderType, String messageType,
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

	public void webhook(String receivedAt, String payload) {
		this.jdbc.update("INSERT INTO wa_webhook_event (received_at, payload) VALUES (?, CAST(? AS jsonb))",
				at(receivedAt), payload);
	}

	/** A status webhook in Meta's shape, for one message of a phone number. */
	public void status(String receivedAt, String wabaId, String phoneNumberId, String wamid, String status,
			Integer errorCode) {
		String errors = (errorCode != null) ? """
				,"errors":[{"code":%d,"title":"Error %d","message":"Error","error_data":{"details":"Error"}}]"""
			.formatted(errorCode, errorCode) : "";
		webhook(receivedAt,
				"""
						{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages","value":{
						 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
						 "statuses":[{"id":"%s","status":"%s","timestamp":"1741600000","recipient_id":"5215500000000"%s}]}}]}]}"""
					.formatted(wabaId, phoneNumberId, wamid, status, errors));
	}

	/**
	 * A {@code failed} status carrying every given error code, one element of
	 * {@code errors} each.
	 */
	public void failed(String receivedAt, String wabaId, String phoneNumberId, String wamid, int... errorCodes) {
		StringBuilder errors = new StringBuilder();
		for (int code : errorCodes) {
			errors.append((errors.length() > 0) ? "," : "")
				.append("""
						{"code":%d,"title":"Error %d","message":"Error %d","error_data":{"details":"Error"},\
						"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}"""
					.formatted(code, code, code));
		}
		statuses(receivedAt, wabaId, phoneNumberId, """
				[{"id":"%s","status":"failed","timestamp":"1741600000","recipient_id":"5215500000000","errors":[%s]}]"""
			.formatted(wamid, errors));
	}

	/**
	 * A {@code messages} change of a phone number carrying the given JSON array of
	 * statuses.
	 */
	public void statuses(String receivedAt, String wabaId, String phoneNumberId, String statusesJson) {
		webhook(receivedAt,
				"""
						{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"messages","value":{
						 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
						 "statuses":%s}}]}]}"""
					.formatted(wabaId, phoneNumberId, statusesJson));
	}

	/**
	 * A {@code user_preferences} change of a phone number carrying the given JSON array
	 * of preferences.
	 */
	public void preferences(String receivedAt, String wabaId, String phoneNumberId, String preferencesJson) {
		webhook(receivedAt,
				"""
						{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"field":"user_preferences","value":{
						 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
						 "contacts":[{"profile":{"name":"Cliente"},"wa_id":"5215500000000"}],
						 "user_preferences":%s}}]}]}"""
					.formatted(wabaId, phoneNumberId, preferencesJson));
	}

	/** One preference entry of a customer, in Meta's shape. */
	public static String preference(String waId, String category, String value) {
		return """
				{"wa_id":"%s","detail":"User requested a change","category":"%s","value":"%s","timestamp":1773150000}"""
			.formatted(waId, category, value);
	}

	/** A WABA-level or phone-level event: one change of the given field and value. */
	public void event(String receivedAt, String entryId, String field, String valueJson) {
		event(receivedAt, entryId, 1741600000L, field, valueJson);
	}

	/**
	 * A WABA-level or phone-level event with the given {@code entry[].time} (a redelivery
	 * may carry another).
	 */
	public void event(String receivedAt, String entryId, long entryTime, String field, String valueJson) {
		webhook(receivedAt,
				"""
						{"object":"whatsapp_business_account","entry":[{"id":"%s","time":%d,"changes":[{"field":"%s","value":%s}]}]}"""
					.formatted(entryId, entryTime, field, valueJson));
	}

	public void quality(long connectionId, String capturedAt, String rating) {
		this.jdbc.update(
				"INSERT INTO wa_quality_snapshot (connection_id, captured_at, quality_rating, messaging_limit_tier) VALUES (?, ?, ?, 'TIER_1K')",
				connectionId, at(capturedAt), rating);
	}

	/**
	 * Runs the job for one date as of an instant (as a new run) and checks that it
	 * completed.
	 */
	public void run(String businessDate, String asOf) {
		LocalDate date = LocalDate.parse(businessDate);
		this.computed.add(date);
		List<RunOutcome> outcomes = this.launcher
			.rerun(RunRequest.rerun(date, date, List.of(), Instant.parse(asOf), false, false));
		assertThat(outcomes).allMatch(RunOutcome::succeeded);
	}

	/**
	 * Computes one date's KPIs as of an instant as the job's first two steps do, for all
	 * active connections: the date's webhooks read, the job's slices a transaction each
	 * (read again when the date was computed or run before, as a rerun does), with those
	 * of the opt-out look-back's days never extracted (one slice), then the KPI statement
	 * over each of the job's ranges of connections, a transaction each (the date's
	 * opt-outs extracted again, and those of the look-back's days not extracted yet).
	 * Nothing else: no backfill of the days before, no scoring, PDF or e-mail (a test of
	 * those runs the job: {@link #run}).
	 * @param businessDate the date
	 * @param asOf the instant
	 * @return the date's stored rows by phone number id
	 */
	public Map<String, Map<String, Object>> compute(String businessDate, String asOf) {
		LocalDate date = LocalDate.parse(businessDate);
		Instant instant = Instant.parse(asOf);
		boolean reread = !this.computed.add(date);
		// the job's webhook slices, one after the other
		List<LocalDate> unread = this.optoutDays.unread(date, List.of());
		if (!unread.isEmpty() && this.webhookReader.window(unread.get(0)) != null) {
			WebhookReader.Window before = new WebhookReader.Window(this.webhookReader.window(unread.get(0)).from(),
					this.webhookReader.window(date).from());
			this.transactions.executeWithoutResult((status) -> this.webhookReader.readSlice(before, false));
		}
		for (WebhookReader.Window slice : this.webhookReader.slices(date, this.partitions)) {
			this.transactions.executeWithoutResult((status) -> this.webhookReader.readSlice(slice, reread));
		}
		LocalDate optoutsFrom = this.optoutDays.first(date, List.of());
		for (ExecutionContext range : this.partitioner.partition(this.partitions).values()) {
			this.transactions.executeWithoutResult((status) -> this.calculator.compute(
					List.of(new DailyKpiCalculator.Day(date, ConnectionSelection.ALL, optoutsFrom, true)), instant,
					range.getLong(ConnectionRangePartitioner.FIRST_ID),
					range.getLong(ConnectionRangePartitioner.LAST_ID)));
		}
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList("""
				SELECT c.phone_number_id, k.* FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				WHERE k.business_date = ? ORDER BY k.connection_id""", date)) {
			rows.put((String) row.remove("phone_number_id"), row);
		}
		return rows;
	}

	public Map<String, Object> kpis(String phoneNumberId, String businessDate) {
		return this.jdbc.queryForMap("""
				SELECT k.* FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				WHERE c.phone_number_id = ? AND k.business_date = ?""", phoneNumberId, LocalDate.parse(businessDate));
	}

	/** Whether the job stored a KPI row for the connection and date. */
	public boolean hasKpis(String phoneNumberId, String businessDate) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM daily_kpi k JOIN wa_connection c ON c.id = k.connection_id
				               WHERE c.phone_number_id = ? AND k.business_date = ?)""", Boolean.class, phoneNumberId,
				LocalDate.parse(businessDate)));
	}

	/** The webhook units set aside, in the order of their rows and paths. */
	public List<Map<String, Object>> findings() {
		return this.jdbc.queryForList("SELECT * FROM webhook_finding ORDER BY event_id, unit_path");
	}

	public static Timestamp at(String offsetDateTime) {
		return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
	}

}
