-- What the PDF scorecard of each connection of the range shows for :businessDate, beyond the stored
-- scorecard: the day's data-quality counts, the counters of the main rates day by day over the last :trendDays
-- days, first responses by time to answer and the top delivery error codes over the connection's trailing window (:windowDays,
-- or its own in :overridePhones / :overrideWindowDays), and the consistency events of its sanction
-- look-back (:sanctionDays / :overrideSanctionDays), the templates most sent off purpose over the window and the
-- profile's fields not filled on the day. With :unrenderedOnly, only scorecards without a PDF.
WITH card AS (
    SELECT s.*, c.phone_number_id, c.display_phone_number, c.brand_name, c.timezone, c.locale,
           coalesce(o.window_days, :windowDays) AS window_days,
           coalesce(o.sanction_days, :sanctionDays) AS sanction_days
    FROM scorecard s
    JOIN wa_connection c ON c.id = s.connection_id
    LEFT JOIN unnest(CAST(:overridePhones AS text[]), CAST(:overrideWindowDays AS int[]),
                     CAST(:overrideSanctionDays AS int[])) o(phone_number_id, window_days, sanction_days)
        ON o.phone_number_id = c.phone_number_id
    WHERE s.business_date = :businessDate
      AND c.active
      AND s.connection_id BETWEEN :firstConnectionId AND :lastConnectionId
      AND sc_selected(s.connection_id, CAST(:only AS bigint[]))
      AND (NOT :unrenderedOnly OR s.pdf_sha256 IS NULL)
)
SELECT card.connection_id, card.phone_number_id, card.display_phone_number, card.brand_name, card.timezone,
       card.locale, card.as_of, card.provisional, card.score, card.status, card.effectiveness_score,
       card.brand_score, card.consistency_score, card.humanity_score, card.kpis::text AS kpis,
       card.recommendations::text AS recommendations, card.alerts::text AS alerts, card.window_days,
       card.sanction_days,
       day.webhook_units_set_aside, day.unlinked_statuses, day.window_end,
       -- [{"day":"2026-03-01","counters":{"interactions":40,…}},…]: the daily_kpi columns the trend's rates are
       -- computed from (by their KPIs' formulas)
       (SELECT json_agg(json_build_object(
                   'day', k.business_date,
                   'counters', json_build_object(
                       'interactions', k.interactions, 'interactions_answered', k.interactions_answered,
                       'interactions_pending', k.interactions_pending, 'bi_touches', k.bi_touches,
                       'bi_touches_replied', k.bi_touches_replied, 'bi_touches_pending', k.bi_touches_pending,
                       'outbound_messages', k.outbound_messages, 'outbound_failed', k.outbound_failed))
               ORDER BY k.business_date)
        FROM daily_kpi k
        WHERE k.connection_id = card.connection_id
          AND k.business_date BETWEEN CAST(:businessDate AS date) - (:trendDays - 1) AND :businessDate)::text AS daily_counters,
       -- answered interactions of the window by time to first answer: <1m, 1-5m, 5-15m, 15-60m, 1-4h, beyond
       (SELECT ARRAY[sum(k.answered_within_1m),
                     sum(k.answered_within_5m - k.answered_within_1m),
                     sum(k.answered_within_15m - k.answered_within_5m),
                     sum(k.answered_within_1h - k.answered_within_15m),
                     sum(k.answered_within_4h - k.answered_within_1h),
                     sum(k.interactions_answered - k.answered_within_4h)]
        FROM daily_kpi k
        WHERE k.connection_id = card.connection_id
          AND k.business_date BETWEEN CAST(:businessDate AS date) - (card.window_days - 1) AND :businessDate)
           AS first_responses,
       (SELECT sum(k.outbound_failed)
        FROM daily_kpi k
        WHERE k.connection_id = card.connection_id
          AND k.business_date BETWEEN CAST(:businessDate AS date) - (card.window_days - 1) AND :businessDate)
           AS failed_messages,
       -- {"131026":12,…}: the five most frequent codes of the window
       (SELECT json_object_agg(t.code, t.n ORDER BY t.n DESC, t.code)
        FROM (SELECT e.key AS code, sum(CAST(e.value AS int)) AS n
              FROM daily_kpi k, jsonb_each_text(k.failure_codes) e
              WHERE k.connection_id = card.connection_id
                AND k.business_date BETWEEN CAST(:businessDate AS date) - (card.window_days - 1) AND :businessDate
              GROUP BY e.key
              ORDER BY n DESC, e.key
              LIMIT 5) t)::text AS failure_codes,
       -- [{"day":"2026-03-20","event":"template_pauses","count":1},…], most recent first
       (SELECT json_agg(json_build_object('day', k.business_date, 'event', e.event, 'count', e.n)
                        ORDER BY k.business_date DESC, e.event)
        FROM daily_kpi k
        CROSS JOIN LATERAL (VALUES ('account_sanctions', k.account_sanctions),
                                   ('template_pauses', k.template_pauses),
                                   ('template_disables', k.template_disables),
                                   ('template_rejections', k.template_rejections),
                                   ('template_quality_red', k.template_quality_red),
                                   ('template_recategorisations', k.template_recategorisations),
                                   ('quality_flag_events', k.quality_flag_events)) e(event, n)
        WHERE k.connection_id = card.connection_id
          AND k.business_date BETWEEN CAST(:businessDate AS date) - (card.sanction_days - 1) AND :businessDate
          AND e.n > 0)::text AS events,
       -- {"promo_cripto":412,…}: the five templates of the window most sent off purpose, with their touches
       (SELECT json_object_agg(t.key, t.n ORDER BY t.n DESC, t.key)
        FROM (SELECT e.key, sum(CAST(e.value AS int)) AS n
              FROM daily_kpi k, jsonb_each_text(k.off_purpose_templates) e
              WHERE k.connection_id = card.connection_id
                AND k.business_date BETWEEN CAST(:businessDate AS date) - (card.window_days - 1) AND :businessDate
              GROUP BY e.key
              ORDER BY n DESC, e.key
              LIMIT 5) t)::text AS off_purpose_templates,
       day.profile_missing
FROM card
LEFT JOIN daily_kpi day ON day.connection_id = card.connection_id AND day.business_date = card.business_date
ORDER BY card.connection_id
