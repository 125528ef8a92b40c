-- SPEC §6 export-scorecards: the stored scorecards of :businessDate, one row per active connection in
-- phone_number_id order, as CSV: provisional as true/false, scores with one decimal (half up: scores are never
-- negative), each KPI's value and status in the order of SPEC §5, an empty field for a KPI without data or an
-- area without data. :kpiColumns stands for the KPIs' columns, written from their definitions by
-- ScorecardCsvExporter. The KPI values are stored as JSON numbers already rounded as SPEC §5 says (null without
-- data): they are written with the decimals SPEC §5 gives them (rates 4, per 1,000 2, counts none), the phone
-- quality as its rating. PostgreSQL writes the CSV, so a value holding a comma, a double quote or a line break is
-- quoted (RFC 4180). The last column lists the keys of the day's alerts, stored in the order of SPEC §5, with ';'
-- (empty for none). A scorecard stored before a KPI existed has empty fields for it.
COPY (
    SELECT c.phone_number_id, s.business_date, s.provisional::text AS provisional,
           round(s.score, 1) AS score, s.status,
           :kpiColumns,
           round(s.effectiveness_score, 1) AS effectiveness_score, round(s.brand_score, 1) AS brand_score,
           round(s.consistency_score, 1) AS consistency_score, round(s.humanity_score, 1) AS humanity_score,
           (SELECT string_agg(a.alert ->> 'kpi', ';' ORDER BY a.n)
            FROM jsonb_array_elements(s.alerts) WITH ORDINALITY a(alert, n)) AS alerts
    FROM scorecard s
    JOIN wa_connection c ON c.id = s.connection_id
    WHERE s.business_date = :businessDate AND c.active
    ORDER BY c.phone_number_id COLLATE "C"
) TO STDOUT WITH (FORMAT csv, HEADER)
