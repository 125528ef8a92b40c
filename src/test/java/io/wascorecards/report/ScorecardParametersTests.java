package io.wascorecards.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Recommendation.Facts;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.ScoringSettings;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code reports/scorecard.jrxml} is given for a stored scorecard.
 */
class ScorecardParametersTests {

	@Test
	void aRecommendationsStepsReachTheTemplateAsAList() {
		Recommendation recommendation = new Recommendation(null, Status.GREEN, "recommendation.keep_doing",
				new Facts(12L, 12L, null, null, 7, null, null, null, null, null, null, null));
		StoredScorecard scorecard = new StoredScorecard(false, new BigDecimal("100"), Status.GREEN, Map.of(), Map.of(),
				List.of(recommendation), List.of());
		ScorecardReportRow row = new ScorecardReportRow(1, "100000000000201", "5215512340001", "Northwind Opticians",
				ZoneId.of("UTC"), "en", LocalDate.parse("2026-03-10"), Instant.parse("2026-03-14T00:00:00Z"), scorecard,
				7, 30, 0, 0, null, null, new long[6], 0, null, null, null, null);

		Map<String, Object> parameters = new ScorecardParameters(new ReportTexts(new TextSource()),
				Duration.ofHours(24))
			.of(row, ScoringSettings.defaults());

		Map<String, ?> card = ((JRMapCollectionDataSource) parameters.get("recommendations")).getData()
			.iterator()
			.next();
		List<String> steps = new ScoringMessages(new TextSource()).render(recommendation, Locale.ENGLISH).steps();
		assertThat(steps).hasSize(3);
		assertThat(card.get("steps")).isEqualTo(steps);
	}

}
