-- Signed webhooks to the operator's app (Standard Webhooks): each event is written here
-- in the transaction of the change it reports, then delivered by whichever instance
-- claims it (a lease: lease_until), retried with backoff for 24 hours.
CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL UNIQUE,
    event_type      TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    -- tries stop after this (24 hours after the event, or after a `webhooks retry`)
    retry_until     INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_until     INTEGER,
    leased_by       TEXT,
    delivered_at    INTEGER,
    failed_at       INTEGER,
    last_error      TEXT
);
-- What is due: undelivered events by their next attempt.
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
