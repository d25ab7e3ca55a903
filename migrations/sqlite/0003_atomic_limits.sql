-- The resend cooldown as a slot taken atomically before a code is sent: one row per
-- number and purpose, holding when the last send was reserved. A send takes the slot with
-- one conditional upsert (only when sent_at is older than the cooldown), so of many
-- concurrent requests exactly one wins; a failed delivery gives the slot back.
CREATE TABLE send_slots (
    phone   TEXT    NOT NULL,
    purpose TEXT    NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (phone, purpose)
);
INSERT INTO send_slots (phone, purpose, sent_at)
    SELECT phone, purpose, MAX(created_at) FROM verification_codes GROUP BY phone, purpose;

-- At most one live code per number and purpose, whatever the code path does.
UPDATE verification_codes SET state = 'superseded'
    WHERE state = 'active'
      AND id NOT IN (SELECT MAX(id) FROM verification_codes WHERE state = 'active' GROUP BY phone, purpose);
CREATE UNIQUE INDEX verification_codes_one_live ON verification_codes(phone, purpose) WHERE state = 'active';
