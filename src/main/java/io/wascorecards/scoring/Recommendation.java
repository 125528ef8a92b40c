package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recommendation of a scorecard, as data: stored as is and rendered later in the
 * reader's language by {@link ScoringMessages}. Its texts are the messages
 * {@code <messageKey>.finding}, {@code .evidence} (only when there is evidence; an item
 * of it with a text {@code <messageKey>.item.<item>} is written as that text),
 * {@code .terms} (only with the profile's words), {@code .why} and {@code .steps.1},
 * {@code .2}, … of the {@code messages/recommendations} bundles, which name the
 * {@link Facts} they are written with, e.g. {@code {missed,number,integer} of
 * {total,number,integer}}.
 *
 * @param kpi the KPI, {@code null} for the keep-doing recommendation
 * @param status the KPI's status (GREEN for the keep-doing recommendation)
 * @param messageKey the prefix of its messages, e.g. {@code recommendation.response_rate}
 * @param facts the brand's own numbers the texts give
 */
public record Recommendation(Kpi kpi, Status status, String messageKey, Facts facts) {

	/**
	 * Whether a fact found in the data is woven into the texts.
	 * @return {@code true} when there is evidence
	 */
	public boolean hasEvidence() {
		return this.facts.evidence() != null;
	}

	/**
	 * Whether the words of the brand's profile are woven into the texts.
	 * @return {@code true} when there are some
	 */
	public boolean hasTerms() {
		return this.facts.terms() != null;
	}

	/**
	 * The brand's numbers a recommendation's texts give, each named as the texts name it;
	 * one that the KPI has no use for is {@code null} (and left out when stored).
	 *
	 * @param count the KPI's numerator (answered interactions, failed messages, links,
	 * sanctions, …); for the keep-doing recommendation the GREEN KPIs
	 * @param total the denominator of a rate or a per-1,000 figure (interactions,
	 * outbound messages, …); for the keep-doing recommendation the KPIs with data
	 * @param value the KPI's value: rates as fractions to 3 decimals, per 1,000 to 2,
	 * counts as integers
	 * @param target the GREEN limit, in the value's unit
	 * @param windowDays the length of the window the KPI was read from
	 * @param evidence a fact from the data, e.g. the peak hours of unanswered
	 * interactions
	 * @param hours the answer window ({@code response_rate},
	 * {@code human_fulfilment_rate})
	 * @param accountSanctions sanctions of the whole account ({@code sanctions})
	 * @param templateEvents actions on templates ({@code sanctions})
	 * @param qualityFlags quality flags and downgrades ({@code phone_quality})
	 * @param rating the quality rating ({@code phone_quality}), {@code null} without one
	 * @param terms the first words of what the profile says the brand does
	 * ({@code purpose_match_rate}), {@code null} without any
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Facts(Long count, Long total, BigDecimal value, BigDecimal target, int windowDays, String evidence,
			Long hours, Long accountSanctions, Long templateEvents, Long qualityFlags, String rating, String terms) {

		/**
		 * What missed the KPI's mark: the interactions without an answer, the messages
		 * without a reply, ….
		 * @return {@code total − count}, {@code null} without a total
		 */
		public Long missed() {
			return (this.total != null && this.count != null) ? this.total - this.count : null;
		}

		/**
		 * The facts by the names the texts give them: {@code missed} is
		 * {@code total − count}, {@code rating} the rating's rank (0 RED, 1 YELLOW, 2
		 * GREEN, −1 without a rating) for a choice between words.
		 * @return the facts as {@link TextSource#arguments(Map) named arguments}
		 */
		Map<String, Object> named() {
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("count", this.count);
			named.put("total", this.total);
			named.put("missed", missed());
			named.put("value", this.value);
			named.put("target", this.target);
			named.put("windowDays", this.windowDays);
			named.put("evidence", this.evidence);
			named.put("hours", this.hours);
			named.put("accountSanctions", this.accountSanctions);
			named.put("templateEvents", this.templateEvents);
			named.put("qualityFlags", this.qualityFlags);
			named.put("rating", QualityRating.rank(this.rating));
			named.put("terms", this.terms);
			return named;
		}

	}

}
