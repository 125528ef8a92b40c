package io.wascorecards.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated command line: the command, its options' values, and the Spring
 * properties given as {@code --name.with.dots=value} to pass on to the application.
 *
 * @param command the command
 * @param values each option's values, already read into their types
 * @param springArgs the arguments that configure the application
 */
record CommandLine(Command command, Map<String, List<Object>> values, List<String> springArgs) {

	static CommandLine parse(String... args) {
		if (args.length == 0) {
			throw new UsageException(Command.usage());
		}
		Command command = Command.of(args[0])
			.orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'; " + Command.usage()));
		Map<String, List<Object>> values = new LinkedHashMap<>();
		List<String> springArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException("unexpected argument '" + arg + "' for " + command.word());
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			OptionType type = command.options().get(name);
			if (type == null && name.contains(".")) {
				springArgs.add(arg);
				continue;
			}
			if (type == null) {
				throw new UsageException("unknown option --" + name + " for " + command.word());
			}
			if (type == OptionType.FLAG) {
				if (value != null) {
					throw new UsageException("--" + name + " takes no value");
				}
				values.put(name, List.of(Boolean.TRUE));
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
					throw new UsageException("--" + name + " needs a value");
				}
				value = args[++i];
			}
			if (values.containsKey(name) && !Command.REPEATABLE.equals(name)) {
				throw new UsageException("--" + name + " is given twice");
			}
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(type.read(name, value));
		}
		for (String name : command.required()) {
			if (!values.containsKey(name)) {
				throw new UsageException(command.word() + " needs --" + name);
			}
		}
		CommandLine commandLine = new CommandLine(command, values, springArgs);
		if (commandLine.date("from") != null && commandLine.date("from").isAfter(commandLine.date("to"))) {
			throw new UsageException("--from must not be after --to");
		}
		return commandLine;
	}

	boolean flag(String name) {
		return this.values.containsKey(name);
	}

	LocalDate date(String name) {
		return (LocalDate) single(name);
	}

	Instant instant(String name) {
		return (Instant) single(name);
	}

	Path path(String name) {
		return (Path) single(name);
	}

	Long number(String name) {
		return (Long) single(name);
	}

	List<String> texts(String name) {
		return this.values.getOrDefault(name, List.of()).stream().map(String.class::cast).toList();
	}

	private Object single(String name) {
		List<Object> list = this.values.get(name);
		return (list != null) ? list.get(0) : null;
	}

}
