package io.wascorecards.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.PartitionWorker;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.GenerationSummary;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunDates;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.kpi.DailyKpiCsvExporter;
import io.wascorecards.report.ReportRenderer;
import io.wascorecards.scorecard.ScorecardCsvExporter;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries out the commands of SPEC §7 once the application has started.
 */
@Component
class Commands {

	private static final long DEMO_SEED = 20260329L;

	private static final int DEMO_DAYS = 21;

	/** What demo and bench say first, since they ignore any configured database. */
	static final String THROWAWAY_DATABASE = "The %s works on a throwaway embedded PostgreSQL of its own;"
			+ " a configured database is never touched.";

	private final RunDates dates;

	private final ScorecardJobLauncher launcher;

	private final DailyKpiCsvExporter kpiExporter;

	private final ScorecardCsvExporter scorecardExporter;

	private final SyntheticDataGenerator generator;

	private final ScorecardsProperties properties;

	private final PrintStream out = System.out;

	private final NamedParameterJdbcTemplate jdbc;

	private final WebhookReader webhooks;

	private final PartitionWorker worker;

	private final ReportRenderer renderer;

	private final DataSource dataSource;

	Commands(ScorecardJobLauncher launcher, DailyKpiCsvExporter kpiExporter, ScorecardCsvExporter scorecardExporter,
			WebhookReader webhooks, DataSource dataSource, ScorecardsProperties properties, RunDates dates,
			PartitionWorker worker, ReportRenderer renderer) {
		this.worker = worker;
		this.renderer = renderer;
		this.dataSource = dataSource;
		this.dates = dates;
		this.webhooks = webhooks;
		this.launcher = launcher;
		this.kpiExporter = kpiExporter;
		this.scorecardExporter = scorecardExporter;
		this.generator = new SyntheticDataGenerator(dataSource);
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.properties = properties;
	}

	int execute(CommandLine commandLine) {
		return switch (commandLine.command()) {
			case MIGRATE -> {
				this.out.println("The database schema is up to date.");
				yield 0;
			}
			case GENERATE -> generate(commandLine);
			case RUN -> run(commandLine);
			case RERUN -> rerun(commandLine);
			case EXPORT_KPIS -> export(commandLine.date("date"), commandLine.path("out"), this.kpiExporter::export);
			case EXPORT_SCORECARDS ->
				export(commandLine.date("date"), commandLine.path("out"), this.scorecardExporter::export);
			case DEMO -> demo(commandLine);
			// serve keeps running in CommandLineApplication: nothing to carry out here
			case SERVE -> 0;
			case BENCH -> bench(commandLine);
			case WORKER -> worker();
		};
	}

	private int worker() {
		// as a run does when it starts: the first partition of PDFs does not wait for it
		this.renderer.compileInBackground();
		this.out.println("Worker " + this.worker.name() + " takes the partitions of the runs started with "
				+ "scorecards.remote-workers=true on this database, until stopped (Ctrl-C or SIGTERM: it ends the "
				+ "partitions it has first).");
		try {
			this.worker.takePartitionsUntilStopped();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot listen for partitions on the database: " + ex.getMessage(), ex);
		}
		return 0;
	}

	private int bench(CommandLine commandLine) {
		this.out.println(THROWAWAY_DATABASE.formatted("benchmark"));
		Benchmark benchmark = new Benchmark(this.generator, this.launcher, this.jdbc, this.webhooks,
				this.properties.answerWindow(), this.out);
		int connections = optional(commandLine.number("connections"), 1000);
		int messages = optional(commandLine.number("messages-per-day"), 1_000_000);
		LocalDate date = (commandLine.date("date") != null) ? commandLine.date("date") : LocalDate.parse("2026-03-10");
		if (commandLine.number("workers") == null) {
			return benchmark.run(connections, messages, date);
		}
		try (BenchWorkers workers = BenchWorkers.start(whole(commandLine.number("workers")), this.dataSource,
				this.properties.outputDir(), this.out)) {
			return benchmark.run(connections, messages, date);
		}
	}

	private static int optional(Long value, int otherwise) {
		return (value != null) ? whole(value) : otherwise;
	}

	private static int whole(long value) {
		if (value > Integer.MAX_VALUE) {
			throw new UsageException(value + " is too large (at most " + Integer.MAX_VALUE + ")");
		}
		return (int) value;
	}

