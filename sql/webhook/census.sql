-- The webhook rows received in [:from, :to) now: how many, the sum of their ids, and whether the last read
-- of this very slice found the same rows (then what it stored stands, and the slice is not read again).
WITH census AS (
    SELECT count(*) AS row_count, coalesce(sum(e.id), 0) AS id_sum
    FROM wa_webhook_event e
    WHERE e.received_at >= :from
      AND e.received_at < :to
)
SELECT c.row_count, c.id_sum,
       EXISTS (SELECT 1 FROM webhook_read_mark m
               WHERE m.range_from = :from AND m.range_to = :to
                 AND m.row_count = c.row_count AND m.id_sum = c.id_sum) AS read_before
FROM census c
