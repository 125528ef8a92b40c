package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Area scores, the overall score with re-normalised weights, and the overall status (SPEC
 * §5), with hand-computed numbers.
 */
class ScorerTests {

	/** Every KPI GREEN, with data, but the business profile: absent, so NO_DATA. */
	static final String ALL_GREEN_BUT_PROFILE = "interactions=100 interactions_answered=100 answered_within_15m=100 "
			+ "interactions_with_agent=10 bi_touches=100 bi_touches_replied=100 brand_identified_touches=100 "
			+ "outbound_messages=100 outbound_with_body=100 bi_messages=100 human_requests=10 "
			+ "human_requests_fulfilled=10 purpose_terms=12 purpose_matched_touches=100 inbound_customers=100 "
			+ "rating=GREEN";

	/** Every KPI GREEN, with data. */
	static final String ALL_GREEN = ALL_GREEN_BUT_PROFILE + " profile_completeness=7";

	@Test
	void overallScoreReNormalisesTheWeightsOfTheAreasWithData() {
		// Effectiveness: reply GREEN 100, delivery failure 3 / 100 YELLOW 50,
		// response and 15 min without enough interactions → 75
		// Brand: all GREEN → 100
		// (purpose without purpose terms, complaints without customers and the profile
		// have no data)
		// Consistency: opt-outs 10 per 1,000 YELLOW 50, a paused template YELLOW 50,
		// quality UNKNOWN, no marketing after an opt-out GREEN 100 → 66.666…
		// Humanity: no requests, 10 interactions → absent
		// (0.35·75 + 0.15·100 + 0.30·66.666…) / 0.80 = 61.25 / 0.80 = 76.5625
		String current = "interactions=10 interactions_answered=10 bi_touches=100 bi_touches_replied=100 "
				+ "brand_identified_touches=100 outbound_messages=100 outbound_failed=3 outbound_with_body=100 "
				+ "bi_messages=100 optout_signals=1";
		Scorecard scorecard = score(Windows.input(current, current, "", "template_pauses=1"));
		assertThat(scorecard.areaScores()).containsOnlyKeys(Area.EFFECTIVENESS, Area.BRAND, Area.CONSISTENCY);
		assertThat(scorecard.areaScore(Area.EFFECTIVENESS)).hasValueSatisfying(equalTo("75"));
		assertThat(scorecard.areaScore(Area.BRAND)).hasValueSatisfying(equalTo("100"));
		assertThat(scorecard.areaScore(Area.CONSISTENCY)).hasValueSatisfying(equalTo("66.666667"));
		assertThat(scorecard.areaScore(Area.HUMANITY)).isEmpty();
		assertThat(scorecard.score()).isEqualByComparingTo("76.5625");
		assertThat(Scorecard.writeScore(scorecard.score())).isEqualTo("76.6");
		assertThat(scorecard.status()).isEqualTo(Status.YELLOW);
	}

	@Test
	void allGreenScoresOneHundred() {
		Scorecard scorecard = score(Windows.input(ALL_GREEN));
		assertThat(scorecard.score()).isEqualByComparingTo("100");
		assertThat(scorecard.status()).isEqualTo(Status.GREEN);
		assertThat(scorecard.kpis()).extracting(KpiResult::status).containsOnly(Status.GREEN);
	}

	@Test
	void anAccountSanctionMakesTheScorecardRedWhateverTheScore() {
		// Consistency: opt-outs, quality, complaints, marketing after opt-out 100,
		// sanctions 0 → 400 / 5 = 80; 0.35·100 + 0.15·100 + 0.30·80 + 0.20·100 = 94
		Scorecard scorecard = score(Windows.input(ALL_GREEN, ALL_GREEN, "", "account_sanctions=1"));
		assertThat(scorecard.score()).isEqualByComparingTo("94");
		assertThat(scorecard.status()).isEqualTo(Status.RED);
		assertThat(Scorecard.writeScore(scorecard.areaScores().get(Area.CONSISTENCY))).isEqualTo("80.0");
	}

