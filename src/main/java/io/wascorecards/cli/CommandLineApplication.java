package io.wascorecards.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.wascorecards.RefusedConfigurationException;
import io.wascorecards.job.RunRefusedException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * Runs one command of the jar: validates the command line before anything starts (a bad
 * one exits 2 at once with a one-line reason), then starts the application, carries the
 * command out and returns the exit code: 0 done, 1 the job or the command failed, 2
 * usage, validation or configuration error. Either way one line on stderr says why; stack
 * traces go to the log file only.
 */
public final class CommandLineApplication {

	/**
	 * SQL states of a database that cannot be reached or entered: a configuration error.
	 */
	private static final Set<String> UNREACHABLE = Set.of("08", "28", "3D");

	private CommandLineApplication() {
	}

	public static int run(Class<?> application, String... args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (UsageException ex) {
			return fail(2, ex.getMessage());
		}
		Path throwawayDatabase = null;
		Path benchOutput = null;
		SpringApplication spring = new SpringApplication(application);
		boolean started = false;
		try {
			if (commandLine.command() == Command.BENCH || commandLine.command() == Command.DEMO) {
				// a fresh database of their own, thrown away afterwards, whatever is
				// configured
				throwawayDatabase = Files.createTempDirectory("wa-scorecards-" + commandLine.command().word() + "-db");
			}
			spring.addInitializers(new DatabaseChoice(throwawayDatabase));
			if (commandLine.command() == Command.BENCH) {
				// the benchmark's files are thrown away with its database; with --workers
				// its runs hand their partitions to its worker processes
				benchOutput = Files.createTempDirectory("wa-scorecards-bench-out");
				spring.setDefaultProperties(Map.of("scorecards.output-dir", benchOutput.toString(),
						"scorecards.remote-workers", String.valueOf(commandLine.number("workers") != null)));
			}
			if (commandLine.command() == Command.DEMO) {
				// the demo leaves its reports in its own folder
				spring.setDefaultProperties(Map.of("scorecards.output-dir", Commands.demoDir(commandLine).toString()));
			}
			if (commandLine.command() == Command.SERVE) {
				// the one command that listens for HTTP and starts the scheduler
				// (as arguments: they must win over application.properties, which keeps
				// every other command off the network and the scheduler)
				List<String> serveArgs = new ArrayList<>(
						List.of("--spring.main.web-application-type=servlet", "--spring.quartz.auto-startup=true"));
				serveArgs.addAll(commandLine.springArgs());
				spring.run(serveArgs.toArray(String[]::new));
				// until the process is stopped; Spring's shutdown hook closes the context
				new CountDownLatch(1).await();
				return 0;
			}
			try (ConfigurableApplicationContext context = spring.run(commandLine.springArgs().toArray(String[]::new))) {
				started = true;
				return context.getBean(Commands.class).execute(commandLine);
			}
		}
		catch (UsageException | RunRefusedException | RefusedConfigurationException ex) {
			return fail(2, ex.getMessage());
		}
		catch (Exception ex) {
			String reason = firstLine(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			if (!started && unreachableDatabase(ex) != null) {
				return fail(2, "cannot use the database: " + firstLine(unreachableDatabase(ex).getMessage()));
			}
			if (isRefusal(ex)) {
				return fail(2, reason);
			}
			return fail(1, reason + " (details in the log file)");
		}
		finally {
			delete(throwawayDatabase);
			delete(benchOutput);
		}
	}

	/** A setting the application cannot start with, however deep Spring wrapped it. */
	private static boolean isRefusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConfigurationPropertiesBindException || cause instanceof UsageException
					|| cause instanceof RefusedConfigurationException) {
				return true;
			}
		}
		return false;
	}

	private static SQLException unreachableDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
					&& UNREACHABLE.contains(sql.getSQLState().substring(0, 2))) {
				return sql;
			}
		}
		return null;
	}

	static String firstLine(String message) {
		String line = (message != null) ? message.strip().lines().findFirst().orElse("") : "";
		return line.isEmpty() ? "an error without a message" : line;
	}

	private static int fail(int code, String message) {
		System.err.println("wa-scorecards: " + message);
		return code;
	}

	private static void delete(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return; // the embedded PostgreSQL removes a clean data directory itself
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
