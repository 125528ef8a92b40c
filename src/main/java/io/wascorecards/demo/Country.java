package io.wascorecards.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * Where a brand operates: its dialling code, time zone, language, web domain ending,
 * cities for branch names, and how its people's WhatsApp numbers look.
 */
enum Country {

	MX("52", "521555", "521", new String[] { "55", "33", "81", "222" }, "America/Mexico_City", "es", ".mx",
			List.of("Monterrey", "Guadalajara", "Puebla", "Mérida", "Querétaro", "León", "Tijuana", "Cancún")),

	BR("55", "55113", "55", new String[] { "119", "219", "319", "419", "519", "719", "859" }, "America/Sao_Paulo", "pt",
			".com.br",
			List.of("São Paulo", "Rio", "Belo Horizonte", "Curitiba", "Porto Alegre", "Salvador", "Recife",
					"Fortaleza")),

	ES("34", "34911", "34", new String[] { "6", "7" }, "Europe/Madrid", "es", ".es",
			List.of("Madrid", "Málaga", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "A Coruña", "Logroño")),

	US("1", "1212", "1", new String[] { "212", "305", "415", "512", "617", "773", "206" }, "America/New_York", "en",
			".com", List.of("Boston", "Brooklyn", "Miami", "Austin", "Seattle", "Chicago", "Denver", "Portland")),

	AR("54", "549115", "549", new String[] { "11", "351", "341", "261" }, "America/Argentina/Buenos_Aires", "es",
			".com.ar",
			List.of("Palermo", "Córdoba", "Rosario", "Mendoza", "La Plata", "Salta", "Bariloche", "Tucumán")),

	CO("57", "57601", "57", new String[] { "30", "31", "32" }, "America/Bogota", "es", ".com.co",
			List.of("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Manizales")),

	PT("351", "35121", "351", new String[] { "91", "92", "93", "96" }, "Europe/Lisbon", "pt", ".pt",
			List.of("Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "Évora", "Funchal"));

	/** The length of every generated number, country code included, per country. */
	private static final int[] NUMBER_LENGTH = { 13, 13, 11, 11, 13, 12, 12 };

	private final String dialCode;

	private final String businessPrefix;

	private final String customerPrefix;

	private final String[] customerAreas;

	private final ZoneId zone;

	private final String locale;

	private final String tld;

	private final List<String> cities;

	Country(String dialCode, String businessPrefix, String customerPrefix, String[] customerAreas, String zone,
			String locale, String tld, List<String> cities) {
		this.dialCode = dialCode;
		this.businessPrefix = businessPrefix;
		this.customerPrefix = customerPrefix;
		this.customerAreas = customerAreas;
		this.zone = ZoneId.of(zone);
		this.locale = locale;
		this.tld = tld;
		this.cities = cities;
	}

	String dialCode() {
		return this.dialCode;
	}

	ZoneId zone() {
		return this.zone;
	}

	String locale() {
		return this.locale;
	}

	String tld() {
		return this.tld;
	}

	List<String> cities() {
		return this.cities;
	}

	/**
	 * The business number of the brand connection with this index: unique per index and
	 * country.
	 * @param index the connection's index
	 * @return digits with country code
	 */
	String businessNumber(int index) {
		return this.businessPrefix + pad(index, NUMBER_LENGTH[ordinal()] - this.businessPrefix.length());
	}

	/**
	 * A customer's number from a hash.
	 * @param hash any 64-bit value
	 * @return digits with country code
	 */
	String customerNumber(long hash) {
		String area = this.customerAreas[(int) Long.remainderUnsigned(hash, this.customerAreas.length)];
		String head = this.customerPrefix + area;
		long digits = Long.remainderUnsigned(hash >>> 8, 10_000_000_000L);
		return head + pad(digits, NUMBER_LENGTH[ordinal()] - head.length());
	}

	private static String pad(long value, int width) {
		String digits = Long.toString(value);
		if (digits.length() >= width) {
			return digits.substring(digits.length() - width);
		}
		return "0".repeat(width - digits.length()) + digits;
	}

}
