-- Signed webhooks to the operator's app (Standard Webhooks): each event is written here
-- in the transaction of the change it reports, then delivered by whichever instance
-- claims it (a lease: lease_until), retried with backoff for 24 hours.
CREATE TABLE webhook_outbox (
    id              BIGSERIAL PRIMARY KEY,
    event_id        TEXT    NOT NULL UNIQUE,
    event_type      TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    created_at      BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    -- tries stop after this (24 hours after the event, or after a `webhooks retry`)
    retry_until     BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    lease_until     BIGINT,
    leased_by       TEXT,
    delivered_at    BIGINT,
    failed_at       BIGINT,
    last_error      TEXT
);
-- What is due: undelivered events by their next attempt.
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
