package io.wascorecards.demo;

/**
 * Portuguese texts, as written in Brazil and Portugal.
 */
final class PortuguesePhrases {

	static final Phrases PHRASES = new Phrases(
			new String[] { "Oi, vocês entregam em Niterói?", "Bom dia! Qual o horário de sábado?", "Cadê meu pedido?",
					"olá", "Tem esse tênis no tamanho 40?", "Vocês aceitam Pix?", "Quero trocar um produto",
					"boa noite, ainda estão abertos?", "Quanto custa o frete para Porto?", "Não recebi a nota fiscal" },
			new String[] { "quero falar com alguém", "Preciso de um atendente", "Posso falar com uma pessoa?",
					"ATENDENTE POR FAVOR", "me passa para um humano", "Quero falar com alguem de verdade" },
			new String[] { "É para quantas pessoas?", "Vocês fazem personalização?", "Os atendentes são simpáticos 😊",
					"Tem desconto para pessoas jurídicas?" },
			new String[] { "ok", "Obrigado!", "perfeito, obrigada", "Quanto tempo demora?", "Sim, por favor",
					"Beleza 👍", "Qual o total?" },
			new String[] { "Olá? Ainda estou esperando resposta", "Escrevi ontem e ninguém respondeu",
					"Oi de novo, alguém pode me ajudar?" },
			new String[] { "Olá! Sou o assistente virtual da %1$s 🤖 Escolha uma opção:",
					"Bem-vindo à %1$s! Como podemos ajudar? Escolha uma opção do menu." },
			new String[] { "Horários e lojas", "Status do meu pedido", "Promoções", "Falar com um atendente" },
			new String[] { "Atendemos de segunda a sábado, das 9h às 19h.", "Seu pedido está a caminho 🚚",
					"Aceitamos Pix, cartão e boleto.", "Frete grátis acima de R$ 199." },
			new String[] { "Veja todas as promoções aqui: %2$s", "Confira o catálogo completo em %2$s",
					"Acompanhe o seu pedido (ver %2$s)." },
			new String[] { "Vou te transferir para um atendente, só um momento.",
					"Um atendente da %1$s vai continuar a conversa." },
			new String[] { "No momento não há atendentes disponíveis. Tente mais tarde.",
					"Nossa equipe atende das 9h às 18h. Obrigado pela paciência!" },
			new String[] { "Olá, aqui é a %2$s da %1$s. Como posso ajudar?", "Bom dia! Quem fala é %2$s.",
					"Oi, meu nome é %2$s, vou te ajudar." },
			new String[] { "Claro, vou verificar.", "Pronto, já atualizei o seu cadastro.", "Sim, temos em estoque.",
					"O total com frete fica R$ 249,90", "Obrigado pela paciência, está resolvido 🙌" },
			new String[] { "Segue o link de pagamento: %2$s", "Veja mais fotos aqui %2$s",
					"Fale com a gente neste outro número: %2$s" },
			new String[] { "Olá, desculpe a demora. Ainda tem interesse?",
					"Perdão por responder só hoje, ainda podemos ajudar?" },
			new String[] { "Por nada! 😊", "Imagina, tenha um ótimo dia!", "Estamos à disposição." },
			new String[] { "Ana Beatriz", "João", "Fernanda", "Thiago", "Inês", "Gonçalo" },
			new String[] { "Paulo Henrique", "Bia", "Rafael S.", "Mariana Lopes", "Zé", "Conceição", "Luís Antunes" },
			new String[] { "Tenho interesse", "Ver promoções", "Não, obrigado", "Até quando vale?" }, "Parar promoções",
			new String[] { "promo_fim_de_semana|Neste fim de semana na %1$s: %2$s, leve 2, pague 1! 🎉",
					"desconto_aniversario|Feliz aniversário! A %1$s tem 15%% de desconto em %2$s para você.",
					"novidades_estacao|Chegou a nova coleção na %1$s: %2$s. Confira antes de todo mundo.",
					"carrinho_abandonado|Você deixou %2$s no carrinho da %1$s. Finalize hoje!" },
			new String[] { "promo_relampago|⚡ Só hoje: até 40%% de desconto em %2$s. Não perca!",
					"oferta_exclusiva|Temos uma oferta exclusiva de %2$s para você. Responda para saber mais." },
			new String[] { "atualizacao_pedido|Seu pedido %2$s da %1$s foi enviado. Avisaremos quando chegar.",
					"confirmacao_agendamento|Seu horário na %1$s está confirmado. Código: %2$s.",
					"acompanhamento_atendimento|Olá, aqui é a %1$s acompanhando a sua solicitação %2$s." },
			"codigo_verificacao|%2$s é o seu código de verificação. Por segurança, não o compartilhe.", "pt_BR",
			new String[] { "Isso é golpe", "Nunca me cadastrei, parem de mandar mensagem",
					"Vou reclamar no Reclame Aqui", "SPAM de novo", "Não autorizei receber isso" },
			new String[] { "SAIR", "Sair", "parar", "Descadastrar", "stop" },
			new String[] {
					"promo_cripto|%1$s convida: ganhe dinheiro em casa com criptomoedas, rendimento de 20%% ao mês.",
					"bono_apuestas|Ganhe um bônus de boas-vindas em apostas esportivas e cassino online com %1$s." },
			"Fale com a gente pelo WhatsApp, atendemos de segunda a sábado.",
			"%1$s: %2$s. Atendemos na loja e pelo WhatsApp.");

	private PortuguesePhrases() {
	}

}
