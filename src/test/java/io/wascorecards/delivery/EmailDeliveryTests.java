package io.wascorecards.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.DatabaseTest;
import io.wascorecards.TestSmtp;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's e-mails through a real SMTP server (GreenMail): who gets what, in which
 * language, and that each e-mail is delivered once across runs, resends and outages.
 */
@DatabaseTest
class EmailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final Instant AS_OF = Instant.parse("2026-03-14T00:00:00Z");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ScorecardJobLauncher launcher;

	private long ana;

	private long john;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		BrandDay brandDay = new BrandDay(this.scenario, this.jdbc);
		long optica = brandDay.brand("100000000000301", "200000000000301", "5215512340301", "Óptica Visión", "es",
				DATE);
		long northwind = brandDay.brand("100000000000302", "200000000000302", "5215512340302", "Northwind", "en", DATE);
		long otica = brandDay.brand("100000000000303", "200000000000303", "5215512340303", "Ótica São João", "pt",
				DATE);
		this.ana = brandDay.manager("ana@bsp.example", "Ana Pérez", null, optica, northwind);
		this.john = brandDay.manager("john@bsp.example", "John Smith", "en", otica);
	}

	@Test
	void eachManagerGetsExactlyTheirBrandsInTheirLanguage() throws Exception {
		RunOutcome outcome = this.launcher.run(DATE, AS_OF, true);

		assertThat(outcome.succeeded()).isTrue();
		MimeMessage toAna = receivedBy("ana@bsp.example").get(0);
		MimeMessage toJohn = receivedBy("john@bsp.example").get(0);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		// Ana has no language of her own: her first brand's, Spanish
		assertThat(toAna.getSubject()).startsWith("Scorecards de WhatsApp").contains("2 marcas");
		assertThat(toJohn.getSubject()).startsWith("WhatsApp scorecards").contains("1 brand");
		assertThat(attachmentNames(toAna)).containsExactlyInAnyOrder("portfolio-2026-03-10.pdf",
				"scorecard-2026-03-10-optica-vision-100000000000301.pdf",
				"scorecard-2026-03-10-northwind-100000000000302.pdf");
		assertThat(attachmentNames(toJohn)).containsExactlyInAnyOrder("portfolio-2026-03-10.pdf",
				"scorecard-2026-03-10-otica-sao-joao-100000000000303.pdf");
		assertThat(attachment(toJohn, "scorecard-2026-03-10-otica-sao-joao-100000000000303.pdf"))
			.isEqualTo(Files.readAllBytes(pdf("100000000000303")));
		assertThat(attachment(toAna, "portfolio-2026-03-10.pdf")).isEqualTo(Files.readAllBytes(Path.of(this.jdbc
			.queryForObject("SELECT pdf_path FROM portfolio WHERE manager_id = ?", String.class, this.ana))));
		assertThat(toAna.getMessageID())
			.isEqualTo("<scorecards-2026-03-10-m" + this.ana + "-g1-p1@wa-scorecards.invalid>");
		assertThat(deliveries()).extracting((row) -> row.get("status")).containsOnly("SENT");
	}

	@Test
	void aSecondRunSendsNothingNewAndAResendSendsEverythingAgain() {
		this.launcher.run(DATE, AS_OF, true);
		RunOutcome again = this.launcher.run(DATE, AS_OF, true);
		assertThat(again.alreadyCompleted()).isTrue();
		assertThat(again.succeeded()).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(2);

		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of(), AS_OF, true, false));
		assertThat(smtp.getReceivedMessages()).hasSize(2);

		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of(), AS_OF, true, true));
		assertThat(smtp.getReceivedMessages()).hasSize(4);
		assertThat(receivedBy("ana@bsp.example")).extracting(this::messageId)
			.containsExactly("<scorecards-2026-03-10-m" + this.ana + "-g1-p1@wa-scorecards.invalid>",
					"<scorecards-2026-03-10-m" + this.ana + "-g2-p1@wa-scorecards.invalid>");

		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of(), AS_OF, false, true));
		assertThat(smtp.getReceivedMessages()).hasSize(4);
	}

	@Test
	void withTheSmtpServerDownDeliveriesFailTheJobCompletesAndTheNextRunSendsThem() {
		smtp.stop();
		RunOutcome down = this.launcher.run(DATE, AS_OF, true);

		assertThat(down.succeeded()).isTrue();
		assertThat(deliveries()).hasSize(2).allSatisfy((row) -> {
			assertThat(row.get("status")).isEqualTo("FAILED");
			assertThat(row.get("attempts")).isEqualTo(3);
			assertThat((String) row.get("last_error")).isNotBlank();
		});

		smtp.start();
		RunOutcome back = this.launcher.run(DATE, AS_OF, true);

		assertThat(back.alreadyCompleted()).isTrue();
		assertThat(back.emailRetry().getStepExecutions()).singleElement()
			.satisfies((step) -> assertThat(step.getWriteCount()).isEqualTo(2));
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(deliveries()).extracting((row) -> row.get("status")).containsOnly("SENT");
		assertThat(deliveries()).extracting((row) -> row.get("attempts")).containsOnly(4);
	}

	@Test
	void aRerunAfterDeliveriesFailedSendsItsOwnScorecardsNotTheStoredOnes() throws Exception {
		smtp.stop();
		this.launcher.run(DATE, AS_OF, true);
		assertThat(deliveries()).extracting((row) -> row.get("status")).containsOnly("FAILED");
		// a data fix: the brand's name was wrong
		this.jdbc.update("UPDATE wa_connection SET brand_name = 'Northwind Traders' WHERE phone_number_id = ?",
				"100000000000302");
		smtp.start();

		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of(), AS_OF, true, false));

		MimeMessage toAna = receivedBy("ana@bsp.example").get(0);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(toAna.getMessageID())
			.isEqualTo("<scorecards-2026-03-10-m" + this.ana + "-g2-p1@wa-scorecards.invalid>");
		assertThat(attachment(toAna, "scorecard-2026-03-10-northwind-traders-100000000000302.pdf"))
			.isEqualTo(Files.readAllBytes(pdf("100000000000302")));
		assertThat(deliveries()).extracting((row) -> row.get("generation") + " " + row.get("status"))
			.containsOnly("1 FAILED", "2 SENT");

		this.launcher.run(DATE, AS_OF, true);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aResumedRunEmailsAsTheRunThatResumesItSays() {
		// an admin's run without e-mail fails in the KPI step
		this.jdbc.execute("""
				CREATE FUNCTION fail_kpis() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'disk full'; END $$;
				CREATE TRIGGER fail_kpis BEFORE INSERT ON daily_kpi FOR EACH ROW EXECUTE FUNCTION fail_kpis()""");
		RunOutcome failed;
		try {
			failed = this.launcher.run(DATE, AS_OF, false);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER fail_kpis ON daily_kpi; DROP FUNCTION fail_kpis()");
		}
		assertThat(failed.succeeded()).isFalse();

		// the nightly run resumes it, and e-mails
		RunOutcome resumed = this.launcher.run(DATE, Instant.parse("2026-03-20T00:00:00Z"), true);

		assertThat(resumed.succeeded()).isTrue();
		assertThat(resumed.execution().getJobInstanceId()).isEqualTo(failed.execution().getJobInstanceId());
		assertThat(resumed.execution().getJobParameters().getString("asOf")).isEqualTo(AS_OF.toString());
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void whenTheServerSeemsDownTheRestIsNotTriedAndTheNextRunSendsEverything() {
		BrandDay brandDay = new BrandDay(this.scenario, this.jdbc);
		long optica = this.jdbc.queryForObject("SELECT id FROM wa_connection ORDER BY id LIMIT 1", Long.class);
		for (int i = 0; i < 3; i++) {
			brandDay.manager("more" + i + "@bsp.example", "More " + i, "en", optica);
		}
		smtp.stop();

		this.launcher.run(DATE, AS_OF, true);

		// five managers: the first three tried three times each, then the server is
		// taken to be down
		List<Map<String, Object>> failed = deliveries();
		assertThat(failed).extracting((row) -> row.get("status")).containsOnly("FAILED");
		assertThat(failed).extracting((row) -> row.get("attempts")).containsExactlyInAnyOrder(3, 3, 3, 0, 0);
		assertThat(failed).filteredOn((row) -> row.get("attempts").equals(0))
			.allSatisfy((row) -> assertThat((String) row.get("last_error")).startsWith("not tried"));

		smtp.start();
		this.launcher.run(DATE, AS_OF, true);

		assertThat(smtp.getReceivedMessages()).hasSize(5);
		assertThat(deliveries()).extracting((row) -> row.get("status")).containsOnly("SENT");
	}

	@Test
	void aRetrySendsOnlyTheDeliveriesThatFailed() {
		this.launcher.run(DATE, AS_OF, true);
		this.jdbc.update("UPDATE email_delivery SET status = 'FAILED' WHERE manager_id = ?", this.john);

		this.launcher.run(DATE, AS_OF, true);

		assertThat(receivedBy("ana@bsp.example")).hasSize(1);
		assertThat(receivedBy("john@bsp.example")).hasSize(2)
			.extracting(this::messageId)
			.containsOnly("<scorecards-2026-03-10-m" + this.john + "-g1-p1@wa-scorecards.invalid>");
	}

	@Test
	void noEmailSendsNothing() {
		this.launcher.run(DATE, AS_OF, false);
		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of(), AS_OF, false, true));

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(deliveries()).isEmpty();
	}

	@Test
	void aRerunOfOneConnectionWritesOnlyToItsManagers() {
		this.launcher.run(DATE, AS_OF, false);
		this.launcher.rerun(RunRequest.rerun(DATE, DATE, List.of("100000000000303"), AS_OF, true, false));

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(receivedBy("john@bsp.example")).hasSize(1);
	}

	private List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Map<String, Object>> deliveries() {
		return this.jdbc.queryForList("SELECT * FROM email_delivery ORDER BY manager_id, generation, part");
	}

	private Path pdf(String phoneNumberId) {
		return Path.of(this.jdbc.queryForObject(
				"SELECT s.pdf_path FROM scorecard s JOIN wa_connection c ON c.id = s.connection_id WHERE c.phone_number_id = ?",
				String.class, phoneNumberId));
	}

	static List<String> attachmentNames(MimeMessage message) throws Exception {
		List<String> names = new ArrayList<>();
		for (Part part : attachments(message)) {
			names.add(part.getFileName());
		}
		return names;
	}

	static byte[] attachment(MimeMessage message, String name) throws Exception {
		for (Part part : attachments(message)) {
			if (name.equals(part.getFileName())) {
				try (InputStream in = part.getInputStream()) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no attachment " + name);
	}

	private static List<Part> attachments(MimeMessage message) throws MessagingException, IOException {
		List<Part> parts = new ArrayList<>();
		Multipart mixed = (Multipart) message.getContent();
		for (int i = 0; i < mixed.getCount(); i++) {
			BodyPart part = mixed.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				parts.add(part);
			}
		}
		return parts;
	}

}
