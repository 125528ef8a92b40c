package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a connection's day (SPEC §5): each KPI's status from its limits, area scores as
 * the mean points of their KPIs with data, the overall score as the weighted mean of the
 * areas with data (weights re-normalised), and the overall status.
 */
public final class Scorer {

	/**
	 * Scores are kept to 6 decimals: with weights in thousandths summing to at most 1 (as
	 * the defaults do), an exact score is either a tie of one-decimal rounding or at
	 * least 4·10⁻⁶ away from one, so writing it from the 6-decimal score matches writing
	 * it from the exact one.
	 */
	static final int SCORE_SCALE = 6;

	private Scorer() {
	}

	/**
	 * Scores one connection and business day.
	 * @param input the summed windows
	 * @param settings the connection's settings
	 * @return the scorecard
	 */
	public static Scorecard score(ScoringInput input, ScoringSettings settings) {
		List<KpiResult> results = Arrays.stream(Kpi.values())
			.map((kpi) -> evaluate(kpi, input, settings.limits(kpi)))
			.toList();
		Map<Area, Ratio> areas = areaScores(results);
		Ratio overall = weightedMean(areas, settings);
		Map<Area, BigDecimal> rounded = new EnumMap<>(Area.class);
		areas.forEach((area, score) -> rounded.put(area, score.round(SCORE_SCALE)));
		return new Scorecard((overall != null) ? overall.round(SCORE_SCALE) : null,
				overallStatus(overall, results, settings), rounded, results);
	}

	static KpiResult evaluate(Kpi kpi, ScoringInput input, KpiLimits limits) {
		KpiSums window = kpi.statusWindow(input);
		Ratio counts = kpi.read(window, limits.minSample());
		Ratio previous = kpi.read(input.previous(), limits.minSample());
		// the arrow compares windows of one length: for sanctions, 7 days with 7
		Ratio current = (kpi == Kpi.SANCTIONS) ? kpi.read(input.current(), limits.minSample()) : counts;
		return new KpiResult(kpi, kpi.status(counts, limits, window), counts, kpi.rounded(counts),
				kpi.rounded(kpi.read(input.day(), 0)), kpi.rounded(previous), Trend.between(current, previous));
	}

	private static Map<Area, Ratio> areaScores(List<KpiResult> results) {
		Map<Area, Ratio> scores = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			List<Status> statuses = results.stream()
				.filter((result) -> result.kpi().area() == area && result.status().hasData())
				.map(KpiResult::status)
				.toList();
			if (!statuses.isEmpty()) {
				scores.put(area, Ratio.of(statuses.stream().mapToInt(Status::points).sum(), statuses.size()));
			}
		}
		return scores;
	}

	private static Ratio weightedMean(Map<Area, Ratio> areas, ScoringSettings settings) {
		if (areas.isEmpty()) {
			return null;
		}
		Ratio sum = Ratio.of(0, 1);
		BigDecimal weights = BigDecimal.ZERO;
		for (Map.Entry<Area, Ratio> area : areas.entrySet()) {
			BigDecimal weight = settings.weight(area.getKey());
			sum = sum.plus(area.getValue().times(weight));
			weights = weights.add(weight);
		}
		return sum.dividedBy(weights);
	}

	/**
	 * A score's colour against the overall score's limits (an area's colour; the overall
	 * one is also RED after a RED sanction or phone quality).
	 * @param score the score, {@code null} without data
	 * @param settings the connection's settings
	 * @return the status
	 */
	public static Status scoreStatus(BigDecimal score, ScoringSettings settings) {
		return band((score != null) ? new Ratio(score, BigDecimal.ONE) : null, settings);
	}

	private static Status overallStatus(Ratio score, List<KpiResult> results, ScoringSettings settings) {
		Status band = band(score, settings);
		if (band != Status.NO_DATA && (isRed(results, Kpi.SANCTIONS) || isRed(results, Kpi.PHONE_QUALITY))) {
			return Status.RED;
		}
		return band;
	}

	private static Status band(Ratio score, ScoringSettings settings) {
		if (score == null) {
			return Status.NO_DATA;
		}
		if (score.compareTo(settings.overallRedBelow()) < 0) {
			return Status.RED;
		}
		return (score.compareTo(settings.overallYellowBelow()) < 0) ? Status.YELLOW : Status.GREEN;
	}

	private static boolean isRed(List<KpiResult> results, Kpi kpi) {
		return results.get(kpi.ordinal()).status() == Status.RED;
	}

}
