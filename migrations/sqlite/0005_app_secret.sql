-- The APP_SECRET generated when none is configured, kept in the database on PostgreSQL:
-- instances sharing one database must share it, and the first to start creates it (an
-- insert that does nothing if another instance won), so they all read the same one.
CREATE TABLE app_secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
