-- What a read of a time slice of webhook rows found there before it claimed them: how many rows
-- were received in [range_from, range_to), and the sum of their ids. A later read of the same slice
-- that finds the same rows knows every one of them is claimed already and skips the claim: the night
-- after reads the day before again to compute it once final, and claiming millions of rows that are
-- all read costs seconds, counting them a fraction of one. Rows added or removed since change the
-- count or the sum, and the slice is claimed row by row again.
CREATE TABLE webhook_read_mark (
    range_from timestamptz NOT NULL,
    range_to   timestamptz NOT NULL,
    row_count  bigint      NOT NULL,
    id_sum     numeric     NOT NULL,
    read_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (range_from, range_to)
);
