package io.wascorecards;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The CLI's {@code run} (or another command) in a JVM of its own, on the tests' database
 * and SMTP server, for the tests that kill it or cut its database: its terminal goes to
 * {@code target/<name>.log}, its log file to {@code target/<name>-app.log}, and its
 * database sessions are named {@code <name>}.
 */
public final class ChildRun {

	private ChildRun() {
	}

	/**
	 * Starts {@code run --date D --as-of T} in its own JVM.
	 * @param dataSource the tests' database
	 * @param name names its logs and its database sessions
	 * @param date the date to run
	 * @param asOf the instant to run it as of
	 * @param output its output folder
	 * @param more further arguments
	 * @return the process
	 */
	public static Process start(DataSource dataSource, String name, LocalDate date, Instant asOf, Path output,
			String... more) throws IOException {
		List<String> arguments = new ArrayList<>(
				List.of("run", "--date", date.toString(), "--as-of", asOf.toString(), "--scorecards.threads=1"));
		arguments.addAll(List.of(more));
		return command(dataSource, name, output, arguments);
	}

	/**
	 * Starts {@code worker} in its own JVM, named {@code name} in the job repository.
	 * @param dataSource the tests' database
	 * @param name names its logs, its database sessions and the worker
	 * @param output its output folder
	 * @param more further arguments
	 * @return the process
	 */
	public static Process worker(DataSource dataSource, String name, Path output, String... more) throws IOException {
		List<String> arguments = new ArrayList<>(
				List.of("worker", "--scorecards.remote.worker-name=" + name, "--scorecards.threads=1"));
		arguments.addAll(List.of(more));
		return command(dataSource, name, output, arguments);
	}

	/**
	 * Starts a command of the jar in its own JVM.
	 * @param dataSource the tests' database
	 * @param name names its logs and its database sessions
	 * @param output its output folder
	 * @param arguments the command and its arguments
	 * @return the process
	 */
	public static Process command(DataSource dataSource, String name, Path output, List<String> arguments)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), ScorecardsApplication.class.getName()));
		command.addAll(arguments);
		command.addAll(List.of("--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
				"--scorecards.output-dir=" + output, "--spring.mail.host=localhost",
				"--spring.mail.port=" + TestSmtp.PORT, "--logging.file.name=target/" + name + "-app.log"));
		File log = new File("target/" + name + ".log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	/**
	 * Waits until the condition holds, or kills the process and fails when it ended or
	 * stalled first.
	 */
	public static void awaitOrKill(Process process, BooleanSupplier condition, Duration patience)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		while (!condition.getAsBoolean()) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				process.destroyForcibly();
				throw new AssertionError("the run ended or stalled before the moment to interrupt it");
			}
			Thread.sleep(20);
		}
	}

	/**
	 * Waits for the process to end and gives its exit code.
	 * @throws AssertionError when it did not end in time
	 */
	public static int exitCode(Process process, String name, Duration patience) throws InterruptedException {
		if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the run did not end in " + patience + " (see target/" + name + ".log)");
		}
		return process.exitValue();
	}

	public static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
