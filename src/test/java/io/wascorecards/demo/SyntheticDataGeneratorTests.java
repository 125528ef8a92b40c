package io.wascorecards.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DatabaseTest
class SyntheticDataGeneratorTests {

	private static final LocalDate FROM = LocalDate.of(2026, 3, 28);

	private static final LocalDate TO = LocalDate.of(2026, 3, 29);

	private static final GenerationRequest REQUEST = new GenerationRequest(FROM, TO, 5, 2000, 7);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@BeforeEach
	void resetDatabase() {
		TestDatabase.reset(this.jdbc);
	}

	@Test
	void sameRequestGivesTheSameRowsInTheSameOrder() {
		// given
		GenerationSummary first = generate(REQUEST);
		Map<String, String> firstContent = fingerprints();
		TestDatabase.reset(this.jdbc);

		// when
		GenerationSummary second = generate(REQUEST);

		// then
		assertThat(fingerprints()).isEqualTo(firstContent);
		assertThat(second.messages()).isEqualTo(first.messages());
		assertThat(second.webhookEvents()).isEqualTo(first.webhookEvents());
		TestDatabase.reset(this.jdbc);
		generate(new GenerationRequest(FROM, TO, 5, 2000, 8));
		assertThat(fingerprints().get("wa_message")).isNotEqualTo(firstContent.get("wa_message"));
		assertThat(fingerprints().get("wa_connection")).isEqualTo(firstContent.get("wa_connection"));
	}

	@Test
	void rowCountsAndSharesAreRoughlyAsRequested() {
		// when
		GenerationSummary summary = generate(REQUEST);

		// then
		assertThat(summary.connections()).isEqualTo(5);
		assertThat(summary.messages()).isBetween(3800L, 4600L).isEqualTo(count("SELECT count(*) FROM wa_message"));
		assertThat(summary.webhookEvents()).isEqualTo(count("SELECT count(*) FROM wa_webhook_event"));
		assertThat((double) summary.webhookEvents() / summary.messages()).isBetween(1.7, 2.6);
		assertThat(summary.qualitySnapshots()).isBetween(10L, 20L);
		assertThat(summary.describe()).startsWith("Generated 5 connections, ").contains(" rows/s)");
		double inbound = (double) count("SELECT count(*) FROM wa_message WHERE direction = 'INBOUND'")
				/ summary.messages();
		assertThat(inbound).isBetween(0.33, 0.5);
		assertThat(count("""
				SELECT count(*) FROM wa_message
				WHERE (direction = 'INBOUND') <> (sender_type = 'CUSTOMER')
				   OR (message_type = 'template') <> (template_category IS NOT NULL)""")).isZero();
		assertThat(count("SELECT count(*) - count(DISTINCT (connection_id, wamid)) FROM wa_message")).isZero();
		assertThat(count("SELECT count(*) FROM wa_message WHERE message_type = 'image' AND body IS NOT NULL")).isZero();
		assertThat(strings("SELECT DISTINCT sender_type FROM wa_message ORDER BY 1")).containsExactly("AGENT", "BOT",
				"CAMPAIGN", "CUSTOMER");
		assertThat(strings("SELECT DISTINCT message_type FROM wa_message ORDER BY 1")).containsExactly("button",
				"image", "interactive", "template", "text");
		assertThat(strings("SELECT DISTINCT template_category FROM wa_message WHERE template_category IS NOT NULL"))
			.containsExactlyInAnyOrder("MARKETING", "UTILITY", "AUTHENTICATION");
	}

