package io.wascorecards.demo;

/**
 * What each brand of {@link BrandCatalogue} sells, in its own language, and the Meta
 * vertical its business profile names: its on-purpose templates and its profile's
 * description say it in the words of the trade, so that the purpose KPIs find them.
 */
final class Trades {

	/**
	 * Meta's vertical and what the brand sells, in the order of the catalogue's bases.
	 */
	private static final String[][] TRADES = { { "RESTAURANT", "desayunos, comida y postres de la casa" },
			{ "HEALTH", "vitaminas, remédios e produtos de saúde" },
			{ "HEALTH", "lentes graduados y examen de la vista" }, { "APPAREL", "outdoor clothing, jackets and shoes" },
			{ "GROCERY", "pan, facturas y tortas de panadería" }, { "GROCERY", "café de origen, pan y despensa" },
			{ "RESTAURANT", "pastéis, bolos e sobremesas" }, { "HEALTH", "medicamentos con receta médica" },
			{ "RETAIL", "herramientas de ferretería" }, { "HEALTH", "remédios e medicamentos de farmácia" },
			{ "RESTAURANT", "coffee, breakfast and desserts" }, { "GROCERY", "vinos y bebidas" },
			{ "HEALTH", "medicamentos de farmacia" }, { "RETAIL", "livros de livraria e papelaria" },
			{ "RETAIL", "muebles y colchones" }, { "HEALTH", "limpieza dental y ortodoncia con tu dentista" },
			{ "RESTAURANT", "açaí, lanches e sobremesas" }, { "RETAIL", "furniture, mattresses and homeware" },
			{ "RESTAURANT", "helados y postres" }, { "GROCERY", "abarrotes, frutas y verduras" },
			{ "HEALTH", "óculos, lentes e exames de vista" }, { "APPAREL", "zapatos, tenis y calzado" },
			{ "TRAVEL", "viajes, vuelos y cruceros" }, { "APPAREL", "sapatos e tênis" },
			{ "TRAVEL", "flights, tours and cruises" }, { "RETAIL", "libros de librería y papelería" },
			{ "AUTO", "refacciones, llantas y frenos" }, { "GROCERY", "conservas de peixe da mercearia" },
			{ "RESTAURANT", "tacos, antojitos y comida" }, { "APPAREL", "ropa, vestidos y moda" },
			{ "GROCERY", "pão de padaria e lanches" }, { "RETAIL", "bikes from our bike shop" },
			{ "HOTEL", "habitaciones y cabañas de hospedaje" }, { "GROCERY", "frutas y verduras frescas" },
			{ "RETAIL", "cerâmica da loja e vitrine" }, { "RETAIL", "papelería y útiles escolares" },
			{ "EDU", "cursos y clases de idiomas" }, { "RETAIL", "brinquedos da loja pet" },
			{ "RETAIL", "pet food and toys from our store" }, { "RESTAURANT", "cerveza artesanal, comida y parrilla" },
			{ "RETAIL", "electrodomésticos y celulares" }, { "HEALTH", "fisioterapia, aulas e saúde" } };

	private Trades() {
	}

	/**
	 * The vertical of a base of the catalogue.
	 * @param base the base's position
	 * @return Meta's vertical
	 */
	static String vertical(int base) {
		return TRADES[base % TRADES.length][0];
	}

	/**
	 * What a base of the catalogue sells.
	 * @param base the base's position
	 * @return the goods, in the brand's language
	 */
	static String offer(int base) {
		return TRADES[base % TRADES.length][1];
	}

}
