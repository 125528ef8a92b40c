package io.wascorecards.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One recommendation of a scorecard, as data: stored as is and rendered later in the
 * reader's language by {@link ScoringMessages}.
 * <p>
 * Its texts are the messages {@code <messageKey>.finding}, {@code .evidence} (only when
 * evidence was given), {@code .why} and {@code .steps.1}, {@code .2}, … of the
 * {@code messages/recommendations} bundles, formatted with the same
 * {@link java.text.MessageFormat} arguments:
 * <ol start="0">
 * <li>hits: the KPI's numerator (answered, failed, replied, …; for {@code phone_quality}
 * the rating's rank: 0 RED, 1 YELLOW, 2 GREEN, −1 without a rating; the KPI with data for
 * the keep-doing one: GREEN KPIs)</li>
 * <li>base: its denominator (interactions, outbound messages, …; KPIs with data), or
 * {@code null} for counts and the rating</li>
 * <li>misses: base − hits, or {@code null} likewise</li>
 * <li>value: rates as fractions to 3 decimals, per 1,000 to 2, counts as integers, the
 * rating's rank as hits</li>
 * <li>target: the GREEN limit, in the value's unit ({@code null} without limits)</li>
 * <li>days: the window's length</li>
 * <li>evidence: a text from the caller, e.g. the peak hours, or {@code null}</li>
 * <li>detail: the answer window in hours ({@code response_rate},
 * {@code human_fulfilment_rate}), account sanctions ({@code sanctions}), quality flags
 * ({@code phone_quality}), else {@code null}</li>
 * <li>detail: template events ({@code sanctions}), else {@code null}</li>
 * </ol>
 *
 * @param kpi the KPI, {@code null} for the keep-doing recommendation
 * @param status the KPI's status (GREEN for the keep-doing recommendation)
 * @param messageKey the prefix of its messages, e.g. {@code recommendation.response_rate}
 * @param arguments the arguments of its messages, in the order above
 */
public record Recommendation(Kpi kpi, Status status, String messageKey, List<Object> arguments) {

	/** Where the arguments carry the evidence. */
	public static final int EVIDENCE = 6;

	public Recommendation {
		// nulls are meaningful (no evidence, no limit), so List.copyOf does not fit
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	/**
	 * Whether the caller's evidence is woven into the texts.
	 * @return {@code true} when the evidence argument is set
	 */
	public boolean hasEvidence() {
		return this.arguments.size() > EVIDENCE && this.arguments.get(EVIDENCE) != null;
	}

}
