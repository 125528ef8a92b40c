-- Forgets what was read from the webhook rows received in [:from, :to), before the slice is read again
-- (new rows came, or a rerun after a data fix: a corrected phone number id or WABA id changes what links
-- where). What was read from a row carries the row's received_at, so the range identifies it; the marks
-- of earlier slices that overlap the range no longer describe what is stored.
WITH statuses AS (
    DELETE FROM webhook_status WHERE received_at >= :from AND received_at < :to
),
signals AS (
    DELETE FROM webhook_signal WHERE received_at >= :from AND received_at < :to
),
marks AS (
    DELETE FROM webhook_read_mark WHERE range_from < :to AND range_to > :from
)
DELETE FROM webhook_finding WHERE received_at >= :from AND received_at < :to
