package io.wascorecards.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scorecard.StoredKpi;
import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiValue;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Recommendation.Facts;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.Trend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top issue of a brand, as its portfolio row and its line of the e-mail give it.
 */
class ReportTextsTests {

	private static final ReportTexts texts = new ReportTexts();

	@Test
	void topIssueGivesTheValueAndTheTargetTheScorecardWasScoredAgainst() {
		// a connection whose own target for the response rate was 92.5% when it was
		// scored
		StoredScorecard scorecard = scorecard(Status.RED,
				new Recommendation(Kpi.RESPONSE_RATE, Status.RED, "recommendation.response_rate", new Facts(25L, 40L,
						new BigDecimal("0.625"), new BigDecimal("0.925"), 7, null, 24L, null, null, null, null)));
		assertThat(texts.topIssue(scorecard, Locale.ENGLISH)).isEqualTo("Response rate: 62.5% (target ≥ 92.5%)");
		assertThat(texts.topIssue(scorecard, Locale.forLanguageTag("es")))
			.isEqualTo("Tasa de respuesta: 62,5% (meta ≥ 92,5%)");
	}

	@Test
	void topIssueOfAScorecardWithoutIssuesOrWithoutData() {
		Recommendation keepDoing = new Recommendation(null, Status.GREEN, "recommendation.keep_doing",
				new Facts(12L, 12L, null, null, 7, null, null, null, null, null, null));
		assertThat(texts.topIssue(scorecard(Status.GREEN, keepDoing), Locale.ENGLISH))
			.isEqualTo("All indicators on target");
		assertThat(texts.topIssue(scorecard(Status.NO_DATA), Locale.ENGLISH)).isEqualTo("No data for this day");
	}

	private static StoredScorecard scorecard(Status status, Recommendation... recommendations) {
		StoredKpi responseRate = new StoredKpi(KpiValue.number(new BigDecimal("0.6250")), Status.RED, null, null,
				Trend.NONE, new BigDecimal("25"), new BigDecimal("40"));
		return new StoredScorecard(false, null, status, Map.of(), Map.of(Kpi.RESPONSE_RATE, responseRate),
				List.of(recommendations));
	}

}
