-- Of the slices [:froms, :tos) (by position), those a read would change, in time order: those whose rows are not
-- the same as at their last read (census.sql), unless they hold no row and no read found rows there (reading one
-- of those would only mark it). Asked when a run starts, so that the slices left as they are cost no partition.
SELECT s.range_from, s.range_to
FROM unnest(CAST(:froms AS timestamptz[]), CAST(:tos AS timestamptz[])) s(range_from, range_to)
CROSS JOIN LATERAL (
    SELECT count(*) AS row_count, coalesce(sum(e.id), 0) AS id_sum
    FROM wa_webhook_event e
    WHERE e.received_at >= s.range_from AND e.received_at < s.range_to
) c
WHERE NOT EXISTS (SELECT 1 FROM webhook_read_mark m
                  WHERE m.range_from = s.range_from AND m.range_to = s.range_to
                    AND m.row_count = c.row_count AND m.id_sum = c.id_sum)
  -- rows that were read there and have gone since are forgotten by reading the slice
  AND (c.row_count > 0
       OR EXISTS (SELECT 1 FROM webhook_read_mark m
                  WHERE m.range_from < s.range_to AND m.range_to > s.range_from AND m.row_count > 0))
ORDER BY s.range_from
