package io.wascorecards.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated brands: realistic names in their own language, one domain each, numbers
 * unique per index. The same index always gives the same brand, whatever the seed, so
 * that generating again reuses the connections.
 */
final class BrandCatalogue {

	private static final String[][] BASES = { { "Café Señorial", "ES" }, { "Loja Bem-Estar", "BR" },
			{ "Óptica Visión", "MX" }, { "Northwind Outfitters", "US" }, { "Panadería San Ñandú", "AR" },
			{ "Tienda Café Quindío", "CO" }, { "Pastelaria Belém Doce", "PT" }, { "Farmacia El Águila", "MX" },
			{ "Ferretería Logroño", "ES" }, { "Farmácia São João", "BR" }, { "Contoso Coffee", "US" },
			{ "Vinoteca Malbec & Co", "AR" }, { "Droguería Santa Fe", "CO" }, { "Livraria Lusitânia", "PT" },
			{ "Mueblería Doña Lupe", "MX" }, { "Clínica Dental Sonrisa", "ES" }, { "Açaí da Praia", "BR" },
			{ "Fabrikam Home", "US" }, { "Heladería Pingüino", "AR" }, { "Almacén Niña Bonita", "CO" },
			{ "Óptica Alfama", "PT" }, { "Zapatería Cañón", "MX" }, { "Viajes Alborán", "ES" },
			{ "Calçados Conforto", "BR" }, { "Tailspin Travel", "US" }, { "Librería Patagonia", "AR" },
			{ "Moto Repuestos Paisa", "CO" }, { "Conservas Atlântico", "PT" }, { "Tacos El Güero", "MX" },
			{ "Moda Ibérica", "ES" }, { "Padaria Pão Dourado", "BR" }, { "Adventure Works Bikes", "US" },
			{ "Estancia La Ñata", "AR" }, { "Frutería Doña Inés", "CO" }, { "Cerâmica Tágide", "PT" },
			{ "Papelería Núñez", "MX" }, { "Academia Idiomas Ñ", "ES" }, { "Pet Shop Amigão", "BR" },
			{ "Blue Yonder Pets", "US" }, { "Cervecería Güemes", "AR" }, { "Electrohogar Antioquia", "CO" },
			{ "Ginásio Vitória", "PT" } };

	private static final String[][] DESKS = { { "Ventas", "Soporte" }, { "Vendas", "Suporte" },
			{ "Sales", "Support" } };

	private BrandCatalogue() {
	}

	/**
	 * The brand connection with this index.
	 * @param index from 0
	 * @return the brand
	 */
	static Brand brand(int index) {
		boolean secondOfWaba = index % 9 == 8;
		int owner = secondOfWaba ? index - 1 : index;
		int baseIndex = owner % BASES.length;
		String[] base = BASES[baseIndex];
		Country country = Country.valueOf(base[1]);
		int round = owner / BASES.length;
		String name = base[0];
		String domainName = name;
		if (round > 0) {
			String city = country.cities().get((round - 1) % country.cities().size());
			int again = (round - 1) / country.cities().size();
			name = name + " " + city + ((again > 0) ? " " + (again + 1) : "");
			domainName = name;
		}
		if (secondOfWaba) {
			String[] desks = DESKS["es".equals(country.locale()) ? 0 : "pt".equals(country.locale()) ? 1 : 2];
			name = name + " " + desks[(index / 9) % 2];
		}
		String domain = slug(domainName) + country.tld();
		boolean active = index % 40 != 19;
		boolean silent = index % 500 == 7;
		SplittableRandom random = new SplittableRandom(Ids.mix(index, 0xB4A2D));
		double weight = silent ? 0 : Math.exp(0.9 * random.nextGaussian()) * (active ? 1.0 : 0.2);
		return new Brand(index, Long.toString(100000000000101L + index), Long.toString(200000000000301L + owner),
				!secondOfWaba, country.businessNumber(index), name, country, domain, active, weight,
				Behaviour.of(index), Trades.vertical(baseIndex), Trades.offer(baseIndex));
	}

	/**
	 * A name as letters and digits only, lower case, without accents: "Óptica Visión" →
	 * "opticavision".
	 * @param name a brand name
	 * @return its slug
	 */
	static String slug(String name) {
		return plain(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

	/**
	 * A name without accents: "Óptica Visión" → "Optica Vision".
	 * @param name a brand name
	 * @return the name without combining marks
	 */
	static String plain(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/**
	 * What people call a brand for short, which does not identify it: "Óptica Visión" →
	 * "Óptica".
	 * @param name a brand name
	 * @return its first word
	 */
	static String shortName(String name) {
		int space = name.indexOf(' ');
		return (space > 0) ? name.substring(0, space) : name;
	}

}
