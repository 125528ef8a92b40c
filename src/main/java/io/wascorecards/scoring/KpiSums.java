package io.wascorecards.scoring;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The daily KPIs of one connection summed over a window of business days (the days' rows
 * of {@code daily_kpi}): each sum is named as its column is (in camel case, see
 * {@link #column}), so that a new one is read without more code; a column without rows
 * sums to 0. Only the columns a scorecard reads are summed; the two values of a day that
 * do not add up ({@code purpose_terms}, {@code profile_completeness}) are the window's
 * last day's, like its quality rating.
 *
 * @param days how many daily rows were summed
 * @param latestQualityRating the {@code latest_quality_rating} of the window's last day,
 * {@code UNKNOWN} when it has none
 * @param interactions customer interactions
 * @param interactionsAnswered those answered
 * @param interactionsPending those whose answer window had not closed
 * @param answeredWithin15m those answered within 15 minutes
 * @param interactionsWithAgent those a human agent took part in
 * @param biMessages business-initiated messages
 * @param biTouches business-initiated touches
 * @param biTouchesReplied those the customer replied to
 * @param biTouchesPending those whose reply window had not closed
 * @param brandIdentifiedTouches those that named the brand
 * @param outboundMessages outbound messages
 * @param outboundFailed those that failed
 * @param outboundWithBody those with a text body
 * @param externalLinkMessages those linking outside the brand's domains
 * @param foreignWhatsappRefs references to other WhatsApp numbers
 * @param humanRequests customers who asked for a person
 * @param humanRequestsFulfilled those who got one
 * @param optoutSignals opt-out signals
 * @param ecosystemLimitErrors Meta's ecosystem limit errors
 * @param spamLimitErrors Meta's spam limit errors
 * @param accountSanctions sanctions of the whole account
 * @param templatePauses paused templates
 * @param templateDisables disabled templates
 * @param templateRejections rejected templates
 * @param templateQualityRed templates rated RED
 * @param qualityFlagEvents quality flags and downgrades of the number
 * @param templateRecategorisations templates Meta moved to another category
 * @param purposeMatchedTouches business-initiated touches that share a word with the
 * brand's purpose
 * @param inboundCustomers customers who wrote (summed day by day)
 * @param customerComplaints those of them who complained (summed day by day)
 * @param marketingAfterOptout marketing templates sent to customers who had asked to stop
 * @param purposeTerms the {@code purpose_terms} of the window's last day, 0 without its
 * row
 * @param profileCompleteness the {@code profile_completeness} of the window's last day,
 * {@code null} without a profile
 */
public record KpiSums(int days, String latestQualityRating, long interactions, long interactionsAnswered,
		long interactionsPending, long answeredWithin15m, long interactionsWithAgent, long biMessages, long biTouches,
		long biTouchesReplied, long biTouchesPending, long brandIdentifiedTouches, long outboundMessages,
		long outboundFailed, long outboundWithBody, long externalLinkMessages, long foreignWhatsappRefs,
		long humanRequests, long humanRequestsFulfilled, long optoutSignals, long ecosystemLimitErrors,
		long spamLimitErrors, long accountSanctions, long templatePauses, long templateDisables,
		long templateRejections, long templateQualityRed, long qualityFlagEvents, long templateRecategorisations,
		long purposeMatchedTouches, long inboundCustomers, long customerComplaints, long marketingAfterOptout,
		long purposeTerms, Long profileCompleteness) {

	/** The column each component is read from, in the components' order. */
	private static final String[] COLUMNS = Arrays.stream(KpiSums.class.getRecordComponents())
		.map((component) -> column(component.getName()))
		.toArray(String[]::new);

	private static final Class<?>[] TYPES = Arrays.stream(KpiSums.class.getRecordComponents())
		.map(RecordComponent::getType)
		.toArray(Class<?>[]::new);

	/** The canonical constructor, looked up once: a scorecard's trend builds 28 sums. */
	private static final Constructor<KpiSums> CONSTRUCTOR = constructor();

	public KpiSums {
		latestQualityRating = (latestQualityRating != null) ? latestQualityRating : "UNKNOWN";
	}

	/**
	 * The sums as read by their columns' names ({@code answeredWithin15m} is read from
	 * {@code answered_within_15m}): what a statement over {@code daily_kpi} gives becomes
	 * the sums without a line per column.
	 * @param columns the value of each column by its name: a number, the rating's text,
	 * or {@code null} (0 for a sum)
	 * @return the sums
	 */
	public static KpiSums of(Function<String, Object> columns) {
		Object[] values = new Object[COLUMNS.length];
		for (int i = 0; i < values.length; i++) {
			Class<?> type = TYPES[i];
			Object value = columns.apply(COLUMNS[i]);
			values[i] = (value instanceof Number number) ? narrow(number, type)
					: (value != null || !type.isPrimitive()) ? value : narrow(0, type);
		}
		try {
			return CONSTRUCTOR.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("KpiSums cannot be built from its columns", ex);
		}
	}

	private static Constructor<KpiSums> constructor() {
		try {
			return KpiSums.class.getDeclaredConstructor(TYPES);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("KpiSums has no canonical constructor", ex);
		}
	}

	/**
	 * The column a component is read from.
	 * @param component e.g. {@code answeredWithin15m}
	 * @return e.g. {@code answered_within_15m}
	 */
	static String column(String component) {
		return component.replaceAll("([a-z])([A-Z0-9])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static Object narrow(Number number, Class<?> type) {
		return (type == int.class) ? (Object) number.intValue() : (Object) number.longValue();
	}

}
