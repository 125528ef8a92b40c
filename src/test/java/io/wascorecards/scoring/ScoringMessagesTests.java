package io.wascorecards.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecards' labels and recommendations: every recommendation rendered with real
 * numbers in each language (the bundles themselves are checked by TextSourceTests).
 */
class ScoringMessagesTests {

	private static final Locale ES = Locale.forLanguageTag("es");

	private static final Locale PT = Locale.forLanguageTag("pt");

	private static final ScoringMessages messages = new ScoringMessages(new TextSource());

	/** Every KPI RED, with plural counts. */
	private static final String ALL_RED = "interactions=100 interactions_answered=40 answered_within_15m=0 "
			+ "bi_touches=100 bi_touches_replied=10 brand_identified_touches=50 outbound_messages=1500 "
			+ "outbound_failed=150 outbound_with_body=100 external_link_messages=20 foreign_whatsapp_refs=3 "
			+ "bi_messages=400 optout_signals=9 ecosystem_limit_errors=1 human_requests=10 human_requests_fulfilled=5 "
			+ "interactions_with_agent=0 rating=RED quality_flag_events=2 account_sanctions=2 template_pauses=2";

	/** Every KPI YELLOW, with singular counts. */
	private static final String ALL_YELLOW = "interactions=100 interactions_answered=80 answered_within_15m=60 "
			+ "bi_touches=100 bi_touches_replied=60 brand_identified_touches=80 outbound_messages=100 "
			+ "outbound_failed=3 outbound_with_body=100 external_link_messages=10 foreign_whatsapp_refs=1 "
			+ "bi_messages=100 optout_signals=1 human_requests=10 human_requests_fulfilled=9 "
			+ "interactions_with_agent=1 rating=YELLOW template_pauses=1";

