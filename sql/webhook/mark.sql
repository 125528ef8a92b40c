-- Records what the read of the slice [:from, :to) found there (census.sql), in the read's transaction: a
-- later read that finds the same rows leaves the slice as it is.
INSERT INTO webhook_read_mark (range_from, range_to, row_count, id_sum)
VALUES (:from, :to, :rowCount, :idSum)
ON CONFLICT (range_from, range_to) DO UPDATE
SET row_count = EXCLUDED.row_count, id_sum = EXCLUDED.id_sum, read_at = now()
