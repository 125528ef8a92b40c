-- Remote workers (scorecards.remote-workers): the partitions a run hands to its workers wait here, in
-- Spring Integration's JDBC channel message store (its PostgreSQL schema, table INT_CHANNEL_MESSAGE only).
-- A worker takes one by deleting its row in a transaction that lasts as long as the partition runs
-- (FOR UPDATE SKIP LOCKED): if the worker dies, PostgreSQL rolls the delete back and the partition waits
-- for the next worker again.
CREATE SEQUENCE int_message_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE int_channel_message (
    message_id       char(36)     NOT NULL,
    group_key        char(36)     NOT NULL,
    created_date     bigint       NOT NULL,
    message_priority bigint,
    message_sequence bigint       NOT NULL DEFAULT nextval('int_message_seq'),
    message_content  bytea,
    region           varchar(100) NOT NULL,
    CONSTRAINT int_channel_message_pk PRIMARY KEY (region, group_key, created_date, message_sequence)
);

CREATE INDEX int_channel_msg_delete_idx ON int_channel_message (region, group_key, message_id);

-- the workers LISTEN on this channel (PostgresChannelMessageTableSubscriber): a new partition wakes them
CREATE FUNCTION int_channel_message_notify_fct() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('int_channel_message_notify', NEW.region || ' ' || NEW.group_key);
    RETURN NEW;
END $$;

CREATE TRIGGER int_channel_message_notify_trg
    AFTER INSERT ON int_channel_message
    FOR EACH ROW EXECUTE FUNCTION int_channel_message_notify_fct();
