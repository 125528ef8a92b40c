package io.wascorecards.scoring;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The KPIs of a scorecard (SPEC §5) in the table's order: each one's area, formula over
 * the summed daily KPIs, how its value is rounded, its status rule and its default
 * limits. The scorer, the CSV, the PDF and the recommendations all read a KPI from here.
 * Formulas are ratios of sums, never means of daily ratios.
 */
public enum Kpi {

	/** answered / (interactions − pending). */
	RESPONSE_RATE(Area.EFFECTIVENESS, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.90", "0.75", 20),
			(sums) -> Ratio.of(sums.interactionsAnswered(), sums.interactions() - sums.interactionsPending())),

	/** answered_within_15m / answered. */
	ANSWERED_WITHIN_15M_RATE(Area.EFFECTIVENESS, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.80", "0.50", 20),
			(sums) -> Ratio.of(sums.answeredWithin15m(), sums.interactionsAnswered())),

	/** replied / (touches − pending). */
	OUTBOUND_REPLY_RATE(Area.EFFECTIVENESS, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.75", "0.50", 20),
			(sums) -> Ratio.of(sums.biTouchesReplied(), sums.biTouches() - sums.biTouchesPending())),

	/** failed / outbound. */
	DELIVERY_FAILURE_RATE(Area.EFFECTIVENESS, ValueFormat.RATE, Rule.AT_MOST, KpiLimits.of("0.02", "0.05", 50),
			(sums) -> Ratio.of(sums.outboundFailed(), sums.outboundMessages())),

	/** external_link_messages / outbound_with_body. */
	EXTERNAL_LINK_RATE(Area.BRAND, ValueFormat.RATE, Rule.AT_MOST, KpiLimits.of("0.05", "0.15", 20),
			(sums) -> Ratio.of(sums.externalLinkMessages(), sums.outboundWithBody())),

	/** foreign_whatsapp_refs: 0 GREEN, 1–2 YELLOW, 3 or more RED. */
	FOREIGN_WHATSAPP_REFS(Area.BRAND, ValueFormat.COUNT, Rule.AT_MOST, KpiLimits.of("0", "2", 0),
			(sums) -> Ratio.count(sums.foreignWhatsappRefs())),

	/** brand_identified_touches / touches. */
	BRAND_IDENTIFICATION_RATE(Area.BRAND, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.90", "0.70", 20),
			(sums) -> Ratio.of(sums.brandIdentifiedTouches(), sums.biTouches())),

	/** (optout + ecosystem + spam) × 1000 / bi_messages; the counts keep the signals. */
	OPTOUT_PER_1000(Area.CONSISTENCY, ValueFormat.PER_1000, Rule.AT_MOST, KpiLimits.of("5", "20", 50),
			(sums) -> Ratio.of(sums.optoutSignals() + sums.ecosystemLimitErrors() + sums.spamLimitErrors(),
					sums.biMessages())),

	/** Account sanctions and template events over the sanction look-back. */
	SANCTIONS(Area.CONSISTENCY, ValueFormat.COUNT, Rule.SANCTIONS, KpiLimits.NONE,
			(sums) -> Ratio.count(SanctionCounts.of(sums).total())),

	/**
	 * The latest quality rating as the value; a quality flag in the window makes the
	 * status RED.
	 */
	PHONE_QUALITY(Area.CONSISTENCY, ValueFormat.RATING, Rule.RATING, KpiLimits.NONE, QualityRating::reading),

	/** fulfilled / requests. */
	HUMAN_FULFILMENT_RATE(Area.HUMANITY, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.95", "0.80", 5),
			(sums) -> Ratio.of(sums.humanRequestsFulfilled(), sums.humanRequests())),

	/**
	 * interactions_with_agent / interactions: at least 0.05 GREEN, above 0 YELLOW, 0 RED.
	 */
	HUMAN_INVOLVEMENT_RATE(Area.HUMANITY, ValueFormat.RATE, Rule.AT_LEAST_THEN_ABOVE, KpiLimits.of("0.05", "0", 20),
			(sums) -> Ratio.of(sums.interactionsWithAgent(), sums.interactions())),

	/**
	 * purpose_matched_touches / touches; {@code NO_DATA} while the window's last day has
	 * no purpose terms (see {@link #read}).
	 */
	PURPOSE_MATCH_RATE(Area.EFFECTIVENESS, ValueFormat.RATE, Rule.AT_LEAST, KpiLimits.of("0.80", "0.50", 20),
			(sums) -> Ratio.of(sums.purposeMatchedTouches(), sums.biTouches())),