	@Test
	void templateEventsAloneDoNotMakeTheScorecardRed() {
		// Consistency (100 + 50 + 100 + 100 + 100) / 5 = 90; 35 + 15 + 27 + 20 = 97
		Scorecard scorecard = score(Windows.input(ALL_GREEN, ALL_GREEN, "", "template_rejections=2"));
		assertThat(scorecard.score()).isEqualByComparingTo("97");
		assertThat(scorecard.status()).isEqualTo(Status.GREEN);
	}

	@Test
	void aRedPhoneQualityMakesTheScorecardRedWhateverTheScore() {
		// Consistency 400 / 5 = 80 → 94
		Scorecard scorecard = score(Windows.input(ALL_GREEN + " rating=RED"));
		assertThat(scorecard.score()).isEqualByComparingTo("94");
		assertThat(scorecard.status()).isEqualTo(Status.RED);
	}

	@Test
	void aQualityFlagMakesTheScorecardRedWhateverTheRating() {
		Scorecard scorecard = score(Windows.input(ALL_GREEN + " quality_flag_events=1"));
		assertThat(scorecard.result(Kpi.PHONE_QUALITY).status()).isEqualTo(Status.RED);
		assertThat(Windows.written(scorecard.result(Kpi.PHONE_QUALITY).value())).isEqualTo("GREEN");
		assertThat(scorecard.status()).isEqualTo(Status.RED);
	}

	@Test
	void aFlaggedYellowNumberKeepsItsRatingAsTheValueAndScoresRed() {
		// Consistency: opt-outs, sanctions, complaints, marketing after opt-out 100,
		// quality RED 0 → 80; 35 + 15 + 0.30·80 + 20 = 94, RED because phone quality is
		// RED
		Scorecard scorecard = score(Windows.input(ALL_GREEN + " rating=YELLOW quality_flag_events=1"));
		KpiResult quality = scorecard.result(Kpi.PHONE_QUALITY);
		assertThat(Windows.written(quality.value())).isEqualTo("YELLOW");
		assertThat(Windows.written(quality.dayValue())).isEqualTo("YELLOW");
		assertThat(quality.status()).isEqualTo(Status.RED);
		assertThat(Scorecard.writeScore(scorecard.areaScores().get(Area.CONSISTENCY))).isEqualTo("80.0");
		assertThat(scorecard.score()).isEqualByComparingTo("94");
		assertThat(scorecard.status()).isEqualTo(Status.RED);
	}

	@Test
	void aScoreOf85IsGreen() {
		// Consistency: opt-outs 30 per 1,000 RED 0, sanctions 100, quality YELLOW 50,
		// complaints 3 of 100 customers = 30 per 1,000 RED 0, marketing after opt-out
		// 100 → 250 / 5 = 50; 35 + 15 + 0.30·50 + 20 = 85: not below 85; sanctions and
		// quality not RED
		Scorecard scorecard = score(Windows.input(ALL_GREEN + " optout_signals=3 customer_complaints=3 rating=YELLOW"));
		assertThat(scorecard.score()).isEqualByComparingTo("85");
		assertThat(scorecard.status()).isEqualTo(Status.GREEN);
	}

	@Test
	void aScoreJustBelowTheYellowBoundIsYellow() {
		ScoringSettings settings = ScoringSettings.defaults()
			.with(new ScoringOverride(null, null, null, new BigDecimal("85.000001"), null, null));
		Scorecard scorecard = Scorer
			.score(Windows.input(ALL_GREEN + " optout_signals=3 customer_complaints=3 rating=YELLOW"), settings);
		assertThat(scorecard.status()).isEqualTo(Status.YELLOW);
	}

