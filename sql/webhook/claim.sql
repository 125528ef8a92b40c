-- Claims, as read :batchId of job execution :jobExecutionId, every webhook row received in [:from, :to)
-- that no run has read yet
-- (the primary key skips the rows already read; an anti-join here would scan the growing table per row).
INSERT INTO webhook_parse_log (event_id, batch_id, job_execution_id)
SELECT e.id, :batchId, :jobExecutionId
FROM wa_webhook_event e
WHERE e.received_at >= :from
  AND e.received_at < :to
-- in the index's order: reads of overlapping ranges claiming at once wait for each other's rows in the
-- same order, so they never deadlock
ORDER BY e.received_at, e.id
ON CONFLICT (event_id) DO NOTHING