	@Test
	void connectionsManagersAndSnapshotsLookLikeABsp() {
		// when
		generate(REQUEST);

		// then
		List<Map<String, Object>> connections = this.jdbc.queryForList("""
				SELECT phone_number_id, brand_name, timezone, locale, allowed_domains[1] AS domain, display_phone_number
				FROM wa_connection ORDER BY id""");
		assertThat(connections).hasSize(5);
		assertThat(connections).extracting((row) -> row.get("phone_number_id"))
			.containsExactly("100000000000101", "100000000000102", "100000000000103", "100000000000104",
					"100000000000105");
		assertThat(connections.get(2)).containsEntry("brand_name", "Óptica Visión")
			.containsEntry("timezone", "America/Mexico_City")
			.containsEntry("locale", "es")
			.containsEntry("domain", "opticavision.mx");
		assertThat(connections).extracting((row) -> row.get("locale")).contains("es", "en", "pt");
		assertThat(connections).allSatisfy((row) -> assertThat((String) row.get("display_phone_number"))
			.matches("(52|55|34|1|54|57|351)[0-9]{8,12}"));
		assertThat(count("SELECT count(*) FROM account_manager WHERE email LIKE '%@bsp.example'")).isPositive();
		assertThat(
				count("""
						SELECT count(*) FROM wa_connection c
						WHERE (SELECT count(*) FROM account_manager_connection a WHERE a.connection_id = c.id) NOT BETWEEN 1 AND 2
						"""))
			.isZero();
		assertThat(
				count("""
						SELECT count(*) FROM (SELECT s.connection_id, (s.captured_at AT TIME ZONE c.timezone)::date, count(*) AS n
						                      FROM wa_quality_snapshot s JOIN wa_connection c ON c.id = s.connection_id
						                      GROUP BY 1, 2) d
						WHERE n NOT BETWEEN 1 AND 2"""))
			.isZero();
		assertThat(strings("SELECT DISTINCT quality_rating FROM wa_quality_snapshot")).contains("GREEN");
		assertThat(count("""
				SELECT count(*) FROM wa_message m JOIN wa_connection c ON c.id = m.connection_id
				WHERE m.created_at < (DATE '2026-03-28')::timestamp AT TIME ZONE c.timezone
				   OR m.created_at >= (DATE '2026-03-31')::timestamp AT TIME ZONE c.timezone""")).isZero();
	}

	@Test
	void messagesCarryHumanRequestsNearMissesAndLinksOfEveryKind() {
		// when
		generate(REQUEST);

		// then
		List<String> inbound = strings(
				"SELECT DISTINCT body FROM wa_message WHERE direction = 'INBOUND' AND body IS NOT NULL");
		assertThat(inbound).anyMatch((body) -> body.contains("PERSONA") || body.contains("ASESOR"))
			.anyMatch((body) -> body.contains("asesoría") || body.contains("personas") || body.contains("agentes"));
		List<String> outbound = strings(
				"SELECT DISTINCT body FROM wa_message WHERE direction = 'OUTBOUND' AND body IS NOT NULL");
		assertThat(outbound).anyMatch((body) -> body.contains("https://wa.me/message/") || body.contains("wa.link/"))
			.anyMatch((body) -> body.contains("api.whatsapp.com/send?phone=%2B"))
			.anyMatch((body) -> body.contains("chat.whatsapp.com/") || body.matches(".*wa\\.me/[0-9]{10,}.*"))
			.anyMatch((body) -> body.contains("www.") || body.contains("https://tienda."));
		assertThat(count("""
				SELECT count(*) FROM wa_message m JOIN wa_connection c ON c.id = m.connection_id
				WHERE m.template_category = 'MARKETING' AND m.body ILIKE '%' || c.brand_name || '%'""")).isPositive();
		assertThat(count("""
				SELECT count(*) FROM wa_message m JOIN wa_connection c ON c.id = m.connection_id
				WHERE m.template_category = 'MARKETING' AND m.body NOT ILIKE '%' || c.brand_name || '%'"""))
			.isPositive();
	}

