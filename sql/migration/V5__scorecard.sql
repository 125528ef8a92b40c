-- SPEC §5/§6: one scorecard per connection and business date.
CREATE TABLE scorecard (
    connection_id       bigint      NOT NULL REFERENCES wa_connection (id),
    business_date       date        NOT NULL,
    as_of               timestamptz NOT NULL,
    -- the day's window plus the answer window had not closed at as_of: figures may still change
    provisional         boolean     NOT NULL,
    score               numeric     NULL,
    status              text        NOT NULL,
    effectiveness_score numeric     NULL,
    brand_score         numeric     NULL,
    consistency_score   numeric     NULL,
    humanity_score      numeric     NULL,
    -- per KPI in the order of SPEC §5: key, value, status, day value, previous 7 days' value, trend
    kpis                jsonb       NOT NULL,
    -- at most 5, most urgent first: KPI, status, message key and the numbers it is written with
    recommendations     jsonb       NOT NULL,
    pdf_path            text        NULL,
    pdf_sha256          text        NULL,
    computed_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_date, connection_id)
);
