package io.wascorecards.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The BSP's account managers of the generated connections: a handful, speaking Spanish,
 * English or Portuguese (or left to their first brand's language), each connection
 * assigned to one or two of them, preferably in its language.
 */
final class AccountManagers {

	private static final String[][] MANAGERS = { { "lucia.martinez@bsp.example", "Lucía Martínez", "es" },
			{ "john.carter@bsp.example", "John Carter", "en" }, { "ana.souza@bsp.example", "Ana Beatriz Souza", "pt" },
			{ "jorge.perez@bsp.example", "Jorge Pérez", null },
			{ "camila.rodriguez@bsp.example", "Camila Rodríguez", "es" },
			{ "emily.johnson@bsp.example", "Emily Johnson", "en" }, { "joao.silva@bsp.example", "João Silva", "pt" },
			{ "sofia.gomez@bsp.example", "Sofía Gómez", null } };

	private AccountManagers() {
	}

	static void assign(Connection connection, List<Brand> brands, long[] connectionIds) throws SQLException {
		int count = Math.min(MANAGERS.length, Math.max(1, (brands.size() + 1) / 2));
		String[] emails = new String[count];
		String[] names = new String[count];
		String[] locales = new String[count];
		for (int m = 0; m < count; m++) {
			emails[m] = MANAGERS[m][0];
			names[m] = MANAGERS[m][1];
			locales[m] = MANAGERS[m][2];
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO account_manager (email, full_name, locale)
				SELECT e, f, l FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t (e, f, l, n)
				ORDER BY n
				ON CONFLICT DO NOTHING""")) {
			insert.setArray(1, connection.createArrayOf("text", emails));
			insert.setArray(2, connection.createArrayOf("text", names));
			insert.setArray(3, connection.createArrayOf("text", locales));
			insert.executeUpdate();
		}
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT email, id FROM account_manager WHERE email = ANY (?)")) {
			select.setArray(1, connection.createArrayOf("text", emails));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		List<Long> managerColumn = new ArrayList<>();
		List<Long> connectionColumn = new ArrayList<>();
		for (int i = 0; i < brands.size(); i++) {
			Brand brand = brands.get(i);
			List<Integer> speakers = new ArrayList<>();
			for (int m = 0; m < count; m++) {
				if (locales[m] == null || Objects.equals(locales[m], brand.locale())) {
					speakers.add(m);
				}
			}
			int primary = speakers.isEmpty() ? i % count : speakers.get(i % speakers.size());
			managerColumn.add(ids.get(emails[primary]));
			connectionColumn.add(connectionIds[i]);
			long hash = Ids.mix(brand.index(), 0xA55);
			int secondary = (int) Long.remainderUnsigned(hash, count);
			if (count > 1 && secondary != primary && Long.remainderUnsigned(hash >>> 32, 10) < 3) {
				managerColumn.add(ids.get(emails[secondary]));
				connectionColumn.add(connectionIds[i]);
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO account_manager_connection (manager_id, connection_id)
				SELECT m, c FROM unnest(?::bigint[], ?::bigint[]) AS t (m, c)
				ON CONFLICT DO NOTHING""")) {
			insert.setArray(1, connection.createArrayOf("bigint", managerColumn.toArray()));
			insert.setArray(2, connection.createArrayOf("bigint", connectionColumn.toArray()));
			insert.executeUpdate();
		}
	}

}