	@Test
	void aScoreOf60IsYellowAndBelowItRed() {
		// Effectiveness: every KPI RED → 0; Humanity: fulfilment GREEN,
		// involvement 1 / 100 YELLOW → 75; 0 + 15 + 30 + 0.20·75 = 60
		String effectivenessRed = ALL_GREEN + " interactions_answered=40 answered_within_15m=0 bi_touches_replied=0 "
				+ "outbound_failed=10 purpose_matched_touches=0";
		Scorecard sixty = score(Windows.input(effectivenessRed + " interactions_with_agent=1"));
		assertThat(sixty.areaScore(Area.EFFECTIVENESS)).hasValueSatisfying(equalTo("0"));
		assertThat(sixty.score()).isEqualByComparingTo("60");
		assertThat(sixty.status()).isEqualTo(Status.YELLOW);
		// involvement 0 RED: Humanity 50; 0 + 15 + 30 + 10 = 55
		Scorecard fiftyFive = score(Windows.input(effectivenessRed + " interactions_with_agent=0"));
		assertThat(fiftyFive.score()).isEqualByComparingTo("55");
		assertThat(fiftyFive.status()).isEqualTo(Status.RED);
	}

	@Test
	void thirdsAreKeptUntilTheScoreIsWritten() {
		// Brand without a profile: external links 10 / 100 YELLOW → (50 + 100 + 100) / 3
		// =
		// 83.333…; 35 + 0.15·83.333… + 30 + 20 = 97.5
		Scorecard scorecard = score(Windows.input(ALL_GREEN_BUT_PROFILE + " external_link_messages=10"));
		assertThat(scorecard.areaScore(Area.BRAND)).hasValueSatisfying(equalTo("83.333333"));
		assertThat(Scorecard.writeScore(scorecard.areaScores().get(Area.BRAND))).isEqualTo("83.3");
		assertThat(scorecard.score()).isEqualByComparingTo("97.5");
	}

	@Test
	void aConnectionWithoutTrafficIsScoredOnlyOnWhatAlwaysHasData() {
		// only foreign WhatsApp references (Brand), sanctions and marketing after opt-out
		// (Consistency) have data
		Scorecard scorecard = score(Windows.input(""));
		assertThat(scorecard.areaScores()).containsOnlyKeys(Area.BRAND, Area.CONSISTENCY);
		assertThat(scorecard.score()).isEqualByComparingTo("100");
		assertThat(scorecard.status()).isEqualTo(Status.GREEN);
	}

	@Test
	void scoresAreWrittenWithOneDecimalHalfUp() {
		assertThat(Scorecard.writeScore(new BigDecimal("70.25"))).isEqualTo("70.3");
		assertThat(Scorecard.writeScore(new BigDecimal("70.249999"))).isEqualTo("70.2");
		assertThat(Scorecard.writeScore(new BigDecimal("100"))).isEqualTo("100.0");
		assertThat(Scorecard.writeScore(null)).isEmpty();
	}

	@Test
	void kpiValuesAndScoresAreWrittenAsTheScorecardCsvShowsThem() {
		String current = "interactions=10 interactions_answered=10 bi_touches=100 bi_touches_replied=100 "
				+ "brand_identified_touches=100 outbound_messages=100 outbound_failed=3 outbound_with_body=100 "
				+ "bi_messages=100 optout_signals=1";
		Scorecard scorecard = score(Windows.input(current, current, "", "template_pauses=1"));
		// in the order of the CSV: score, status, each KPI's value and status, the area
		// scores
		List<String> fields = new ArrayList<>(
				List.of(Scorecard.writeScore(scorecard.score()), scorecard.status().name()));
		for (KpiResult result : scorecard.kpis()) {
			fields.add(Windows.written(result.value()));
			fields.add(result.status().name());
		}
		for (Area area : Area.values()) {
			fields.add(Scorecard.writeScore(scorecard.areaScores().get(area)));
		}
		assertThat(String.join(",", fields))
			.isEqualTo("76.6,YELLOW,,NO_DATA,,NO_DATA,1.0000,GREEN,0.0300,YELLOW,0.0000,GREEN,0,GREEN,1.0000,GREEN,"
					+ "10.00,YELLOW,1,YELLOW,,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,0,GREEN,,NO_DATA,"
					+ "75.0,100.0,66.7,");
	}

	private static Scorecard score(ScoringInput input) {
		return Scorer.score(input, ScoringSettings.defaults());
	}

	private static Consumer<BigDecimal> equalTo(String expected) {
		return (actual) -> assertThat(actual).isEqualByComparingTo(expected);
	}

}
