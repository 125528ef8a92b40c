package io.wascorecards.demo;

/**
 * A brand's customer: the same index gives the same number on every day, so that
 * conversations continue.
 *
 * @param waId the customer's WhatsApp id (a phone number)
 * @param name the customer's profile name
 */
record Customer(String waId, String name) {

	static Customer of(Brand brand, int index) {
		long hash = Ids.mix(brand.index(), index, 0xC057);
		Country[] countries = Country.values();
		Country country = (Long.remainderUnsigned(hash >>> 40, 25) == 0)
				? countries[(int) Long.remainderUnsigned(hash >>> 20, countries.length)] : brand.country();
		String[] names = Phrases.of(country.locale()).customerNames();
		return new Customer(country.customerNumber(hash),
				names[(int) Long.remainderUnsigned(hash >>> 48, names.length)]);
	}

}
