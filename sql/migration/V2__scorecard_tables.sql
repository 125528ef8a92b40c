-- The project's own tables: what the webhook reader extracts, and the daily KPIs.

-- Every webhook row the reader has taken, by which read (a batch) of which job execution: each row is
-- read once.
CREATE SEQUENCE webhook_read_batch_seq;
CREATE TABLE webhook_parse_log (
    event_id         bigint      NOT NULL PRIMARY KEY,
    batch_id         bigint      NOT NULL,
    job_execution_id bigint      NOT NULL,
    parsed_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_parse_log_batch_idx ON webhook_parse_log (batch_id);

-- One row per well-formed message status of a known phone number.
CREATE TABLE webhook_status (
    event_id      bigint      NOT NULL,
    connection_id bigint      NOT NULL,
    wamid         text        NOT NULL,
    status        text        NOT NULL,
    error_codes   numeric[]   NULL, -- the codes of its errors, if it has any
    received_at   timestamptz NOT NULL
);
CREATE INDEX webhook_status_connection_received_idx ON webhook_status (connection_id, received_at);
-- rows arrive in received_at order: a small BRIN index serves a rerun's delete of a time range
CREATE INDEX webhook_status_received_idx ON webhook_status USING brin (received_at);

-- One row per consistency signal and connection (WABA-level events fan out to the WABA's
-- connections). dedup_key identifies the delivered content, so a redelivery counts once.
CREATE TABLE webhook_signal (
    event_id      bigint      NOT NULL,
    connection_id bigint      NOT NULL,
    signal        text        NOT NULL,
    dedup_key     text        NOT NULL,
    received_at   timestamptz NOT NULL
);
CREATE INDEX webhook_signal_connection_received_idx ON webhook_signal (connection_id, received_at);

-- Webhook content set aside: the smallest broken unit (a status, a preference entry, a change, an
-- entry or the whole row), where it sits in the payload, why, and the number or WABA it names.
CREATE TABLE webhook_finding (
    event_id        bigint      NOT NULL,
    unit_path       text        NOT NULL,
    reason          text        NOT NULL,
    phone_number_id text        NULL,
    waba_id         text        NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (event_id, unit_path)
);
CREATE INDEX webhook_finding_received_idx ON webhook_finding (received_at);

-- SPEC §4: one row per active connection and business date.
CREATE TABLE daily_kpi (
    connection_id            bigint      NOT NULL REFERENCES wa_connection (id),
    business_date            date        NOT NULL,
    window_start             timestamptz NOT NULL,
    window_end               timestamptz NOT NULL,
    as_of                    timestamptz NOT NULL,
    interactions             integer     NOT NULL,
    interactions_answered    integer     NOT NULL,
    interactions_pending     integer     NOT NULL,
    answered_within_1m       integer     NOT NULL,
    answered_within_5m       integer     NOT NULL,
    answered_within_15m      integer     NOT NULL,
    answered_within_1h       integer     NOT NULL,
    answered_within_4h       integer     NOT NULL,
    first_response_p50_s     integer     NULL,
    first_response_p90_s     integer     NULL,
    interactions_with_agent  integer     NOT NULL,
    bi_messages              integer     NOT NULL,
    bi_touches               integer     NOT NULL,
    bi_touches_replied       integer     NOT NULL,
    bi_touches_pending       integer     NOT NULL,
    brand_identified_touches integer     NOT NULL,
    outbound_messages        integer     NOT NULL,
    outbound_failed          integer     NOT NULL,
    outbound_delivered       integer     NOT NULL,
    outbound_read            integer     NOT NULL,
    outbound_with_body       integer     NOT NULL,
    external_link_messages   integer     NOT NULL,
    foreign_whatsapp_refs    integer     NOT NULL,
    human_requests           integer     NOT NULL,
    human_requests_fulfilled integer     NOT NULL,
    time_to_human_p50_s      integer     NULL,
    optout_signals           integer     NOT NULL,
    ecosystem_limit_errors   integer     NOT NULL,
    spam_limit_errors        integer     NOT NULL,
    account_sanctions        integer     NOT NULL,
    template_pauses          integer     NOT NULL,
    template_disables        integer     NOT NULL,
    template_rejections      integer     NOT NULL,
    template_quality_red     integer     NOT NULL,
    quality_flag_events      integer     NOT NULL,
    latest_quality_rating    text        NOT NULL,
    -- data quality of the day, for the scorecard's notes (not KPIs)
    webhook_units_set_aside  integer     NOT NULL,
    unlinked_statuses        integer     NOT NULL,
    -- evidence for recommendations and reports: unanswered interactions by local hour of their start (0-23),
    -- failed outbound messages by error code, messages by external host linked
    unanswered_by_hour       integer[]   NOT NULL,
    failure_codes            jsonb       NOT NULL,
    external_domains         jsonb       NOT NULL,
    computed_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_date, connection_id)
);
CREATE INDEX daily_kpi_connection_idx ON daily_kpi (connection_id, business_date);

-- Lower case without accents, the way SPEC §4 compares human requests and brand names:
-- decompose (NFD), drop the combining marks, then lower-case what is left (plain ASCII for Latin text,
-- so the result does not depend on the database's locale).
CREATE FUNCTION sc_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(regexp_replace(normalize($1, NFD), '[\u0300-\u036f]', '', 'g')) $$;
