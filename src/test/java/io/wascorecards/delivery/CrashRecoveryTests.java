package io.wascorecards.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.ChildRun;
import io.wascorecards.DatabaseTest;
import io.wascorecards.TestSmtp;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8: {@code run} in a separate JVM, killed with SIGKILL while it renders and again
 * while it sends, then run again: every scorecard exists once and every manager has
 * received each e-mail once — but for at most one e-mail accepted by the server in the
 * instant of the kill, which then arrives twice with the same Message-ID.
 */
@DatabaseTest
class CrashRecoveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final Path OUTPUT = Path.of("target/crash-out");

	private static final int BRANDS = 40;

	private static final int MANAGERS = 10;

	private static final Instant AS_OF = Instant.parse("2026-03-14T00:00:00Z");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void aRunKilledWhileRenderingAndAgainWhileSendingIsCompletedByTheSameCommand() throws Exception {
		givenBrandsAndManagers();
		Path pdfs = OUTPUT.resolve(DATE.toString());

		// each PDF recorded takes 300 ms: the first run is surely still rendering when
		// the
		// test sees its third PDF, however long the test takes to look
		this.jdbc.execute("""
				CREATE FUNCTION slow_pdf() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
				CREATE TRIGGER slow_pdf BEFORE UPDATE ON scorecard FOR EACH ROW EXECUTE FUNCTION slow_pdf()""");
		Process first = run("first");
		try {
			awaitOrKill(first, () -> scorecardPdfs(pdfs) >= 3);
			kill(first);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER slow_pdf ON scorecard; DROP FUNCTION slow_pdf()");
		}
		assertThat(scorecardPdfs(pdfs)).as("PDFs when the first run was killed").isLessThan(BRANDS);
		assertThat(lastStatus()).isEqualTo("STARTED");

		Process second = run("second");
		awaitOrKill(second, () -> smtp.getReceivedMessages().length >= 2);
		kill(second);
		assertThat(smtp.getReceivedMessages().length).as("e-mails when the second run was killed").isLessThan(MANAGERS);

		Process third = run("third");
		if (!third.waitFor(5, TimeUnit.MINUTES)) {
			third.destroyForcibly();
			throw new AssertionError("the third run did not end in 5 minutes (see target/crash-run-third.log)");
		}
		assertThat(third.exitValue()).as("exit code of the third run (see target/crash-run-third.log)").isZero();

		assertThat(lastStatus()).isEqualTo("COMPLETED");
		// each of the three commands is logged with the execution that carried it out
		assertThat(this.jdbc.queryForList("SELECT job_execution_id FROM run_request ORDER BY id", Long.class))
			.hasSize(3)
			.doesNotContainNull();
		List<Map<String, Object>> scorecards = this.jdbc
			.queryForList("SELECT pdf_path, pdf_sha256 FROM scorecard WHERE business_date = ?", DATE);
		assertThat(scorecards).hasSize(BRANDS)
			.allSatisfy((row) -> assertThat(
					io.wascorecards.report.ReportFilesAccess.sha256(Path.of((String) row.get("pdf_path"))))
				.isEqualTo(row.get("pdf_sha256")));
		Map<String, String> expected = this.jdbc
			.queryForList("SELECT message_id, recipient FROM email_delivery WHERE status = 'SENT'")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("message_id"), (row) -> (String) row.get("recipient")));
		assertThat(expected).hasSize(MANAGERS);
		Map<String, List<MimeMessage>> received = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(ChildRun::messageId));
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		received.forEach((id, copies) -> assertThat(ChildRun.recipient(copies.get(0))).isEqualTo(expected.get(id)));
		long duplicated = received.values().stream().filter((copies) -> copies.size() > 1).count();
		assertThat(duplicated).as("e-mails received twice (same Message-ID)").isLessThanOrEqualTo(1);
		assertThat(received.values()).allSatisfy((copies) -> assertThat(copies).hasSizeLessThanOrEqualTo(2));
	}

	private void givenBrandsAndManagers() throws IOException {
		this.scenario.reset();
		FileSystemUtils.deleteRecursively(OUTPUT);
		new BrandDay(this.scenario, this.jdbc).brandsAndManagers("004", BRANDS, MANAGERS, DATE);
	}

	private Process run(String name) throws IOException {
		return ChildRun.start(this.dataSource, "crash-run-" + name, DATE, AS_OF, OUTPUT,
				"--scorecards.mail.send-interval=300ms");
	}

	private static void awaitOrKill(Process process, BooleanSupplier condition) throws InterruptedException {
		ChildRun.awaitOrKill(process, condition, Duration.ofMinutes(5));
	}

	/** SIGKILL: no shutdown hook, no cleanup, like a lost machine. */
	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	private String lastStatus() {
		return this.jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
				String.class);
	}

	/** The scorecard PDFs written so far (a file being written has another name). */
	private static long scorecardPdfs(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.getFileName().toString().matches("[0-9]+\\.pdf")).count();
		}
		catch (IOException ex) {
			// not created yet
			return 0;
		}
	}

}
