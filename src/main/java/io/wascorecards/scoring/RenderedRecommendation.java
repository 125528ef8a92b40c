package io.wascorecards.scoring;

import java.util.List;

/**
 * A recommendation in one language, ready to print.
 *
 * @param title the KPI's label (or "Keep doing")
 * @param status the status's label
 * @param finding what the brand's own numbers show, with the evidence when given
 * @param why why it matters for the WhatsApp account
 * @param steps concrete next steps
 */
public record RenderedRecommendation(String title, String status, String finding, String why, List<String> steps) {

	public RenderedRecommendation {
		steps = List.copyOf(steps);
	}

}
