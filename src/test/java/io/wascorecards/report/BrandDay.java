package io.wascorecards.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.wascorecards.kpi.KpiScenario;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A brand's day of traffic for report tests, in Mexico City time (UTC−6 in March 2026):
 * 30 customers write and 21 get an agent's answer three minutes later; 60 campaign
 * templates go out, every fifth with a link to an outside shop, five fail (four with
 * 131026, one with 131049) and 28 get a reply; Meta pauses a template. Customers' numbers
 * start with {@value #CUSTOMER_PREFIX}, so a test can check that none reaches a PDF.
 */
public final class BrandDay {

	static final String CUSTOMER_PREFIX = "52155";

	private final KpiScenario scenario;

	private final JdbcTemplate jdbc;

	public BrandDay(KpiScenario scenario, JdbcTemplate jdbc) {
		this.scenario = scenario;
		this.jdbc = jdbc;
	}

	/**
	 * A connection in a language, with its day of traffic.
	 * @return its id
	 */
	public long brand(String phoneNumberId, String wabaId, String display, String brandName, String locale,
			LocalDate day) {
		long id = this.scenario.connection(phoneNumberId, wabaId, display, brandName, "America/Mexico_City",
				"optica-vision.example");
		this.jdbc.update("UPDATE wa_connection SET locale = ? WHERE id = ?", locale, id);
		OffsetDateTime morning = day.atTime(8, 0).atOffset(ZoneOffset.ofHours(-6));
		for (int i = 0; i < 30; i++) {
			String customer = CUSTOMER_PREFIX + "5%07d".formatted(i);
			OffsetDateTime asked = morning.plusHours(1).plusMinutes(10L * i);
			this.scenario.inbound(id, customer, "¿Tienen lentes de contacto para astigmatismo?", asked.toString());
			if (i < 21) {
				this.scenario.outbound(id, customer, "AGENT", "Hola, le atiende Ana de " + brandName + ".",
						asked.plusMinutes(3).toString());
			}
		}
		for (int i = 0; i < 60; i++) {
			String customer = CUSTOMER_PREFIX + "6%07d".formatted(i);
			OffsetDateTime sent = morning.plusMinutes(i);
			String link = (i % 5 == 0) ? " Compre aquí: https://tienda-externa.example/promo" : "";
			String wamid = this.scenario.template(id, customer, "MARKETING",
					brandName + ": su examen de la vista anual está disponible." + link, sent.toString());
			if (i < 5) {
				this.scenario.failed(sent.plusMinutes(1).toString(), wabaId, phoneNumberId, wamid,
						(i < 4) ? 131026 : 131049);
			}
			else if (i % 2 == 1) {
				this.scenario.inbound(id, customer, "Sí, quiero una cita", sent.plusHours(1).toString());
			}
		}
		this.scenario.event(morning.plusHours(4).toString(), wabaId, "message_template_status_update", """
				{"event":"PAUSED","message_template_id":12345,"message_template_name":"examen_anual",
				 "message_template_language":"es_MX","reason":"LOW_QUALITY"}""");
		return id;
	}

	/**
	 * An account manager of some connections, in a language or (null) their first one's.
	 */
	public long manager(String email, String fullName, String locale, long... connectionIds) {
		long id = this.jdbc.queryForObject(
				"INSERT INTO account_manager (email, full_name, locale) VALUES (?, ?, ?) RETURNING id", Long.class,
				email, fullName, locale);
		for (long connectionId : connectionIds) {
			this.jdbc.update("INSERT INTO account_manager_connection (manager_id, connection_id) VALUES (?, ?)", id,
					connectionId);
		}
		return id;
	}

	/**
	 * Brands named {@code Marca 0…} with phone number ids {@code 1000000000<series><nn>},
	 * each manager given the same number of them in order.
	 * @param series three digits that keep these ids apart from other tests'
	 * @return the connections' ids
	 */
	public List<Long> brandsAndManagers(String series, int brands, int managers, LocalDate date) {
		List<Long> connections = new ArrayList<>();
		for (int i = 0; i < brands; i++) {
			connections.add(brand("1000000000%s%02d".formatted(series, i), "2000000000%s%02d".formatted(series, i),
					"5215512%s%02d".formatted(series, i), "Marca " + i, "es", date));
		}
		int perManager = brands / managers;
		for (int m = 0; m < managers; m++) {
			manager("manager" + m + "@bsp.example", "Manager " + m, null,
					connections.subList(m * perManager, (m + 1) * perManager)
						.stream()
						.mapToLong(Long::longValue)
						.toArray());
		}
		return connections;
	}

}
