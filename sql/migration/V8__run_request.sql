-- SPEC §7: every run asked of the one launcher (command line, scheduler, admin API), one row per date in the
-- order asked: queued until its job execution starts, or refused (another run of the date was in progress).
CREATE TABLE run_request (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    business_date    date        NOT NULL,
    connections      text[]      NOT NULL,
    email            boolean     NOT NULL,
    resend           boolean     NOT NULL,
    requested_by     text        NOT NULL,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    job_execution_id bigint      NULL,
    refusal          text        NULL
);
CREATE INDEX run_request_date_idx ON run_request (business_date, id);
