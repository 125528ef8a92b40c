package io.wascorecards.kpi;

import java.util.ArrayList;
import java.util.List;

import io.wascorecards.DatabaseTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Human requests and their fulfilment (SPEC §4 Humanity), with the default lexicon. W is
 * 2026-03-10 in Mexico City (UTC-6).
 */
@DatabaseTest
class HumanityKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	@Autowired
	private KpiScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void lexiconWordsAndPhrasesAreFoundWhateverTheCaseAndAccents() {
		check(1, "¿Puedo hablar con un ASESOR?", "quero falar com alguém", "Quiero un HUMANO por favor",
				"necesito una persona", "I want to talk to a real person", "agent please", "Operadora!",
				"preciso de um atendente", "Ejecutivo, ayuda", "¿Me comunica con una ejecutiva?",
				"Quiero hablar con alguien", "REPRESENTATIVE", "uma pessoa, por favor", "agente.",
				"Asesora: necesito ayuda", "Quiero un HÚMANO", "Hablar con Alguién ya", "Human, please", "operator?",
				"operador24h", "humano", "FALAR COM ALGUÉM", "Preciso de uma PESSOA", "hola\nasesor");
	}

	@Test
	void wordsThatOnlyContainALexiconWordAreNoHumanRequests() {
		check(0, "Hay personas esperando", "¿Tienen agentes en tienda?", "Necesito asesoría", "Quiero asesoramiento",
				"humanidad", "superhumano", "personal", "operadores", "hablar con alguno", "falar com algum",
				"a real  person", "a realperson", "humans", "agency", "Atendentes", "Quiero hablar", "", null);
	}

	@Test
	void onlyTheFirstRequestOfAThreadCountsAndAnAgentMustAnswerItWithin24Hours() {
		// given
		long brand = brand();
		in(brand, "A", "hola", "2026-03-10T09:00:00-06:00");
		in(brand, "A", "quiero un asesor", "2026-03-10T09:05:00-06:00"); // A's request, t
																			// = 09:05
		in(brand, "A", "ASESOR!!!", "2026-03-10T10:00:00-06:00"); // a second one in the
																	// thread: not counted
		out(brand, "A", "AGENT", "2026-03-10T10:30:00-06:00"); // fulfils A's after 85 min
																// = 5,100 s
		in(brand, "B", "quiero un agente", "2026-03-09T23:00:00-06:00"); // the day before
		in(brand, "B", "agente por favor", "2026-03-10T08:00:00-06:00"); // the first of
																			// the thread
																			// in W
		out(brand, "B", "AGENT", "2026-03-10T08:10:00-06:00"); // fulfils it after 600 s
		in(brand, "C", "humano", "2026-03-10T11:00:00-06:00");
		out(brand, "C", "BOT", "2026-03-10T11:01:00-06:00"); // a bot does not fulfil it
		in(brand, "D", "humano", "2026-03-10T12:00:00-06:00");
		out(brand, "D", "AGENT", "2026-03-11T12:00:00-06:00"); // exactly 24 h: fulfilled,
																// 86,400 s
		in(brand, "E", "humano", "2026-03-10T13:00:00-06:00");
		out(brand, "E", "AGENT", "2026-03-11T13:00:01-06:00"); // 24 h + 1 s: not
																// fulfilled
		out(brand, "F", "AGENT", "2026-03-10T07:00:00-06:00"); // before the request: no
																// use
		in(brand, "F", "una persona", "2026-03-10T14:00:00-06:00");
		// outbound: no request
		out(brand, "G", "BOT", "Un asesor te atenderá", "2026-03-10T15:00:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: requests A, B, C, D, E, F; fulfilled A, B, D after {5100, 600, 86400} s
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("human_requests", 6)
			.containsEntry("human_requests_fulfilled", 3)
			.containsEntry("time_to_human_p50_s", 5100);
	}

	@Test
	void timeToHumanIsTheMedianRoundedToWholeSeconds() {
		// given
		long brand = brand();
		in(brand, "A", "hablar con alguien", "2026-03-10T09:00:00-06:00");
		out(brand, "A", "AGENT", "2026-03-10T09:01:40-06:00"); // 100 s
		in(brand, "B", "hablar con alguien", "2026-03-10T10:00:00-06:00");
		out(brand, "B", "AGENT", "2026-03-10T10:03:21-06:00"); // 201 s

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("human_requests", 2)
			.containsEntry("human_requests_fulfilled", 2)
			.containsEntry("time_to_human_p50_s", 151); // 150.5, rounded half up
	}

	@Test
	void noRequestsLeaveTheTimeToHumanEmpty() {
		// given
		long brand = brand();
		in(brand, "A", "hola", "2026-03-10T09:00:00-06:00");
		out(brand, "A", "AGENT", "2026-03-10T09:01:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis(PHONE, DAY)).containsEntry("human_requests", 0)
			.containsEntry("human_requests_fulfilled", 0)
			.containsEntry("time_to_human_p50_s", null);
	}

	private long brand() {
		return this.scenario.connection(PHONE, "200000000000001", "5215512345678", "Óptica Visión",
				"America/Mexico_City");
	}

	private void in(long brand, String customer, String body, String createdAt) {
		this.scenario.inbound(brand, customer, body, createdAt);
	}

	private void out(long brand, String customer, String senderType, String createdAt) {
		out(brand, customer, senderType, "Hola, soy Ana", createdAt);
	}

	private void out(long brand, String customer, String senderType, String body, String createdAt) {
		this.scenario.outbound(brand, customer, senderType, body, createdAt);
	}

	/**
	 * Gives each body a connection with one inbound message of it, computes the day once
	 * and checks every one.
	 */
	private void check(int expectedRequests, String... bodies) {
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < bodies.length; i++) {
			String phone = "1000000000001%02d".formatted(i);
			long connection = this.scenario.connection(phone, "200000000000001", "5215510000%03d".formatted(i),
					"Óptica Visión", "America/Mexico_City");
			in(connection, "A", bodies[i], "2026-03-10T12:00:00-06:00");
			phones.add(phone);
		}
		this.scenario.compute(DAY, CLOSED);
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < bodies.length; i++) {
			softly.assertThat(this.scenario.kpis(phones.get(i), DAY).get("human_requests"))
				.as("human_requests of \"%s\"", bodies[i])
				.isEqualTo(expectedRequests);
		}
		softly.assertAll();
	}

}
