package io.wascorecards.delivery;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.RunParameters;
import io.wascorecards.report.Portfolios;
import io.wascorecards.report.ReportFiles;
import io.wascorecards.report.ReportTexts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the delivery step needs, once: the delivery log, the texts, and the SMTP server of
 * {@code spring.mail.*} or, without {@code spring.mail.host}, the outbox folder.
 */
@Component
class EmailDelivery {

	private final NamedParameterJdbcTemplate jdbc;

	private final DeliveryLog log;

	private final Mailbox mailbox;

	private final DeliveryProperties properties;

	private final ReportFiles files;

	private final ReportTexts texts;

	private final EmailComposer composer;

	EmailDelivery(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ObjectProvider<JavaMailSender> sender, DeliveryProperties properties, ScorecardsProperties scorecards,
			MessageSource messages, ReportTexts texts) {
		this.jdbc = jdbc;
		this.log = new DeliveryLog(jdbc, transactionManager);
		this.mailbox = new Mailbox(sender.getIfAvailable());
		this.properties = properties;
		this.files = new ReportFiles(scorecards.outputDir());
		this.texts = texts;
		this.composer = new EmailComposer(messages);
	}

	/**
	 * The delivery step's work for one run.
	 * @param run what the run asks
	 * @return the tasklet
	 */
	EmailDeliveryTasklet tasklet(RunParameters run) {
		return new EmailDeliveryTasklet(new Portfolios(this.jdbc), this.log, this.mailbox, this.properties, this.files,
				this.texts, this.composer, run);
	}

}
