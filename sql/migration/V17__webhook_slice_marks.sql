-- A slice of webhook rows is read whole, in one transaction: what was read from it is forgotten, its rows
-- are parsed, and its mark records what it held (webhook_read_mark). The mark alone says what is read, so
-- the per-row claims go, and a slice read again (new rows, or a rerun) is read on its own, in parallel with
-- the others.
DROP TABLE webhook_parse_log;
DROP SEQUENCE webhook_read_batch_seq;

-- What is read from the webhook rows can be read again from them at any time: it is not written to the
-- write-ahead log. After a crash PostgreSQL empties these tables, marks included, and the next run reads
-- the slices it needs again.
ALTER TABLE webhook_read_mark SET UNLOGGED;
ALTER TABLE webhook_status SET UNLOGGED;
ALTER TABLE webhook_signal SET UNLOGGED;
ALTER TABLE webhook_finding SET UNLOGGED;

-- signals are looked up by time range too, when a slice read again forgets what was read from it
CREATE INDEX webhook_signal_received_idx ON webhook_signal USING brin (received_at);
