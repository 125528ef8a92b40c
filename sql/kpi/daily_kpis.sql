-- The daily KPIs of SPEC §4 and §4b of the pairs of :connectionIds and :businessDates (by position) whose connection is
-- active, as of :asOf, with answer window A = :answerWindowSeconds. Several dates of a connection are computed
-- in one pass over its messages from the first W.start - A to the last W.end + A: threads are rebuilt once
-- with window functions, every "within A before/after" question is a RANGE frame over the thread, and each
-- message of a W counts for that W's date.
-- The opt-outs and resumes of the look-back L = :optoutLookbackSeconds are read from optout_event, which the
-- same transaction filled for the days not extracted yet (sql/kpi/extract_optouts.sql).
WITH conn AS MATERIALIZED (
    SELECT c.id, pair.business_date, c.phone_number_id, c.waba_id, c.display_phone_number, c.brand_name, c.allowed_domains, c.timezone,
           sc_fold(c.brand_name) AS brand_folded,
           sc_day_start(pair.business_date, c.timezone) AS w_start,
           sc_day_start(pair.business_date + 1, c.timezone) AS w_end,
           make_interval(secs => :answerWindowSeconds) AS a,
           make_interval(secs => :optoutLookbackSeconds) AS l,
           CAST(:asOf AS timestamptz) AS as_of,
           x.ts_config,
           CASE x.language
               WHEN 'es' THEN CAST(:complaintPatternEs AS text)
               WHEN 'pt' THEN CAST(:complaintPatternPt AS text)
               ELSE CAST(:complaintPatternEn AS text)
           END AS complaint_pattern,
           -- SPEC §4b: the lexemes of the profile's about and description, and of its vertical's lexicon
           CASE WHEN p.captured_at IS NOT NULL THEN ARRAY(
               SELECT DISTINCT t.lexeme
               FROM unnest(tsvector_to_array(to_tsvector(x.ts_config,
                       coalesce(sc_fold(p.about), '') || ' ' || coalesce(sc_fold(p.description), '')))
                   || coalesce((SELECT tsvector_to_array(to_tsvector(x.ts_config, sc_fold(v.words)))
                                FROM unnest(CAST(:lexiconVerticals AS text[]), CAST(:lexiconLanguages AS text[]),
                                            CAST(:lexiconWords AS text[])) v(vertical, language, words)
                                WHERE v.vertical = upper(btrim(p.vertical)) AND v.language = x.language),
                               '{}')) t(lexeme)
               ORDER BY t.lexeme)
           ELSE '{}' END AS purpose_lexemes,
           -- of its seven fields, those not filled (text that is blank, a vertical UNDEFINED, no website), in SPEC order
           CASE WHEN p.captured_at IS NOT NULL THEN array_remove(ARRAY[
               CASE WHEN NOT coalesce(p.about ~ '[^[:space:]]', false) THEN 'about' END,
               CASE WHEN NOT coalesce(p.description ~ '[^[:space:]]', false) THEN 'description' END,
               CASE WHEN NOT coalesce(p.vertical ~ '[^[:space:]]' AND upper(btrim(p.vertical)) <> 'UNDEFINED', false)
                   THEN 'vertical' END,
               CASE WHEN NOT EXISTS (SELECT 1 FROM unnest(p.websites) w WHERE w ~ '[^[:space:]]') THEN 'websites' END,
               CASE WHEN NOT coalesce(p.email ~ '[^[:space:]]', false) THEN 'email' END,
               CASE WHEN NOT coalesce(p.address ~ '[^[:space:]]', false) THEN 'address' END,
               CASE WHEN NOT coalesce(p.profile_picture_url ~ '[^[:space:]]', false) THEN 'profile_picture_url' END],
               NULL)
           END AS profile_missing,
           -- evidence: the first three words of the profile's about and description that text search keeps (no
           -- stop words) and that are not the brand's name, else of its vertical's lexicon: what the profile says
           -- the brand does
           CASE WHEN p.captured_at IS NOT NULL THEN coalesce(
               (SELECT array_agg(f.word ORDER BY f.n)
                FROM (SELECT d.word, d.n
                      FROM (SELECT DISTINCT ON (lower(t.word)) t.word, t.n
                            FROM regexp_split_to_table(coalesce(p.about, '') || ' ' || coalesce(p.description, ''),
                                                       '[^[:alpha:]]+') WITH ORDINALITY t(word, n)
                            WHERE length(t.word) >= 4 AND to_tsvector(x.ts_config, t.word) <> ''::tsvector
                              AND strpos(sc_fold(c.brand_name), sc_fold(t.word)) = 0
                            ORDER BY lower(t.word), t.n) d
                      ORDER BY d.n
                      LIMIT 3) f),
               (SELECT ARRAY(SELECT u.word FROM unnest(string_to_array(v.words, ' ')) WITH ORDINALITY u(word, n)
                             WHERE u.n <= 3 ORDER BY u.n)
                FROM unnest(CAST(:lexiconVerticals AS text[]), CAST(:lexiconLanguages AS text[]),
                            CAST(:lexiconWords AS text[])) v(vertical, language, words)
                WHERE v.vertical = upper(btrim(p.vertical)) AND v.language = x.language))
           END AS purpose_words
    FROM unnest(CAST(:connectionIds AS bigint[]), CAST(:businessDates AS date[])) pair(id, business_date)
    JOIN wa_connection c ON c.id = pair.id
    -- the language of the connection's lexicons and text search
    CROSS JOIN LATERAL (
        SELECT y.language, CAST(CASE y.language WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'portuguese' ELSE 'english' END
                                AS regconfig) AS ts_config
        FROM (SELECT CASE lower(left(c.locale, 2)) WHEN 'es' THEN 'es' WHEN 'pt' THEN 'pt' ELSE 'en' END AS language) y
    ) x
    -- the profile of (c, D): the newest captured before W.end
    LEFT JOIN LATERAL (
        SELECT bp.*
        FROM wa_business_profile bp
        WHERE bp.connection_id = c.id AND bp.captured_at < sc_day_start(pair.business_date + 1, c.timezone)
        ORDER BY bp.captured_at DESC
        LIMIT 1
    ) p ON true
    WHERE c.active
),
-- each connection's messages are read once, from its first date's W.start - A to its last date's W.end + A
span AS MATERIALIZED (
    SELECT c.id, c.brand_folded, c.ts_config, c.complaint_pattern, min(c.w_start - c.a) AS span_from,
           max(c.w_end + c.a) AS span_to
    FROM conn c
    GROUP BY c.id, c.brand_folded, c.ts_config, c.complaint_pattern
),
-- the texts the KPIs read, folded once: customers' messages of W and the templates sent in W
folded AS (
    SELECT m.id, m.connection_id, m.customer_wa_id, m.direction, m.sender_type, m.message_type, m.template_category,
           m.template_name, m.wamid, m.body, m.created_at, s.brand_folded, w.purpose_lexemes, s.ts_config,
           s.complaint_pattern, w.business_date, w.w_start, w.business_date IS NOT NULL AS in_w,
           CASE
               WHEN w.business_date IS NOT NULL
                   AND (m.direction = 'INBOUND' OR (m.direction = 'OUTBOUND' AND m.message_type = 'template'))
                   THEN sc_fold(m.body)
           END AS folded_body
    FROM span s
    -- each connection's range of the (connection_id, created_at) index, never a scan of the whole table: a
    -- join the planner may hash reads every message of the table's history, for days that have none too
    CROSS JOIN LATERAL (
        SELECT m.*
        FROM wa_message m
        WHERE m.connection_id = s.id AND m.created_at >= s.span_from AND m.created_at < s.span_to
        OFFSET 0
    ) m
    -- the date whose W holds the message, if it is one of the pairs'
    LEFT JOIN conn w ON w.id = m.connection_id AND m.created_at >= w.w_start AND m.created_at < w.w_end
    -- folded here, once per message, for the tests below
    OFFSET 0
),
scoped AS (
    SELECT m.id, m.connection_id, m.customer_wa_id, m.direction, m.sender_type, m.wamid, m.created_at, m.in_w,
           m.business_date, m.w_start,
           m.direction = 'OUTBOUND' AND m.message_type = 'template'
               AND m.template_category IS DISTINCT FROM 'AUTHENTICATION' AS bi_candidate,
           m.direction = 'OUTBOUND' AND m.body <> '' AS has_body,
           CASE
               WHEN m.direction = 'OUTBOUND' AND m.message_type = 'template' AND m.in_w
                   THEN strpos(coalesce(m.folded_body, ''), m.brand_folded) > 0
               ELSE false
           END AS names_brand,
           -- SPEC §4b: shares a lexeme with the purpose, once the brand's name is taken out
           CASE
               WHEN m.direction = 'OUTBOUND' AND m.message_type = 'template' AND m.in_w
                   AND cardinality(m.purpose_lexemes) > 0
                   THEN tsvector_to_array(to_tsvector(m.ts_config, replace(coalesce(m.folded_body, ''), m.brand_folded, '')))
                       && m.purpose_lexemes
               ELSE false
           END AS on_purpose,
           m.direction = 'OUTBOUND' AND m.message_type = 'template' AND m.template_category = 'MARKETING' AND m.in_w
               AS marketing,
           CASE WHEN m.direction = 'OUTBOUND' AND m.message_type = 'template' AND m.in_w THEN m.template_name END
               AS template_name,
           CASE
               WHEN m.direction = 'INBOUND' AND m.in_w THEN coalesce(m.folded_body ~ :humanRequestPattern, false)
               ELSE false
           END AS human_request,
           CASE
               WHEN m.direction = 'INBOUND' AND m.in_w THEN coalesce(m.folded_body ~ m.complaint_pattern, false)
               ELSE false
           END AS complaint,
           CASE
               WHEN m.direction = 'OUTBOUND' AND m.in_w AND m.body ~* '(https?://|www\.)' THEN m.body
           END AS link_body
    FROM folded m
    -- evaluated here, once per message: left to the planner, the text tests below would be
    -- evaluated again by each window step above
    OFFSET 0
),
thread_msg AS MATERIALIZED (
    SELECT s.*,
           lag(s.direction) OVER thread AS prev_direction,
           lag(s.created_at) OVER thread AS prev_created_at,
           min(s.created_at) FILTER (WHERE s.direction = 'OUTBOUND' AND s.sender_type IN ('BOT', 'AGENT'))
               OVER next_a AS first_answer_at,
           min(s.created_at) FILTER (WHERE s.sender_type = 'AGENT') OVER next_a AS first_agent_at,
           min(s.created_at) FILTER (WHERE s.direction = 'INBOUND') OVER next_a AS first_reply_at,
           max(s.created_at) FILTER (WHERE s.direction = 'INBOUND') OVER last_a AS last_inbound_at,
           -- the thread's last human request, inbound message of a W and complaint before this message: the
           -- message is its W's first of the kind when that one is older than its W
           max(s.created_at) FILTER (WHERE s.human_request) OVER before AS human_request_before,
           max(s.created_at) FILTER (WHERE s.in_w AND s.direction = 'INBOUND') OVER before AS inbound_before,
           max(s.created_at) FILTER (WHERE s.complaint) OVER before AS complaint_before
    FROM scoped s
    WINDOW thread AS (PARTITION BY s.connection_id, s.customer_wa_id ORDER BY s.created_at, s.id),
           before AS (thread ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
           -- (t, t + A] and [t - A, t): timestamps have microsecond precision
           next_a AS (PARTITION BY s.connection_id, s.customer_wa_id ORDER BY s.created_at
                      RANGE BETWEEN '1 microsecond' FOLLOWING AND make_interval(secs => :answerWindowSeconds) FOLLOWING),
           last_a AS (PARTITION BY s.connection_id, s.customer_wa_id ORDER BY s.created_at
                      RANGE BETWEEN make_interval(secs => :answerWindowSeconds) PRECEDING AND '1 microsecond' PRECEDING)
),
interaction AS (
    SELECT t.connection_id, t.business_date, t.created_at + c.a > c.as_of AS open,
           extract(hour FROM t.created_at AT TIME ZONE c.timezone)::int AS local_hour,
           t.first_answer_at - t.created_at AS answer_delay,
           t.first_agent_at IS NOT NULL AS with_agent
    FROM thread_msg t
    JOIN conn c ON c.id = t.connection_id AND c.business_date = t.business_date
    WHERE t.direction = 'INBOUND'
      AND (t.prev_created_at IS NULL OR t.prev_direction = 'OUTBOUND' OR t.created_at - t.prev_created_at >= c.a)
),
interaction_kpi AS (
    SELECT connection_id, business_date,
           count(*) AS interactions,
           count(answer_delay) AS interactions_answered,
           count(*) FILTER (WHERE answer_delay IS NULL AND open) AS interactions_pending,
           count(*) FILTER (WHERE answer_delay <= interval '1 minute') AS answered_within_1m,
           count(*) FILTER (WHERE answer_delay <= interval '5 minutes') AS answered_within_5m,
           count(*) FILTER (WHERE answer_delay <= interval '15 minutes') AS answered_within_15m,
           count(*) FILTER (WHERE answer_delay <= interval '1 hour') AS answered_within_1h,
           count(*) FILTER (WHERE answer_delay <= interval '4 hours') AS answered_within_4h,
           round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY answer_delay))) AS first_response_p50_s,
           round(extract(epoch FROM percentile_cont(0.9) WITHIN GROUP (ORDER BY answer_delay))) AS first_response_p90_s,
           count(*) FILTER (WHERE with_agent) AS interactions_with_agent
    FROM interaction
    GROUP BY connection_id, business_date
),
-- evidence for the recommendations: the local hours at which the unanswered interactions started
unanswered_hours AS (
    SELECT h.connection_id, h.business_date, array_agg(h.unanswered ORDER BY h.hour) AS unanswered_by_hour
    FROM (
        SELECT c.id AS connection_id, c.business_date, g.hour,
               count(i.connection_id) AS unanswered
        FROM conn c
        CROSS JOIN generate_series(0, 23) g(hour)
        LEFT JOIN interaction i
            ON i.connection_id = c.id AND i.business_date = c.business_date AND i.local_hour = g.hour
            AND i.answer_delay IS NULL AND NOT i.open
        GROUP BY c.id, c.business_date, g.hour
    ) h
    GROUP BY h.connection_id, h.business_date
),
human_kpi AS (
    SELECT connection_id, business_date,
           count(*) AS human_requests,
           count(first_agent_at) AS human_requests_fulfilled,
           round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY first_agent_at - created_at)))
               AS time_to_human_p50_s
    FROM thread_msg
    WHERE human_request AND (human_request_before IS NULL OR human_request_before < w_start)
    GROUP BY connection_id, business_date
),
-- SPEC §4b: customers writing in W, and those of them complaining (each thread's first message that counts)
customer_kpi AS (
    SELECT connection_id, business_date,
           count(*) FILTER (WHERE inbound_before IS NULL OR inbound_before < w_start) AS inbound_customers,
           count(*) FILTER (WHERE complaint AND (complaint_before IS NULL OR complaint_before < w_start))
               AS customer_complaints
    FROM thread_msg
    WHERE in_w AND direction = 'INBOUND'
    GROUP BY connection_id, business_date
),
-- SPEC §4b: the opt-outs and resumes of the connections from W.start - L to W.end
optout_lookback AS MATERIALIZED (
    SELECT e.connection_id, c.business_date, e.customer_wa_id, e.kind, e.at, e.sent_at
    FROM conn c
    JOIN optout_event e ON e.connection_id = c.id AND e.at >= c.w_start - c.l AND e.at < c.w_end
),
-- each marketing template of W sent to a customer who had opted out before: the last such opt-out
marketing_optout AS (
    SELECT t.connection_id, t.business_date, t.id, t.customer_wa_id, t.created_at, max(e.at) AS optout_at
    FROM thread_msg t
    JOIN optout_lookback e
        ON e.connection_id = t.connection_id AND e.business_date = t.business_date AND e.customer_wa_id = t.customer_wa_id
    WHERE t.marketing
      AND e.kind <> 'RESUME'
      AND e.at < t.created_at
      -- a 131050 failure of an earlier message
      AND (e.sent_at IS NULL OR e.sent_at < t.created_at)
    GROUP BY t.connection_id, t.business_date, t.id, t.customer_wa_id, t.created_at
),
-- ... and no resume since
optout_kpi AS (
    SELECT o.connection_id, o.business_date, count(*) AS marketing_after_optout
    FROM marketing_optout o
    WHERE NOT EXISTS (SELECT 1 FROM optout_lookback r
                      WHERE r.connection_id = o.connection_id AND r.business_date = o.business_date
                        AND r.customer_wa_id = o.customer_wa_id
                        AND r.kind = 'RESUME' AND r.at > o.optout_at AND r.at < o.created_at)
    GROUP BY o.connection_id, o.business_date
),
-- SPEC §4b: customers who asked to stop in W (a stop message or a marketing stop preference)
optout_request_kpi AS (
    SELECT e.connection_id, e.business_date, count(DISTINCT e.customer_wa_id) AS optout_requests
    FROM conn c
    JOIN optout_event e ON e.connection_id = c.id AND e.business_date = c.business_date
    WHERE e.kind IN ('STOP_MESSAGE', 'PREFERENCE_STOP')
    GROUP BY e.connection_id, e.business_date
),
-- statuses of the connection received in [W.start, W.end + A), one row per wamid
status_fact AS (
    SELECT s.connection_id, c.business_date, s.wamid,
           bool_or(s.status = 'failed') AS failed,
           bool_or(s.status IN ('delivered', 'read', 'played')) AS delivered,
           bool_or(s.status IN ('read', 'played')) AS read,
           -- "failed with error code X": failed as above, by a status carrying that code
           bool_or(s.status = 'failed' AND 131050 = ANY (s.error_codes)) AS optout_failure,
           bool_or(s.status = 'failed' AND 131049 = ANY (s.error_codes)) AS ecosystem_failure,
           bool_or(s.status = 'failed' AND 131048 = ANY (s.error_codes)) AS spam_failure,
           -- the distinct statuses received in W, for the unlinked count (a status delivered twice
           -- counts once, as above): a bit per status Meta documents, any other listed. A
           -- count(DISTINCT) would sort the day's statuses instead of hashing them
           bit_or(CASE s.status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 4 WHEN 'failed' THEN 8
                      WHEN 'played' THEN 16 WHEN 'deleted' THEN 32 WHEN 'warning' THEN 64 ELSE 0 END)
               FILTER (WHERE s.received_at < c.w_end) AS documented_in_w,
           array_agg(s.status) FILTER (WHERE s.received_at < c.w_end
               AND s.status NOT IN ('sent', 'delivered', 'read', 'failed', 'played', 'deleted', 'warning'))
               AS others_in_w,
           string_agg(array_to_string(s.error_codes, ','), ',') FILTER (WHERE s.status = 'failed') AS failure_codes
    FROM conn c
    -- each pair's range of the (connection_id, received_at) index, as the messages above
    CROSS JOIN LATERAL (
        SELECT s.*
        FROM webhook_status s
        WHERE s.connection_id = c.id AND s.received_at >= c.w_start AND s.received_at < c.w_end + c.a
        OFFSET 0
    ) s
    GROUP BY s.connection_id, c.business_date, s.wamid
),
outbound AS (
    SELECT t.connection_id, t.business_date, t.id AS message_id, t.has_body, f.failure_codes,
           t.bi_candidate AND t.last_inbound_at IS NULL AS business_initiated,
           t.first_reply_at IS NOT NULL AS replied,
           t.created_at + c.a > c.as_of AS open,
           t.names_brand, t.on_purpose, t.template_name,
           coalesce(f.failed, false) AS failed,
           coalesce(f.delivered, false) AS delivered,
           coalesce(f.read, false) AS read,
           coalesce(f.optout_failure, false) AS optout_failure,
           coalesce(f.ecosystem_failure, false) AS ecosystem_failure,
           coalesce(f.spam_failure, false) AS spam_failure
    FROM thread_msg t
    JOIN conn c ON c.id = t.connection_id AND c.business_date = t.business_date
    LEFT JOIN status_fact f
        ON f.connection_id = t.connection_id AND f.business_date = t.business_date AND f.wamid = t.wamid
    WHERE t.direction = 'OUTBOUND'
),
outbound_kpi AS (
    SELECT connection_id, business_date,
           count(*) FILTER (WHERE business_initiated) AS bi_messages,
           count(*) FILTER (WHERE business_initiated AND NOT failed) AS bi_touches,
           count(*) FILTER (WHERE business_initiated AND NOT failed AND replied) AS bi_touches_replied,
           count(*) FILTER (WHERE business_initiated AND NOT failed AND NOT replied AND open) AS bi_touches_pending,
           count(*) FILTER (WHERE business_initiated AND NOT failed AND names_brand) AS brand_identified_touches,
           count(*) FILTER (WHERE business_initiated AND NOT failed AND on_purpose) AS purpose_matched_touches,
           count(*) AS outbound_messages,
           count(*) FILTER (WHERE failed) AS outbound_failed,
           count(*) FILTER (WHERE delivered) AS outbound_delivered,
           count(*) FILTER (WHERE read) AS outbound_read,
           count(*) FILTER (WHERE has_body) AS outbound_with_body,
           count(*) FILTER (WHERE optout_failure) AS optout_failures,
           count(*) FILTER (WHERE ecosystem_failure) AS ecosystem_limit_errors,
           count(*) FILTER (WHERE spam_failure) AS spam_limit_errors
    FROM outbound
    GROUP BY connection_id, business_date
),
-- evidence: the error codes of the day's failed outbound messages (a message counts once per code)
failure_codes AS (
    SELECT x.connection_id, x.business_date, jsonb_object_agg(x.code, x.messages) AS failure_codes
    FROM (
        SELECT o.connection_id, o.business_date, code, count(DISTINCT o.message_id) AS messages
        FROM outbound o
        CROSS JOIN unnest(string_to_array(o.failure_codes, ',')) code
        WHERE o.failed AND o.failure_codes <> ''
        GROUP BY o.connection_id, o.business_date, code
    ) x
    GROUP BY x.connection_id, x.business_date
),
-- distinct statuses (wamid and status) received in W whose wamid matches no message of the connection at all
unlinked_kpi AS (
    SELECT f.connection_id, f.business_date,
           sum(bit_count(f.documented_in_w::bit(7))
               + coalesce((SELECT count(DISTINCT o) FROM unnest(f.others_in_w) o), 0)) AS unlinked_statuses
    FROM status_fact f
    WHERE f.documented_in_w IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM thread_msg m WHERE m.connection_id = f.connection_id AND m.wamid = f.wamid)
      AND NOT EXISTS (SELECT 1 FROM wa_message m WHERE m.connection_id = f.connection_id AND m.wamid = f.wamid)
    GROUP BY f.connection_id, f.business_date
),
url AS (
    SELECT t.connection_id, t.business_date, t.id AS message_id, c.display_phone_number, c.allowed_domains, u.url,
           substring(u.url FROM '^(?:https?://)?([^/?#:]*)') AS host
    FROM thread_msg t
    JOIN conn c ON c.id = t.connection_id AND c.business_date = t.business_date
    CROSS JOIN LATERAL (
        SELECT lower(regexp_replace(x[1], '[.,;!?)\]}]+$', '')) AS url
        FROM regexp_matches(t.link_body, '((?:https?://|www\.)[^\s<>"'']+)', 'gi') x
    ) u
    WHERE t.link_body IS NOT NULL
),
url_kind AS (
    SELECT u.*,
           u.host IN ('wa.me', 'api.whatsapp.com', 'chat.whatsapp.com', 'web.whatsapp.com', 'whatsapp.com',
                      'www.whatsapp.com', 'wa.link') AS whatsapp_host,
           EXISTS (SELECT 1 FROM unnest(u.allowed_domains) d
                   WHERE u.host = lower(d) OR right(u.host, length(d) + 1) = '.' || lower(d)) AS allowed,
           coalesce(
               CASE WHEN u.host = 'wa.me'
                   THEN substring(u.url FROM '^(?:https?://)?[^/?#]*/(?:\+|%2b)?([0-9]+)(?:[/?#]|$)') END,
               CASE WHEN u.host IN ('wa.me', 'api.whatsapp.com', 'web.whatsapp.com', 'whatsapp.com', 'www.whatsapp.com')
                   THEN substring(u.url FROM '^(?:https?://)?[^/?#]*/send/?\?(?:[^#]*&)?phone=(?:\+|%2b)?([0-9]+)(?:[&#]|$)') END
           ) AS wa_number
    FROM url u
),
link_kpi AS (
    SELECT connection_id, business_date,
           count(DISTINCT message_id) FILTER (WHERE NOT whatsapp_host AND NOT allowed) AS external_link_messages,
           count(DISTINCT message_id) FILTER (
               WHERE wa_number <> display_phone_number
                  OR (host = 'chat.whatsapp.com' AND url ~ '^(?:https?://)?[^/?#]*/[^/?#]')
           ) AS foreign_whatsapp_refs
    FROM url_kind
    GROUP BY connection_id, business_date
),
-- evidence: the business-initiated touches that share no word with the purpose, by template
off_purpose_templates AS (
    SELECT x.connection_id, x.business_date, jsonb_object_agg(x.template_name, x.touches) AS off_purpose_templates
    FROM (
        SELECT o.connection_id, o.business_date, coalesce(o.template_name, '') AS template_name, count(*) AS touches
        FROM outbound o
        JOIN conn c ON c.id = o.connection_id AND c.business_date = o.business_date
        WHERE o.business_initiated AND NOT o.failed AND NOT o.on_purpose AND cardinality(c.purpose_lexemes) > 0
        GROUP BY o.connection_id, o.business_date, coalesce(o.template_name, '')
    ) x
    GROUP BY x.connection_id, x.business_date
),
-- evidence: the external hosts linked, by the number of messages linking them
external_domains AS (
    SELECT x.connection_id, x.business_date, jsonb_object_agg(x.host, x.messages) AS external_domains
    FROM (
        SELECT connection_id, business_date, host, count(DISTINCT message_id) AS messages
        FROM url_kind
        WHERE NOT whatsapp_host AND NOT allowed
        GROUP BY connection_id, business_date, host
    ) x
    GROUP BY x.connection_id, x.business_date
),
-- webhook events received in W; a redelivered event (same field and value) counts once
signal_kpi AS (
    SELECT s.connection_id, c.business_date,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'optout_preference') AS optout_preferences,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'account_sanction') AS account_sanctions,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'template_pause') AS template_pauses,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'template_disable') AS template_disables,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'template_rejection') AS template_rejections,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'template_quality_red') AS template_quality_red,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'quality_flag') AS quality_flag_events,
           count(DISTINCT s.dedup_key) FILTER (WHERE s.signal = 'template_recategorisation')
               AS template_recategorisations
    FROM conn c
    JOIN webhook_signal s ON s.connection_id = c.id AND s.received_at >= c.w_start AND s.received_at < c.w_end
    GROUP BY s.connection_id, c.business_date
),
finding_kpi AS (
    SELECT c.id AS connection_id, c.business_date, count(*) AS webhook_units_set_aside
    FROM conn c
    JOIN webhook_finding f
        ON (f.phone_number_id = c.phone_number_id OR (f.phone_number_id IS NULL AND f.waba_id = c.waba_id))
        AND f.received_at >= c.w_start
        AND f.received_at < c.w_end
    GROUP BY c.id, c.business_date
)
INSERT INTO daily_kpi (connection_id, business_date, window_start, window_end, as_of,
    interactions, interactions_answered, interactions_pending, answered_within_1m, answered_within_5m,
    answered_within_15m, answered_within_1h, answered_within_4h, first_response_p50_s, first_response_p90_s,
    interactions_with_agent, bi_messages, bi_touches, bi_touches_replied, bi_touches_pending,
    brand_identified_touches, outbound_messages, outbound_failed, outbound_delivered, outbound_read,
    outbound_with_body, external_link_messages, foreign_whatsapp_refs, human_requests, human_requests_fulfilled,
    time_to_human_p50_s, optout_signals, ecosystem_limit_errors, spam_limit_errors, account_sanctions,
    template_pauses, template_disables, template_rejections, template_quality_red, quality_flag_events,
    latest_quality_rating, purpose_terms, purpose_matched_touches, inbound_customers, customer_complaints,
    optout_requests, marketing_after_optout, template_recategorisations, profile_completeness,
    profile_missing, purpose_words, off_purpose_templates,
    webhook_units_set_aside, unlinked_statuses, unanswered_by_hour, failure_codes, external_domains)
