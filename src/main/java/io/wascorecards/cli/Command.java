package io.wascorecards.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands of the jar (SPEC §7) and the options each takes.
 */
enum Command {

	DEMO("demo", Map.of("date", OptionType.DATE, "out", OptionType.PATH), Set.of()),

	MIGRATE("migrate", Map.of(), Set.of()),

	RUN("run", Map.of("date", OptionType.DATE, "as-of", OptionType.INSTANT, "no-email", OptionType.FLAG), Set.of()),

	RERUN("rerun",
			Map.of("from", OptionType.DATE, "to", OptionType.DATE, "connection", OptionType.PHONE_NUMBER_ID, "as-of",
					OptionType.INSTANT, "no-email", OptionType.FLAG, "resend", OptionType.FLAG),
			Set.of("from", "to")),

	EXPORT_KPIS("export-kpis", Map.of("date", OptionType.DATE, "out", OptionType.PATH), Set.of("date")),

	EXPORT_SCORECARDS("export-scorecards", Map.of("date", OptionType.DATE, "out", OptionType.PATH), Set.of("date")),

	GENERATE("generate",
			Map.of("from", OptionType.DATE, "to", OptionType.DATE, "connections", OptionType.POSITIVE_NUMBER,
					"messages-per-day", OptionType.POSITIVE_NUMBER, "seed", OptionType.NUMBER),
			Set.of("from", "to", "connections", "messages-per-day")),

	SERVE("serve", Map.of(), Set.of()),

	WORKER("worker", Map.of(), Set.of()),

	BENCH("bench", Map.of("connections", OptionType.POSITIVE_NUMBER, "messages-per-day", OptionType.POSITIVE_NUMBER,
			"date", OptionType.DATE, "workers", OptionType.POSITIVE_NUMBER), Set.of());

	/** The only option that may be given more than once. */
	static final String REPEATABLE = "connection";

	private final String word;

	private final Map<String, OptionType> options;

	private final Set<String> required;

	Command(String word, Map<String, OptionType> options, Set<String> required) {
		this.word = word;
		this.options = options;
		this.required = required;
	}

	String word() {
		return this.word;
	}

	Map<String, OptionType> options() {
		return this.options;
	}

	Set<String> required() {
		return this.required;
	}

	static Optional<Command> of(String word) {
		return Arrays.stream(values()).filter((command) -> command.word.equals(word)).findFirst();
	}

	static String usage() {
		return "usage: wa-scorecards <" + String.join("|", Arrays.stream(values()).map(Command::word).toList())
				+ "> [options]";
	}

}
