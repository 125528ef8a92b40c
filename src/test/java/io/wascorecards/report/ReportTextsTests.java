package io.wascorecards.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.wascorecards.scorecard.StoredKpi;
import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiValue;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Recommendation.Facts;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;
import io.wascorecards.scoring.Trend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The top issue of a brand, as its portfolio row and its line of the e-mail give it, and
 * the labels and error meanings of the PDFs.
 */
class ReportTextsTests {

	private static final ReportTexts texts = new ReportTexts(new TextSource());

	@Test
	void topIssueGivesTheValueAndTheTargetTheScorecardWasScoredAgainst() {
		// a connection whose own target for the response rate was 92.5% when it was
		// scored
		StoredScorecard scorecard = scorecard(Status.RED,
				new Recommendation(Kpi.RESPONSE_RATE, Status.RED, "recommendation.response_rate", new Facts(25L, 40L,
						new BigDecimal("0.625"), new BigDecimal("0.925"), 7, null, 24L, null, null, null, null, null)));
		assertThat(texts.topIssue(scorecard, Locale.ENGLISH)).isEqualTo("Response rate: 62.5% (target ≥ 92.5%)");
		assertThat(texts.topIssue(scorecard, Locale.forLanguageTag("es")))
			.isEqualTo("Tasa de respuesta: 62,5% (meta ≥ 92,5%)");
	}

	@Test
	void topIssueOfAScorecardWithoutIssuesOrWithoutData() {
		Recommendation keepDoing = new Recommendation(null, Status.GREEN, "recommendation.keep_doing",
				new Facts(12L, 12L, null, null, 7, null, null, null, null, null, null, null));
		assertThat(texts.topIssue(scorecard(Status.GREEN, keepDoing), Locale.ENGLISH))
			.isEqualTo("All indicators on target");
		assertThat(texts.topIssue(scorecard(Status.NO_DATA), Locale.ENGLISH)).isEqualTo("No data for this day");
	}

	@Test
	void theTemplatesLabelsComeFromTheTextsAndAMissingOneFails() {
		ResourceBundle labels = texts.labels(Locale.forLanguageTag("pt"));
		assertThat(labels.getString("column.share")).isEqualTo("% do total");
		assertThat(texts.labels(Locale.ENGLISH).getString("scorecard.responseTimes.subtitle"))
			.isEqualTo("Customer conversations by the time they waited for the brand's first reply.");
		assertThatExceptionOfType(MissingResourceException.class)
			.isThrownBy(() -> labels.getString("scorecard.no_such_label"));
	}

	@Test
	void errorMeaningsFallBackToTheGeneralOne() {
		assertThat(texts.errorMeaning(Locale.ENGLISH, "131047")).startsWith("More than 24 hours since the customer's");
		assertThat(texts.errorMeaning(Locale.ENGLISH, "250")).isEqualTo(texts.errorMeaning(Locale.ENGLISH, "200"));
		assertThat(texts.errorMeaning(Locale.forLanguageTag("es"), "999999"))
			.isEqualTo(texts.text(Locale.forLanguageTag("es"), "error.unknown"));
	}

	private static StoredScorecard scorecard(Status status, Recommendation... recommendations) {
		StoredKpi responseRate = new StoredKpi(KpiValue.number(new BigDecimal("0.6250")), Status.RED, null, null,
				Trend.NONE, new BigDecimal("25"), new BigDecimal("40"));
		return new StoredScorecard(false, null, status, Map.of(), Map.of(Kpi.RESPONSE_RATE, responseRate),
				List.of(recommendations), List.of());
	}

}
