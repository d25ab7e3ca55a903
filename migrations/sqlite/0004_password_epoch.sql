-- Sessions are tied to the password they were opened with: every password change, reset
-- or take-over of an unverified sign-up moves the user's epoch on, and a session whose
-- epoch differs is dead at its next request, whatever raced with the change.
ALTER TABLE users ADD COLUMN password_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN password_epoch INTEGER NOT NULL DEFAULT 0;
