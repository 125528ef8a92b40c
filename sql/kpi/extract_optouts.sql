-- The opt-outs and resumes of SPEC §4b (marketing_after_optout) of the business days :firstDay to :lastDay, for
-- the active connections with ids in [:firstConnectionId, :lastConnectionId] (or those of :only): each
-- (connection, day) not extracted yet, or extracted as of an instant before the day's end (what came later was
-- missed), and when :again the (connection, :lastDay) whatever was extracted before (a day computed again). Their
-- rows of optout_event are replaced, and optout_day records the extraction as of :asOf. A day's events are those
-- of its W in the connection's zone, so every day is extracted from its own rows alone, in any order:
-- - a stop message: an INBOUND message created in W whose folded text matches :stopPattern;
-- - a user_preferences stop of marketing messages, or a resume, received in W;
-- - a failed status with code 131050 received in W, of an OUTBOUND message to the customer.
WITH target AS MATERIALIZED (
    SELECT c.id AS connection_id, d.day AS business_date,
           sc_day_start(d.day, c.timezone) AS w_start,
           sc_day_start(d.day + 1, c.timezone) AS w_end
    FROM wa_connection c
    CROSS JOIN LATERAL (
        SELECT CAST(:firstDay AS date) + i AS day
        FROM generate_series(0, CAST(:lastDay AS date) - CAST(:firstDay AS date)) i
    ) d
    WHERE c.active
      AND c.id BETWEEN :firstConnectionId AND :lastConnectionId
      AND sc_selected(c.id, CAST(:only AS bigint[]))
      AND ((CAST(:again AS boolean) AND d.day = CAST(:lastDay AS date))
           OR NOT EXISTS (SELECT 1 FROM optout_day o
                          WHERE o.connection_id = c.id AND o.business_date = d.day AND o.as_of >= o.window_end))
),
cleared AS (
    DELETE FROM optout_event e
    USING target t
    WHERE e.connection_id = t.connection_id AND e.business_date = t.business_date
),
extracted AS (
    INSERT INTO optout_day (connection_id, business_date, window_end, as_of)
    SELECT t.connection_id, t.business_date, t.w_end, CAST(:asOf AS timestamptz)
    FROM target t
    ON CONFLICT (connection_id, business_date) DO UPDATE
    SET window_end = EXCLUDED.window_end, as_of = EXCLUDED.as_of, extracted_at = now()
),
stop_message AS (
    SELECT t.connection_id, t.business_date, m.customer_wa_id, 'STOP_MESSAGE' AS kind, m.created_at AS at,
           CAST(NULL AS timestamptz) AS sent_at
    FROM target t
    -- each target's inbound messages by the index on (connection, created_at), folded and tested only then: left
    -- to the planner, the test may be pushed into a scan of every message of the table
    CROSS JOIN LATERAL (
        SELECT m.customer_wa_id, m.created_at, m.body
        FROM wa_message m
        WHERE m.connection_id = t.connection_id
          AND m.created_at >= t.w_start
          AND m.created_at < t.w_end
          AND m.direction = 'INBOUND'
        OFFSET 0
    ) m
    WHERE sc_fold(m.body) ~ :stopPattern
),
preference AS (
    SELECT t.connection_id, t.business_date, s.customer_wa_id,
           CASE s.signal WHEN 'optout_preference' THEN 'PREFERENCE_STOP' ELSE 'RESUME' END, s.received_at,
           CAST(NULL AS timestamptz)
    FROM target t
    JOIN webhook_signal s
        ON s.connection_id = t.connection_id
        AND s.received_at >= t.w_start
        AND s.received_at < t.w_end
    WHERE s.signal IN ('optout_preference', 'resume_preference')
      AND s.customer_wa_id IS NOT NULL
),
failure AS (
    SELECT t.connection_id, t.business_date, m.customer_wa_id, 'FAILURE_131050', s.received_at, m.created_at
    FROM target t
    JOIN webhook_status s
        ON s.connection_id = t.connection_id
        AND s.received_at >= t.w_start
        AND s.received_at < t.w_end
        AND s.status = 'failed'
    JOIN wa_message m ON m.connection_id = s.connection_id AND m.wamid = s.wamid AND m.direction = 'OUTBOUND'
    WHERE 131050 = ANY (s.error_codes)
)
INSERT INTO optout_event (connection_id, business_date, customer_wa_id, kind, at, sent_at)
SELECT * FROM stop_message
UNION
SELECT * FROM preference
UNION
SELECT * FROM failure
