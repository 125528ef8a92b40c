package io.wascorecards.kpi;

import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Does the account do what its profile says it does (SPEC §4b purpose_terms,
 * purpose_matched_touches), with the default lexicons, and how complete the profile is
 * (profile_completeness). W is 2026-03-10 in Mexico City (UTC-6). The lexemes below are
 * PostgreSQL's stems of the folded words (spanish: colchones → colchon, almohadas →
 * almoh; english: mattresses → mattress; portuguese: colchões → colcho).
 */
@DatabaseTest
class PurposeKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	private static final String[] NO_WEBSITE = {};

	@Autowired
	private KpiScenario scenario;

	private long shop;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.shop = this.scenario.connection(PHONE, WABA, "5215512345678", "Colchones Luna", "America/Mexico_City");
	}

	@Test
	void aMattressShopsTemplatesMatchItsDescriptionOrRetailButACryptoPromotionDoesNot() {
		// given: about and description give almoh, bas, cam, ciud, colchon, envi, med,
		// tod
		// (8); RETAIL's Spanish lexicon 18 more lexemes (tiend, sucursal, … and colchon,
		// already there): 25 in all
		profile("RETAIL", "Colchones y bases a tu medida",
				"Colchones, almohadas y bases de cama con envío a toda la ciudad.");
		touch("A", "Tu COLCHÓN ortopédico con 20% menos esta semana"); // colchon, case
																		// and accents
		touch("B", "Almohadas de plumas para tu descanso"); // almoh
		touch("C", "Visita nuestra sucursal de Polanco"); // sucursal: RETAIL
		touch("D", "Invierte en Bitcoin y gana 30% mensual garantizado"); // no
		touch("E", "Colchones Luna te desea un feliz día"); // the brand alone: no
		touch("F", "Colchones Luna: ¡precio especial en colchones matrimoniales!"); // colchon
																					// after
																					// the
																					// brand
		touch("G", null); // no body: no
		// not touches: a template in the customer's window, and one that failed
		this.scenario.inbound(this.shop, "H", "Hola", "2026-03-10T09:00:00-06:00");
		touch("H", "Colchones en oferta");
		String failed = touch("I", "Colchones en oferta");
		this.scenario.failed("2026-03-10T10:01:00-06:00", WABA, PHONE, failed, 131026);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: A, B, C, F
		assertThat(kpis()).containsEntry("bi_touches", 7)
			.containsEntry("purpose_terms", 25)
			.containsEntry("purpose_matched_touches", 4)
			.containsEntry("brand_identified_touches", 2);
	}

	@Test
	void theLexiconAndTheTextSearchAreTheConnectionsLanguage() {
		// given: English, no description; mattress, bed, frame and RETAIL's English
		// lexicon
		this.scenario.locale(this.shop, "en");
		profile("RETAIL", "Mattresses and bed frames", null);
		touch("A", "Your new mattress is waiting in our showroom"); // mattress, showroom
		touch("B", "Earn 30% a month with crypto"); // no
		touch("C", "Colchones en oferta"); // Spanish: no

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("purpose_matched_touches", 1);
	}

	@Test
	void aPortugueseShopMatchesThePluralOfItsLexicon() {
		// given: Portuguese, a vertical without a word in the profile
		this.scenario.locale(this.shop, "pt");
		profile("RETAIL", null, null);
		touch("A", "Colchões com 20% de desconto"); // colcho: RETAIL's colchões
		touch("B", "Ganhe 30% ao mês com criptomoedas"); // no

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("purpose_matched_touches", 1);
	}

	@Test
	void withoutAProfileOrWithoutWordsThereIsNoPurpose() {
		// given: no profile first
		touch("A", "Colchones en oferta");
		this.scenario.compute(DAY, CLOSED);
		assertThat(kpis()).containsEntry("purpose_terms", 0)
			.containsEntry("purpose_matched_touches", 0)
			.containsEntry("profile_completeness", null);

		// when: a profile whose text is only stop words and whose vertical has no lexicon
		profile("OTHER", "de la y", "   ");
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(kpis()).containsEntry("purpose_terms", 0)
			.containsEntry("purpose_matched_touches", 0)
			.containsEntry("profile_completeness", 2);
	}

	@Test
	void profileCompletenessCountsTheFieldsFilledWithTextThatIsNotBlank() {
		// given: the profile of the day is the newest captured before W.end
		this.scenario.profile(this.shop, "2026-03-01T12:00:00Z", "Colchones", "Colchones y bases", "RETAIL",
				new String[] { "https://colchonesluna.mx" }, "hola@colchonesluna.mx", "Av. Reforma 1",
				"https://cdn.example/luna.jpg"); // 7
		this.scenario.profile(this.shop, "2026-03-10T23:59:59-06:00", " ", "\t\n", "UNDEFINED",
				new String[] { "  ", "" }, "", null, "https://cdn.example/luna.jpg"); // 1
		// captured at W.end: the next day's
		this.scenario.profile(this.shop, "2026-03-11T00:00:00-06:00", "Colchones", "Colchones", "RETAIL",
				new String[] { "https://colchonesluna.mx" }, "a@b.mx", "Reforma", "https://cdn.example/luna.jpg");

		// when
		this.scenario.compute("2026-02-28", "2026-03-12T12:00:00Z");
		this.scenario.compute("2026-03-01", "2026-03-12T12:00:00Z");
		this.scenario.compute(DAY, CLOSED);

		// then: none yet; the complete one; the blank one, with UNDEFINED: no lexicon
		assertThat(this.scenario.kpis(PHONE, "2026-02-28")).containsEntry("profile_completeness", null);
		assertThat(this.scenario.kpis(PHONE, "2026-03-01")).containsEntry("profile_completeness", 7)
			.containsEntry("purpose_terms", 19);
		assertThat(kpis()).containsEntry("profile_completeness", 1).containsEntry("purpose_terms", 0);
	}

	private void profile(String vertical, String about, String description) {
		this.scenario.profile(this.shop, "2026-03-01T12:00:00Z", about, description, vertical, NO_WEBSITE, null, null,
				null);
	}

	private String touch(String customer, String body) {
		return this.scenario.template(this.shop, customer, "MARKETING", body, "2026-03-10T10:00:00-06:00");
	}

	private Map<String, Object> kpis() {
		return this.scenario.kpis(PHONE, DAY);
	}

}
