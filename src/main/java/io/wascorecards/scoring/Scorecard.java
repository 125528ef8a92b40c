package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores and statuses of one connection and business day.
 *
 * @param score the overall score (0–100, 6 decimals), {@code null} when no area has data
 * @param status the overall status
 * @param areaScores the score (6 decimals) of each area that has data; an area without
 * data is absent
 * @param kpis one result per KPI, in the order of {@link Kpi}
 */
public record Scorecard(BigDecimal score, Status status, Map<Area, BigDecimal> areaScores, List<KpiResult> kpis) {

	public Scorecard {
		Map<Area, BigDecimal> inAreaOrder = new EnumMap<>(Area.class);
		inAreaOrder.putAll(areaScores);
		areaScores = Collections.unmodifiableMap(inAreaOrder);
		kpis = List.copyOf(kpis);
	}

	public KpiResult result(Kpi kpi) {
		return this.kpis.get(kpi.ordinal());
	}

	public Optional<BigDecimal> areaScore(Area area) {
		return Optional.ofNullable(this.areaScores.get(area));
	}

	/**
	 * Writes a score as the scorecard CSV shows it: one decimal, half up (the CSV's query
	 * rounds the same way).
	 * @param score a score of this record, or {@code null}
	 * @return e.g. {@code 70.3}; empty for {@code null}
	 */
	public static String writeScore(BigDecimal score) {
		return (score != null) ? score.setScale(1, RoundingMode.HALF_UP).toPlainString() : "";
	}

}
