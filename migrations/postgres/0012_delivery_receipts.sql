-- Delivery receipts: the provider's id of each code's message and where its delivery
-- stands (queued, sent, delivered, undelivered, failed), with the carrier's error code.
ALTER TABLE verification_codes ADD COLUMN message_id TEXT;
ALTER TABLE verification_codes ADD COLUMN delivery TEXT;
ALTER TABLE verification_codes ADD COLUMN delivery_error TEXT;
ALTER TABLE verification_codes ADD COLUMN delivery_at BIGINT;
-- A receipt names the provider's message id.
CREATE INDEX verification_codes_message ON verification_codes (provider, message_id);
