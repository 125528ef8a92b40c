-- The brands of each account manager for :businessDate, for their portfolio and their e-mail: every active
-- connection assigned to them that has a scorecard, worst first (RED, YELLOW, no data, GREEN, then by score),
-- with the day before's score for the change and the scorecard's PDF. The manager's language is their own,
-- else that of their first connection. With :only, just the managers of those connections (a rerun of a few).
SELECT m.id AS manager_id, m.full_name, m.email, coalesce(m.locale, first_connection.locale) AS locale,
       c.phone_number_id, c.display_phone_number, c.brand_name,
       s.provisional, s.score, s.status, s.effectiveness_score, s.brand_score, s.consistency_score,
       s.humanity_score, s.kpis::text AS kpis, s.recommendations::text AS recommendations, s.alerts::text AS alerts,
       s.pdf_path, previous.score AS previous_score
FROM account_manager m
JOIN account_manager_connection mc ON mc.manager_id = m.id
JOIN wa_connection c ON c.id = mc.connection_id AND c.active
JOIN scorecard s ON s.connection_id = c.id AND s.business_date = :businessDate
LEFT JOIN scorecard previous ON previous.connection_id = c.id
    AND previous.business_date = CAST(:businessDate AS date) - 1
CROSS JOIN LATERAL (
    SELECT fc.locale
    FROM account_manager_connection fmc
    JOIN wa_connection fc ON fc.id = fmc.connection_id
    WHERE fmc.manager_id = m.id
    ORDER BY fc.id
    LIMIT 1) first_connection
WHERE m.id IN (SELECT om.manager_id FROM account_manager_connection om
               WHERE sc_selected(om.connection_id, CAST(:only AS bigint[])))
ORDER BY m.id,
         CASE s.status WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 WHEN 'NO_DATA' THEN 2 ELSE 3 END,
         s.score NULLS FIRST, c.brand_name, c.id