	@Test
	void webhooksOfEveryKindArrive() {
		// when
		generate(REQUEST);

		// then
		assertThat(strings("""
				SELECT DISTINCT payload #>> '{entry,0,changes,0,field}' FROM wa_webhook_event
				WHERE jsonb_typeof(payload) = 'object' AND jsonb_typeof(payload -> 'entry') = 'array'
				  AND jsonb_typeof(payload #> '{entry,0,changes}') = 'array'""")).containsExactlyInAnyOrder("messages",
				"account_update", "message_template_status_update", "message_template_quality_update",
				"phone_number_quality_update", "user_preferences");
		assertThat(strings("""
				SELECT DISTINCT payload #>> '{entry,0,changes,0,value,statuses,0,status}' FROM wa_webhook_event
				WHERE payload #> '{entry,0,changes,0,value,statuses}' IS NOT NULL""")).contains("sent", "delivered",
				"read", "failed");
		assertThat(count("""
				SELECT count(*) FROM wa_webhook_event
				WHERE payload #> '{entry,0,changes,0,value,messages,0}' ? 'text'""")).isPositive();
		assertThat(strings("""
				SELECT DISTINCT payload #>> '{entry,0,changes,0,value,statuses,0,errors,0,code}' FROM wa_webhook_event
				WHERE payload #> '{entry,0,changes,0,value,statuses,0,errors}' IS NOT NULL""")).contains("131026");
		assertThat(count("""
				SELECT count(*) FROM wa_webhook_event
				WHERE jsonb_typeof(payload) <> 'object' OR jsonb_typeof(payload -> 'entry') <> 'array'
				   OR jsonb_typeof(payload #> '{entry,0,changes}') <> 'array'
				   OR payload #>> '{entry,0,changes,0,value,statuses,0,timestamp}' !~ '^[0-9]+$'
				   OR NOT (payload #> '{entry,0,changes,0,value,statuses,0}' ? 'id')
				   OR payload #>> '{entry,0,id}' NOT IN (SELECT waba_id FROM wa_connection)
				   OR payload #>> '{entry,0,changes,0,value,metadata,phone_number_id}'
				      NOT IN (SELECT phone_number_id FROM wa_connection)""")).as("malformed payloads").isPositive();
		assertThat(count("SELECT count(*) - count(DISTINCT payload) FROM wa_webhook_event"))
			.as("payloads delivered twice")
			.isPositive();
		assertThat(count("""
				SELECT count(*) FROM wa_webhook_event e
				WHERE payload #>> '{entry,0,changes,0,value,statuses,0,id}' IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM wa_message m
				                  WHERE m.wamid = e.payload #>> '{entry,0,changes,0,value,statuses,0,id}')"""))
			.as("statuses of unknown messages")
			.isPositive();
	}

	@Test
	void profilesAreCompletePartialOrMissingAndSayWhatTheBrandSells() {
		// when
		generate(new GenerationRequest(FROM, TO, 8, 2000, 7));

		// then
		assertThat(count("SELECT count(*) FROM wa_connection c"
				+ " WHERE NOT EXISTS (SELECT 1 FROM wa_business_profile p WHERE p.connection_id = c.id)"))
			.as("connections without a profile")
			.isEqualTo(1);
		assertThat(
				strings("""
						SELECT (p.description IS NOT NULL)::int + (cardinality(p.websites) > 0)::int + (p.email IS NOT NULL)::int
						       + (p.profile_picture_url IS NOT NULL)::int || ' ' || p.vertical
						FROM wa_business_profile p JOIN wa_connection c ON c.id = p.connection_id ORDER BY c.id"""))
			.containsExactly("4 RESTAURANT", "2 HEALTH", "4 HEALTH", "1 APPAREL", "4 GROCERY", "4 GROCERY", "4 HEALTH");
		assertThat(strings("""
				SELECT p.description FROM wa_business_profile p JOIN wa_connection c ON c.id = p.connection_id
				WHERE c.brand_name = 'Óptica Visión'""")).singleElement().asString().contains("lentes graduados");
		assertThat(count("""
				SELECT count(*) FROM wa_business_profile p JOIN wa_connection c ON c.id = p.connection_id
				WHERE p.captured_at >= (DATE '2026-03-28')::timestamp AT TIME ZONE c.timezone""")).isZero();
	}

