package io.wascorecards.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.kpi.KpiScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook read's two paths ({@code webhook/parse.sql}): the rows of the common shape
 * that the plain path takes are read exactly as the generic walk reads them. Each corpus
 * is read twice, by the generic walk alone and with the plain path, and what was stored
 * (statuses, signals, units set aside) must be the same, row for row.
 */
@DatabaseTest
class WebhookPlainPathTests {

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	private static final String RECEIVED = "2026-03-10T12:00:00Z";

	@Autowired
	private WebhookReader reader;

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void theGeneratorsPayloadsReadTheSameOnBothPaths() {
		LocalDate day = LocalDate.parse("2026-03-10");
		new SyntheticDataGenerator(this.dataSource).generate(new GenerationRequest(day, day, 4, 4000, 7));
		int rows = this.jdbc.queryForObject("SELECT count(*) FROM wa_webhook_event", Integer.class);

		int plain = assertBothPathsReadTheSame();

		// nearly every row takes the plain path: the others carry errors, preferences
		// or account and template events
		assertThat(plain).isGreaterThan(rows * 9 / 10).isLessThan(rows);
	}

	@Test
	void theSharedFixturesReadTheSameOnBothPaths() {
		MetaWebhookFixtures.insert(this.jdbc, RECEIVED);
		// a connection for every number and WABA they name, so that their rows link
		this.jdbc.update("""
				INSERT INTO wa_connection (phone_number_id, waba_id, display_phone_number, brand_name, timezone)
				SELECT DISTINCT ON (p.phone) p.phone, p.waba, coalesce(p.display, p.phone), 'Fixture', 'UTC'
				FROM (SELECT e.payload #>> '{entry,0,changes,0,value,metadata,phone_number_id}' AS phone,
				             e.payload #>> '{entry,0,id}' AS waba,
				             regexp_replace(e.payload #>> '{entry,0,changes,0,value,metadata,display_phone_number}',
				                            '[^0-9]', '', 'g') AS display
				      FROM wa_webhook_event e WHERE jsonb_typeof(e.payload) = 'object') p
				WHERE p.phone IS NOT NULL AND p.waba IS NOT NULL
				ON CONFLICT DO NOTHING""");

		assertThat(assertBothPathsReadTheSame()).isPositive();
	}

	@Test
	void shapesNextToThePlainOneReadTheSameOnBothPaths() {
		this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
		List<String> plain = List.of(status("""
				{"id":"wamid.1","status":"sent","timestamp":"1773144000","recipient_id":"5215500000001"}"""), status("""
				{"id":"wamid.2","status":"delivered","timestamp":"1773144000",
				 "conversation":{"id":"c1","origin":{"type":"marketing"}},"pricing":{"billable":true}}"""),
				status("{\"id\":\"wamid.3\",\"status\":\"read\"}"), change("""
						{"field":"messages","value":{"messaging_product":"whatsapp",%s,
						 "messages":[{"from":"5215500000001","id":"wamid.in","type":"text","text":{"body":"Hola"}}]}}"""
					.formatted(metadata(PHONE))));
		List<String> others = List.of(status("{\"id\":\"wamid.4\",\"status\":\"sent\",\"timestamp\":1773144000}"),
				status("{\"id\":\"wamid.5\",\"status\":\"sent\",\"timestamp\":\"0946684800\"}"),
				status("{\"id\":\"wamid.6\",\"status\":\"sent\",\"timestamp\":\"999999999\"}"),
				status("{\"id\":\"wamid.7\",\"status\":\"sent\",\"timestamp\":\"1e9\"}"),
				status("{\"id\":\"wamid.8\",\"status\":\"sent\",\"timestamp\":null}"),
				status("{\"id\":\"wamid.9\",\"status\":\"sent\",\"timestamp\":[\"1773144000\"]}"),
				status("{\"id\":\"wamid.10\",\"status\":\"failed\",\"errors\":[{\"code\":131050}]}"),
				status("{\"id\":\"wamid.11\",\"status\":\"failed\",\"errors\":[]}"),
				status("{\"id\":\"wamid.12\",\"status\":\"failed\",\"errors\":[{\"code\":131050.0}]}"),
				status("{\"id\":\"wamid.13\",\"status\":\"sent\",\"recipient_id\":5215500000001}"),
				status("{\"id\":\"wamid.14\",\"status\":\"sent\",\"conversation\":[]}"),
				status("{\"id\":\"wamid.15\",\"status\":\"sent\",\"pricing\":null}"),
				status("{\"id\":15,\"status\":\"sent\"}"), status("{\"id\":\"wamid.16\",\"status\":null}"),
				status("null"), status("[{\"id\":\"wamid.17\",\"status\":\"sent\"}]"), statuses("[]"),
				statuses("{\"0\":{\"id\":\"wamid.18\",\"status\":\"sent\"}}"),
				statuses("[{\"id\":\"wamid.19\",\"status\":\"sent\"},{\"id\":\"wamid.20\",\"status\":\"read\"}]"),
				change("{\"field\":\"messages\",\"value\":{\"metadata\":[{\"phone_number_id\":\"%s\"}],\"statuses\":[]}}"
					.formatted(PHONE)),
				change("{\"field\":\"messages\",\"value\":{%s,\"statuses\":[{\"id\":\"wamid.21\",\"status\":\"sent\"}]}}"
					.formatted(metadata("100000000000999"))),
				change("{\"field\":\"messages\",\"value\":[]}"), change("{\"field\":[\"messages\"],\"value\":{}}"),
				envelope("[{\"id\":\"%s\",\"time\":\"1773144000\",\"changes\":[%s]}]".formatted(WABA, plainChange())),
				envelope("[{\"id\":\"%s\",\"time\":1773144000,\"changes\":[%s,%s]}]".formatted(WABA, plainChange(),
						plainChange())),
				envelope("[{\"id\":\"%s\",\"changes\":[%s]},{\"id\":\"%s\",\"changes\":[%s]}]".formatted(WABA,
						plainChange(), WABA, plainChange())),
				envelope("{\"0\":{\"id\":\"%s\",\"changes\":[%s]}}".formatted(WABA, plainChange())),
				envelope("[{\"id\":\"%s\",\"changes\":{\"0\":%s}}]".formatted(WABA, plainChange())),
				envelope("[{\"id\":5,\"changes\":[%s]}]".formatted(plainChange())),
				"{\"object\":[\"whatsapp_business_account\"],\"entry\":[{\"id\":\"%s\",\"changes\":[%s]}]}"
					.formatted(WABA, plainChange()),
				"[\"whatsapp_business_account\"]");
		plain.forEach((payload) -> this.scenario.webhook(RECEIVED, payload));
		others.forEach((payload) -> this.scenario.webhook(RECEIVED, payload));

		assertThat(assertBothPathsReadTheSame()).isEqualTo(plain.size());
	}

