package io.wascorecards.demo;

/**
 * Spanish texts, as written in Mexico, Spain, Argentina and Colombia.
 */
final class SpanishPhrases {

	static final Phrases PHRASES = new Phrases(
			new String[] { "Hola, ¿tienen envío a domicilio?", "Buenas tardes, ¿a qué hora abren el sábado?",
					"¿Cuánto cuesta el envío a Guadalajara?", "hola buen día", "Quiero saber el estado de mi pedido",
					"¿Aceptan tarjeta de crédito?", "Hola!! me interesa la promo 2x1", "¿Tienen stock en talla M?",
					"buenas noches, ¿siguen abiertos?", "Necesito cambiar mi dirección de entrega",
					"¿Cuál es el precio del producto de la foto?", "Hola, no me llegó la factura" },
			new String[] { "¿Puedo hablar con un asesor?", "Quiero hablar con una PERSONA",
					"necesito un agente por favor", "me pasas con un humano?", "Hola, ¿hay algún ejecutivo disponible?",
					"Quiero hablar con alguien", "OPERADORA por favor", "Asesora, ¿me ayuda?",
					"no quiero bot, quiero un ASESOR!!", "¿Me comunica con un operador?" },
			new String[] { "¿Para cuántas personas es el combo?", "¿Tienen asesoría de imagen?",
					"Somos agentes de viaje, ¿hacen descuento?", "Busco algo personalizado",
					"¿El asesoramiento tiene costo?", "Es para dos personas" },
			new String[] { "ok", "Gracias", "perfecto, muchas gracias", "¿Y cuánto tarda?", "Sí, por favor",
					"Va, lo reviso", "¿Me pasas el total?", "Excelente 👍" },
			new String[] { "¿Hola? Sigo esperando respuesta", "Buenos días, ayer escribí y nadie me contestó",
					"Hola de nuevo, ¿me pueden ayudar?" },
			new String[] { "¡Hola! Soy el asistente virtual de %1$s 🤖 Elige una opción:",
					"Bienvenido a %1$s. ¿En qué te podemos ayudar? Selecciona una opción del menú." },
			new String[] { "Horarios y sucursales", "Estado de mi pedido", "Promociones", "Hablar con un asesor" },
			new String[] { "Nuestro horario es de lunes a sábado de 9:00 a 19:00 h.",
					"Tu pedido está en camino 🚚 Llega en 2 a 3 días hábiles.",
					"Aceptamos tarjetas, transferencia y pago en efectivo.",
					"El envío es gratis en compras mayores a $999." },
			new String[] { "Puedes ver todas nuestras promociones aquí: %2$s", "Consulta el catálogo completo en %2$s",
					"Sigue tu pedido en línea (ver %2$s)." },
			new String[] { "Te comunico con un asesor, en un momento te atiende.",
					"Un agente de %1$s continuará la conversación." },
			new String[] { "En este momento no hay asesores disponibles. Inténtalo más tarde.",
					"Nuestros asesores atienden de 9:00 a 18:00 h. ¡Gracias por tu paciencia!" },
			new String[] { "Hola, soy %2$s de %1$s. ¿En qué te puedo ayudar?", "¡Buen día! Te atiende %2$s.",
					"Hola, mi nombre es %2$s, con gusto te ayudo." },
			new String[] { "Claro, con gusto lo reviso.", "Listo, ya quedó registrado tu cambio.",
					"Te confirmo que sí tenemos disponible.", "El total con envío es de $1,249.00",
					"Gracias por tu paciencia, ya está resuelto 🙌" },
			new String[] { "Te comparto el link para pagar: %2$s", "Aquí puedes ver las fotos del producto %2$s",
					"Mejor escríbenos por este otro número: %2$s" },
			new String[] { "Hola, disculpa la demora en responder. ¿Sigues interesado?",
					"Perdón por contestar hasta hoy, ¿aún te podemos ayudar?" },
			new String[] { "¡Con gusto! 😊", "A ti, ¡que tengas buen día!", "Estamos para servirte." },
			new String[] { "Mariana", "José Luis", "Sofía", "Andrés", "Valentina", "Íñigo", "Begoña" },
			new String[] { "Carlos Pérez", "María José", "Lupita", "Jorge R.", "Ana Sofía Gómez", "Nacho",
					"Pilar Núñez", "Martín", "Camila Ruiz", "Toño" },
			new String[] { "Me interesa", "Ver promociones", "No, gracias", "¿Hasta cuándo es válida?" },
			"Dejar de recibir",
			new String[] { "promo_fin_de_semana|¡Este fin de semana en %1$s tenemos 2x1 en %2$s! 🎉",
					"descuento_cumpleanos|¡Feliz cumpleaños! %1$s te regala 15%% de descuento en %2$s.",
					"novedades_temporada|Llegó la nueva temporada a %1$s: %2$s. Conoce las novedades antes que nadie.",
					"carrito_abandonado|Dejaste %2$s en tu carrito de %1$s. ¡Termina tu compra hoy!" },
			new String[] { "promo_relampago|⚡ Solo hoy: hasta 40%% de descuento en %2$s. ¡No te lo pierdas!",
					"oferta_exclusiva|Tenemos una oferta exclusiva de %2$s para ti. Responde para saber más." },
			new String[] { "actualizacion_pedido|Tu pedido %2$s de %1$s fue enviado. Te avisaremos cuando llegue.",
					"confirmacion_cita|Tu cita en %1$s quedó confirmada. Folio: %2$s.",
					"seguimiento_atencion|Hola, te escribimos de %1$s para dar seguimiento a tu consulta %2$s." },
			"codigo_verificacion|%2$s es tu código de verificación. Por tu seguridad, no lo compartas.", "es_MX",
			new String[] {
					"Esto es SPAM", "¿De dónde sacaron mi número?", "No me suscribí a nada, dejen de enviarme esto",
					"Voy a denunciar esta estafa", "Son unos estafadores" },
			new String[] { "BAJA", "Baja", "stop", "Darme de baja.", "PARAR" },
			new String[] {
					"promo_cripto|%1$s te invita: gana dinero desde casa con criptomonedas, rendimientos del 20%% mensual.",
					"bono_apuestas|Con %1$s recibe un bono de bienvenida en apuestas deportivas y casino en línea." },
			"Escríbenos por WhatsApp, respondemos de lunes a sábado.",
			"%1$s: %2$s. Atendemos en nuestra sucursal y por WhatsApp.");

	private SpanishPhrases() {
	}

}
