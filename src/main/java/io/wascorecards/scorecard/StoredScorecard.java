package io.wascorecards.scorecard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wascorecards.scoring.Alert;
import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiResult;
import io.wascorecards.scoring.KpiValue;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Scorecard;
import io.wascorecards.scoring.Status;

/**
 * A scorecard as stored in a row of {@code scorecard}: what the CSV, the PDFs and the
 * e-mails read back, without recomputing and without formatting (that happens in the
 * reader's language when it is shown).
 *
 * @param provisional whether its day had not closed when it was computed
 * @param score the overall score (6 decimals), {@code null} when no area has data
 * @param status the overall status
 * @param areaScores the score of each area that has data
 * @param kpis every KPI, in the order of SPEC §5 (the {@code kpis} column)
 * @param recommendations at most 5, most urgent first (the {@code recommendations}
 * column)
 * @param alerts the day's sharp changes, in KPI order (the {@code alerts} column)
 */
public record StoredScorecard(boolean provisional, BigDecimal score, Status status, Map<Area, BigDecimal> areaScores,
		Map<Kpi, StoredKpi> kpis, List<Recommendation> recommendations, List<Alert> alerts) {

	public StoredScorecard {
		Map<Area, BigDecimal> inAreaOrder = new EnumMap<>(Area.class);
		inAreaOrder.putAll(areaScores);
		areaScores = Collections.unmodifiableMap(inAreaOrder);
		Map<Kpi, StoredKpi> inKpiOrder = new EnumMap<>(Kpi.class);
		inKpiOrder.putAll(kpis);
		for (Kpi kpi : Kpi.values()) {
			// a scorecard stored before a KPI existed has no data for it
			inKpiOrder.putIfAbsent(kpi, StoredKpi.NO_DATA);
		}
		kpis = Collections.unmodifiableMap(inKpiOrder);
		recommendations = List.copyOf(recommendations);
		alerts = List.copyOf(alerts);
	}

	static StoredScorecard of(Scorecard scorecard, List<Recommendation> recommendations, List<Alert> alerts,
			boolean provisional) {
		Map<Kpi, StoredKpi> kpis = new EnumMap<>(Kpi.class);
		for (KpiResult result : scorecard.kpis()) {
			kpis.put(result.kpi(), StoredKpi.of(result));
		}
		return new StoredScorecard(provisional, scorecard.score(), scorecard.status(), scorecard.areaScores(), kpis,
				recommendations, alerts);
	}

	/**
	 * Reads a stored scorecard from a row with the columns of {@code scorecard}.
	 * @param row the row: {@code provisional}, {@code score}, {@code status}, the area
	 * scores, {@code kpis}, {@code recommendations} and {@code alerts}
	 * @return the scorecard
	 * @throws SQLException when a column is missing
	 */
	public static StoredScorecard read(ResultSet row) throws SQLException {
		Map<Area, BigDecimal> areaScores = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			BigDecimal score = row.getBigDecimal(area.key() + "_score");
			if (score != null) {
				areaScores.put(area, score);
			}
		}
		return new StoredScorecard(row.getBoolean("provisional"), row.getBigDecimal("score"),
				Status.valueOf(row.getString("status")), areaScores, ScorecardJson.readKpis(row.getString("kpis")),
				ScorecardJson.readRecommendations(row.getString("recommendations")),
				ScorecardJson.readAlerts(row.getString("alerts")));
	}

	/**
	 * The most urgent issue, for the portfolio and the e-mail: the first recommendation
	 * about a KPI, with the KPI's value and the target it was scored against.
	 * @return the issue; empty when no KPI needs attention
	 */
	public Optional<TopIssue> topIssue() {
		return this.recommendations.stream()
			.filter((recommendation) -> recommendation.kpi() != null)
			.findFirst()
			.map((top) -> new TopIssue(top.kpi(), this.kpis.get(top.kpi()).value(), top.facts().target()));
	}

	/**
	 * A scorecard's most urgent issue.
	 *
	 * @param kpi the KPI
	 * @param value its value, {@code null} without data
	 * @param target its GREEN limit, {@code null} for a KPI without one
	 */
	public record TopIssue(Kpi kpi, KpiValue value, BigDecimal target) {
	}

}
