package io.wascorecards.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brand coherence: links in outbound messages (SPEC §4). Each case of a table is one
 * outbound message of its own connection (allowed domain {@code opticavision.mx}), so
 * that one computation checks every case separately; {@code {own}} in a body stands for
 * the connection's display phone number. Another WhatsApp number is
 * {@code 5215599999999}.
 */
@DatabaseTest
class LinkKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	@Autowired
	private KpiScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void linksToTheBrandsOwnDomainAndItsSubdomainsAreNotExternal() {
		check(link("Agenda en https://opticavision.mx/citas", 0, 0),
				link("Visítanos: https://www.opticavision.mx", 0, 0),
				link("Compra en https://shop.opticavision.mx/lentes?id=3", 0, 0),
				link("Compra en http://opticavision.mx", 0, 0), link("Compra en www.opticavision.mx/lentes", 0, 0),
				link("Promo en HTTPS://WWW.OPTICAVISION.MX/Promo", 0, 0),
				link("Promo en Http://Shop.OpticaVision.MX", 0, 0),
				link("Citas en https://opticavision.mx:8443/citas", 0, 0),
				link("Horarios en https://opticavision.mx#horarios", 0, 0),
				link("Horarios en https://opticavision.mx?utm_source=wa", 0, 0));
	}

	@Test
	void linksToOtherDomainsAreExternal() {
		check(link("Oferta en http://otra-tienda.com/oferta", 1, 0), link("Oferta en https://otra-tienda.com", 1, 0),
				link("Oferta en www.otra-tienda.com", 1, 0), link("Oferta en WWW.OTRA-TIENDA.COM", 1, 0),
				link("Oferta en HTTPS://OTRA-TIENDA.COM/Promo", 1, 0), link("Oferta en Https://Otra-Tienda.com", 1, 0),
				link("Oferta en https://otra-tienda.com:443/pago", 1, 0),
				// the allowed domain followed by more labels, or without the dot before
				// it, is another domain
				link("Ver https://opticavision.mx.otra-tienda.com/x", 1, 0),
				link("Ver https://fakeopticavision.mx", 1, 0), link("Ver https://opticavision.com", 1, 0),
				link("Ver https://bit.ly/3xYzAb", 1, 0));
	}

	@Test
	void urlsAreTokensStartingWithASchemeOrWwwWithoutTrailingPunctuation() {
		check(link("¿Ya viste https://opticavision.mx?", 0, 0), link("Visita (https://opticavision.mx).", 0, 0),
				link("Visita https://opticavision.mx!!", 0, 0),
				link("Links: https://opticavision.mx, https://www.opticavision.mx; [https://shop.opticavision.mx] "
						+ "{https://opticavision.mx}", 0, 0),
				link("Visita \"https://otra-tienda.com\"", 1, 0), link("Visita <https://otra-tienda.com>", 1, 0),
				link("Visita 'www.otra-tienda.com'", 1, 0),
				// no scheme and no www.: no URL
				link("Escríbenos a contacto@otra-tienda.com", 0, 0), link("Visita otra-tienda.com", 0, 0),
				link("Escribe a wa.me/5215599999999", 0, 0), link("Hola, gracias por escribir", 0, 0));
	}

	@Test
	void whatsappLinksCountAsForeignOnlyWhenTheyNameAnotherNumberOrAGroup() {
		check(link("Escríbenos: https://wa.me/{own}", 0, 0), link("Escríbenos: https://wa.me/+{own}", 0, 0),
				link("Escríbenos: https://wa.me/%2B{own}?text=Hola", 0, 0),
				link("Escríbenos: https://api.whatsapp.com/send?phone={own}&text=hola", 0, 0),
				link("Escribe a https://wa.me/5215599999999", 0, 1),
				link("Escribe a http://wa.me/5215599999999/", 0, 1),
				link("Escribe a https://WA.ME/5215599999999", 0, 1),
				link("Escribe a https://wa.me/5215599999999?text=Hola", 0, 1),
				link("Escribe a https://wa.me/%2B5215599999999", 0, 1),
				link("Escribe a https://wa.me/+5215599999999.", 0, 1),
				link("Escribe a https://api.whatsapp.com/send?phone=%2B5215599999999&text=hola", 0, 1),
				link("Escribe a https://api.whatsapp.com/send?phone=+5215599999999", 0, 1),
				link("Escribe a https://web.whatsapp.com/send?phone=5215599999999", 0, 1),
				link("Escribe a https://wa.me/send?phone=5215599999999", 0, 1),
				link("Únete: https://chat.whatsapp.com/AbC123xyz", 0, 1),
				// links that name no number
				link("Escríbenos: https://wa.me/message/ABCDEF123", 0, 0),
				link("Escríbenos: https://wa.link/x1y2z3", 0, 0), link("Escríbenos: https://wa.me/52155abc", 0, 0),
				link("Grupos: https://chat.whatsapp.com", 0, 0), link("Grupos: https://chat.whatsapp.com/", 0, 0),
				link("Usa https://web.whatsapp.com", 0, 0), link("Más en https://www.whatsapp.com/business", 0, 0),
				link("Más en https://whatsapp.com", 0, 0));
	}

	@Test
	void aMessageCountsOnceWhateverItsNumberOfLinksAndOnlyOutboundMessagesOfTheDayCount() {
		// given
		long brand = this.scenario.connection("100000000000001", "200000000000001", "5215512345678", "Óptica Visión",
				"America/Mexico_City", "opticavision.mx");
		// external and foreign, once each
		out(brand, "https://otra.com y https://tienda2.com y https://wa.me/5215599999999 y "
				+ "https://chat.whatsapp.com/Xyz", "2026-03-10T09:00:00-06:00");
		out(brand, "https://otra.com", "2026-03-10T09:01:00-06:00"); // external
		this.scenario.template(brand, "A", "MARKETING", "Visita https://otra.com", "2026-03-10T09:02:00-06:00");
		// inbound: not counted
		this.scenario.inbound(brand, "A", "https://otra.com https://wa.me/5215599999999", "2026-03-10T09:03:00-06:00");
		// the day before
		out(brand, "https://otra.com https://wa.me/5215599999999", "2026-03-09T23:59:59-06:00");
		out(brand, "", "2026-03-10T09:04:00-06:00"); // empty body
		out(brand, null, "2026-03-10T09:05:00-06:00"); // no body
		out(brand, "Hola", "2026-03-10T09:06:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("outbound_messages", 6)
			.containsEntry("outbound_with_body", 4)
			.containsEntry("external_link_messages", 3)
			.containsEntry("foreign_whatsapp_refs", 1);
	}

	private void out(long connectionId, String body, String createdAt) {
		this.scenario.outbound(connectionId, "A", "BOT", body, createdAt);
	}

	private static LinkCase link(String body, int external, int foreign) {
		return new LinkCase(body, external, foreign);
	}

	/**
	 * Gives each case a connection with one outbound message, computes the day once and
	 * checks every case.
	 */
	private void check(LinkCase... cases) {
		List<String> phones = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < cases.length; i++) {
			String phone = "1000000000001%02d".formatted(i);
			String display = "5215510000%03d".formatted(i);
			long connection = this.scenario.connection(phone, "200000000000001", display, "Óptica Visión",
					"America/Mexico_City", "opticavision.mx");
			String body = cases[i].body().replace("{own}", display);
			out(connection, body, "2026-03-10T12:00:00-06:00");
			phones.add(phone);
			bodies.add(body);
		}
		this.scenario.compute(DAY, CLOSED);
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < cases.length; i++) {
			Map<String, Object> kpis = this.scenario.kpis(phones.get(i), DAY);
			softly.assertThat(kpis.get("external_link_messages"))
				.as("external_link_messages of \"%s\"", bodies.get(i))
				.isEqualTo(cases[i].external());
			softly.assertThat(kpis.get("foreign_whatsapp_refs"))
				.as("foreign_whatsapp_refs of \"%s\"", bodies.get(i))
				.isEqualTo(cases[i].foreign());
			softly.assertThat(kpis.get("outbound_with_body"))
				.as("outbound_with_body of \"%s\"", bodies.get(i))
				.isEqualTo(1);
		}
		softly.assertAll();
	}

	private record LinkCase(String body, int external, int foreign) {
	}

}