SELECT c.id, c.business_date, c.w_start, c.w_end, c.as_of,
       coalesce(i.interactions, 0), coalesce(i.interactions_answered, 0), coalesce(i.interactions_pending, 0),
       coalesce(i.answered_within_1m, 0), coalesce(i.answered_within_5m, 0), coalesce(i.answered_within_15m, 0),
       coalesce(i.answered_within_1h, 0), coalesce(i.answered_within_4h, 0),
       i.first_response_p50_s, i.first_response_p90_s, coalesce(i.interactions_with_agent, 0),
       coalesce(o.bi_messages, 0), coalesce(o.bi_touches, 0), coalesce(o.bi_touches_replied, 0),
       coalesce(o.bi_touches_pending, 0), coalesce(o.brand_identified_touches, 0),
       coalesce(o.outbound_messages, 0), coalesce(o.outbound_failed, 0), coalesce(o.outbound_delivered, 0),
       coalesce(o.outbound_read, 0), coalesce(o.outbound_with_body, 0),
       coalesce(l.external_link_messages, 0), coalesce(l.foreign_whatsapp_refs, 0),
       coalesce(h.human_requests, 0), coalesce(h.human_requests_fulfilled, 0), h.time_to_human_p50_s,
       coalesce(o.optout_failures, 0) + coalesce(s.optout_preferences, 0),
       coalesce(o.ecosystem_limit_errors, 0), coalesce(o.spam_limit_errors, 0),
       coalesce(s.account_sanctions, 0), coalesce(s.template_pauses, 0), coalesce(s.template_disables, 0),
       coalesce(s.template_rejections, 0), coalesce(s.template_quality_red, 0), coalesce(s.quality_flag_events, 0),
       coalesce(q.quality_rating, 'UNKNOWN'),
       cardinality(c.purpose_lexemes), coalesce(o.purpose_matched_touches, 0),
       coalesce(ck.inbound_customers, 0), coalesce(ck.customer_complaints, 0), coalesce(orq.optout_requests, 0),
       coalesce(ok.marketing_after_optout, 0), coalesce(s.template_recategorisations, 0),
       7 - cardinality(c.profile_missing), c.profile_missing, c.purpose_words, coalesce(opt.off_purpose_templates, '{}'),
       coalesce(fd.webhook_units_set_aside, 0), coalesce(u.unlinked_statuses, 0),
       uh.unanswered_by_hour, coalesce(fc.failure_codes, '{}'), coalesce(ed.external_domains, '{}')
