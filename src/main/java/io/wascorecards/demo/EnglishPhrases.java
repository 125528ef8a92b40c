package io.wascorecards.demo;

/**
 * English texts, as written in the United States.
 */
final class EnglishPhrases {

	static final Phrases PHRASES = new Phrases(
			new String[] { "Hi, do you deliver to Brooklyn?", "What time do you open on Sunday?", "Where is my order??",
					"hello", "Do you have this in a size 10?", "Can I return an item I bought online?",
					"Is the 20% off still valid?", "hey, quick question about shipping", "Do you take Apple Pay?",
					"My package says delivered but it's not here" },
			new String[] { "I need a real person", "Can I talk to an agent?", "REPRESENTATIVE",
					"is there a human there?", "operator please", "Can I speak to a real person please", "Agent!",
					"I want a human, not a bot" },
			new String[] { "Do you ship to travel agents?", "It's a gift for 3 people",
					"Is this jacket humane-certified down?", "Can I get a personalized engraving?",
					"I'm a sales representatives' manager" },
			new String[] { "ok", "Thanks!", "great, thank you", "How long does it take?", "Yes please", "got it 👍",
					"What's the total?" },
			new String[] { "Hello? Still waiting for an answer", "I wrote yesterday and nobody replied",
					"Hi again, can anyone help me?" },
			new String[] { "Hi! I'm the %1$s virtual assistant 🤖 Pick an option:",
					"Welcome to %1$s! How can we help? Choose from the menu." },
			new String[] { "Store hours", "Track my order", "Deals", "Talk to an agent" },
			new String[] { "We're open Monday to Saturday, 9 am to 7 pm.", "Your order is on its way 🚚",
					"We accept cards, Apple Pay and Google Pay.", "Shipping is free on orders over $50." },
			new String[] { "See all our deals here: %2$s", "Browse the full catalog at %2$s",
					"Track your order online (see %2$s)." },
			new String[] { "Connecting you with an agent, one moment please.",
					"An agent from %1$s will continue this chat." },
			new String[] { "No agents are available right now. Please try again later.",
					"Our team is available 9 am to 6 pm. Thanks for your patience!" },
			new String[] { "Hi, this is %2$s from %1$s. How can I help?", "Good morning! %2$s here.",
					"Hello, my name is %2$s, happy to help." },
			new String[] { "Sure, let me check that for you.", "Done, your change is saved.",
					"Yes, we have it in stock.", "Your total with shipping is $64.90",
					"Thanks for waiting, it's all sorted 🙌" },
			new String[] { "Here's the payment link: %2$s", "You can see more photos here %2$s",
					"Please message our other number instead: %2$s" },
			new String[] { "Hi, sorry for the late reply. Are you still interested?",
					"Apologies for getting back only today, can we still help?" },
			new String[] { "You're welcome! 😊", "Anytime, have a great day!", "Happy to help." },
			new String[] { "Emily", "Jake", "Priya", "Marcus", "Olivia", "Chen" },
			new String[] { "Mike T.", "Jessica", "Sam Rivera", "Ashley", "Tom", "Daniela", "Kevin O'Brien", "Ana" },
			new String[] { "I'm interested", "Show me deals", "No thanks", "When does it end?" }, "Stop promotions",
			new String[] { "weekend_sale|This weekend only at %1$s: %2$s, buy one, get one 50%% off! 🎉",
					"birthday_discount|Happy birthday! %1$s has a 15%% discount on %2$s waiting for you.",
					"new_arrivals|New season, new arrivals at %1$s: %2$s. Be the first to see them.",
					"abandoned_cart|You left %2$s in your %1$s cart. Complete your order today!" },
			new String[] { "flash_sale|⚡ Today only: up to 40%% off %2$s. Don't miss it!",
					"exclusive_offer|We have an exclusive offer on %2$s for you. Reply to learn more." },
			new String[] { "order_update|Your %1$s order %2$s has shipped. We'll let you know when it arrives.",
					"appointment_confirmation|Your appointment at %1$s is confirmed. Reference: %2$s.",
					"case_follow_up|Hi, this is %1$s following up on your request %2$s." },
			"verification_code|%2$s is your verification code. For your security, do not share this code.", "en_US",
			new String[] { "This is spam", "I never signed up for this", "Stop messaging me", "SCAM!!",
					"Unsolicited messages again, I am reporting you" },
			new String[] { "STOP", "Stop", "unsubscribe", "Opt out" },
			new String[] {
					"promo_cripto|%1$s invites you: earn from home with crypto, 20%% monthly returns guaranteed.",
					"bono_apuestas|Get a welcome bonus on sports betting and online casino with %1$s." },
			"Message us on WhatsApp, we answer Monday to Saturday.",
			"%1$s: %2$s. Visit us or chat with us on WhatsApp.");

	private EnglishPhrases() {
	}

}
