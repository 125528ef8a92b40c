package io.wascorecards.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wascorecards.batch.RunParameters;
import io.wascorecards.report.PortfolioRow;
import io.wascorecards.report.Portfolios;
import io.wascorecards.report.ReportFiles;
import io.wascorecards.report.ReportTexts;
import io.micrometer.core.instrument.Metrics;
import jakarta.mail.Session;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Sends each account manager the day's e-mail (SPEC §6, §8), at most once: an e-mail is
 * composed and stored as an {@code .eml} file and recorded as PENDING before it is sent,
 * and recorded as SENT the moment the server accepts it. Running the step again (a
 * resumed run, a rerun, {@code run} of a completed date) sends only what was never
 * accepted; with {@code resend}, each run starts a new sending for every manager. A
 * sending none of whose e-mails went out is composed again once the figures were
 * recomputed (a rerun), so that it carries the new scorecards.
 */
class EmailDeliveryTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(EmailDeliveryTasklet.class);

	private final Portfolios portfolios;

	private final DeliveryLog log;

	private final Mailbox mailbox;

	private final SendWithRetries sender;

	private final DeliveryProperties properties;

	private final ReportFiles files;

	private final ReportTexts texts;

	private final EmailComposer composer;

	/** What the run asks: only the managers of its connections are written to. */
	private final RunParameters run;

	private int failedInARow;

	EmailDeliveryTasklet(Portfolios portfolios, DeliveryLog log, Mailbox mailbox, DeliveryProperties properties,
			ReportFiles files, ReportTexts texts, EmailComposer composer, RunParameters run) {
		this.portfolios = portfolios;
		this.log = log;
		this.mailbox = mailbox;
		this.sender = new SendWithRetries(mailbox, properties);
		this.properties = properties;
		this.files = files;
		this.texts = texts;
		this.composer = composer;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.run.email()) {
			return RepeatStatus.FINISHED;
		}
		long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
		this.portfolios.forEachManager(this.run.businessDate(), this.run.connections(), (rows) -> {
			for (SendWithRetries.Outcome outcome : deliver(rows, jobInstanceId)) {
				if (outcome.sent()) {
					contribution.incrementWriteCount(1);
				}
				else {
					contribution.incrementFilterCount(1);
				}
			}
		});
		return RepeatStatus.FINISHED;
	}

	private List<SendWithRetries.Outcome> deliver(List<PortfolioRow> rows, long jobInstanceId) {
		PortfolioRow manager = rows.get(0);
		LocalDate date = this.run.businessDate();
		DeliveryLog.Sending latest = this.log.latest(date, manager.managerId());
		int generation = (latest != null) ? latest.generation() : 1;
		if (latest == null || latest.outdated() || (this.run.resend() && latest.jobInstanceId() != jobInstanceId)) {
			generation = (latest != null) ? latest.generation() + 1 : 1;
			this.log.create(compose(rows, generation, jobInstanceId));
		}
		List<SendWithRetries.Outcome> outcomes = new ArrayList<>();
		for (DeliveryLog.Unsent email : this.log.unsent(date, manager.managerId(), generation)) {
			if (this.failedInARow >= this.properties.giveUpAfter()) {
				String reason = "not tried: the " + this.failedInARow
						+ " e-mails before it failed every attempt (the SMTP server seems down)";
				this.log.failed(email.messageId(), email.attempts(), reason);
				Metrics.counter("scorecards.emails.failed").increment();
				outcomes.add(new SendWithRetries.Outcome(false, email.attempts(), reason));
				continue;
			}
			SendWithRetries.Outcome outcome = this.sender.send(email.eml(), email.attempts());
			// a refused recipient says nothing about the server; exhausted retries do
			boolean exhausted = !outcome.sent() && outcome.attempts() - email.attempts() == this.properties.attempts();
			this.failedInARow = exhausted ? this.failedInARow + 1 : 0;
			if (outcome.sent()) {
				this.log.sent(email.messageId(), outcome.attempts());
				Metrics.counter("scorecards.emails.sent").increment();
			}
			else {
				logger.warn("E-mail " + email.messageId() + " to manager " + manager.managerId() + " failed after "
						+ outcome.attempts() + " attempts: " + outcome.error());
				this.log.failed(email.messageId(), outcome.attempts(), outcome.error());
				Metrics.counter("scorecards.emails.failed").increment();
			}
			outcomes.add(outcome);
			pause();
		}
		return outcomes;
	}

	/** Composes and stores a manager's e-mails, ready to be recorded. */
	private List<MapSqlParameterSource> compose(List<PortfolioRow> rows, int generation, long jobInstanceId) {
		ManagerDigest digest = digest(rows);
		Path folder = this.mailbox.folder(this.files.dateDir(digest.businessDate()));
		Session session = Session.getInstance(new java.util.Properties());
		List<MapSqlParameterSource> emails = new ArrayList<>();
		for (EmailComposer.ComposedEmail email : this.composer.compose(digest,
				this.properties.maxAttachmentSize().toBytes())) {
			String name = "scorecards-%s-m%d-g%d-p%d".formatted(digest.businessDate(), digest.managerId(), generation,
					email.part());
			String messageId = "<" + name + "@" + this.properties.domain() + ">";
			Path eml = folder.resolve(name + ".eml");
			MimeMessages
				.writeEml(MimeMessages.toMime(email, this.properties.from(), digest.email(), messageId, session), eml);
			emails.add(new MapSqlParameterSource().addValue("businessDate", digest.businessDate())
				.addValue("managerId", digest.managerId())
				.addValue("generation", generation)
				.addValue("part", email.part())
				.addValue("parts", email.parts())
				.addValue("messageId", messageId)
				.addValue("recipient", digest.email())
				.addValue("subject", email.subject())
				.addValue("attachments",
						email.attachments().stream().map(EmailComposer.Attachment::fileName).toArray(String[]::new))
				.addValue("emlPath", eml.toString())
				.addValue("jobInstanceId", jobInstanceId));
		}
		return emails;
	}

	private ManagerDigest digest(List<PortfolioRow> rows) {
		PortfolioRow manager = rows.get(0);
		Locale locale = ReportTexts.locale(manager.language());
		List<ManagerDigest.Brand> brands = rows.stream()
			.filter((row) -> row.pdfPath() != null)
			.map((row) -> new ManagerDigest.Brand(row.brandName(), row.phoneNumberId(), row.scorecard().status().name(),
					(row.scorecard().score() != null) ? ReportTexts.score(row.scorecard().score(), locale) : "",
					this.texts.topIssue(row.scorecard(), locale), row.scorecard().alerts().size(),
					Path.of(row.pdfPath())))
			.toList();
		Path portfolio = this.files.portfolio(this.run.businessDate(), manager.managerId());
		return new ManagerDigest(manager.managerId(), manager.managerName(), manager.email(), locale,
				this.run.businessDate(), brands, Files.exists(portfolio) ? portfolio : null);
	}

	private void pause() {
		if (!this.properties.sendInterval().isZero()) {
			try {
				Thread.sleep(this.properties.sendInterval().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
