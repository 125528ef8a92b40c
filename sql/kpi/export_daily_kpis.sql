-- SPEC §6 export-kpis: the stored daily KPIs of :businessDate, one row per active connection in
-- phone_number_id order, as CSV with the KPI names of SPEC §4 and §4b as header (SPEC §6's order). PostgreSQL writes the CSV, so a
-- value holding a comma, a double quote or a line break is quoted (RFC 4180); a null is an empty field.
COPY (
    SELECT c.phone_number_id, k.business_date,
           k.interactions, k.interactions_answered, k.interactions_pending,
           k.answered_within_1m, k.answered_within_5m, k.answered_within_15m, k.answered_within_1h,
           k.answered_within_4h, k.first_response_p50_s, k.first_response_p90_s, k.interactions_with_agent,
           k.bi_messages, k.bi_touches, k.bi_touches_replied, k.bi_touches_pending, k.brand_identified_touches,
           k.outbound_messages, k.outbound_failed, k.outbound_delivered, k.outbound_read, k.outbound_with_body,
           k.external_link_messages, k.foreign_whatsapp_refs,
           k.human_requests, k.human_requests_fulfilled, k.time_to_human_p50_s,
           k.optout_signals, k.ecosystem_limit_errors, k.spam_limit_errors, k.account_sanctions,
           k.template_pauses, k.template_disables, k.template_rejections, k.template_quality_red,
           k.quality_flag_events, k.latest_quality_rating,
           k.purpose_terms, k.purpose_matched_touches, k.inbound_customers, k.customer_complaints,
           k.optout_requests, k.marketing_after_optout, k.template_recategorisations, k.profile_completeness
    FROM daily_kpi k
    JOIN wa_connection c ON c.id = k.connection_id
    WHERE k.business_date = :businessDate AND c.active
    ORDER BY c.phone_number_id COLLATE "C"
) TO STDOUT WITH (FORMAT csv, HEADER)
