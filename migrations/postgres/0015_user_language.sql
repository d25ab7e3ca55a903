-- The language an account's messages are written in when no browser of theirs asks (the
-- alert of a sign-in from a new browser): the one its sign-up was made in.
ALTER TABLE users ADD COLUMN language TEXT;
