-- Makes room for a recomputation: the scorecards of :businessDate for the connection range.
DELETE FROM scorecard
WHERE business_date = :businessDate
  AND connection_id BETWEEN :firstConnectionId AND :lastConnectionId
  AND sc_selected(connection_id, CAST(:only AS bigint[]))
