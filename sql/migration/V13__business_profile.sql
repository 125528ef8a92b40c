-- Contract version 2 (SPEC §2, §4b): the business profile the BSP polls, the eight daily KPIs of the seed's
-- remaining practices, and what the opt-out look-back keeps between runs.

-- SPEC §2: the BSP polls each number's WhatsApp Business profile (no webhook carries it). Optional: without
-- rows the profile KPIs have no data. The profile of (c, D) is the newest row captured before W.end.
CREATE TABLE wa_business_profile (
    connection_id       bigint      NOT NULL REFERENCES wa_connection (id),
    captured_at         timestamptz NOT NULL,
    about               text        NULL,
    description         text        NULL,
    vertical            text        NULL,
    websites            text[]      NOT NULL DEFAULT '{}',
    email               text        NULL,
    address             text        NULL,
    profile_picture_url text        NULL
);
CREATE INDEX wa_business_profile_connection_captured_idx ON wa_business_profile (connection_id, captured_at);

-- The §4b KPIs. A row computed by an earlier version has none (null): such a row is computed again when a run's
-- windows need it (sql/kpi/pending_daily_kpis.sql).
ALTER TABLE daily_kpi
    ADD COLUMN purpose_terms              integer NULL,
    ADD COLUMN purpose_matched_touches    integer NULL,
    ADD COLUMN inbound_customers          integer NULL,
    ADD COLUMN customer_complaints        integer NULL,
    ADD COLUMN optout_requests            integer NULL,
    ADD COLUMN marketing_after_optout     integer NULL,
    ADD COLUMN template_recategorisations integer NULL,
    ADD COLUMN profile_completeness       integer NULL, -- null without a profile
    -- evidence: the profile's fields not filled and the first words it says the brand does (null without a
    -- profile), the business-initiated touches that matched no purpose word by template name
    ADD COLUMN profile_missing            text[]  NULL,
    ADD COLUMN purpose_words              text[]  NULL,
    ADD COLUMN off_purpose_templates      jsonb   NOT NULL DEFAULT '{}';

-- The customer a preference entry names (user_preferences[].wa_id), for the opt-outs and resumes of a customer.
ALTER TABLE webhook_signal ADD COLUMN customer_wa_id text NULL;

-- A day's opt-outs by 131050 failures are read from the failed statuses alone.
CREATE INDEX webhook_status_failed_idx ON webhook_status (connection_id, received_at) WHERE status = 'failed';

-- What was read from the webhooks before did not keep the customers of preference entries, their resumes or the
-- template recategorisations: it is forgotten, and each run reads again the webhook rows of the days it computes
-- (as on a fresh database). The daily KPIs stored stay as they are.
TRUNCATE webhook_parse_log, webhook_status, webhook_signal, webhook_finding, webhook_read_mark;

-- marketing_after_optout looks back L (30 days) for opt-outs and resumes. Rather than reading 30 days of messages
-- and statuses every night, each (connection, business day) is extracted once into optout_event, and a day
-- computed again (a rerun, a provisional day) is extracted again: its rows are replaced. optout_day says which
-- (connection, day) were extracted and as of when: an extraction as of an instant before the day's end missed
-- what came later, and is done again.
CREATE TABLE optout_day (
    connection_id bigint      NOT NULL REFERENCES wa_connection (id),
    business_date date        NOT NULL,
    window_end    timestamptz NOT NULL,
    as_of         timestamptz NOT NULL,
    extracted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, business_date)
);
CREATE INDEX optout_day_date_idx ON optout_day (business_date);

-- One opt-out or resume of a customer of a connection, at an instant of the business day it was extracted for:
-- kind STOP_MESSAGE (an inbound stop message: its created_at), PREFERENCE_STOP or RESUME (a user_preferences
-- entry: the webhook row's received_at), FAILURE_131050 (a failed status with code 131050 of an outbound message
-- to the customer: the status row's received_at; sent_at is when that message was created).
CREATE TABLE optout_event (
    connection_id  bigint      NOT NULL REFERENCES wa_connection (id),
    business_date  date        NOT NULL,
    customer_wa_id text        NOT NULL,
    kind           text        NOT NULL,
    at             timestamptz NOT NULL,
    sent_at        timestamptz NULL
);
CREATE INDEX optout_event_connection_at_idx ON optout_event (connection_id, at);
CREATE INDEX optout_event_connection_date_idx ON optout_event (connection_id, business_date);
