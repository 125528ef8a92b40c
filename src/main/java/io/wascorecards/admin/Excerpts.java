package io.wascorecards.admin;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What an error message or a log line may quote of a request: a request's data can be as
 * long as its body, and a list as long as the request could make it.
 */
final class Excerpts {

	/** The longest text quoted, in characters. */
	static final int TEXT = 200;

	/** How many items of a list are named. */
	static final int ITEMS = 5;

	/** The longest message a logged exception keeps, in characters. */
	private static final int MESSAGE = 1000;

	private Excerpts() {
	}

	/** A text, cut after {@link #TEXT} characters, saying how many more there were. */
	static String of(String text) {
		return cut(text, TEXT);
	}

	/** The first {@link #ITEMS} items, and how many more there are. */
	static String of(Collection<String> items) {
		String named = items.stream().limit(ITEMS).map(Excerpts::of).collect(Collectors.joining(", "));
		return (items.size() > ITEMS) ? named + " and " + (items.size() - ITEMS) + " more" : named;
	}

	/**
	 * An exception fit for the log: itself when its messages are short, else a copy whose
	 * messages are cut (each naming its original class) with the same stack traces.
	 */
	static Throwable forLog(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause.getMessage() != null && cause.getMessage().length() > MESSAGE) {
				return new Cut(ex, 0);
			}
		}
		return ex;
	}

	private static String cut(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		return text.substring(0, length) + "… (" + (text.length() - length) + " more characters)";
	}

	/** An exception with its message cut. */
	static final class Cut extends RuntimeException {

		private Cut(Throwable original, int depth) {
			super(original.getClass().getName() + ": " + cut(original.getMessage(), MESSAGE),
					(original.getCause() != null && original.getCause() != original && depth < 20)
							? new Cut(original.getCause(), depth + 1) : null,
					false, true);
			setStackTrace(original.getStackTrace());
		}

	}

}
