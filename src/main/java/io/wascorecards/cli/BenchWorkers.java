package io.wascorecards.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.ScorecardsApplication;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench --workers N}: N {@code worker} processes on this machine, on the
 * benchmark's database and output folder, from the start of the benchmark to its end.
 * Each logs to its own file in the output folder, which is thrown away with it.
 */
final class BenchWorkers implements AutoCloseable {

	private static final Duration START_PATIENCE = Duration.ofMinutes(2);

	private final List<Process> processes;

	private BenchWorkers(List<Process> processes) {
		this.processes = processes;
	}

	static BenchWorkers start(int count, DataSource dataSource, Path output, PrintStream out) {
		HikariDataSource database = (HikariDataSource) dataSource;
		List<Process> processes = new ArrayList<>();
		BenchWorkers workers = new BenchWorkers(processes);
		try {
			for (int i = 1; i <= count; i++) {
				String name = "bench-worker-" + i;
				List<String> command = new ArrayList<>(javaCommand());
				command.addAll(List.of("worker", "--spring.datasource.url=" + database.getJdbcUrl(),
						"--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
						"--scorecards.remote.worker-name=" + name, "--scorecards.output-dir=" + output,
						"--logging.file.name=" + output.resolve(name + "-app.log")));
				if (database.getUsername() != null) {
					command.add("--spring.datasource.username=" + database.getUsername());
				}
				processes.add(new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(new File(output.resolve(name + ".log").toString()))
					.start());
			}
			awaitListening(new JdbcTemplate(dataSource), count);
		}
		catch (IOException ex) {
			workers.close();
			throw new UncheckedIOException("could not start the benchmark's workers", ex);
		}
		catch (RuntimeException ex) {
			workers.close();
			throw ex;
		}
		out.printf("  %d worker processes take the partitions (scorecards.remote-workers=true)%n", count);
		return workers;
	}

	/** This JVM's java, and the jar it was started from (or its class path). */
	private static List<String> javaCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			return List.of(java, "-Xmx512m", "-jar", classPath);
		}
		return List.of(java, "-Xmx512m", "-cp", classPath, ScorecardsApplication.class.getName());
	}

	private static void awaitListening(JdbcTemplate jdbc, int count) {
		Instant deadline = Instant.now().plus(START_PATIENCE);
		while (jdbc.queryForObject("""
				SELECT count(DISTINCT application_name) FROM pg_stat_activity
				WHERE application_name LIKE 'bench-worker-%' AND query LIKE 'LISTEN%'""", Long.class) < count) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("the benchmark's workers did not start in " + START_PATIENCE
						+ " (their logs are in the output folder)");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the workers started", ex);
			}
		}
	}

	/** Stops the workers (SIGTERM: each ends the partitions it has). */
	@Override
	public void close() {
		this.processes.forEach(Process::destroy);
		for (Process process : this.processes) {
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

}
