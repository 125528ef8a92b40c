-- The e-mails of one sending of a manager not yet accepted by the SMTP server (or written to the outbox).
SELECT part, message_id, eml_path, attempts
FROM email_delivery
WHERE business_date = :businessDate AND manager_id = :managerId AND generation = :generation
  AND status <> 'SENT'
ORDER BY part
