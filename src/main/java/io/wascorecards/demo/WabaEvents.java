package io.wascorecards.demo;

import java.time.LocalDate;

/**
 * The rarer webhooks of a connection's day: account, template (status, quality and
 * recategorisation), phone quality and marketing preference events (most brands clean, a
 * few in trouble), statuses of messages the BSP never logged, and malformed payloads.
 */
final class WabaEvents {

	static final String UNKNOWN_ID = "999999999999999";

	private static final String[] SANCTIONS = { "ACCOUNT_VIOLATION", "ACCOUNT_RESTRICTION", "DISABLED_UPDATE" };

	private static final String[] BENIGN = { "VERIFIED_ACCOUNT", "PARTNER_ADDED", "AUTH_INTL_PRICE_ELIGIBILITY_UPDATE",
			"MM_LITE_TERMS_SIGNED" };

	private static final String[] TROUBLED_TEMPLATE = { "PAUSED", "FLAGGED", "DISABLED", "REJECTED", "APPROVED" };

	private static final String[] MODERATE_TEMPLATE = { "PAUSED", "FLAGGED", "REJECTED", "APPROVED", "APPROVED" };

	private static final String[] CLEAN_TEMPLATE = { "APPROVED", "APPROVED", "APPROVED", "APPROVED", "REJECTED" };

	private static final String[] QUALITY = { "RED", "RED", "YELLOW", "YELLOW", "GREEN" };

	private static final String[] PHONE = { "FLAGGED", "FLAGGED", "DOWNGRADE", "DOWNGRADE", "UPGRADE" };

	/**
	 * The daily chance that Meta recategorises one of the WABA's templates, by trouble.
	 */
	private static final double[] RECATEGORISATIONS = { 0.002, 0.03, 0.25 };

	private WabaEvents() {
	}

	/**
	 * After a campaign send, the customer may stop (or resume) marketing messages.
	 * @param day the connection's day
	 * @param sent when the campaign was sent
	 * @param customer who received it
	 */
	static void maybePreference(ConnectionDay day, long sent, Customer customer) {
		if (day.chance(0.0005 + 0.005 * day.behaviour.trouble())) {
			preference(day, sent + day.lognormal(1800, 1.2), customer, "stop");
		}
		else if (day.chance(0.0005)) {
			preference(day, sent + day.lognormal(7200, 1.0), customer, "resume");
		}
	}

	static void preference(ConnectionDay day, long at, Customer customer, String value) {
		Brand brand = day.brand;
		StringBuilder out = Json.begin(new StringBuilder(512), brand.wabaId(), -1);
		Json.metadata(out, brand.displayPhoneNumber(), brand.phoneNumberId());
		Json.contacts(out, customer).append("\"user_preferences\":[{\"wa_id\":");
		Json.quote(out, customer.waId()).append(",\"detail\":\"User requested to ").append(value);
		out.append(" marketing messages\",\"category\":\"marketing_messages\",\"value\":\"").append(value);
		out.append("\",\"timestamp\":").append(at / 1000).append("}]}");
		day.webhooks
			.add(Webhook.raw(at + 100 + day.random.nextInt(2000), Json.end(out, "user_preferences").toString()));
	}

	/**
	 * The day's account, template and quality events, unknown statuses and malformed
	 * payloads.
	 * @param day the connection's day
	 * @param connections how many connections are generated
	 */
	static void daily(ConnectionDay day, int connections) {
		int trouble = day.behaviour.trouble();
		boolean troubled = trouble == 2;
		if (day.brand.wabaOwner()) {
			if (troubled || day.chance((trouble == 1) ? 0.02 : 0.01)) {
				accountUpdate(day, troubled || day.chance(0.5) ? trouble : 0);
			}
			if (troubled || day.chance((trouble == 1) ? 0.08 : 0.03)) {
				String[] events = (trouble == 2) ? TROUBLED_TEMPLATE
						: (trouble == 1) ? MODERATE_TEMPLATE : CLEAN_TEMPLATE;
				templateEvent(day, "message_template_status_update", "event", Phrases.pick(day.random, events));
			}
			if (troubled || day.chance((trouble == 1) ? 0.06 : 0.01)) {
				int from = (trouble == 2) ? 0 : (trouble == 1) ? 1 : 3;
				templateEvent(day, "message_template_quality_update", "new_quality_score",
						QUALITY[from + day.random.nextInt(QUALITY.length - from)]);
			}
			if (day.chance(RECATEGORISATIONS[trouble])) {
				recategorisation(day);
			}
		}
		if (troubled || day.chance((trouble == 1) ? 0.03 : 0.003)) {
			int from = (trouble == 0) ? 4 : (trouble == 1) ? 1 : 0;
			String event = PHONE[from + day.random.nextInt(PHONE.length - from)];
			long time = time(day);
			StringBuilder out = Json.begin(new StringBuilder(256), day.brand.wabaId(), time);
			out.append("{\"display_phone_number\":");
			Json.quote(out, day.brand.displayPhoneNumber()).append(",\"event\":\"").append(event);
			out.append("\",\"current_limit\":\"").append(troubled ? "TIER_250" : "TIER_1K").append("\"}");
			raw(day, Json.end(out, "phone_number_quality_update"), time);
		}
		boolean showcase = day.brand.index() == Math.floorMod(day.epochDay, Math.min(connections, 7));
		int size = day.webhooks.size();
		int unknown = (int) (size * 0.0004 + day.random.nextDouble()) + (showcase ? 1 : 0);
		for (int i = 0; i < unknown; i++) {
			long at = day.inHour(8 + day.random.nextInt(14));
			Msg msg = day.unknownMessage(at);
			day.webhooks
				.add(Webhook.status(at + 300 + day.random.nextInt(1500), Webhook.Kind.DELIVERED, msg, at / 1000, 0));
		}
		int malformed = (int) (size * 0.0001 + day.random.nextDouble()) + (showcase ? 1 : 0);
		for (int i = 0; i < malformed; i++) {
			int kind = (showcase && i == 0) ? (int) Math.floorMod(day.epochDay, Malformed.KINDS)
					: day.random.nextInt(Malformed.KINDS);
			long time = time(day);
			raw(day, Malformed.payload(day, kind, time), time);
		}
	}

