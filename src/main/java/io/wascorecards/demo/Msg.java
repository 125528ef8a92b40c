package io.wascorecards.demo;

/**
 * One generated {@code wa_message} row, kept until its connection's day is written.
 */
final class Msg {

	/** Who wrote a message; the direction follows from it. */
	enum Sender {

		CUSTOMER, BOT, AGENT, CAMPAIGN

	}

	final long at;

	final Customer customer;

	final Sender sender;

	final String type;

	final String templateName;

	final String templateCategory;

	final String body;

	final String wamid;

	/** The message a customer's button or menu answer refers to, or null. */
	final Msg context;

	Msg(long at, Customer customer, Sender sender, String type, String templateName, String templateCategory,
			String body, String wamid, Msg context) {
		this.at = at;
		this.customer = customer;
		this.sender = sender;
		this.type = type;
		this.templateName = templateName;
		this.templateCategory = templateCategory;
		this.body = body;
		this.wamid = wamid;
		this.context = context;
	}

	boolean inbound() {
		return this.sender == Sender.CUSTOMER;
	}

	String direction() {
		return inbound() ? "INBOUND" : "OUTBOUND";
	}

	/**
	 * The conversation category Meta bills this message under.
	 * @return {@code service}, {@code marketing}, {@code utility} or
	 * {@code authentication}
	 */
	String category() {
		if (this.templateCategory == null) {
			return "service";
		}
		return switch (this.templateCategory) {
			case "MARKETING" -> "marketing";
			case "UTILITY" -> "utility";
			default -> "authentication";
		};
	}

}
