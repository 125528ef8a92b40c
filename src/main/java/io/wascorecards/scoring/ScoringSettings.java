package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring settings in force for one connection, complete: spec defaults, then the
 * global settings, then the connection's override. Obtained from
 * {@link ScoringProperties#forConnection(String)}.
 *
 * @param windowDays the trailing window in days (7)
 * @param sanctionDays the sanction look-back in days (30)
 * @param overallRedBelow an overall score below it is RED (60)
 * @param overallYellowBelow an overall score below it is YELLOW (85)
 * @param weights every area's weight, positive
 * @param kpis every KPI's limits
 */
public record ScoringSettings(int windowDays, int sanctionDays, BigDecimal overallRedBelow,
		BigDecimal overallYellowBelow, Map<Area, BigDecimal> weights, Map<Kpi, KpiLimits> kpis) {

	private static final int MAX_WINDOW_DAYS = 90;

	private static final int MAX_SANCTION_DAYS = 366;

	public ScoringSettings {
		// bounded above too: every night computes the days its windows lack
		if (windowDays < 1 || sanctionDays < 1 || windowDays > MAX_WINDOW_DAYS || sanctionDays > MAX_SANCTION_DAYS) {
			throw new IllegalArgumentException(
					"window-days must be 1 to " + MAX_WINDOW_DAYS + " and sanction-days 1 to " + MAX_SANCTION_DAYS
							+ " (they are " + windowDays + " and " + sanctionDays + ")");
		}
		if (overallRedBelow.compareTo(overallYellowBelow) > 0) {
			throw new IllegalArgumentException("overall-red-below must not exceed overall-yellow-below");
		}
		Map<Area, BigDecimal> weightsByArea = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			BigDecimal weight = weights.get(area);
			if (weight == null || weight.signum() <= 0) {
				throw new IllegalArgumentException("weights." + area.key() + " must be positive");
			}
			weightsByArea.put(area, weight);
		}
		Map<Kpi, KpiLimits> limitsByKpi = new EnumMap<>(Kpi.class);
		for (Kpi kpi : Kpi.values()) {
			KpiLimits limits = kpis.get(kpi);
			if (limits == null) {
				throw new IllegalArgumentException("No limits for " + kpi.key());
			}
			kpi.rule().check(kpi, limits);
			limitsByKpi.put(kpi, limits);
		}
		weights = Collections.unmodifiableMap(weightsByArea);
		kpis = Collections.unmodifiableMap(limitsByKpi);
	}

	/**
	 * The spec's defaults.
	 * @return the settings without any property set
	 */
	public static ScoringSettings defaults() {
		return ScoringProperties.defaults().forConnection(null);
	}

	public KpiLimits limits(Kpi kpi) {
		return this.kpis.get(kpi);
	}

	public BigDecimal weight(Area area) {
		return this.weights.get(area);
	}

	/**
	 * These settings with those of {@code override} that are set.
	 * @param override the settings that win, or {@code null}
	 * @return the merged settings
	 */
	public ScoringSettings with(ScoringOverride override) {
		if (override == null) {
			return this;
		}
		Map<Area, BigDecimal> mergedWeights = new EnumMap<>(this.weights);
		mergedWeights.putAll(override.weights());
		Map<Kpi, KpiLimits> mergedLimits = new EnumMap<>(this.kpis);
		override.kpis().forEach((kpi, limits) -> mergedLimits.put(kpi, this.kpis.get(kpi).with(limits)));
		return new ScoringSettings(orElse(override.windowDays(), this.windowDays),
				orElse(override.sanctionDays(), this.sanctionDays),
				orElse(override.overallRedBelow(), this.overallRedBelow),
				orElse(override.overallYellowBelow(), this.overallYellowBelow), mergedWeights, mergedLimits);
	}

	private static <T> T orElse(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
