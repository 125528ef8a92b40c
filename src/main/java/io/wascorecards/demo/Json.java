package io.wascorecards.demo;

/**
 * Writes the JSON of Meta's webhooks: the {@code whatsapp_business_account} envelope
 * around one change, and quoted strings.
 */
final class Json {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private Json() {
	}

	/**
	 * Appends a JSON string.
	 * @param out where to write
	 * @param value the text
	 * @return {@code out}
	 */
	static StringBuilder quote(StringBuilder out, String value) {
		out.append('"');
		int length = value.length();
		int plain = 0;
		while (plain < length) {
			char c = value.charAt(plain);
			if (c == '"' || c == '\\' || c < 0x20) {
				break;
			}
			plain++;
		}
		out.append(value, 0, plain);
		for (int i = plain; i < length; i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
			else {
				out.append(c);
			}
		}
		return out.append('"');
	}

	/**
	 * Starts a webhook for a WABA:
	 * {@code {"object":…,"entry":[{"id":…,"time":…,"changes":[{"value":}. The caller
	 * writes the value and ends with {@link #end}. @param out where to write @param
	 * wabaId the entry's id @param time the entry's time in epoch seconds, or a negative
	 * value for none @return {@code out}
	 */
	static StringBuilder begin(StringBuilder out, String wabaId, long time) {
		out.append("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":");
		quote(out, wabaId);
		if (time >= 0) {
			out.append(",\"time\":").append(time);
		}
		return out.append(",\"changes\":[{\"value\":");
	}

	/**
	 * Ends a webhook started by {@link #begin}.
	 * @param out where to write
	 * @param field the change's field
	 * @return {@code out}
	 */
	static StringBuilder end(StringBuilder out, String field) {
		out.append(",\"field\":");
		return quote(out, field).append("}]}]}");
	}

	/**
	 * The start of a phone number's value:
	 * {@code {"messaging_product":"whatsapp","metadata":{…},}. @param out where to
	 * write @param displayPhoneNumber the number's digits @param phoneNumberId Meta's
	 * phone number id @return {@code out}
	 */
	static StringBuilder metadata(StringBuilder out, String displayPhoneNumber, String phoneNumberId) {
		out.append("{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":");
		quote(out, displayPhoneNumber).append(",\"phone_number_id\":");
		return quote(out, phoneNumberId).append("},");
	}

	/**
	 * A {@code contacts} list with one customer, followed by a comma.
	 * @param out where to write
	 * @param customer the customer
	 * @return {@code out}
	 */
	static StringBuilder contacts(StringBuilder out, Customer customer) {
		out.append("\"contacts\":[{\"profile\":{\"name\":");
		quote(out, customer.name()).append("},\"wa_id\":");
		return quote(out, customer.waId()).append("}],");
	}

}
