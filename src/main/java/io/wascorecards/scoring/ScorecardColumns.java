package io.wascorecards.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard's columns of the {@code export-scorecards} CSV (SPEC §6) that come after
 * {@code phone_number_id,business_date,provisional}.
 */
public final class ScorecardColumns {

	/**
	 * {@code score,status}, then {@code <key>_value,<key>_status} per KPI, then
	 * {@code <area>_score} per area.
	 */
	public static final List<String> NAMES = names();

	private ScorecardColumns() {
	}

	/**
	 * A scorecard's fields in the order of {@link #NAMES}.
	 * @param scorecard the scorecard
	 * @return the written fields; empty where there is no data
	 */
	public static List<String> values(Scorecard scorecard) {
		List<String> values = new ArrayList<>();
		values.add(Scorecard.writeScore(scorecard.score()));
		values.add(scorecard.status().name());
		for (KpiResult result : scorecard.kpis()) {
			values.add(result.value());
			values.add(result.status().name());
		}
		for (Area area : Area.values()) {
			values.add(Scorecard.writeScore(scorecard.areaScores().get(area)));
		}
		return values;
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>(List.of("score", "status"));
		for (Kpi kpi : Kpi.values()) {
			names.add(kpi.key() + "_value");
			names.add(kpi.key() + "_status");
		}
		for (Area area : Area.values()) {
			names.add(area.key() + "_score");
		}
		return List.copyOf(names);
	}

}
