-- Reads the webhook rows claimed by :jobExecutionId into typed statuses and consistency signals.
-- Content that is not in Meta's documented shape is set aside with its path and a reason: the
-- smallest broken unit (one status, one preference entry, one change, one entry, or the whole row
-- when its envelope is broken), so the well-formed rest of the row still counts. Each level is a
-- LEFT JOIN LATERAL that only descends into well-formed parents, so every payload is read once.
WITH unit AS MATERIALIZED (
    SELECT e.id AS event_id,
           e.received_at,
           ch.field,
           en.waba_id,
           coalesce(ch.phone_number_id, dc.phone_number_id) AS phone_number_id,
           coalesce(pc.id, dc.id) AS connection_id,
           it.i AS item_index,
           CASE
               WHEN rp.problem IS NOT NULL THEN '$'
               WHEN en.problem IS NOT NULL THEN format('entry[%s]', en.i)
               WHEN ch.problem IS NOT NULL THEN format('entry[%s].changes[%s]', en.i, ch.i)
               WHEN chp.problem IS NOT NULL THEN format('entry[%s].changes[%s]', en.i, ch.i)
               ELSE format('entry[%s].changes[%s].value.%s[%s]', en.i, ch.i, ch.field, it.i)
           END AS unit_path,
           coalesce(rp.problem, en.problem, ch.problem, chp.problem, itp.problem) AS problem,
           it.item,
           ch.value
    FROM webhook_parse_log l
    JOIN wa_webhook_event e ON e.id = l.event_id
    CROSS JOIN LATERAL (
        SELECT CASE
                   WHEN jsonb_typeof(e.payload) <> 'object' THEN 'payload is not a JSON object'
                   WHEN e.payload ->> 'object' IS DISTINCT FROM 'whatsapp_business_account'
                       THEN 'object is not whatsapp_business_account'
                   WHEN jsonb_typeof(e.payload -> 'entry') IS DISTINCT FROM 'array' THEN 'entry is not a list'
               END AS problem
    ) rp
    LEFT JOIN LATERAL (
        SELECT x.ordinality - 1 AS i,
               x.value AS entry,
               CASE WHEN jsonb_typeof(x.value -> 'id') = 'string' THEN x.value ->> 'id' END AS waba_id,
               CASE
                   WHEN jsonb_typeof(x.value) <> 'object' THEN 'entry is not an object'
                   WHEN jsonb_typeof(x.value -> 'id') IS DISTINCT FROM 'string' THEN 'entry id is missing or not a string'
                   WHEN jsonb_typeof(x.value -> 'changes') IS DISTINCT FROM 'array' THEN 'changes is not a list'
               END AS problem
        FROM jsonb_array_elements(CASE WHEN rp.problem IS NULL THEN e.payload -> 'entry' END) WITH ORDINALITY x
    ) en ON true
    LEFT JOIN LATERAL (
        SELECT x.ordinality - 1 AS i,
               x.value -> 'value' AS value,
               CASE WHEN jsonb_typeof(x.value -> 'field') = 'string' THEN x.value ->> 'field' END AS field,
               CASE
                   WHEN jsonb_typeof(x.value #> '{value,metadata,phone_number_id}') = 'string'
                       AND x.value ->> 'field' IN ('messages', 'user_preferences')
                       THEN x.value #>> '{value,metadata,phone_number_id}'
               END AS phone_number_id,
               CASE
                   WHEN jsonb_typeof(x.value) <> 'object' THEN 'change is not an object'
                   WHEN jsonb_typeof(x.value -> 'field') IS DISTINCT FROM 'string' THEN 'field is missing or not a string'
                   WHEN jsonb_typeof(x.value -> 'value') IS DISTINCT FROM 'object' THEN 'value is missing or not an object'
               END AS problem
        FROM jsonb_array_elements(CASE WHEN en.problem IS NULL THEN en.entry -> 'changes' END) WITH ORDINALITY x
    ) ch ON true
    LEFT JOIN wa_connection pc ON pc.phone_number_id = ch.phone_number_id
    LEFT JOIN wa_connection dc
        ON ch.field = 'phone_number_quality_update'
        AND jsonb_typeof(ch.value -> 'display_phone_number') = 'string'
        AND dc.display_phone_number = regexp_replace(ch.value ->> 'display_phone_number', '[^0-9]', '', 'g')
    CROSS JOIN LATERAL (
        SELECT CASE
                   WHEN ch.problem IS NOT NULL OR ch.field IS NULL THEN NULL
                   WHEN ch.field IN ('messages', 'user_preferences') THEN CASE
                       WHEN ch.phone_number_id IS NULL THEN 'metadata.phone_number_id is missing or not a string'
                       WHEN pc.id IS NULL THEN 'unknown phone_number_id ' || ch.phone_number_id
                       WHEN ch.field = 'messages' AND jsonb_exists(ch.value, 'statuses')
                           AND jsonb_typeof(ch.value -> 'statuses') <> 'array' THEN 'statuses is not a list'
                       WHEN ch.field = 'user_preferences'
                           AND jsonb_typeof(ch.value -> 'user_preferences') IS DISTINCT FROM 'array'
                           THEN 'user_preferences is not a list'
                   END
                   WHEN ch.field IN ('account_update', 'message_template_status_update', 'message_template_quality_update') THEN CASE
                       WHEN NOT EXISTS (SELECT 1 FROM wa_connection w WHERE w.waba_id = en.waba_id)
                           THEN 'unknown WABA ' || en.waba_id
                       WHEN ch.field = 'message_template_quality_update'
                           AND jsonb_typeof(ch.value -> 'new_quality_score') IS DISTINCT FROM 'string'
                           THEN 'new_quality_score is missing or not a string'
                       WHEN ch.field <> 'message_template_quality_update'
                           AND jsonb_typeof(ch.value -> 'event') IS DISTINCT FROM 'string'
                           THEN 'event is missing or not a string'
                       WHEN ch.field = 'account_update' AND jsonb_exists(ch.value, 'ban_info')
                           AND (jsonb_typeof(ch.value -> 'ban_info') <> 'object'
                               OR jsonb_typeof(ch.value #> '{ban_info,waba_ban_state}') NOT IN ('string', 'null'))
                           THEN 'ban_info is not an object with a text waba_ban_state'
                   END
                   WHEN ch.field = 'phone_number_quality_update' THEN CASE
                       WHEN jsonb_typeof(ch.value -> 'display_phone_number') IS DISTINCT FROM 'string'
                           THEN 'display_phone_number is missing or not a string'
                       WHEN dc.id IS NULL THEN 'unknown display_phone_number ' || (ch.value ->> 'display_phone_number')
                       WHEN jsonb_typeof(ch.value -> 'event') IS DISTINCT FROM 'string'
                           THEN 'event is missing or not a string'
                   END
               END AS problem
    ) chp
    LEFT JOIN LATERAL (
        SELECT x.ordinality - 1 AS i, x.value AS item
        FROM jsonb_array_elements(CASE
                 WHEN ch.problem IS NOT NULL OR chp.problem IS NOT NULL THEN NULL
                 WHEN ch.field = 'messages' THEN ch.value -> 'statuses'
                 WHEN ch.field = 'user_preferences' THEN ch.value -> 'user_preferences'
             END) WITH ORDINALITY x
    ) it ON true
    CROSS JOIN LATERAL (
        SELECT CASE
                   WHEN it.item IS NULL THEN NULL
                   WHEN ch.field = 'messages' THEN CASE
                       WHEN jsonb_typeof(it.item) <> 'object' THEN 'status is not an object'
                       WHEN jsonb_typeof(it.item -> 'id') IS DISTINCT FROM 'string' THEN 'status has no text id'
                       WHEN jsonb_typeof(it.item -> 'status') IS DISTINCT FROM 'string' THEN 'status has no text status'
                       WHEN jsonb_exists(it.item, 'timestamp')
                           AND NOT (jsonb_typeof(it.item -> 'timestamp') = 'number'
                               OR (jsonb_typeof(it.item -> 'timestamp') = 'string' AND it.item ->> 'timestamp' ~ '^[0-9]+$'))
                           THEN 'timestamp is not numeric'
                       WHEN jsonb_exists(it.item, 'errors')
                           AND (jsonb_typeof(it.item -> 'errors') <> 'array'
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(it.item -> 'errors') er
                                          WHERE jsonb_typeof(er) <> 'object'
                                             OR (jsonb_exists(er, 'code') AND jsonb_typeof(er -> 'code') <> 'number')))
                           THEN 'errors is not a list of objects with numeric codes'
                   END
                   ELSE CASE
                       WHEN jsonb_typeof(it.item) <> 'object' THEN 'preference is not an object'
                       WHEN jsonb_typeof(it.item -> 'category') IS DISTINCT FROM 'string'
                           OR jsonb_typeof(it.item -> 'value') IS DISTINCT FROM 'string'
                           THEN 'preference has no text category and value'
                   END
               END AS problem
    ) itp
    WHERE l.job_execution_id = :jobExecutionId
),
finding AS (
    INSERT INTO webhook_finding (event_id, unit_path, reason, phone_number_id, waba_id, received_at)
    SELECT event_id, unit_path, problem, phone_number_id, waba_id, received_at
    FROM unit
    WHERE problem IS NOT NULL
    ON CONFLICT DO NOTHING
),
status AS (
    INSERT INTO webhook_status (event_id, connection_id, wamid, status, error_codes, received_at)
    SELECT event_id, connection_id, item ->> 'id', item ->> 'status',
           coalesce(ARRAY(SELECT (er ->> 'code')::numeric
                          FROM jsonb_array_elements(CASE WHEN jsonb_exists(item, 'errors') THEN item -> 'errors' END) er
                          WHERE jsonb_exists(er, 'code')), '{}'),
           received_at
    FROM unit
    WHERE problem IS NULL AND field = 'messages' AND item IS NOT NULL
),
signal AS (
    SELECT u.event_id, u.received_at, u.connection_id, u.waba_id,
           CASE u.field
               WHEN 'user_preferences' THEN CASE
                   WHEN u.item ->> 'category' = 'marketing_messages' AND u.item ->> 'value' = 'stop' THEN 'optout_preference'
               END
               WHEN 'account_update' THEN CASE
                   WHEN u.value ->> 'event' IN ('ACCOUNT_VIOLATION', 'ACCOUNT_RESTRICTION') THEN 'account_sanction'
                   WHEN u.value ->> 'event' = 'DISABLED_UPDATE'
                       AND u.value #>> '{ban_info,waba_ban_state}' IN ('DISABLE', 'SCHEDULE_FOR_DISABLE') THEN 'account_sanction'
               END
               WHEN 'message_template_status_update' THEN CASE
                   WHEN u.value ->> 'event' IN ('PAUSED', 'FLAGGED') THEN 'template_pause'
                   WHEN u.value ->> 'event' = 'DISABLED' THEN 'template_disable'
                   WHEN u.value ->> 'event' = 'REJECTED' THEN 'template_rejection'
               END
               WHEN 'message_template_quality_update' THEN CASE
                   WHEN u.value ->> 'new_quality_score' = 'RED' THEN 'template_quality_red'
               END
               WHEN 'phone_number_quality_update' THEN CASE
                   WHEN u.value ->> 'event' IN ('FLAGGED', 'DOWNGRADE') THEN 'quality_flag'
               END
           END AS signal,
           -- the same field and value delivered twice is one event; a preference entry is one of its value
           md5(u.field || u.value::text) || coalesce(':' || u.item_index, '')
               AS dedup_key
    FROM unit u
    WHERE u.problem IS NULL AND u.field <> 'messages'
)
INSERT INTO webhook_signal (event_id, connection_id, signal, dedup_key, received_at)
SELECT s.event_id, coalesce(s.connection_id, w.id), s.signal, s.dedup_key, s.received_at
FROM signal s
LEFT JOIN wa_connection w ON s.connection_id IS NULL AND w.waba_id = s.waba_id
WHERE s.signal IS NOT NULL
  AND coalesce(s.connection_id, w.id) IS NOT NULL
