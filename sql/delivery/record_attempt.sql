-- Records the outcome of sending an e-mail: SENT once accepted, FAILED after the last retry.
UPDATE email_delivery
SET status = :status, attempts = :attempts, last_error = :lastError,
    sent_at = CASE WHEN :status = 'SENT' THEN now() END
WHERE message_id = :messageId
