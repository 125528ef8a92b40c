package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Window sums read by their columns' names, as the statements over {@code daily_kpi} give
 * them.
 */
class KpiSumsTests {

	@Test
	void eachSumIsReadFromTheColumnNamedAsItIs() {
		Map<String, Object> row = new HashMap<>();
		row.put("days", 3L);
		row.put("latest_quality_rating", "YELLOW");
		row.put("answered_within_15m", 7L);
		row.put("interactions_with_agent", new BigDecimal("12"));
		row.put("profile_completeness", 5);

		KpiSums sums = KpiSums.of(row::get);

		assertThat(sums.days()).isEqualTo(3);
		assertThat(sums.latestQualityRating()).isEqualTo("YELLOW");
		assertThat(sums.answeredWithin15m()).isEqualTo(7);
		assertThat(sums.interactionsWithAgent()).isEqualTo(12);
		assertThat(sums.profileCompleteness()).isEqualTo(5L);
		// a column not given sums to 0; a day without a profile has none
		assertThat(sums.outboundFailed()).isZero();
		assertThat(KpiSums.of((column) -> null).profileCompleteness()).isNull();
		assertThat(KpiSums.of((column) -> null).latestQualityRating()).isEqualTo("UNKNOWN");
	}

}
