package io.wascorecards.kpi;

import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.wascorecards.kpi.KpiScenario.preference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Do customers report deception, do they ask to stop, does Meta find templates labelled
 * as something they are not (SPEC §4b inbound_customers, customer_complaints,
 * optout_requests, template_recategorisations), with the default lexicons. W is
 * 2026-03-10 in Mexico City (UTC-6) for both connections, of one WABA.
 */
@DatabaseTest
class ComplaintKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	private static final String PT_PHONE = "100000000000002";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	private long brand;

	private long ptBrand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
		this.ptBrand = this.scenario.connection(PT_PHONE, WABA, "5511912345678", "Ótica Sol", "America/Mexico_City");
		this.scenario.locale(this.ptBrand, "pt");
	}

	@Test
	void complaintsAreWholeWordsOfTheConnectionsLanguageOrEnglishWhateverTheCaseAndAccents() {
		// given: Spanish
		in("A", "Esto es una ESTAFA!!"); // 1
		in("A", "y un fraude"); // A again
		in("B", "Me engañaron"); // 2: ñ folded
		in("C", "No me suscribí a nada"); // 3: a phrase
		in("D", "Estafadores"); // 4
		in("E", "spammer"); // not the word spam
		in("F", "This is a SCAM."); // 5: English
		in("G", "lo denunciaré"); // not the word denunciar
		in("H", "Gracias");
		in("I", "isso é golpe"); // Portuguese: not for this connection
		this.scenario.inbound(this.brand, "J", "estafa", "2026-03-09T23:59:59-06:00"); // the
																						// day
																						// before
		in("J", "hola");
		this.scenario.outbound(this.brand, "K", "AGENT", "¿Fue una estafa?", "2026-03-10T10:00:00-06:00");
		// Portuguese
		this.scenario.inbound(this.ptBrand, "A", "Isso é GOLPE", "2026-03-10T10:00:00-06:00"); // 1
		this.scenario.inbound(this.ptBrand, "B", "Não autorizei", "2026-03-10T10:00:00-06:00"); // 2
		this.scenario.inbound(this.ptBrand, "C", "vou no reclame aqui", "2026-03-10T10:00:00-06:00"); // 3
		this.scenario.inbound(this.ptBrand, "D", "fraud!", "2026-03-10T10:00:00-06:00"); // 4:
																							// English
		this.scenario.inbound(this.ptBrand, "E", "una estafa", "2026-03-10T10:00:00-06:00"); // Spanish:
																								// no

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE)).containsEntry("inbound_customers", 10).containsEntry("customer_complaints", 5);
		assertThat(kpis(PT_PHONE)).containsEntry("inbound_customers", 5).containsEntry("customer_complaints", 4);
	}

	@Test
	void optOutRequestsAreCustomersSendingAStopMessageOrAMarketingStop() {
		// given: stop messages, whatever the punctuation, case and accents around
		in("K", "¡BAJA!"); // 1
		in("L", " stop. "); // 2
		in("M", "Darme de baja"); // 3
		in("N", "baja por favor"); // not the whole text
		in("O", "STOP");
		in("O", "stop"); // O once: 4
		in("T", "Parar!!!"); // 5
		in("U", "unsubscribe 🙏"); // 6
		in("V", "1 stop"); // a digit is kept
		in("W", "sáir"); // 7: sair
		this.scenario.inbound(this.brand, "S", "stop", "2026-03-09T23:00:00-06:00"); // the
																						// day
																						// before
		// marketing stops received in W, for the connection
		preferences("2026-03-10T10:00:00-06:00", PHONE, "P", "stop"); // 8
		preferences("2026-03-10T10:00:00-06:00", PHONE, "K", "stop"); // K again
		preferences("2026-03-09T10:00:00-06:00", PHONE, "Q", "stop"); // the day before
		preferences("2026-03-10T10:00:00-06:00", PHONE, "R", "resume");
		preferences("2026-03-10T10:00:00-06:00", PT_PHONE, "X", "stop"); // the other
																			// connection

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE)).containsEntry("optout_requests", 8).containsEntry("optout_signals", 2);
		assertThat(kpis(PT_PHONE)).containsEntry("optout_requests", 1);
	}

	@Test
	void recategorisationsCountOncePerDeliveredChangeForEveryConnectionOfTheWaba() {
		// given
		recategorised("2026-03-10T10:00:00-06:00", 1001, "\"UTILITY\"", "\"MARKETING\""); // 1
		recategorised("2026-03-10T10:05:00-06:00", 1001, "\"UTILITY\"", "\"MARKETING\""); // delivered
																							// again
		recategorised("2026-03-10T11:00:00-06:00", 1002, "\"AUTHENTICATION\"", "\"UTILITY\""); // 2
		recategorised("2026-03-10T11:00:00-06:00", 1003, "\"MARKETING\"", "\"MARKETING\""); // not
																							// changed
		recategorised("2026-03-10T11:00:00-06:00", 1004, "null", "\"MARKETING\""); // no
																					// previous
																					// category
		this.scenario.event("2026-03-10T11:00:00-06:00", WABA, "template_category_update", """
				{"message_template_id":1005,"message_template_name":"aviso","message_template_language":"es_MX",\
				"new_category":"MARKETING"}"""); // no previous category
		recategorised("2026-03-09T23:59:59-06:00", 1006, "\"UTILITY\"", "\"MARKETING\""); // the
																							// day
																							// before
		this.scenario.event("2026-03-10T11:00:00-06:00", "299999999999999", "template_category_update", """
				{"message_template_id":1007,"previous_category":"UTILITY","new_category":"MARKETING"}"""); // unknown

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis(PHONE)).containsEntry("template_recategorisations", 2)
			.containsEntry("template_pauses", 0)
			.containsEntry("webhook_units_set_aside", 0);
		assertThat(kpis(PT_PHONE)).containsEntry("template_recategorisations", 2);
		assertThat(this.scenario.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding).containsEntry("reason", "unknown WABA 299999999999999"));
	}

	private void in(String customer, String body) {
		this.scenario.inbound(this.brand, customer, body, "2026-03-10T10:00:00-06:00");
	}

	private void preferences(String receivedAt, String phone, String customer, String value) {
		this.scenario.preferences(receivedAt, WABA, phone,
				"[" + preference(customer, "marketing_messages", value) + "]");
	}

	private void recategorised(String receivedAt, long templateId, String previous, String next) {
		this.scenario.event(receivedAt, WABA, "template_category_update", """
				{"message_template_id":%d,"message_template_name":"plantilla_%d","message_template_language":"es_MX",\
				"previous_category":%s,"new_category":%s}""".formatted(templateId, templateId, previous, next));
	}

	private Map<String, Object> kpis(String phone) {
		return this.scenario.kpis(phone, DAY);
	}

}