	@Test
	void campaignsSayWhatTheBrandSellsAndAFewBrandsPromoteSomethingElse() {
		// when
		generate(REQUEST);

		// then
		assertThat(count("""
				SELECT count(*) FROM wa_message m JOIN wa_connection c ON c.id = m.connection_id
				WHERE c.brand_name = 'Óptica Visión' AND m.template_category = 'MARKETING'
				  AND m.body LIKE '%lentes graduados%'""")).isPositive();
		assertThat(strings("""
				SELECT DISTINCT c.brand_name FROM wa_message m JOIN wa_connection c ON c.id = m.connection_id
				WHERE m.template_name IN ('promo_cripto', 'bono_apuestas')"""))
			.containsExactlyInAnyOrder("Panadería San Ñandú", "Óptica Visión");
	}

	@Test
	void customersComplainAndStopAndSomeBrandsKeepSendingMarketing() {
		// when
		generate(new GenerationRequest(FROM.minusDays(5), TO, 8, 4000, 7));

		// then
		List<String> inbound = strings(
				"SELECT DISTINCT body FROM wa_message WHERE direction = 'INBOUND' AND body IS NOT NULL");
		assertThat(inbound).containsAnyOf(SpanishPhrases.PHRASES.complaints())
			.containsAnyOf(EnglishPhrases.PHRASES.complaints())
			.containsAnyOf(SpanishPhrases.PHRASES.stopWords());
		assertThat(strings("""
				SELECT DISTINCT payload #>> '{entry,0,changes,0,value,user_preferences,0,value}' FROM wa_webhook_event
				WHERE payload #>> '{entry,0,changes,0,field}' = 'user_preferences'""")).contains("stop", "resume");
		assertThat(count("""
				SELECT count(*) FROM wa_webhook_event
				WHERE payload #>> '{entry,0,changes,0,field}' = 'template_category_update'
				  AND payload #>> '{entry,0,changes,0,value,previous_category}' = 'UTILITY'
				  AND payload #>> '{entry,0,changes,0,value,new_category}' = 'MARKETING'""")).isPositive();
		assertThat(
				count("""
						SELECT count(*) FROM wa_message stop JOIN wa_message m
						  ON m.connection_id = stop.connection_id AND m.customer_wa_id = stop.customer_wa_id
						 AND m.created_at > stop.created_at AND m.template_category = 'MARKETING'
						WHERE stop.direction = 'INBOUND' AND lower(stop.body) IN ('baja', 'stop', 'parar', 'sair', 'unsubscribe')"""))
			.as("marketing after a stop")
			.isPositive();
		assertThat(count("""
				SELECT count(*) FROM wa_webhook_event
				WHERE payload #>> '{entry,0,changes,0,value,statuses,0,errors,0,code}' = '131050'""")).isPositive();
	}

	@Test
	void generatingDaysThatAlreadyHaveMessagesIsRefused() {
		// given
		generate(REQUEST);
		long messages = count("SELECT count(*) FROM wa_message");

		// when, then
		assertThatIllegalStateException().isThrownBy(() -> generate(REQUEST))
			.withMessageContaining("100000000000101")
			.withMessageContaining("already have messages");
		assertThatIllegalStateException()
			.isThrownBy(() -> generate(new GenerationRequest(TO.plusDays(1), TO.plusDays(2), 5, 2000, 7)));
		assertThat(count("SELECT count(*) FROM wa_message")).isEqualTo(messages);
		assertThat(count("SELECT count(*) FROM wa_connection")).isEqualTo(5);
	}

	private GenerationSummary generate(GenerationRequest request) {
		return new SyntheticDataGenerator(this.dataSource).generate(request);
	}

	private Map<String, String> fingerprints() {
		return Map.of("wa_connection", fingerprint("wa_connection", "id"), "account_manager",
				fingerprint("account_manager", "id"), "account_manager_connection",
				fingerprint("account_manager_connection", "manager_id, connection_id"), "wa_message",
				fingerprint("wa_message", "id"), "wa_webhook_event", fingerprint("wa_webhook_event", "id"),
				"wa_quality_snapshot", fingerprint("wa_quality_snapshot", "connection_id, captured_at"));
	}

	private String fingerprint(String table, String order) {
		return this.jdbc.queryForObject(
				"SELECT md5(string_agg(t::text, '|' ORDER BY " + order + ")) FROM " + table + " t", String.class);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private List<String> strings(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

}
