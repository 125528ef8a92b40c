-- Evidence for the recommendations of each active connection of the range, over its trailing window up
-- to :businessDate (:windowDays days, or its own in :overridePhones / :overrideWindowDays): unanswered interactions by local hour of their start (0-23),
-- the three most frequent external hosts and delivery error codes, and the three templates most sent off
-- purpose with their touches; on :businessDate itself, the words the profile says the brand does and the profile's
-- fields not filled.
WITH conn AS (
    SELECT c.id, coalesce(o.window_days, :windowDays) AS window_days
    FROM wa_connection c
    LEFT JOIN unnest(CAST(:overridePhones AS text[]), CAST(:overrideWindowDays AS int[])) o(phone_number_id, window_days)
        ON o.phone_number_id = c.phone_number_id
    WHERE c.active
      AND c.id BETWEEN :firstConnectionId AND :lastConnectionId
      AND sc_selected(c.id, CAST(:only AS bigint[]))
)
SELECT c.id AS connection_id,
       (SELECT array_agg(coalesce(x.unanswered, 0) ORDER BY h.hour)
        FROM generate_series(1, 24) h(hour)
        LEFT JOIN LATERAL (
            SELECT sum(k.unanswered_by_hour[h.hour]) AS unanswered
            FROM daily_kpi k
            WHERE k.connection_id = c.id
              AND k.business_date BETWEEN CAST(:businessDate AS date) - (c.window_days - 1) AND CAST(:businessDate AS date)
        ) x ON true) AS unanswered_by_hour,
       (SELECT string_agg(t.key, ', ' ORDER BY t.n DESC, t.key)
        FROM (SELECT e.key, sum(e.value::int) AS n
              FROM daily_kpi k, jsonb_each_text(k.external_domains) e
              WHERE k.connection_id = c.id
                AND k.business_date BETWEEN CAST(:businessDate AS date) - (c.window_days - 1) AND CAST(:businessDate AS date)
              GROUP BY e.key
              ORDER BY n DESC, e.key
              LIMIT 3) t) AS top_external_domains,
       (SELECT string_agg(t.key, ', ' ORDER BY t.n DESC, t.key)
        FROM (SELECT e.key, sum(e.value::int) AS n
              FROM daily_kpi k, jsonb_each_text(k.failure_codes) e
              WHERE k.connection_id = c.id
                AND k.business_date BETWEEN CAST(:businessDate AS date) - (c.window_days - 1) AND CAST(:businessDate AS date)
              GROUP BY e.key
              ORDER BY n DESC, e.key
              LIMIT 3) t) AS top_failure_codes,
       (SELECT string_agg(t.key || ' (' || t.n || ')', ', ' ORDER BY t.n DESC, t.key)
        FROM (SELECT e.key, sum(e.value::int) AS n
              FROM daily_kpi k, jsonb_each_text(k.off_purpose_templates) e
              WHERE k.connection_id = c.id
                AND e.key <> ''
                AND k.business_date BETWEEN CAST(:businessDate AS date) - (c.window_days - 1) AND CAST(:businessDate AS date)
              GROUP BY e.key
              ORDER BY n DESC, e.key
              LIMIT 3) t) AS top_off_purpose_templates,
       array_to_string(d.purpose_words, ', ') AS purpose_words,
       array_to_string(d.profile_missing, ', ') AS profile_missing
FROM conn c
LEFT JOIN daily_kpi d ON d.connection_id = c.id AND d.business_date = :businessDate
ORDER BY c.id