	private static void accountUpdate(ConnectionDay day, int trouble) {
		long time = time(day);
		StringBuilder out = Json.begin(new StringBuilder(256), day.brand.wabaId(), time).append("{\"event\":\"");
		if (trouble == 0) {
			out.append(Phrases.pick(day.random, BENIGN)).append("\"}");
			raw(day, Json.end(out, "account_update"), time);
			return;
		}
		String event = (trouble == 2) ? Phrases.pick(day.random, SANCTIONS) : "ACCOUNT_RESTRICTION";
		out.append(event).append('"');
		switch (event) {
			case "ACCOUNT_VIOLATION" -> out.append(",\"violation_info\":{\"violation_type\":\"")
				.append(day.chance(0.5) ? "SCAM" : "SPAM")
				.append("\"}");
			case "ACCOUNT_RESTRICTION" ->
				out.append(",\"restriction_info\":[{\"restriction_type\":\"RESTRICTED_BIZ_INITIATED_MESSAGING\",")
					.append("\"expiration\":")
					.append(day.startMs / 1000 + 7 * 86400)
					.append("}]");
			default -> {
				String[] states = { "SCHEDULE_FOR_DISABLE", "DISABLE", "REINSTATE" };
				out.append(",\"ban_info\":{\"waba_ban_state\":\"").append(Phrases.pick(day.random, states));
				out.append("\",\"waba_ban_date\":\"").append(LocalDate.ofEpochDay(day.epochDay + 7));
				out.append("\"}");
			}
		}
		raw(day, Json.end(out.append('}'), "account_update"), time);
	}

	private static void templateEvent(ConnectionDay day, String field, String key, String value) {
		String template = Phrases.pick(day.random, day.phrases.marketing());
		String name = template.substring(0, template.indexOf('|'));
		long time = time(day);
		StringBuilder out = Json.begin(new StringBuilder(384), day.brand.wabaId(), time);
		out.append("{\"").append(key).append("\":\"").append(value).append("\",");
		if ("new_quality_score".equals(key)) {
			out.append("\"previous_quality_score\":\"GREEN\",");
		}
		out.append("\"message_template_id\":").append(Ids.digits(Ids.mix(day.brand.index(), name.hashCode()), 16));
		out.append(",\"message_template_name\":\"").append(name).append("\",\"message_template_language\":\"");
		out.append(day.phrases.templateLanguage()).append('"');
		if ("event".equals(key)) {
			String reason = "REJECTED".equals(value) ? "INVALID_FORMAT" : "APPROVED".equals(value) ? "NONE" : null;
			out.append(",\"reason\":").append((reason != null) ? '"' + reason + '"' : "null");
			out.append(",\"message_template_category\":\"MARKETING\"");
		}
		raw(day, Json.end(out.append('}'), field), time);
	}

	/**
	 * Meta found a template labelled utility to be marketing; now and then the update
	 * names the new category only, as Meta's announcements of a category do.
	 */
	private static void recategorisation(ConnectionDay day) {
		String template = Phrases.pick(day.random, day.phrases.marketing());
		String name = template.substring(0, template.indexOf('|'));
		long time = time(day);
		StringBuilder out = Json.begin(new StringBuilder(320), day.brand.wabaId(), time);
		out.append("{\"message_template_id\":").append(Ids.digits(Ids.mix(day.brand.index(), name.hashCode()), 16));
		out.append(",\"message_template_name\":\"").append(name).append("\",\"message_template_language\":\"");
		out.append(day.phrases.templateLanguage()).append('"');
		if (day.chance(0.8)) {
			out.append(",\"previous_category\":\"UTILITY\"");
		}
		out.append(",\"new_category\":\"MARKETING\"}");
		raw(day, Json.end(out, "template_category_update"), time);
	}

	private static long time(ConnectionDay day) {
		return day.inHour(day.random.nextInt(24)) / 1000;
	}

	private static void raw(ConnectionDay day, CharSequence json, long time) {
		day.webhooks.add(Webhook.raw(time * 1000 + 200 + day.random.nextInt(3000), json.toString()));
	}

}
