-- Claims, for this job execution, every webhook row received in [:from, :to) that no run has read yet.
INSERT INTO webhook_parse_log (event_id, job_execution_id)
SELECT e.id, :jobExecutionId
FROM wa_webhook_event e
WHERE e.received_at >= :from
  AND e.received_at < :to
  AND NOT EXISTS (SELECT 1 FROM webhook_parse_log l WHERE l.event_id = e.id)
