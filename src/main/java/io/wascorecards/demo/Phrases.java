package io.wascorecards.demo;

import java.util.SplittableRandom;

/**
 * What customers, bots and agents write in one language. Formats take the brand
 * ({@code %1$s}) and a second value ({@code %2$s}: a name, a link, a code, what the brand
 * sells or an order number). Templates are {@code name|text}.
 *
 * @param openings a customer's first message
 * @param humanRequests a customer asking for a person, in many spellings
 * @param nearMisses texts with words close to a human request that are not one
 * @param replies a customer's answer in an ongoing conversation
 * @param afterSilence a customer writing again after a day without answer
 * @param menu a bot's menu text
 * @param menuOptions the options customers pick from a bot's menu (one of them asks for a
 * person)
 * @param botAnswers a bot's answers
 * @param botLinks a bot's answers with a link
 * @param handoff a bot passing the customer to an agent
 * @param noAgents a bot saying no agent is available
 * @param agentGreetings an agent's first message
 * @param agentReplies an agent's answers
 * @param agentLinks an agent's answers with a link
 * @param agentLate an agent answering after more than a day
 * @param welcome an answer to a customer's thanks
 * @param agentNames agents' first names
 * @param customerNames customers' profile names
 * @param campaignReplies a customer's quick reply to a campaign
 * @param stopReply the quick reply that stops marketing messages
 * @param marketing marketing templates with the brand
 * @param marketingUnbranded marketing templates without the brand
 * @param utility utility templates
 * @param otp the one-time password template
 * @param templateLanguage the templates' language code
 * @param complaints a customer reporting spam or deception
 * @param stopWords a customer's typed request to stop messages
 * @param offPurpose marketing templates about something no brand of the catalogue sells
 * @param profileAbout the {@code about} of a business profile
 * @param profileDescription the {@code description} of a business profile, of the brand
 * and what it sells
 */
record Phrases(String[] openings, String[] humanRequests, String[] nearMisses, String[] replies, String[] afterSilence,
		String[] menu, String[] menuOptions, String[] botAnswers, String[] botLinks, String[] handoff,
		String[] noAgents, String[] agentGreetings, String[] agentReplies, String[] agentLinks, String[] agentLate,
		String[] welcome, String[] agentNames, String[] customerNames, String[] campaignReplies, String stopReply,
		String[] marketing, String[] marketingUnbranded, String[] utility, String otp, String templateLanguage,
		String[] complaints, String[] stopWords, String[] offPurpose, String profileAbout, String profileDescription) {

	static Phrases of(String locale) {
		return switch (locale) {
			case "en" -> EnglishPhrases.PHRASES;
			case "pt" -> PortuguesePhrases.PHRASES;
			default -> SpanishPhrases.PHRASES;
		};
	}

	static String pick(SplittableRandom random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}
