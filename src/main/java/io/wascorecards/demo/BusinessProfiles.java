package io.wascorecards.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The {@code wa_business_profile} the BSP polled for each brand the night before the
 * first generated day: most complete, their description saying what the brand sells in
 * the words of its trade; some without a description, website, e-mail or picture; and a
 * few never polled at all.
 */
final class BusinessProfiles {

	private BusinessProfiles() {
	}

	/**
	 * Writes the profiles of the brands.
	 * @param connection the database, in the generation's setup transaction
	 * @param brands the generated brands
	 * @param ids their {@code wa_connection.id}, in the same order
	 * @param from the first generated business day
	 * @throws SQLException on a database error
	 */
	static void insert(Connection connection, List<Brand> brands, long[] ids, LocalDate from) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO wa_business_profile (connection_id, captured_at, about, description, vertical, websites,
				                                 email, address, profile_picture_url)
				VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN ARRAY[?] ELSE '{}' END, ?, ?, ?)""")) {
			for (int i = 0; i < brands.size(); i++) {
				Brand brand = brands.get(i);
				int kind = brand.index() % 8;
				if (kind == 6) {
					// never polled: the profile KPIs have no data
					continue;
				}
				// partial: 3 lacks description, website and e-mail, 1 an e-mail and a
				// picture
				boolean sparse = kind == 3;
				boolean noContact = kind == 1;
				Phrases phrases = Phrases.of(brand.locale());
				insert.setLong(1, ids[i]);
				insert.setTimestamp(2, Timestamp.from(from.atStartOfDay(brand.zone()).minusHours(3).toInstant()));
				insert.setString(3, phrases.profileAbout());
				insert.setString(4, sparse ? null
						: String.format(Locale.ROOT, phrases.profileDescription(), brand.brandName(), brand.offer()));
				insert.setString(5, brand.vertical());
				insert.setBoolean(6, !sparse);
				insert.setString(7, "https://" + brand.domain());
				insert.setString(8, (sparse || noContact) ? null : "hola@" + brand.domain());
				insert.setString(9, brand.country().cities().get(0));
				insert.setString(10, noContact ? null : "https://pps.whatsapp.net/v/" + brand.phoneNumberId() + ".jpg");
				insert.addBatch();
				if (i % 1000 == 999) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

}
