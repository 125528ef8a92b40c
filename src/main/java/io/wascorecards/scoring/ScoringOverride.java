package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Scoring settings that replace, where set, the ones underneath: the global settings for
 * one connection. Anything left out keeps the value underneath; a KPI's limits are
 * replaced one by one ({@code green}, {@code yellow}, {@code min-sample}).
 *
 * @param windowDays the trailing window in days
 * @param sanctionDays the sanction look-back in days
 * @param overallRedBelow an overall score below it is RED
 * @param overallYellowBelow an overall score below it (and not RED) is YELLOW
 * @param weights area weights by area
 * @param kpis KPI limits by KPI
 */
public record ScoringOverride(Integer windowDays, Integer sanctionDays, BigDecimal overallRedBelow,
		BigDecimal overallYellowBelow, Map<Area, BigDecimal> weights, Map<Kpi, KpiLimits> kpis) {

	public ScoringOverride {
		weights = (weights != null) ? Map.copyOf(weights) : Map.of();
		kpis = (kpis != null) ? Map.copyOf(kpis) : Map.of();
	}

}
