package io.wascorecards.demo;

/**
 * Payloads that are valid JSON but not in Meta's documented shape, as a BSP's webhook
 * table collects them now and then: each breaks one rule the job checks.
 */
final class Malformed {

	static final int KINDS = 7;

	private Malformed() {
	}

	/**
	 * One malformed payload.
	 * @param day the connection's day
	 * @param kind 0 a JSON string, 1 {@code entry} not a list, 2 a status without id, 3 a
	 * non-numeric timestamp, 4 an unknown phone number id, 5 an unknown WABA, 6
	 * {@code changes} not a list
	 * @param time when Meta sent it, in epoch seconds
	 * @return the JSON
	 */
	static String payload(ConnectionDay day, int kind, long time) {
		Brand brand = day.brand;
		StringBuilder out = new StringBuilder(512);
		switch (kind) {
			case 0 -> Json.quote(out, status(day, brand.phoneNumberId(), Long.toString(time), true));
			case 1 -> out.append("{\"object\":\"whatsapp_business_account\",\"entry\":{\"id\":\"")
				.append(brand.wabaId())
				.append("\",\"changes\":[{\"value\":")
				.append(statusValue(day, brand.phoneNumberId(), Long.toString(time), true))
				.append(",\"field\":\"messages\"}]}}");
			case 2 -> out.append(status(day, brand.phoneNumberId(), Long.toString(time), false));
			case 3 -> out.append(status(day, brand.phoneNumberId(), "yesterday", true));
			case 4 -> out.append(status(day, WabaEvents.UNKNOWN_ID, Long.toString(time), true));
			case 5 -> Json.end(
					Json.begin(out, WabaEvents.UNKNOWN_ID, time)
						.append("{\"event\":\"ACCOUNT_VIOLATION\",\"violation_info\":{\"violation_type\":\"SCAM\"}}"),
					"account_update");
			default -> out.append("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"")
				.append(brand.wabaId())
				.append("\",\"time\":")
				.append(time)
				.append(",\"changes\":{\"value\":")
				.append(statusValue(day, brand.phoneNumberId(), Long.toString(time), true))
				.append(",\"field\":\"messages\"}}]}");
		}
		return out.toString();
	}

	private static String status(ConnectionDay day, String phoneNumberId, String timestamp, boolean withId) {
		StringBuilder out = Json.begin(new StringBuilder(512), day.brand.wabaId(), -1);
		out.append(statusValue(day, phoneNumberId, timestamp, withId));
		return Json.end(out, "messages").toString();
	}

	private static String statusValue(ConnectionDay day, String phoneNumberId, String timestamp, boolean withId) {
		Msg msg = day.unknownMessage(day.startMs);
		StringBuilder out = Json.metadata(new StringBuilder(384), day.brand.displayPhoneNumber(), phoneNumberId);
		out.append("\"statuses\":[{");
		if (withId) {
			out.append("\"id\":");
			Json.quote(out, msg.wamid).append(',');
		}
		out.append("\"status\":\"delivered\",\"timestamp\":");
		Json.quote(out, timestamp).append(",\"recipient_id\":");
		return Json.quote(out, msg.customer.waId()).append("}]}").toString();
	}

}
