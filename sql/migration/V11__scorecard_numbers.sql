-- Scorecards keep their numbers as numbers: the stored scorecards are converted, so that every reader reads one
-- shape.
-- kpis: each KPI's value, day and previous value were text as the CSV writes it ("0.9500", "12.50", "3", "" without
-- data); they become JSON numbers with the same decimals (null without data), and the phone quality's rating stays
-- text.
-- recommendations: the positional "arguments" of each recommendation become "facts" named as the message bundles
-- name them (count, total, value, target, windowDays, evidence, hours, accountSanctions, templateEvents,
-- qualityFlags, rating; one the KPI has no use for is left out). The old positions were: 0 hits, 1 base,
-- 2 misses, 3 value, 4 target, 5 days, 6 evidence, 7 detail (the answer window of response_rate and
-- human_fulfilment_rate, the account sanctions of sanctions, the quality flags of phone_quality), 8 the template
-- events of sanctions; phone_quality's hits and value were the rating's rank (0 RED, 1 YELLOW, 2 GREEN, -1 none).
-- Both conversions leave a value already in the new shape as it is.

CREATE FUNCTION pg_temp.v11_kpi(kpi text, reading jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT coalesce(jsonb_object_agg(f.key, CASE
           WHEN f.key NOT IN ('value', 'day', 'previous') OR jsonb_typeof(f.value) <> 'string' THEN f.value
           WHEN f.value #>> '{}' = '' THEN 'null'::jsonb
           WHEN kpi = 'phone_quality' THEN f.value
           ELSE to_jsonb(CAST(f.value #>> '{}' AS numeric))
       END), '{}'::jsonb)
FROM jsonb_each(reading) f
$$;

CREATE FUNCTION pg_temp.v11_recommendation(r jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT CASE WHEN NOT r ? 'arguments' THEN r ELSE
    (r - 'arguments') || jsonb_build_object('facts', jsonb_strip_nulls(jsonb_build_object(
        'count', CASE WHEN r ->> 'kpi' IS DISTINCT FROM 'phone_quality' THEN a -> 0 END,
        'total', a -> 1,
        'value', CASE WHEN r ->> 'kpi' IS DISTINCT FROM 'phone_quality' THEN a -> 3 END,
        'target', a -> 4,
        'windowDays', a -> 5,
        'evidence', a -> 6,
        'hours', CASE WHEN r ->> 'kpi' IN ('response_rate', 'human_fulfilment_rate') THEN a -> 7 END,
        'accountSanctions', CASE WHEN r ->> 'kpi' = 'sanctions' THEN a -> 7 END,
        'templateEvents', CASE WHEN r ->> 'kpi' = 'sanctions' THEN a -> 8 END,
        'qualityFlags', CASE WHEN r ->> 'kpi' = 'phone_quality' THEN a -> 7 END,
        'rating', CASE WHEN r ->> 'kpi' = 'phone_quality'
                       THEN to_jsonb((ARRAY['RED', 'YELLOW', 'GREEN'])[CAST(a ->> 3 AS int) + 1]) END)))
END
FROM (SELECT r -> 'arguments' AS a) arguments
$$;

UPDATE scorecard
SET kpis = (SELECT coalesce(jsonb_object_agg(k.key, pg_temp.v11_kpi(k.key, k.value)), '{}'::jsonb)
            FROM jsonb_each(kpis) k),
    recommendations = (SELECT coalesce(jsonb_agg(pg_temp.v11_recommendation(e.r) ORDER BY e.i), '[]'::jsonb)
                       FROM jsonb_array_elements(recommendations) WITH ORDINALITY e(r, i));

DROP FUNCTION pg_temp.v11_kpi(text, jsonb);
DROP FUNCTION pg_temp.v11_recommendation(jsonb);