	/** customer_complaints × 1000 / inbound_customers. */
	COMPLAINT_RATE(Area.CONSISTENCY, ValueFormat.PER_1000, Rule.AT_MOST, KpiLimits.of("5", "20", 50),
			(sums) -> Ratio.of(sums.customerComplaints(), sums.inboundCustomers())),

	/** marketing_after_optout: 0 GREEN, 1–10 YELLOW, more RED. */
	MARKETING_AFTER_OPTOUT(Area.CONSISTENCY, ValueFormat.COUNT, Rule.AT_MOST, KpiLimits.of("0", "10", 0),
			(sums) -> Ratio.count(sums.marketingAfterOptout())),

	/**
	 * The window's last day's profile_completeness (of 7 fields); {@code NO_DATA} without
	 * a profile.
	 */
	PROFILE_COMPLETENESS(Area.BRAND, ValueFormat.COUNT, Rule.AT_LEAST, KpiLimits.of("6", "4", 0),
			(sums) -> (sums.profileCompleteness() != null) ? Ratio.count(sums.profileCompleteness()) : Ratio.of(0, 0));

	private final Area area;

	private final ValueFormat format;

	private final Rule rule;

	private final KpiLimits defaultLimits;

	private final Function<KpiSums, Ratio> formula;

	Kpi(Area area, ValueFormat format, Rule rule, KpiLimits defaultLimits, Function<KpiSums, Ratio> formula) {
		this.area = area;
		this.format = format;
		this.rule = rule;
		this.defaultLimits = defaultLimits;
		this.formula = formula;
	}

	/**
	 * The name used in CSV columns, properties, message keys and stored scorecards.
	 * @return e.g. {@code response_rate}
	 */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Area area() {
		return this.area;
	}

	public ValueFormat format() {
		return this.format;
	}

	public Rule rule() {
		return this.rule;
	}

	public KpiLimits defaultLimits() {
		return this.defaultLimits;
	}

	/**
	 * The window the status is read from: the sanction look-back for {@code sanctions},
	 * else the trailing window.
	 * @param input the scorecard's windows
	 * @return the window
	 */
	public KpiSums statusWindow(ScoringInput input) {
		return (this == SANCTIONS) ? input.sanctions() : input.current();
	}

	/**
	 * The counts behind the KPI in a window, if its denominator reaches the minimum
	 * sample.
	 * @param window the window's sums
	 * @param minSample the smallest denominator that counts (0 for none)
	 * @return numerator and denominator (a count over 1 for counts), or {@code null} when
	 * the denominator is 0 or below {@code minSample}
	 */
	public Ratio read(KpiSums window, long minSample) {
		if (this == PURPOSE_MATCH_RATE && window.purposeTerms() == 0) {
			// without a profile there is no purpose to match
			return null;
		}
		Ratio counts = this.formula.apply(window);
		long denominator = counts.denominator().longValueExact();
		return (denominator > 0 && denominator >= minSample) ? counts : null;
	}

	/**
	 * The status of counts read from a window.
	 * @param counts the counts, {@code null} without data
	 * @param limits the KPI's limits
	 * @param window the window they were read from
	 * @return the status: {@code NO_DATA} without counts, except for
	 * {@code phone_quality}, RED after a quality flag even without a rating
	 */
	public Status status(Ratio counts, KpiLimits limits, KpiSums window) {
		return this.rule.status((counts != null) ? this.format.value(counts) : null, limits, window);
	}

	/**
	 * The value as SPEC §5 gives it.
	 * @param counts the counts, {@code null} without data
	 * @return the value; {@code null} without data
	 */
	public KpiValue rounded(Ratio counts) {
		return this.format.rounded(counts);
	}

	/**
	 * The KPI's formula over a window as it is, without minimum sample or other
	 * condition: what an alert compares from day to day.
	 * @param window the window's sums
	 * @return numerator and denominator (the denominator may be 0)
	 */
	public Ratio counts(KpiSums window) {
		return this.formula.apply(window);
	}

	/**
	 * Whether a sharp change of the KPI raises an alert (SPEC §5b): the KPIs with a ratio
	 * formula.
	 * @return {@code true} for rates and per-1,000 figures
	 */
	public boolean alerts() {
		return this.format == ValueFormat.RATE || this.format == ValueFormat.PER_1000;
	}

	static Map<Kpi, KpiLimits> defaultLimitsByKpi() {
		Map<Kpi, KpiLimits> limits = new EnumMap<>(Kpi.class);
		for (Kpi kpi : values()) {
			limits.put(kpi, kpi.defaultLimits);
		}
		return limits;
	}

}
