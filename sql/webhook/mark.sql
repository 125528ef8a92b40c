-- Records what a read of the slice [:from, :to) found before it claimed the rows (census.sql).
INSERT INTO webhook_read_mark (range_from, range_to, row_count, id_sum)
VALUES (:from, :to, :rowCount, :idSum)
ON CONFLICT (range_from, range_to) DO UPDATE
SET row_count = EXCLUDED.row_count, id_sum = EXCLUDED.id_sum, read_at = now()
