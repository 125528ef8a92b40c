package io.wascorecards.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.wascorecards.job.RunRefusedException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * Runs one command of the jar: validates the command line before anything starts (a bad
 * one exits 2 at once with a one-line reason), then starts the application, carries the
 * command out and returns the exit code: 0 done, 1 the job or the command failed, 2 usage
 * or validation error.
 */
public final class CommandLineApplication {

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
		Path demoDatabase = null;
		Path benchOutput = null;
		SpringApplication spring = new SpringApplication(application);
		try {
			if (commandLine.command() == Command.BENCH) {
				// the benchmark measures a fresh database of its own, and its files are
				// thrown away with it
				demoDatabase = Files.createTempDirectory("wa-scorecards-bench-db");
				benchOutput = Files.createTempDirectory("wa-scorecards-bench-out");
				spring.setDefaultProperties(Map.of("scorecards.embedded.data-dir", demoDatabase.toString(),
						"scorecards.embedded.clean", "true", "scorecards.output-dir", benchOutput.toString()));
			}
			if (commandLine.command() == Command.DEMO) {
				// the demo brings its own throwaway database unless a datasource is
				// configured
				demoDatabase = Files.createTempDirectory("wa-scorecards-demo-db");
				// and leaves its reports in its own folder
				spring.setDefaultProperties(
						Map.of("scorecards.embedded.data-dir", demoDatabase.toString(), "scorecards.embedded.clean",
								"true", "scorecards.output-dir", Commands.demoDir(commandLine).toString()));
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
				return context.getBean(Commands.class).execute(commandLine);
			}
		}
		catch (UsageException | RunRefusedException ex) {
			return fail(2, ex.getMessage());
		}
		catch (Exception ex) {
			return fail(isBadSetting(ex) ? 2 : 1, NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		}
		finally {
			delete(demoDatabase);
			delete(benchOutput);
		}
	}

	/** A setting the application cannot start with: a validation error too. */
	private static boolean isBadSetting(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConfigurationPropertiesBindException) {
				return true;
			}
		}
		return false;
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