	private int generate(CommandLine commandLine) {
		Long seed = commandLine.number("seed");
		this.out.println(generate(() -> new GenerationRequest(commandLine.date("from"), commandLine.date("to"),
				whole(commandLine.number("connections")), whole(commandLine.number("messages-per-day")),
				(seed != null) ? seed : 1L))
			.describe());
		return 0;
	}

	private GenerationSummary generate(Supplier<GenerationRequest> request) {
		try {
			return this.generator.generate(request.get());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// the request does not fit the database (its days are already generated) or
			// is out of range (a number too large for an int included)
			throw new UsageException(ex.getMessage());
		}
	}

	private int run(CommandLine commandLine) {
		LocalDate date = (commandLine.date("date") != null) ? commandLine.date("date")
				: LocalDate.now(this.properties.zone()).minusDays(1);
		RunOutcome outcome = this.launcher.run(date, commandLine.instant("as-of"), !commandLine.flag("no-email"));
		if (outcome.alreadyCompleted()) {
			this.out.println(date + " was already scored by run " + outcome.execution().getId()
					+ "; use rerun to recompute it." + ((outcome.emailRetry() != null)
							? " Only its e-mails that were never delivered are sent now." : ""));
		}
		return RunReport.print(this.out, System.err, List.of(outcome));
	}

	private int rerun(CommandLine commandLine) {
		RunRequest request = RunRequest.rerun(commandLine.date("from"), commandLine.date("to"),
				commandLine.texts("connection"), commandLine.instant("as-of"), !commandLine.flag("no-email"),
				commandLine.flag("resend"));
		return RunReport.print(this.out, System.err, this.launcher.rerun(request));
	}

	private int export(LocalDate date, Path file, BiFunction<LocalDate, Writer, Integer> exporter) {
		if (!this.launcher.hasCompletedRun(date)) {
			throw new UsageException("no completed run for " + date + "; run it first: run --date " + date);
		}
		if (file == null) {
			exporter.apply(date, new OutputStreamWriter(this.out, StandardCharsets.UTF_8));
			return 0;
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			int rows = exporter.apply(date, writer);
			System.err.println("Wrote " + rows + " connections to " + file);
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where the demo leaves its reports.
	 * @param commandLine the demo's command line
	 * @return {@code --out}, by default {@code scorecards-demo}
	 */
	static Path demoDir(CommandLine commandLine) {
		return (commandLine.path("out") != null) ? commandLine.path("out") : Path.of("scorecards-demo");
	}

	private int demo(CommandLine commandLine) {
		LocalDate date = (commandLine.date("date") != null) ? commandLine.date("date")
				: LocalDate.now(this.properties.zone()).minusDays(1);
		this.dates.check("date", date);
		this.out.println(THROWAWAY_DATABASE.formatted("demo"));
		// --out, unless scorecards.output-dir says otherwise
		Path dir = this.properties.outputDir();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UsageException("cannot create the output folder " + dir + ": " + ex.getMessage());
		}
		// three weeks: enough usual days before the date for its alerts' baseline (SPEC
		// §5b)
		this.out.println(generate(() -> new GenerationRequest(date.minusDays(DEMO_DAYS - 1), date, 8, 4000, DEMO_SEED))
			.describe());
		// the day before first, without e-mails, so that the date's portfolio shows each
		// brand's change
		Instant asOf = Instant.now();
		int code = RunReport.print(this.out, System.err,
				List.of(this.launcher.run(date.minusDays(1), asOf, false), this.launcher.run(date, asOf, true)));
		export(date, dir.resolve("kpis-" + date + ".csv"), this.kpiExporter::export);
		export(date, dir.resolve("scorecards-" + date + ".csv"), this.scorecardExporter::export);
		Path day = dir.resolve(date.toString()).toAbsolutePath().normalize();
		this.out.println();
		this.out.println("Demo output for " + date + " is in " + dir.toAbsolutePath().normalize() + ":");
		this.out.printf("  %s/*.pdf         %d scorecards and %d portfolios%n", day, count(day, "[0-9]*.pdf"),
				count(day, "portfolio-*.pdf"));
		this.out.printf("  %s/outbox/*.eml  %d e-mails to the account managers (open them in a mail client)%n", day,
				count(day.resolve("outbox"), "*.eml"));
		return code;
	}

	private static long count(Path dir, String glob) {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
			long count = 0;
			for (Path ignored : files) {
				count++;
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
