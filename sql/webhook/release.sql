-- Forgets what was read from the webhook rows received in [:from, :to), so that they are read again
-- (a rerun after a data fix: a corrected phone number id or WABA id changes what links where).
-- What was read from a row carries the row's received_at, so the range identifies it.
WITH released AS (
    DELETE FROM webhook_parse_log l
    USING wa_webhook_event e
    WHERE e.id = l.event_id
      AND e.received_at >= :from
      AND e.received_at < :to
),
statuses AS (
    DELETE FROM webhook_status WHERE received_at >= :from AND received_at < :to
),
signals AS (
    DELETE FROM webhook_signal WHERE received_at >= :from AND received_at < :to
),
-- the slices read before that overlap the range are no longer all claimed
marks AS (
    DELETE FROM webhook_read_mark WHERE range_from < :to AND range_to > :from
)
DELETE FROM webhook_finding WHERE received_at >= :from AND received_at < :to
