-- Reads the webhook rows received in [:from, :to) into typed statuses and consistency signals.
-- Content that is not in Meta's documented shape is set aside with its path and a reason: the
-- smallest broken unit (one status, one preference entry, one change, one entry, or the whole row
-- when its envelope is broken), so the well-formed rest of the row still counts.
--
-- Two paths, one definition of the common shape. Most rows are one entry with one "messages" change of a
-- known number, holding one status or none (an inbound message): `plain` recognises them with a few
-- lookups by path, and takes their status as it is. Every other row (another field, several entries,
-- changes or statuses, errors, anything unusual or broken) is walked generically below, level by level.
-- `plain` accepts only what the walk accepts unchanged (WebhookPlainPathTests proves both paths equal);
-- :plainPath false walks every row.
WITH plain AS MATERIALIZED (
    SELECT e.id, e.received_at, c.id AS connection_id, e.status
    FROM (
        SELECT e.id, e.received_at, e.payload,
               e.payload #> '{entry,0,changes,0,value}' AS value,
               e.payload #> '{entry,0,changes,0,value,statuses,0}' AS status
        FROM wa_webhook_event e
        WHERE :plainPath
          AND e.received_at >= :from
          AND e.received_at < :to
        OFFSET 0 -- the paths looked up once per row
    ) e
    JOIN wa_connection c ON c.phone_number_id = e.value #>> '{metadata,phone_number_id}'
    WHERE e.payload ->> 'object' = 'whatsapp_business_account'
      AND jsonb_typeof(e.payload -> 'entry') = 'array'
      AND jsonb_array_length(e.payload -> 'entry') = 1
      AND jsonb_typeof(e.payload #> '{entry,0}') = 'object'
      AND jsonb_typeof(e.payload #> '{entry,0,id}') = 'string'
      AND coalesce(jsonb_typeof(e.payload #> '{entry,0,time}'), 'number') = 'number'
      AND jsonb_typeof(e.payload #> '{entry,0,changes}') = 'array'
      AND jsonb_array_length(e.payload #> '{entry,0,changes}') = 1
      AND jsonb_typeof(e.payload #> '{entry,0,changes,0}') = 'object'
      AND e.payload #>> '{entry,0,changes,0,field}' = 'messages'
      AND jsonb_typeof(e.value) = 'object'
      AND jsonb_typeof(e.value #> '{metadata,phone_number_id}') = 'string'
      -- no statuses, or a list of one plain status: text id and status, a timestamp of ten digits
      -- (2001-09-09 to 2033-05-18) written as text, no errors
      AND CASE
              WHEN NOT jsonb_exists(e.value, 'statuses') THEN true
              WHEN jsonb_typeof(e.value -> 'statuses') <> 'array' OR jsonb_array_length(e.value -> 'statuses') <> 1
                  THEN false
              ELSE jsonb_typeof(e.status) = 'object'
                  AND jsonb_typeof(e.status -> 'id') = 'string'
                  AND jsonb_typeof(e.status -> 'status') = 'string'
                  AND coalesce(jsonb_typeof(e.status -> 'timestamp') = 'string'
                      AND e.status ->> 'timestamp' ~ '^1[0-9]{9}$', NOT jsonb_exists(e.status, 'timestamp'))
                  AND NOT jsonb_exists(e.status, 'errors')
                  AND coalesce(jsonb_typeof(e.status -> 'recipient_id'), 'string') = 'string'
                  AND coalesce(jsonb_typeof(e.status -> 'conversation'), 'object') = 'object'
                  AND coalesce(jsonb_typeof(e.status -> 'pricing'), 'object') = 'object'
          END
),
-- the generic walk of the other rows. Lists are walked by index with set-returning functions in the select
-- list (which stream, unlike jsonb_array_elements in FROM); each level yields at least one row (a null element
-- for an empty or broken list) so that a parent's problem is still reported, and only well-formed parents are
-- descended
envelope AS (
    SELECT e.id, e.received_at, e.payload,
           CASE
               WHEN jsonb_typeof(e.payload) <> 'object' THEN 'payload is not a JSON object'
               WHEN e.payload ->> 'object' IS DISTINCT FROM 'whatsapp_business_account'
                   THEN 'object is not whatsapp_business_account'
               WHEN jsonb_typeof(e.payload -> 'entry') IS DISTINCT FROM 'array' THEN 'entry is not a list'
           END AS problem
    FROM wa_webhook_event e
    WHERE e.received_at >= :from
      AND e.received_at < :to
      -- a hashed subplan, however many rows the planner expects to be plain
      AND e.id NOT IN (SELECT p.id FROM plain p)
    OFFSET 0 -- evaluated once per row: keeps the planner from copying these expressions into every use
),
entry_index AS (
    SELECT v.id, v.received_at, v.problem AS envelope_problem,
           CASE WHEN v.problem IS NULL THEN v.payload -> 'entry' END AS entries,
           generate_series(0, CASE WHEN v.problem IS NULL THEN greatest(jsonb_array_length(v.payload -> 'entry'), 1) ELSE 1 END - 1) AS ei
    FROM envelope v
    OFFSET 0
),
entry AS (
    SELECT x.id, x.received_at, x.envelope_problem, x.ei, x.entries -> x.ei AS entry
    FROM entry_index x
    OFFSET 0
),
entry_checked AS (
    SELECT n.*,
           CASE WHEN jsonb_typeof(n.entry -> 'id') = 'string' THEN n.entry ->> 'id' END AS waba_id,
           CASE
               WHEN n.envelope_problem IS NOT NULL OR n.entry IS NULL THEN NULL
               WHEN jsonb_typeof(n.entry) <> 'object' THEN 'entry is not an object'
               WHEN jsonb_typeof(n.entry -> 'id') IS DISTINCT FROM 'string' THEN 'entry id is missing or not a string'
               WHEN jsonb_typeof(n.entry -> 'changes') IS DISTINCT FROM 'array' THEN 'changes is not a list'
               WHEN jsonb_exists(n.entry, 'time') AND jsonb_typeof(n.entry -> 'time') <> 'number'
                   THEN 'entry time is not a number'
           END AS entry_problem
    FROM entry n
    OFFSET 0
),
change_index AS (
    SELECT n.id, n.received_at, n.envelope_problem, n.ei, n.waba_id, n.entry_problem,
           CASE WHEN n.entry IS NOT NULL AND n.entry_problem IS NULL THEN n.entry -> 'changes' END AS changes,
           generate_series(0, CASE
               WHEN n.entry IS NOT NULL AND n.entry_problem IS NULL THEN greatest(jsonb_array_length(n.entry -> 'changes'), 1)
               ELSE 1 END - 1) AS ci
    FROM entry_checked n
    OFFSET 0
),
change AS (
    SELECT x.*, x.changes -> x.ci AS change
    FROM change_index x
    OFFSET 0
),
change_read AS (
    SELECT c.id, c.received_at, c.envelope_problem, c.ei, c.waba_id, c.entry_problem, c.ci, c.change,
           CASE WHEN jsonb_typeof(c.change -> 'field') = 'string' THEN c.change ->> 'field' END AS field,
           c.change -> 'value' AS value,
           CASE
               WHEN c.change IS NULL THEN NULL
               WHEN jsonb_typeof(c.change) <> 'object' THEN 'change is not an object'
               WHEN jsonb_typeof(c.change -> 'field') IS DISTINCT FROM 'string' THEN 'field is missing or not a string'
               WHEN jsonb_typeof(c.change -> 'value') IS DISTINCT FROM 'object' THEN 'value is missing or not an object'
           END AS change_shape_problem
    FROM change c
    OFFSET 0
),
change_checked AS (
    SELECT c.id, c.received_at, c.ei, c.ci, c.waba_id, c.field, c.value,
           coalesce(pc.phone_number_id, dc.phone_number_id) AS phone_number_id,
           coalesce(pc.id, dc.id) AS connection_id,
           coalesce(c.envelope_problem, c.entry_problem, c.change_shape_problem, CASE
               WHEN c.change IS NULL OR c.change_shape_problem IS NOT NULL THEN NULL
               WHEN c.field IN ('messages', 'user_preferences') THEN CASE
                   WHEN jsonb_typeof(c.value #> '{metadata,phone_number_id}') IS DISTINCT FROM 'string'
                       THEN 'metadata.phone_number_id is missing or not a string'
                   WHEN pc.id IS NULL THEN 'unknown phone_number_id ' || (c.value #>> '{metadata,phone_number_id}')
                   WHEN c.field = 'messages' AND jsonb_exists(c.value, 'statuses')
                       AND jsonb_typeof(c.value -> 'statuses') <> 'array' THEN 'statuses is not a list'
                   WHEN c.field = 'user_preferences'
                       AND jsonb_typeof(c.value -> 'user_preferences') IS DISTINCT FROM 'array'
                       THEN 'user_preferences is not a list'
               END
               WHEN c.field IN ('account_update', 'message_template_status_update', 'message_template_quality_update',
                                'template_category_update') THEN CASE
                   WHEN NOT EXISTS (SELECT 1 FROM wa_connection w WHERE w.waba_id = c.waba_id)
                       THEN 'unknown WABA ' || c.waba_id
                   WHEN c.field = 'message_template_quality_update'
                       AND jsonb_typeof(c.value -> 'new_quality_score') IS DISTINCT FROM 'string'
                       THEN 'new_quality_score is missing or not a string'
                   WHEN c.field IN ('account_update', 'message_template_status_update')
                       AND jsonb_typeof(c.value -> 'event') IS DISTINCT FROM 'string'
                       THEN 'event is missing or not a string'
                   WHEN c.field = 'account_update' AND jsonb_exists(c.value, 'ban_info')
                       AND (jsonb_typeof(c.value -> 'ban_info') <> 'object'
                           OR jsonb_typeof(c.value #> '{ban_info,waba_ban_state}') NOT IN ('string', 'null'))
                       THEN 'ban_info is not an object with a text waba_ban_state'
               END
               WHEN c.field = 'phone_number_quality_update' THEN CASE
                   WHEN jsonb_typeof(c.value -> 'display_phone_number') IS DISTINCT FROM 'string'
                       THEN 'display_phone_number is missing or not a string'
                   WHEN dc.id IS NULL THEN 'unknown display_phone_number ' || (c.value ->> 'display_phone_number')
                   WHEN jsonb_typeof(c.value -> 'event') IS DISTINCT FROM 'string' THEN 'event is missing or not a string'
               END
           END) AS change_problem,
           c.envelope_problem IS NOT NULL AS envelope_broken,
           c.entry_problem IS NOT NULL AS entry_broken
    FROM change_read c
    LEFT JOIN wa_connection pc
        ON c.field IN ('messages', 'user_preferences')
        AND jsonb_typeof(c.value #> '{metadata,phone_number_id}') = 'string'
        AND pc.phone_number_id = c.value #>> '{metadata,phone_number_id}'
    LEFT JOIN wa_connection dc
        ON c.field = 'phone_number_quality_update'
        AND jsonb_typeof(c.value -> 'display_phone_number') = 'string'
        AND dc.display_phone_number = regexp_replace(c.value ->> 'display_phone_number', '[^0-9]', '', 'g')
    OFFSET 0
),
item_index AS (
    SELECT c.*,
           CASE
               WHEN c.change_problem IS NOT NULL THEN NULL
               WHEN c.field = 'messages' THEN c.value -> 'statuses'
               WHEN c.field = 'user_preferences' THEN c.value -> 'user_preferences'
           END AS items,
           generate_series(0, CASE
               WHEN c.change_problem IS NULL AND c.field = 'messages' AND jsonb_exists(c.value, 'statuses')
                   THEN greatest(jsonb_array_length(c.value -> 'statuses'), 1)
               WHEN c.change_problem IS NULL AND c.field = 'user_preferences'
                   THEN greatest(jsonb_array_length(c.value -> 'user_preferences'), 1)
               ELSE 1 END - 1) AS ii
    FROM change_checked c
    OFFSET 0
),
item AS (
    SELECT x.*, x.items -> x.ii AS item
    FROM item_index x
    OFFSET 0
),
unit AS MATERIALIZED (
    SELECT u.id AS event_id, u.received_at, u.field, u.waba_id, u.phone_number_id, u.connection_id, u.ii,
           u.problem,
           CASE
               WHEN u.problem IS NULL THEN NULL
               WHEN u.envelope_broken THEN '$'
               WHEN u.entry_broken THEN 'entry[' || u.ei || ']'
               WHEN u.change_problem IS NOT NULL THEN 'entry[' || u.ei || '].changes[' || u.ci || ']'
               ELSE 'entry[' || u.ei || '].changes[' || u.ci || '].value.'
                   || CASE WHEN u.field = 'messages' THEN 'statuses' ELSE u.field END || '[' || u.ii || ']'
           END AS unit_path,
           CASE WHEN u.field = 'messages' AND u.problem IS NULL THEN u.item ->> 'id' END AS wamid,
           CASE WHEN u.field = 'messages' AND u.problem IS NULL THEN u.item ->> 'status' END AS status,
           CASE WHEN u.field = 'messages' AND u.problem IS NULL AND jsonb_exists(u.item, 'errors') THEN
               ARRAY(SELECT (er ->> 'code')::numeric FROM jsonb_array_elements(u.item -> 'errors') er
                     WHERE jsonb_exists(er, 'code'))
           END AS error_codes,
           CASE WHEN u.problem IS NULL THEN CASE u.field
               WHEN 'user_preferences' THEN CASE
                   WHEN u.item ->> 'category' = 'marketing_messages' AND u.item ->> 'value' = 'stop' THEN 'optout_preference'
                   WHEN u.item ->> 'value' = 'resume' THEN 'resume_preference'
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
               -- Meta found a template labelled as something it is not (SPEC §4b)
               WHEN 'template_category_update' THEN CASE
                   WHEN jsonb_typeof(u.value -> 'previous_category') = 'string'
                       AND jsonb_typeof(u.value -> 'new_category') = 'string'
                       AND u.value ->> 'previous_category' <> u.value ->> 'new_category' THEN 'template_recategorisation'
               END
           END END AS signal,
           CASE WHEN u.problem IS NULL AND u.field = 'user_preferences' AND jsonb_typeof(u.item -> 'wa_id') = 'string'
               THEN u.item ->> 'wa_id'
           END AS customer_wa_id,
           -- the same field and value delivered twice is one event; a preference entry is one of its value
           CASE WHEN u.problem IS NULL AND u.field IS DISTINCT FROM 'messages' THEN
               md5(u.field || u.value::text) || CASE WHEN u.field = 'user_preferences' THEN ':' || u.ii ELSE '' END
           END AS dedup_key
    FROM (
        SELECT i.*,
               coalesce(i.change_problem, CASE
                   WHEN i.item IS NULL THEN NULL
                   WHEN i.field = 'messages' THEN CASE
                       WHEN jsonb_typeof(i.item) <> 'object' THEN 'status is not an object'
                       WHEN jsonb_typeof(i.item -> 'id') IS DISTINCT FROM 'string' THEN 'status has no text id'
                       WHEN jsonb_typeof(i.item -> 'status') IS DISTINCT FROM 'string' THEN 'status has no text status'
                       -- whole seconds in [2000-01-01, 2100-01-01), as a JSON integer or a string of digits:
                       -- both read as text of 9 or 10 digits (as every second of that range is written; a
                       -- number's text keeps its sign, point and every digit: -1, 1.5, 1e308 as 309 digits)
                       WHEN jsonb_exists(i.item, 'timestamp') AND NOT CASE
                               WHEN length(i.item ->> 'timestamp') IN (9, 10)
                                   AND ltrim(i.item ->> 'timestamp', '0123456789') = ''
                                   THEN (i.item ->> 'timestamp')::bigint >= 946684800
                                       AND (i.item ->> 'timestamp')::bigint < 4102444800
                               ELSE false
                           END
                           THEN 'timestamp is not a whole number of seconds from 2000-01-01 to 2100-01-01'
                       WHEN jsonb_exists(i.item, 'errors')
                           AND (jsonb_typeof(i.item -> 'errors') <> 'array'
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.item -> 'errors') er
                                          WHERE jsonb_typeof(er) <> 'object'))
                           THEN 'errors is not a list of objects'
                       -- a JSON integer (no point: 131050.0 is not one) that fits the integer type
                       WHEN jsonb_exists(i.item, 'errors')
                           AND EXISTS (SELECT 1 FROM jsonb_array_elements(i.item -> 'errors') er
                                       WHERE jsonb_exists(er, 'code') AND NOT CASE
                                           WHEN jsonb_typeof(er -> 'code') = 'number'
                                               THEN scale((er -> 'code')::numeric) = 0
                                                   AND (er -> 'code')::numeric BETWEEN -2147483648 AND 2147483647
                                           ELSE false
                                       END)
                           THEN 'an error code is not an integer from -2147483648 to 2147483647'
                       WHEN jsonb_exists(i.item, 'recipient_id') AND jsonb_typeof(i.item -> 'recipient_id') <> 'string'
                           THEN 'recipient_id is not a string'
                       WHEN jsonb_exists(i.item, 'conversation') AND jsonb_typeof(i.item -> 'conversation') <> 'object'
                           THEN 'conversation is not an object'
                       WHEN jsonb_exists(i.item, 'pricing') AND jsonb_typeof(i.item -> 'pricing') <> 'object'
                           THEN 'pricing is not an object'
                   END
                   ELSE CASE
                       WHEN jsonb_typeof(i.item) <> 'object' THEN 'preference is not an object'
                       WHEN jsonb_typeof(i.item -> 'category') IS DISTINCT FROM 'string'
                           OR jsonb_typeof(i.item -> 'value') IS DISTINCT FROM 'string'
                           THEN 'preference has no text category and value'
                   END
               END) AS problem
        FROM item i
        OFFSET 0
    ) u
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
    SELECT event_id, connection_id, wamid, status, error_codes, received_at
    FROM unit
    WHERE wamid IS NOT NULL
    UNION ALL
    SELECT id, connection_id, status ->> 'id', status ->> 'status', NULL, received_at
    FROM plain
    WHERE status IS NOT NULL
    -- stored by connection: the KPIs read a connection's statuses from a few pages, not one page each
    -- (a slice spans a few hours, so the BRIN index on received_at still narrows a time range)
    ORDER BY connection_id, received_at
),
signal AS (
    INSERT INTO webhook_signal (event_id, connection_id, signal, dedup_key, customer_wa_id, received_at)
    SELECT u.event_id, coalesce(u.connection_id, w.id), u.signal, u.dedup_key, u.customer_wa_id, u.received_at
    FROM unit u
    LEFT JOIN wa_connection w ON u.connection_id IS NULL AND w.waba_id = u.waba_id
    WHERE u.signal IS NOT NULL
      AND coalesce(u.connection_id, w.id) IS NOT NULL
)
-- how many rows took the plain path
SELECT count(*) FROM plain
