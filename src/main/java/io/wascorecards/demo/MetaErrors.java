package io.wascorecards.demo;

/**
 * The Cloud API error codes the generator uses, with Meta's titles and details.
 */
final class MetaErrors {

	private MetaErrors() {
	}

	static String title(int code) {
		return switch (code) {
			case 131026 -> "Message undeliverable";
			case 131047 -> "Re-engagement message";
			case 131048 -> "Spam rate limit hit";
			case 131049 -> "This message was not delivered to maintain healthy ecosystem engagement.";
			case 131050 ->
				"Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.";
			case 130472 -> "User's number is part of an experiment";
			case 131051 -> "Unsupported message type";
			default -> "Something went wrong";
		};
	}

	static String details(int code) {
		return switch (code) {
			case 131026 -> "Unable to deliver message. Reasons can include: The recipient phone number is not a "
					+ "WhatsApp phone number; the recipient has not accepted the new Terms of Service.";
			case 131047 -> "Message failed to send because more than 24 hours have passed since the customer last "
					+ "replied to this number.";
			case 131048 -> "Message failed to send because there are restrictions on how many messages can be sent "
					+ "from this phone number. This may be because too many previous messages were blocked or "
					+ "flagged as spam.";
			case 131049 -> "In order to maintain a healthy ecosystem engagement, the message failed to be delivered.";
			case 131050 -> "The user has stopped marketing messages from this business.";
			case 130472 -> "Failed to send message because this user's phone number is part of an experiment.";
			case 131051 -> "Message type is not currently supported.";
			default -> "Message failed to send due to an unknown error.";
		};
	}

}
