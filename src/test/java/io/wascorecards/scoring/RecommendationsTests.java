package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wascorecards.scoring.Recommendation.Facts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which recommendations a scorecard gets, in which order, with which numbers.
 */
class RecommendationsTests {

	private static final ScoringSettings DEFAULTS = ScoringSettings.defaults();

	/** The answer window as {@code scorecards.answer-window} ships it. */
	static final Duration ANSWER_WINDOW = Duration.ofHours(24);

	@Test
	void aRedKpiYieldsItsNumbersAndTheEvidence() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " interactions=40 interactions_answered=28");
		List<Recommendation> recommendations = recommend(input,
				Map.of(Recommendations.UNANSWERED_PEAK_HOURS, "20:00–23:00"));
		assertThat(recommendations).singleElement().satisfies((recommendation) -> {
			assertThat(recommendation.kpi()).isEqualTo(Kpi.RESPONSE_RATE);
			assertThat(recommendation.status()).isEqualTo(Status.RED);
			assertThat(recommendation.messageKey()).isEqualTo("recommendation.response_rate");
			// 28 of 40 answered, 12 not, 0.700, target 0.90, 7 days, evidence, 24 h
			assertThat(recommendation.facts()).isEqualTo(new Facts(28L, 40L, new BigDecimal("0.700"),
					new BigDecimal("0.90"), 7, "20:00–23:00", 24L, null, null, null, null, null));
			assertThat(recommendation.facts().missed()).isEqualTo(12L);
			assertThat(recommendation.hasEvidence()).isTrue();
		});
	}

	@Test
	void evidenceIsLeftOutWhenAbsentOrNotAboutTheKpi() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " outbound_failed=10");
		assertThat(recommend(input, Map.of()).get(0).hasEvidence()).isFalse();
		assertThat(recommend(input, Map.of(Recommendations.TOP_EXTERNAL_DOMAINS, "bit.ly")).get(0).hasEvidence())
			.isFalse();
		assertThat(recommend(input, Map.of(Recommendations.TOP_FAILURE_CODES, " ")).get(0).hasEvidence()).isFalse();
		assertThat(recommend(input, Map.of(Recommendations.TOP_FAILURE_CODES, List.of(131047, 131026))).get(0)
			.facts()
			.evidence()).isEqualTo("131047, 131026");
	}

	@Test
	void theAnswerWindowIsNamedInHours() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " interactions_answered=50");
		Scorecard scorecard = Scorer.score(input, DEFAULTS);
		assertThat(Recommendations.recommend(input, scorecard, DEFAULTS, Duration.ofHours(48), Map.of())
			.get(0)
			.facts()
			.hours()).isEqualTo(48L);
	}

	@Test
	void redComesFirstThenAreaWeightThenTableOrderAtMostFive() {
		// RED: delivery failure (Effectiveness 0.35), opt-outs (Consistency 0.30),
		// external links (Brand 0.15); YELLOW: response rate (Effectiveness),
		// fulfilment (Humanity 0.20), foreign WhatsApp references (Brand)
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " outbound_failed=10 external_link_messages=20 "
				+ "optout_signals=3 interactions_answered=80 human_requests_fulfilled=9 foreign_whatsapp_refs=1");
		Scorecard scorecard = Scorer.score(input, DEFAULTS);
		assertThat(Recommendations.all(input, scorecard, DEFAULTS, ANSWER_WINDOW, Map.of()))
			.extracting(Recommendation::kpi)
			.containsExactly(Kpi.DELIVERY_FAILURE_RATE, Kpi.OPTOUT_PER_1000, Kpi.EXTERNAL_LINK_RATE, Kpi.RESPONSE_RATE,
					Kpi.HUMAN_FULFILMENT_RATE, Kpi.FOREIGN_WHATSAPP_REFS);
		assertThat(Recommendations.recommend(input, scorecard, DEFAULTS, ANSWER_WINDOW, Map.of()))
			.extracting(Recommendation::kpi, Recommendation::status)
			.containsExactly(tuple(Kpi.DELIVERY_FAILURE_RATE, Status.RED), tuple(Kpi.OPTOUT_PER_1000, Status.RED),
					tuple(Kpi.EXTERNAL_LINK_RATE, Status.RED), tuple(Kpi.RESPONSE_RATE, Status.YELLOW),
					tuple(Kpi.HUMAN_FULFILMENT_RATE, Status.YELLOW));
	}

	@Test
	void kpisOfOneStatusAndAreaKeepTheTableOrder() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " outbound_failed=10 interactions_answered=40");
		assertThat(recommend(input, Map.of())).extracting(Recommendation::kpi)
			.containsExactly(Kpi.RESPONSE_RATE, Kpi.DELIVERY_FAILURE_RATE);
	}

	@Test
	void theConnectionsWeightsOrderTheRecommendations() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN + " outbound_failed=10 external_link_messages=20");
		ScoringSettings brandFirst = DEFAULTS
			.with(new ScoringOverride(null, null, null, null, Map.of(Area.BRAND, new BigDecimal("0.50")), null));
		assertThat(
				Recommendations.recommend(input, Scorer.score(input, brandFirst), brandFirst, ANSWER_WINDOW, Map.of()))
			.extracting(Recommendation::kpi)
			.containsExactly(Kpi.EXTERNAL_LINK_RATE, Kpi.DELIVERY_FAILURE_RATE);
	}

	@Test
	void sanctionsSayWhetherTheAccountOrOnlyTemplatesWereHit() {
		ScoringInput account = Windows.input(ScorerTests.ALL_GREEN, ScorerTests.ALL_GREEN, "",
				"account_sanctions=1 template_pauses=2 template_rejections=1");
		assertThat(recommend(account, Map.of())).singleElement().satisfies((recommendation) -> {
			assertThat(recommendation.messageKey()).isEqualTo("recommendation.sanctions.account");
			// 4 events over 30 days: 1 account sanction, 3 template events
			assertThat(recommendation.facts())
				.isEqualTo(new Facts(4L, null, new BigDecimal("4"), null, 30, null, null, 1L, 3L, null, null, null));
			assertThat(recommendation.facts().missed()).isNull();
		});
		ScoringInput templates = Windows.input(ScorerTests.ALL_GREEN, ScorerTests.ALL_GREEN, "",
				"template_quality_red=1");
		assertThat(recommend(templates, Map.of())).singleElement()
			.extracting(Recommendation::messageKey, Recommendation::status)
			.containsExactly("recommendation.sanctions.templates", Status.YELLOW);
	}

	@Test
	void anAllGreenScorecardSaysWhatToKeepDoing() {
		ScoringInput input = Windows.input(ScorerTests.ALL_GREEN);
		assertThat(recommend(input, Map.of())).singleElement().satisfies((recommendation) -> {
			assertThat(recommendation.kpi()).isNull();
			assertThat(recommendation.status()).isEqualTo(Status.GREEN);
			assertThat(recommendation.messageKey()).isEqualTo("recommendation.keep_doing");
			assertThat(recommendation.facts()).extracting(Facts::count, Facts::total, Facts::missed)
				.containsExactly(16L, 16L, 0L);
		});
	}

	@Test
	void aScorecardWithoutYellowOrRedButSomeNoDataAlsoSaysWhatToKeepDoing() {
		ScoringInput input = Windows.input("");
		assertThat(recommend(input, Map.of())).singleElement()
			.satisfies((recommendation) -> assertThat(recommendation.facts())
				.extracting(Facts::count, Facts::total, Facts::missed)
				.containsExactly(3L, 3L, 0L));
	}

	private static List<Recommendation> recommend(ScoringInput input, Map<String, ?> evidence) {
		return Recommendations.recommend(input, Scorer.score(input, DEFAULTS), DEFAULTS, ANSWER_WINDOW, evidence);
	}

}