	private static final Map<String, Object> EVIDENCE = Map.of(Recommendations.UNANSWERED_PEAK_HOURS, "20:00–23:00",
			Recommendations.TOP_EXTERNAL_DOMAINS, List.of("bit.ly", "instagram.com"), Recommendations.TOP_FAILURE_CODES,
			"131047, 131026");

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_pt" })
	void everyPlaceholderNamesAFact(String language) throws IOException {
		Properties texts = bundle("messages/recommendations" + language + ".properties");
		Pattern placeholder = Pattern.compile("\\{\\s*([^,}\\s]+)");
		List<String> names = new ArrayList<>();
		for (String key : texts.stringPropertyNames()) {
			placeholder.matcher(texts.getProperty(key)).results().forEach((name) -> names.add(name.group(1)));
		}
		Set<String> facts = new Recommendation.Facts(null, null, null, null, 7, null, null, null, null, null, null,
				null)
			.named()
			.keySet();
		assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat(facts).contains(name));
		assertThat(names).contains("missed", "windowDays", "accountSanctions", "templateEvents", "qualityFlags",
				"rating", "terms", "evidence");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "pt" })
	void everyLabelExists(String language) {
		Locale locale = Locale.forLanguageTag(language);
		for (Kpi kpi : Kpi.values()) {
			assertThat(messages.label(kpi, locale)).isNotBlank();
			assertThat(messages.target(kpi, ScoringSettings.defaults().limits(kpi), locale)).isNotBlank();
		}
		for (Area area : Area.values()) {
			assertThat(messages.label(area, locale)).isNotBlank();
		}
		for (Status status : Status.values()) {
			assertThat(messages.label(status, locale)).isNotBlank();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "pt" })
	void everyRecommendationRendersWithItsNumbers(String language) {
		Locale locale = Locale.forLanguageTag(language);
		List<Recommendation> recommendations = new ArrayList<>();
		for (String sums : List.of(ALL_RED, ALL_YELLOW)) {
			ScoringInput input = Windows.input(sums);
			Scorecard scorecard = Scorer.score(input, ScoringSettings.defaults());
			recommendations.addAll(Recommendations.all(input, scorecard, ScoringSettings.defaults(),
					RecommendationsTests.ANSWER_WINDOW, EVIDENCE));
			recommendations.addAll(Recommendations.all(input, scorecard, ScoringSettings.defaults(),
					RecommendationsTests.ANSWER_WINDOW, Map.of()));
		}
		recommendations.addAll(recommendationsFor(ScorerTests.ALL_GREEN));
		// 12 KPIs RED and YELLOW, with and without evidence, and the keep-doing one
		assertThat(recommendations).hasSize(49);
		assertThat(recommendations).extracting(Recommendation::messageKey)
			.contains("recommendation.sanctions.account", "recommendation.sanctions.templates",
					"recommendation.keep_doing");
		for (Recommendation recommendation : recommendations) {
			RenderedRecommendation rendered = messages.render(recommendation, locale);
			List<String> texts = new ArrayList<>(
					List.of(rendered.title(), rendered.status(), rendered.finding(), rendered.why()));
			texts.addAll(rendered.steps());
			assertThat(rendered.steps()).as(recommendation.messageKey()).hasSize(3);
			assertThat(texts).as(recommendation.messageKey())
				.allSatisfy((text) -> assertThat(text).isNotBlank()
					.doesNotContain("{", "}", "null", "''", "recommendation.")
					.doesNotStartWith(" ")
					.doesNotEndWith(" "));
			if (recommendation.kpi() != Kpi.PHONE_QUALITY) {
				assertThat(rendered.finding()).as(recommendation.messageKey()).containsPattern("\\d");
			}
			if (recommendation.hasEvidence()) {
				assertThat(rendered.finding()).containsAnyOf("20:00–23:00", "bit.ly, instagram.com", "131047, 131026");
			}
		}
	}

	@Test
	void theSpecsExampleInEveryLanguage() {
		Recommendation recommendation = recommendationsFor(
				ScorerTests.ALL_GREEN + " interactions=40 interactions_answered=28",
				Map.of(Recommendations.UNANSWERED_PEAK_HOURS, "20:00–23:00"))
			.get(0);
		assertThat(messages.render(recommendation, Locale.ENGLISH).finding())
			.isEqualTo("12 of 40 customer interactions got no answer within 24 h in the last 7 days "
					+ "(response rate 70%; target 90% or more). Most of them arrived at these times: 20:00–23:00.");
		assertThat(messages.render(recommendation, ES).finding())
			.isEqualTo("12 de 40 interacciones de clientes no recibieron respuesta en 24 h en los últimos 7 días "
					+ "(tasa de respuesta: 70%; meta: 90% o más). La mayoría llegó en este horario: 20:00–23:00.");
		assertThat(messages.render(recommendation, PT).finding())
			.isEqualTo("12 de 40 interações de clientes ficaram sem resposta em até 24 h nos últimos 7 dias "
					+ "(taxa de resposta: 70%; meta: 90% ou mais). A maioria chegou neste horário: 20:00–23:00.");
	}

	@Test
	void numbersAreFormattedForTheLanguage() {
		// 1,300 of 1,600 = 0.8125, shown to a tenth of a percent: 81.3%
		Recommendation response = recommendationsFor(
				ScorerTests.ALL_GREEN + " interactions=1600 interactions_answered=1300 answered_within_15m=1300",
				Map.of())
			.get(0);
		assertThat(messages.render(response, Locale.ENGLISH).finding()).startsWith("300 of 1,600 ").contains("81.3%");
		assertThat(messages.render(response, ES).finding()).startsWith("300 de 1.600 ").contains("81,3%");
		assertThat(messages.render(response, PT).finding()).startsWith("300 de 1.600 ").contains("81,3%");
		// 5 signals for 400 messages = 12.5 per 1,000
		Recommendation optouts = recommendationsFor(ScorerTests.ALL_GREEN + " bi_messages=400 optout_signals=5",
				Map.of())
			.get(0);
		assertThat(messages.render(optouts, Locale.ENGLISH).finding()).contains(" 12.5 ");
		assertThat(messages.render(optouts, ES).finding()).contains(" 12,5 ");
		assertThat(messages.render(optouts, PT).finding()).contains(" 12,5 ");
	}

	@Test
	void countsOfOneAndNoneReadNaturally() {
		Recommendation fulfilment = recommendationsFor(
				ScorerTests.ALL_GREEN + " human_requests=10 human_requests_fulfilled=9", Map.of())
			.get(0);
		assertThat(messages.render(fulfilment, Locale.ENGLISH).finding())
			.startsWith("Of the 10 customers who asked for a person in the last 7 days, 1 did not get a human agent");
		assertThat(messages.render(fulfilment, ES).finding()).contains(", 1 no fue atendido por un asesor");
		assertThat(messages.render(fulfilment, PT).finding()).contains(", 1 não teve retorno de um atendente");
		Recommendation slow = recommendationsFor(ScorerTests.ALL_GREEN + " answered_within_15m=0", Map.of()).get(0);
		assertThat(messages.render(slow, Locale.ENGLISH).finding())
			.startsWith("None of the 100 answered interactions got their first answer within 15 minutes");
		assertThat(messages.render(slow, ES).finding())
			.startsWith("Ninguna de las 100 interacciones respondidas recibió");
		assertThat(messages.render(slow, PT).finding()).startsWith("Nenhuma das 100 interações respondidas recebeu");
	}

	@Test
	void aFlaggedNumberIsRedButTheFindingStatesItsRealRating() {
		Recommendation yellow = recommendationsFor(ScorerTests.ALL_GREEN + " rating=YELLOW quality_flag_events=1")
			.get(0);
		assertThat(yellow.kpi()).isEqualTo(Kpi.PHONE_QUALITY);
		assertThat(yellow.status()).isEqualTo(Status.RED);
		assertThat(messages.render(yellow, Locale.ENGLISH).finding()).isEqualTo(
				"Phone quality is rated YELLOW (medium): Meta flagged or downgraded the number once in the last 7 days.");
		assertThat(messages.render(yellow, ES).finding()).isEqualTo("La calidad del número está calificada en "
				+ "AMARILLO (media): Meta marcó el número o bajó su calificación una vez en los últimos 7 días.");
		assertThat(messages.render(yellow, PT).finding()).isEqualTo("A qualidade do número está classificada como "
				+ "AMARELA (média): a Meta sinalizou ou rebaixou o número uma vez nos últimos 7 dias.");
		// no rating at all (UNKNOWN), flagged twice: RED, and the finding says there is
		// no rating
		Recommendation unrated = recommendationsFor(ScorerTests.ALL_GREEN + " rating=UNKNOWN quality_flag_events=2")
			.get(0);
		assertThat(unrated.status()).isEqualTo(Status.RED);
		assertThat(messages.render(unrated, Locale.ENGLISH).finding()).isEqualTo(
				"Phone quality has no rating: Meta flagged or downgraded the number 2 times in the last 7 days.");
		assertThat(messages.render(unrated, ES).finding()).startsWith("La calidad del número no tiene calificación: ");
		assertThat(messages.render(unrated, PT).finding()).startsWith("A qualidade do número não tem classificação: ");
	}

	@Test
	void labelsAndTitles() {
		assertThat(messages.label(Kpi.RESPONSE_RATE, Locale.ENGLISH)).isEqualTo("Response rate");
		assertThat(messages.label(Kpi.RESPONSE_RATE, ES)).isEqualTo("Tasa de respuesta");
		assertThat(messages.label(Kpi.RESPONSE_RATE, PT)).isEqualTo("Taxa de resposta");
		assertThat(messages.label(Status.RED, PT)).isEqualTo("Vermelho");
		assertThat(messages.label(Area.HUMANITY, ES)).isEqualTo("Atención humana");
		RenderedRecommendation keepDoing = messages.render(recommendationsFor(ScorerTests.ALL_GREEN).get(0), ES);
		assertThat(keepDoing.title()).isEqualTo("Siga así");
		assertThat(keepDoing.finding())
			.isEqualTo("Los 16 indicadores con datos suficientes estuvieron en VERDE en los últimos 7 días.");
	}

	@Test
	void targetsShowTheGreenLimit() {
		ScoringSettings settings = ScoringSettings.defaults();
		assertThat(messages.target(Kpi.RESPONSE_RATE, settings.limits(Kpi.RESPONSE_RATE), Locale.ENGLISH))
			.isEqualTo("≥ 90%");
		assertThat(
				messages.target(Kpi.DELIVERY_FAILURE_RATE, settings.limits(Kpi.DELIVERY_FAILURE_RATE), Locale.ENGLISH))
			.isEqualTo("≤ 2%");
		assertThat(messages.target(Kpi.OPTOUT_PER_1000, settings.limits(Kpi.OPTOUT_PER_1000), Locale.ENGLISH))
			.isEqualTo("≤ 5");
		assertThat(messages.target(Kpi.FOREIGN_WHATSAPP_REFS, settings.limits(Kpi.FOREIGN_WHATSAPP_REFS), PT))
			.isEqualTo("0");
		assertThat(messages.target(Kpi.PHONE_QUALITY, settings.limits(Kpi.PHONE_QUALITY), ES)).isEqualTo("Verde");
		assertThat(messages.target(Kpi.HUMAN_INVOLVEMENT_RATE, settings.limits(Kpi.HUMAN_INVOLVEMENT_RATE), ES))
			.isEqualTo("≥ 5%");
		ScoringSettings stricter = settings.with(new ScoringOverride(null, null, null, null, null,
				Map.of(Kpi.OPTOUT_PER_1000, new KpiLimits(new BigDecimal("2.5"), null, null), Kpi.RESPONSE_RATE,
						new KpiLimits(new BigDecimal("0.925"), null, null))));
		assertThat(messages.target(Kpi.OPTOUT_PER_1000, stricter.limits(Kpi.OPTOUT_PER_1000), PT)).isEqualTo("≤ 2,5");
		assertThat(messages.target(Kpi.RESPONSE_RATE, stricter.limits(Kpi.RESPONSE_RATE), PT)).isEqualTo("≥ 92,5%");
	}

	@Test
	void anotherLanguageFallsBackToEnglishWhateverTheMachinesLanguage() {
		Locale machine = Locale.getDefault();
		try {
			Locale.setDefault(ES);
			ScoringMessages fresh = new ScoringMessages(new TextSource());
			assertThat(fresh.label(Kpi.RESPONSE_RATE, Locale.FRENCH)).isEqualTo("Response rate");
			assertThat(fresh.label(Kpi.RESPONSE_RATE, Locale.forLanguageTag("pt-BR"))).isEqualTo("Taxa de resposta");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	private static List<Recommendation> recommendationsFor(String sums) {
		return recommendationsFor(sums, Map.of());
	}

	private static List<Recommendation> recommendationsFor(String sums, Map<String, ?> evidence) {
		ScoringInput input = Windows.input(sums);
		return Recommendations.recommend(input, Scorer.score(input, ScoringSettings.defaults()),
				ScoringSettings.defaults(), RecommendationsTests.ANSWER_WINDOW, evidence);
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ScoringMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
