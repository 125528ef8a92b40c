package io.wascorecards.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code email_delivery} table. Every write commits on its own, at once: an e-mail
 * recorded as sent stays recorded whatever happens to the run afterwards.
 */
class DeliveryLog {

	private static final String LATEST_GENERATION = SqlStatement.load("delivery/latest_generation.sql");

	private static final String UNSENT = SqlStatement.load("delivery/unsent.sql");

	private static final String INSERT = SqlStatement.load("delivery/insert_delivery.sql");

	private static final String RECORD_ATTEMPT = SqlStatement.load("delivery/record_attempt.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	DeliveryLog(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The latest sending of a manager's e-mails for a date.
	 * @return it, or {@code null} before the first
	 */
	Sending latest(LocalDate businessDate, long managerId) {
		List<Sending> latest = this.jdbc.query(LATEST_GENERATION, key(businessDate, managerId),
				(row, i) -> new Sending(row.getInt("generation"), row.getLong("job_instance_id"),
						row.getBoolean("outdated")));
		return latest.isEmpty() ? null : latest.get(0);
	}

	/** The e-mails of a sending not yet sent, by part. */
	List<Unsent> unsent(LocalDate businessDate, long managerId, int generation) {
		return this.jdbc.query(UNSENT, key(businessDate, managerId).addValue("generation", generation),
				(row, i) -> new Unsent(row.getString("message_id"), Path.of(row.getString("eml_path")),
						row.getInt("attempts")));
	}

	/** Records the e-mails of a new sending, all or none, before any is sent. */
	void create(List<MapSqlParameterSource> emails) {
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.batchUpdate(INSERT, emails.toArray(MapSqlParameterSource[]::new)));
	}

	void sent(String messageId, int attempts) {
		record(messageId, "SENT", attempts, null);
	}

	void failed(String messageId, int attempts, String error) {
		record(messageId, "FAILED", attempts, error);
	}

	private void record(String messageId, String status, int attempts, String error) {
		this.ownTransaction.executeWithoutResult((transaction) -> this.jdbc.update(RECORD_ATTEMPT,
				new MapSqlParameterSource().addValue("messageId", messageId)
					.addValue("status", status)
					.addValue("attempts", attempts)
					.addValue("lastError", error)));
	}

	private static MapSqlParameterSource key(LocalDate businessDate, long managerId) {
		return new MapSqlParameterSource().addValue("businessDate", businessDate).addValue("managerId", managerId);
	}

	/**
	 * One sending of a manager's e-mails.
	 *
	 * @param generation its number, from 1
	 * @param jobInstanceId the run that created it
	 * @param outdated whether none of it went out and the figures were computed again
	 * since it was composed
	 */
	record Sending(int generation, long jobInstanceId, boolean outdated) {
	}

	/**
	 * An e-mail not yet accepted.
	 *
	 * @param messageId its Message-ID
	 * @param eml the stored message
	 * @param attempts how many times it was tried already
	 */
	record Unsent(String messageId, Path eml, int attempts) {
	}

}
