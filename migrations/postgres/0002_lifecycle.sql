-- A phone change keeps the new number only in its code row; find it by user.
CREATE INDEX verification_codes_user ON verification_codes(user_id, purpose, created_at);