	/**
	 * Reads every row by the generic walk alone, then again with the plain path.
	 * @return how many rows took the plain path
	 */
	private int assertBothPathsReadTheSame() {
		Map<String, Object> range = this.jdbc
			.queryForMap("SELECT min(received_at) AS f, max(received_at) AS t" + " FROM wa_webhook_event");
		WebhookReader.Window all = new WebhookReader.Window(
				((Timestamp) range.get("f")).toInstant().truncatedTo(ChronoUnit.HOURS),
				((Timestamp) range.get("t")).toInstant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
		WebhookReader.Reading generic = read(all, false);
		assertThat(generic.plain()).isZero();
		List<String> walked = stored();
		assertThat(walked).isNotEmpty();

		WebhookReader.Reading withPlainPath = read(all, true);

		assertThat(stored()).containsExactlyElementsOf(walked);
		assertThat(withPlainPath.setAside()).isEqualTo(generic.setAside());
		return withPlainPath.plain();
	}

	private WebhookReader.Reading read(WebhookReader.Window slice, boolean plainPath) {
		return this.transactions.execute((status) -> this.reader.readSlice(slice, true, plainPath));
	}

	/** What the read stored, one line per row, in a stable order. */
	private List<String> stored() {
		return this.jdbc.queryForList("""
				SELECT line FROM (
				    SELECT format('status %s %s %s %s %s %s', event_id, connection_id, wamid, status, error_codes,
				                  received_at) AS line FROM webhook_status
				    UNION ALL
				    SELECT format('signal %s %s %s %s %s %s', event_id, connection_id, signal, dedup_key,
				                  customer_wa_id, received_at) FROM webhook_signal
				    UNION ALL
				    SELECT format('finding %s %s %s %s %s %s', event_id, unit_path, reason, phone_number_id, waba_id,
				                  received_at) FROM webhook_finding
				) s ORDER BY line""", String.class);
	}

	private static String metadata(String phoneNumberId) {
		return "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"5215512345678\","
				+ "\"phone_number_id\":\"" + phoneNumberId + "\"}";
	}

	private static String plainChange() {
		return "{\"field\":\"messages\",\"value\":{%s,\"statuses\":[{\"id\":\"wamid.p\",\"status\":\"sent\"}]}}"
			.formatted(metadata(PHONE));
	}

	private static String status(String status) {
		return statuses("[" + status + "]");
	}

	private static String statuses(String statuses) {
		return change("{\"field\":\"messages\",\"value\":{%s,\"statuses\":%s}}".formatted(metadata(PHONE), statuses));
	}

	private static String change(String change) {
		return envelope("[{\"id\":\"%s\",\"time\":1773144000,\"changes\":[%s]}]".formatted(WABA, change));
	}

	private static String envelope(String entries) {
		return "{\"object\":\"whatsapp_business_account\",\"entry\":" + entries + "}";
	}

}
