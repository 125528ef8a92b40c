-- The connections whose daily KPIs of each of :dates a run as of :asOf computes (again), oldest date
-- first: the active ones (or those of :only) without a row that stands. A row stands when it was final
-- when computed (as of its window's end plus the answer window or later, SPEC §3) or when it is as of
-- :asOf or later; a row computed provisional, as of an earlier instant, is computed again, and so is a row
-- computed by a version without the KPIs of SPEC §4b.
SELECT d.business_date, array_agg(c.id ORDER BY c.id) AS ids
FROM unnest(CAST(:dates AS date[])) AS d(business_date)
CROSS JOIN wa_connection c
WHERE c.active AND sc_selected(c.id, CAST(:only AS bigint[]))
  AND NOT EXISTS (SELECT 1 FROM daily_kpi k
                  WHERE k.connection_id = c.id AND k.business_date = d.business_date
                    AND k.inbound_customers IS NOT NULL
                    AND (k.as_of >= k.window_end + make_interval(secs => :answerWindowSeconds)
                         OR k.as_of >= :asOf))
GROUP BY d.business_date
ORDER BY d.business_date
