-- The proof-of-work challenges already spent (their challenge hash): a solution is
-- accepted once. Kept until the challenge expires.
CREATE TABLE pow_spent (
    challenge  TEXT    PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX pow_spent_expires ON pow_spent (expires_at);
