-- The daily KPIs of each active connection of the range summed over the windows of its scorecard for
-- :businessDate: the day itself, the trailing window, the window before it and the sanction look-back
-- (:windowDays and :sanctionDays days, or the connection's own in :overridePhones / :overrideWindowDays /
-- :overrideSanctionDays): the columns a scorecard reads. Ratios are formed from these sums, never from daily
-- ratios.
-- purpose_terms and profile_completeness do not add up: they are the window's last day's, like its rating.
-- The alerts' baseline: each of the :baselineDays days before :businessDate alone, as windows named 'baseline'.
-- Also whether the day is provisional: its window plus the answer window had not closed at :asOf.
WITH conn AS (
    SELECT c.id, c.phone_number_id,
           coalesce(o.window_days, :windowDays) AS window_days,
           coalesce(o.sanction_days, :sanctionDays) AS sanction_days,
           sc_day_start(CAST(:businessDate AS date) + 1, c.timezone)
               + make_interval(secs => :answerWindowSeconds) > CAST(:asOf AS timestamptz) AS provisional
    FROM wa_connection c
    LEFT JOIN unnest(CAST(:overridePhones AS text[]), CAST(:overrideWindowDays AS int[]),
                     CAST(:overrideSanctionDays AS int[])) o(phone_number_id, window_days, sanction_days)
        ON o.phone_number_id = c.phone_number_id
    WHERE c.active
      AND c.id BETWEEN :firstConnectionId AND :lastConnectionId
      AND sc_selected(c.id, CAST(:only AS bigint[]))
)
SELECT c.id AS connection_id, c.phone_number_id, c.provisional, w.name AS window_name,
       count(k.business_date) AS days,
       (SELECT q.latest_quality_rating FROM daily_kpi q
        WHERE q.connection_id = c.id AND q.business_date = w.last_day) AS latest_quality_rating,
       coalesce((SELECT q.purpose_terms FROM daily_kpi q
                 WHERE q.connection_id = c.id AND q.business_date = w.last_day), 0) AS purpose_terms,
       (SELECT q.profile_completeness FROM daily_kpi q
        WHERE q.connection_id = c.id AND q.business_date = w.last_day) AS profile_completeness,
       coalesce(sum(k.interactions), 0) AS interactions,
       coalesce(sum(k.interactions_answered), 0) AS interactions_answered,
       coalesce(sum(k.interactions_pending), 0) AS interactions_pending,
       coalesce(sum(k.answered_within_15m), 0) AS answered_within_15m,
       coalesce(sum(k.interactions_with_agent), 0) AS interactions_with_agent,
       coalesce(sum(k.bi_messages), 0) AS bi_messages,
       coalesce(sum(k.bi_touches), 0) AS bi_touches,
       coalesce(sum(k.bi_touches_replied), 0) AS bi_touches_replied,
       coalesce(sum(k.bi_touches_pending), 0) AS bi_touches_pending,
       coalesce(sum(k.brand_identified_touches), 0) AS brand_identified_touches,
       coalesce(sum(k.outbound_messages), 0) AS outbound_messages,
       coalesce(sum(k.outbound_failed), 0) AS outbound_failed,
       coalesce(sum(k.outbound_with_body), 0) AS outbound_with_body,
       coalesce(sum(k.external_link_messages), 0) AS external_link_messages,
       coalesce(sum(k.foreign_whatsapp_refs), 0) AS foreign_whatsapp_refs,
       coalesce(sum(k.human_requests), 0) AS human_requests,
       coalesce(sum(k.human_requests_fulfilled), 0) AS human_requests_fulfilled,
       coalesce(sum(k.optout_signals), 0) AS optout_signals,
       coalesce(sum(k.ecosystem_limit_errors), 0) AS ecosystem_limit_errors,
       coalesce(sum(k.spam_limit_errors), 0) AS spam_limit_errors,
       coalesce(sum(k.account_sanctions), 0) AS account_sanctions,
       coalesce(sum(k.template_pauses), 0) AS template_pauses,
       coalesce(sum(k.template_disables), 0) AS template_disables,
       coalesce(sum(k.template_rejections), 0) AS template_rejections,
       coalesce(sum(k.template_quality_red), 0) AS template_quality_red,
       coalesce(sum(k.quality_flag_events), 0) AS quality_flag_events,
       coalesce(sum(k.template_recategorisations), 0) AS template_recategorisations,
       coalesce(sum(k.purpose_matched_touches), 0) AS purpose_matched_touches,
       coalesce(sum(k.inbound_customers), 0) AS inbound_customers,
       coalesce(sum(k.customer_complaints), 0) AS customer_complaints,
       coalesce(sum(k.marketing_after_optout), 0) AS marketing_after_optout
FROM conn c
CROSS JOIN LATERAL (
    VALUES ('day', CAST(:businessDate AS date), CAST(:businessDate AS date)),
           ('current', CAST(:businessDate AS date) - (c.window_days - 1), CAST(:businessDate AS date)),
           ('previous', CAST(:businessDate AS date) - (2 * c.window_days - 1), CAST(:businessDate AS date) - c.window_days),
           ('sanctions', CAST(:businessDate AS date) - (c.sanction_days - 1), CAST(:businessDate AS date))
    UNION ALL
    SELECT 'baseline', CAST(:businessDate AS date) - g, CAST(:businessDate AS date) - g
    FROM generate_series(1, CAST(:baselineDays AS int)) g
) w(name, first_day, last_day)
LEFT JOIN daily_kpi k
    ON k.connection_id = c.id
    AND k.business_date BETWEEN w.first_day AND w.last_day
GROUP BY c.id, c.phone_number_id, c.provisional, w.name, w.last_day
ORDER BY c.id, w.name, w.last_day
