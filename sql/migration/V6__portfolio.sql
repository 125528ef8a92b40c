-- SPEC §6: the portfolio PDF of each account manager and business date, with the file's path and SHA-256.
CREATE TABLE portfolio (
    manager_id    bigint      NOT NULL REFERENCES account_manager (id),
    business_date date        NOT NULL,
    brands        integer     NOT NULL,
    pdf_path      text        NOT NULL,
    pdf_sha256    text        NOT NULL,
    rendered_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_date, manager_id)
);
