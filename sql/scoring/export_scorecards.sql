-- SPEC §6 export-scorecards: the stored scorecards of :businessDate, one row per active connection in
-- phone_number_id order, as CSV: provisional as true/false, scores with one decimal (half up: scores are never
-- negative), each KPI's value and status in the order of SPEC §5, an empty field for a KPI without data or an
-- area without data. The KPI values are stored as JSON numbers already rounded as SPEC §5 says (null without
-- data): they are written with the decimals SPEC §5 gives them (rates 4, per 1,000 2, counts none), the phone
-- quality as its rating. PostgreSQL writes the CSV, so a value holding a comma, a double quote or a line break is
-- quoted (RFC 4180). The last column lists the keys of the day's alerts, stored in the order of SPEC §5, with ';'
-- (empty for none). A scorecard stored before a KPI existed has empty fields for it.
COPY (
    SELECT c.phone_number_id, s.business_date, s.provisional::text AS provisional,
           round(s.score, 1) AS score, s.status,
           round(CAST(s.kpis -> 'response_rate' ->> 'value' AS numeric), 4) AS response_rate_value,
           s.kpis -> 'response_rate' ->> 'status' AS response_rate_status,
           round(CAST(s.kpis -> 'answered_within_15m_rate' ->> 'value' AS numeric), 4) AS answered_within_15m_rate_value,
           s.kpis -> 'answered_within_15m_rate' ->> 'status' AS answered_within_15m_rate_status,
           round(CAST(s.kpis -> 'outbound_reply_rate' ->> 'value' AS numeric), 4) AS outbound_reply_rate_value,
           s.kpis -> 'outbound_reply_rate' ->> 'status' AS outbound_reply_rate_status,
           round(CAST(s.kpis -> 'delivery_failure_rate' ->> 'value' AS numeric), 4) AS delivery_failure_rate_value,
           s.kpis -> 'delivery_failure_rate' ->> 'status' AS delivery_failure_rate_status,
           round(CAST(s.kpis -> 'external_link_rate' ->> 'value' AS numeric), 4) AS external_link_rate_value,
           s.kpis -> 'external_link_rate' ->> 'status' AS external_link_rate_status,
           round(CAST(s.kpis -> 'foreign_whatsapp_refs' ->> 'value' AS numeric), 0) AS foreign_whatsapp_refs_value,
           s.kpis -> 'foreign_whatsapp_refs' ->> 'status' AS foreign_whatsapp_refs_status,
           round(CAST(s.kpis -> 'brand_identification_rate' ->> 'value' AS numeric), 4) AS brand_identification_rate_value,
           s.kpis -> 'brand_identification_rate' ->> 'status' AS brand_identification_rate_status,
           round(CAST(s.kpis -> 'optout_per_1000' ->> 'value' AS numeric), 2) AS optout_per_1000_value,
           s.kpis -> 'optout_per_1000' ->> 'status' AS optout_per_1000_status,
           round(CAST(s.kpis -> 'sanctions' ->> 'value' AS numeric), 0) AS sanctions_value,
           s.kpis -> 'sanctions' ->> 'status' AS sanctions_status,
           s.kpis -> 'phone_quality' ->> 'value' AS phone_quality_value,
           s.kpis -> 'phone_quality' ->> 'status' AS phone_quality_status,
           round(CAST(s.kpis -> 'human_fulfilment_rate' ->> 'value' AS numeric), 4) AS human_fulfilment_rate_value,
           s.kpis -> 'human_fulfilment_rate' ->> 'status' AS human_fulfilment_rate_status,
           round(CAST(s.kpis -> 'human_involvement_rate' ->> 'value' AS numeric), 4) AS human_involvement_rate_value,
           s.kpis -> 'human_involvement_rate' ->> 'status' AS human_involvement_rate_status,
           round(CAST(s.kpis -> 'purpose_match_rate' ->> 'value' AS numeric), 4) AS purpose_match_rate_value,
           s.kpis -> 'purpose_match_rate' ->> 'status' AS purpose_match_rate_status,
           round(CAST(s.kpis -> 'complaint_rate' ->> 'value' AS numeric), 2) AS complaint_rate_value,
           s.kpis -> 'complaint_rate' ->> 'status' AS complaint_rate_status,
           round(CAST(s.kpis -> 'marketing_after_optout' ->> 'value' AS numeric), 0) AS marketing_after_optout_value,
           s.kpis -> 'marketing_after_optout' ->> 'status' AS marketing_after_optout_status,
           round(CAST(s.kpis -> 'profile_completeness' ->> 'value' AS numeric), 0) AS profile_completeness_value,
           s.kpis -> 'profile_completeness' ->> 'status' AS profile_completeness_status,
           round(s.effectiveness_score, 1) AS effectiveness_score, round(s.brand_score, 1) AS brand_score,
           round(s.consistency_score, 1) AS consistency_score, round(s.humanity_score, 1) AS humanity_score,
           (SELECT string_agg(a.alert ->> 'kpi', ';' ORDER BY a.n)
            FROM jsonb_array_elements(s.alerts) WITH ORDINALITY a(alert, n)) AS alerts
    FROM scorecard s
    JOIN wa_connection c ON c.id = s.connection_id
    WHERE s.business_date = :businessDate AND c.active
    ORDER BY c.phone_number_id COLLATE "C"
) TO STDOUT WITH (FORMAT csv, HEADER)
