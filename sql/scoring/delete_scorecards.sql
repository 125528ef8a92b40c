-- Makes room for a recomputation: the scorecards of :businessDate for the connection range.
DELETE FROM scorecard
WHERE business_date = :businessDate
  AND connection_id BETWEEN :firstConnectionId AND :lastConnectionId
  AND (CAST(:only AS bigint[]) IS NULL OR connection_id = ANY (CAST(:only AS bigint[])))
