-- SPEC §6/§8: one row per e-mail attempted to an account manager for a business date. A generation is one
-- sending of the date's e-mails (a resend starts the next); a part is one e-mail of a sending split by
-- attachment size. The Message-ID is derived from (date, manager, generation, part), so an e-mail sent
-- again after a crash carries the same one. The message itself is kept as an .eml file, sent as stored.
CREATE TABLE email_delivery (
    business_date   date        NOT NULL,
    manager_id      bigint      NOT NULL REFERENCES account_manager (id),
    generation      integer     NOT NULL,
    part            integer     NOT NULL,
    parts           integer     NOT NULL,
    message_id      text        NOT NULL UNIQUE,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    attachments     text[]      NOT NULL,
    eml_path        text        NOT NULL,
    -- the job instance whose sending created the row: a resend starts one generation per run
    job_instance_id bigint      NOT NULL,
    -- PENDING until the SMTP server accepted it (SENT) or the last retry failed (FAILED)
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text        NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz NULL,
    PRIMARY KEY (business_date, manager_id, generation, part)
);
