package io.wascorecards.demo;

import java.util.SplittableRandom;

/**
 * Links as brands put them in their messages: to their own site, to other sites and
 * social networks, and to WhatsApp (their own number, someone else's number or group, or
 * a link that names no number).
 */
final class Links {

	private static final String[] OWN = { "https://%s/promociones", "https://www.%s/catalogo",
			"https://tienda.%s/p/4821", "www.%s", "https://%s/pedido?id=88231#estado", "http://m.%s/ofertas",
			"HTTPS://WWW.%s/Ayuda" };

	private static final String[] EXTERNAL_PAGES = { "https://instagram.com/%s", "https://www.facebook.com/%s",
			"https://linktr.ee/%s", "https://%s.myshopify.com/products/oferta" };

	private static final String[] EXTERNAL_CODES = { "http://bit.ly/3xYz%s", "www.mercadolibre.com.mx/p/MLM%s",
			"https://forms.gle/Ab%s", "https://www.amazon.com.br/dp/B0%s", "https://shop.example.com/x%s" };

	private static final String[] NEUTRAL = { "https://wa.me/message/ABC123", "https://wa.me/message/QX7PLM2K4VJ3A1",
			"https://wa.link/xyz", "https://wa.link/k9m2qp" };

	private Links() {
	}

	/**
	 * A link for a message of this brand.
	 * @param random the conversation's random source
	 * @param brand the brand
	 * @return the link, without surrounding text
	 */
	static String link(SplittableRandom random, Brand brand) {
		Behaviour behaviour = brand.behaviour();
		double kind = random.nextDouble();
		if (kind < behaviour.foreignShare()) {
			return foreignWhatsApp(random, brand);
		}
		if (kind < behaviour.foreignShare() + behaviour.externalShare()) {
			String slug = BrandCatalogue.slug(brand.brandName());
			return random.nextBoolean() ? String.format(Phrases.pick(random, EXTERNAL_PAGES), slug)
					: String.format(Phrases.pick(random, EXTERNAL_CODES), 1000 + random.nextInt(9000));
		}
		double own = random.nextDouble();
		if (own < 0.70) {
			return String.format(Phrases.pick(random, OWN), brand.domain());
		}
		if (own < 0.85) {
			String number = brand.displayPhoneNumber();
			return switch (random.nextInt(3)) {
				case 0 -> "https://wa.me/" + number;
				case 1 -> "https://api.whatsapp.com/send?phone=%2B" + number;
				default -> "https://wa.me/+" + number + "?text=Hola";
			};
		}
		return Phrases.pick(random, NEUTRAL);
	}

	private static String foreignWhatsApp(SplittableRandom random, Brand brand) {
		String other = brand.country().customerNumber(Ids.mix(brand.index(), random.nextInt(3)));
		return switch (random.nextInt(3)) {
			case 0 -> "https://wa.me/" + other;
			case 1 -> "https://api.whatsapp.com/send?phone=%2B" + other + "&text=Hola";
			default -> "https://chat.whatsapp.com/"
					+ Ids.base64(Ids.mix(brand.index(), 77)).substring(0, 22).replace('+', 'K').replace('/', 'q');
		};
	}

}
