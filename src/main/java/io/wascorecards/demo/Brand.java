package io.wascorecards.demo;

import java.time.ZoneId;

/**
 * One generated brand connection: the {@code wa_connection} columns plus how much traffic
 * it has and how it behaves.
 *
 * @param index the connection's position in the generated set
 * @param phoneNumberId Meta's phone number id
 * @param wabaId the WhatsApp Business Account id
 * @param wabaOwner whether this is the first connection of its WABA (which carries the
 * WABA's events)
 * @param displayPhoneNumber digits with country code
 * @param brandName the brand's name
 * @param country where it operates
 * @param domain its own web domain
 * @param active whether it gets scorecards
 * @param weight its share of the day's traffic, relative to the others (0 for a silent
 * one)
 * @param behaviour how it behaves
 * @param vertical the Meta vertical of its business profile
 * @param offer what it sells, in its language
 */
record Brand(int index, String phoneNumberId, String wabaId, boolean wabaOwner, String displayPhoneNumber,
		String brandName, Country country, String domain, boolean active, double weight, Behaviour behaviour,
		String vertical, String offer) {

	ZoneId zone() {
		return this.country.zone();
	}

	String locale() {
		return this.country.locale();
	}

}
