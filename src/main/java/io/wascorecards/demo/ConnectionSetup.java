package io.wascorecards.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the generated connections, their account managers and the assignments, or
 * reuses those that exist, with the business profiles polled before the first day; and
 * refuses to generate days that already have messages.
 */
final class ConnectionSetup {

	private final Connection connection;

	ConnectionSetup(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Makes sure every brand has its {@code wa_connection} row and managers, and writes
	 * their business profiles.
	 * @param brands the generated brands
	 * @param from the first business day to generate
	 * @param to the last business day to generate
	 * @return the {@code wa_connection.id} of each brand, in the same order
	 * @throws SQLException on a database error
	 * @throws IllegalStateException if an existing connection has messages around those
	 * days
	 */
	long[] prepare(List<Brand> brands, LocalDate from, LocalDate to) throws SQLException {
		String[] phoneNumberIds = brands.stream().map(Brand::phoneNumberId).toArray(String[]::new);
		Map<String, Long> existing = ids(phoneNumberIds);
		if (!existing.isEmpty()) {
			refuseOverlap(existing.values(), from, to);
		}
		insertConnections(brands);
		Map<String, Long> ids = ids(phoneNumberIds);
		long[] result = new long[brands.size()];
		for (int i = 0; i < result.length; i++) {
			Long id = ids.get(phoneNumberIds[i]);
			if (id == null) {
				throw new IllegalStateException(
						"Cannot create connection " + phoneNumberIds[i] + ": its display number "
								+ brands.get(i).displayPhoneNumber() + " belongs to another connection");
			}
			result[i] = id;
		}
		AccountManagers.assign(this.connection, brands, result);
		BusinessProfiles.insert(this.connection, brands, result, from);
		return result;
	}

	private Map<String, Long> ids(String[] phoneNumberIds) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement select = this.connection
			.prepareStatement("SELECT phone_number_id, id FROM wa_connection WHERE phone_number_id = ANY (?)")) {
			select.setArray(1, this.connection.createArrayOf("text", phoneNumberIds));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return ids;
	}

	private void refuseOverlap(Iterable<Long> connectionIds, LocalDate from, LocalDate to) throws SQLException {
		List<Long> list = new ArrayList<>();
		connectionIds.forEach(list::add);
		LocalDate first = from.minusDays(1);
		LocalDate last = to.plusDays(1);
		try (PreparedStatement select = this.connection.prepareStatement(
				"""
						SELECT c.phone_number_id FROM wa_connection c
						WHERE c.id = ANY (?) AND EXISTS (SELECT 1 FROM wa_message m
						                                 WHERE m.connection_id = c.id AND m.created_at >= ? AND m.created_at < ?)
						ORDER BY c.phone_number_id LIMIT 4""")) {
			select.setArray(1, this.connection.createArrayOf("bigint", list.toArray()));
			select.setTimestamp(2, Timestamp.from(first.atStartOfDay(ZoneOffset.ofHours(14)).toInstant()));
			select.setTimestamp(3, Timestamp.from(last.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant()));
			List<String> busy = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					busy.add(rows.getString(1));
				}
			}
			if (!busy.isEmpty()) {
				String names = String.join(", ", busy.subList(0, Math.min(3, busy.size())))
						+ ((busy.size() > 3) ? ", …" : "");
				throw new IllegalStateException("Connections " + names + " already have messages between " + first
						+ " and " + last + "; generate other dates or start from an empty database");
			}
		}
	}

	private void insertConnections(List<Brand> brands) throws SQLException {
		int n = brands.size();
		String[][] columns = new String[7][n];
		Boolean[] active = new Boolean[n];
		for (int i = 0; i < n; i++) {
			Brand brand = brands.get(i);
			columns[0][i] = brand.phoneNumberId();
			columns[1][i] = brand.wabaId();
			columns[2][i] = brand.displayPhoneNumber();
			columns[3][i] = brand.brandName();
			columns[4][i] = brand.zone().getId();
			columns[5][i] = brand.locale();
			columns[6][i] = brand.domain();
			active[i] = brand.active();
		}
		try (PreparedStatement insert = this.connection.prepareStatement("""
				INSERT INTO wa_connection (phone_number_id, waba_id, display_phone_number, brand_name, timezone, locale,
				                           allowed_domains, active)
				SELECT p, w, d, b, z, l, ARRAY[o], a
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
				     WITH ORDINALITY AS t (p, w, d, b, z, l, o, a, n)
				ORDER BY n
				ON CONFLICT DO NOTHING""")) {
			for (int c = 0; c < columns.length; c++) {
				insert.setArray(c + 1, array("text", columns[c]));
			}
			insert.setArray(8, array("boolean", active));
			insert.executeUpdate();
		}
	}

	private Array array(String type, Object[] values) throws SQLException {
		return this.connection.createArrayOf(type, values);
	}

}
