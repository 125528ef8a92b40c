package io.wascorecards.scoring;

import java.util.List;

/**
 * What a scorecard of connection c and business day D is computed from.
 *
 * @param day the day D alone (the "day value" column of the scorecard)
 * @param current the trailing window D−6 … D (statuses and scores)
 * @param previous the window before it, D−13 … D−7 (the trend arrow)
 * @param sanctions the sanction look-back D−29 … D
 * @param baseline the alerts' baseline: the daily KPIs of each of D−28 … D−1 that has a
 * row
 */
public record ScoringInput(KpiSums day, KpiSums current, KpiSums previous, KpiSums sanctions, List<KpiSums> baseline) {

	public ScoringInput {
		baseline = List.copyOf(baseline);
	}

}