FROM conn c
LEFT JOIN interaction_kpi i ON i.connection_id = c.id AND i.business_date = c.business_date
LEFT JOIN human_kpi h ON h.connection_id = c.id AND h.business_date = c.business_date
LEFT JOIN customer_kpi ck ON ck.connection_id = c.id AND ck.business_date = c.business_date
LEFT JOIN optout_kpi ok ON ok.connection_id = c.id AND ok.business_date = c.business_date
LEFT JOIN optout_request_kpi orq ON orq.connection_id = c.id AND orq.business_date = c.business_date
LEFT JOIN outbound_kpi o ON o.connection_id = c.id AND o.business_date = c.business_date
LEFT JOIN link_kpi l ON l.connection_id = c.id AND l.business_date = c.business_date
LEFT JOIN signal_kpi s ON s.connection_id = c.id AND s.business_date = c.business_date
LEFT JOIN finding_kpi fd ON fd.connection_id = c.id AND fd.business_date = c.business_date
LEFT JOIN unlinked_kpi u ON u.connection_id = c.id AND u.business_date = c.business_date
LEFT JOIN unanswered_hours uh ON uh.connection_id = c.id AND uh.business_date = c.business_date
LEFT JOIN failure_codes fc ON fc.connection_id = c.id AND fc.business_date = c.business_date
LEFT JOIN external_domains ed ON ed.connection_id = c.id AND ed.business_date = c.business_date
LEFT JOIN off_purpose_templates opt ON opt.connection_id = c.id AND opt.business_date = c.business_date
LEFT JOIN LATERAL (
    SELECT qs.quality_rating
    FROM wa_quality_snapshot qs
    WHERE qs.connection_id = c.id AND qs.captured_at < c.w_end
    ORDER BY qs.captured_at DESC
    LIMIT 1
) q ON true
-- computed again over a row another run stored meanwhile (a run of the day before and the backfill of the
-- next night's run may compute one date at once): the last one wins, neither fails on the key
ON CONFLICT (business_date, connection_id) DO UPDATE SET (
    window_start, window_end, as_of, interactions, interactions_answered, interactions_pending,
    answered_within_1m, answered_within_5m, answered_within_15m, answered_within_1h, answered_within_4h,
    first_response_p50_s, first_response_p90_s, interactions_with_agent, bi_messages, bi_touches,
    bi_touches_replied, bi_touches_pending, brand_identified_touches, outbound_messages, outbound_failed,
    outbound_delivered, outbound_read, outbound_with_body, external_link_messages, foreign_whatsapp_refs,
    human_requests, human_requests_fulfilled, time_to_human_p50_s, optout_signals, ecosystem_limit_errors,
    spam_limit_errors, account_sanctions, template_pauses, template_disables, template_rejections,
    template_quality_red, quality_flag_events, latest_quality_rating, purpose_terms, purpose_matched_touches,
    inbound_customers, customer_complaints, optout_requests, marketing_after_optout, template_recategorisations,
    profile_completeness, profile_missing, purpose_words, off_purpose_templates, webhook_units_set_aside,
    unlinked_statuses, unanswered_by_hour, failure_codes, external_domains, computed_at) = (
    EXCLUDED.window_start, EXCLUDED.window_end, EXCLUDED.as_of, EXCLUDED.interactions,
    EXCLUDED.interactions_answered, EXCLUDED.interactions_pending, EXCLUDED.answered_within_1m,
    EXCLUDED.answered_within_5m, EXCLUDED.answered_within_15m, EXCLUDED.answered_within_1h,
    EXCLUDED.answered_within_4h, EXCLUDED.first_response_p50_s, EXCLUDED.first_response_p90_s,
    EXCLUDED.interactions_with_agent, EXCLUDED.bi_messages, EXCLUDED.bi_touches, EXCLUDED.bi_touches_replied,
    EXCLUDED.bi_touches_pending, EXCLUDED.brand_identified_touches, EXCLUDED.outbound_messages,
    EXCLUDED.outbound_failed, EXCLUDED.outbound_delivered, EXCLUDED.outbound_read,
    EXCLUDED.outbound_with_body, EXCLUDED.external_link_messages, EXCLUDED.foreign_whatsapp_refs,
    EXCLUDED.human_requests, EXCLUDED.human_requests_fulfilled, EXCLUDED.time_to_human_p50_s,
    EXCLUDED.optout_signals, EXCLUDED.ecosystem_limit_errors, EXCLUDED.spam_limit_errors,
    EXCLUDED.account_sanctions, EXCLUDED.template_pauses, EXCLUDED.template_disables,
    EXCLUDED.template_rejections, EXCLUDED.template_quality_red, EXCLUDED.quality_flag_events,
    EXCLUDED.latest_quality_rating, EXCLUDED.purpose_terms, EXCLUDED.purpose_matched_touches,
    EXCLUDED.inbound_customers, EXCLUDED.customer_complaints, EXCLUDED.optout_requests,
    EXCLUDED.marketing_after_optout, EXCLUDED.template_recategorisations, EXCLUDED.profile_completeness,
    EXCLUDED.profile_missing, EXCLUDED.purpose_words, EXCLUDED.off_purpose_templates,
    EXCLUDED.webhook_units_set_aside, EXCLUDED.unlinked_statuses,
    EXCLUDED.unanswered_by_hour, EXCLUDED.failure_codes, EXCLUDED.external_domains,
    now())
