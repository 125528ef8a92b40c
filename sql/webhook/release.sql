-- Forgets what was read from the webhook rows received in [:from, :to), so that they are read again
-- (a rerun after a data fix: a corrected phone number id or WABA id changes what links where).
WITH released AS (
    DELETE FROM webhook_parse_log l
    USING wa_webhook_event e
    WHERE e.id = l.event_id
      AND e.received_at >= :from
      AND e.received_at < :to
    RETURNING l.event_id
),
statuses AS (
    DELETE FROM webhook_status s USING released r WHERE s.event_id = r.event_id
),
signals AS (
    DELETE FROM webhook_signal s USING released r WHERE s.event_id = r.event_id
)
DELETE FROM webhook_finding f USING released r WHERE f.event_id = r.event_id
