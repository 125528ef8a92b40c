-- Makes room for a recomputation: the KPI rows of :businessDate for the connection range.
DELETE FROM daily_kpi
WHERE business_date = :businessDate
  AND connection_id BETWEEN :firstConnectionId AND :lastConnectionId
  AND sc_selected(connection_id, CAST(:only AS bigint[]))
