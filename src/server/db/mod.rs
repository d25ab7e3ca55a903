//! Every SQL query of the app lives in this module and its children. One `AnyPool` serves
//! SQLite and PostgreSQL: the queries use `$1` placeholders (both accept them), integer
//! unix times and 0/1 flags, so the same text runs on both. Migrations differ in DDL only
//! and live in `migrations/sqlite` and `migrations/postgres`.

pub mod audit;
pub mod avatars;
pub mod codes;
pub mod devices;
pub mod factors;
pub mod oidc;
pub mod passkeys;
pub mod profile;
pub mod rate;
pub mod sessions;
pub mod users;
pub mod webhooks;

use anyhow::Context;
use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Executor};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

/// Typed columns: the tables store names, E.164 strings and 0/1 flags; rows carry the
/// app's types, converted here once (`#[sqlx(try_from = ...)]` on the row structs).
mod columns {
    use crate::domain::audit::AuditDetail;
    use crate::domain::{AuditKind, PhoneNumber};
    use crate::server::session::SessionKind;

    /// A phone number column: E.164, written by this server from a parsed number.
    #[derive(sqlx::Type)]
    #[sqlx(transparent)]
    pub struct StoredPhone(String);

    impl From<StoredPhone> for PhoneNumber {
        fn from(p: StoredPhone) -> PhoneNumber {
            PhoneNumber::from_stored(p.0)
        }
    }

    /// A 0/1 flag column (the same on SQLite and PostgreSQL).
    #[derive(sqlx::Type)]
    #[sqlx(transparent)]
    pub struct Flag(i64);

    impl From<Flag> for bool {
        fn from(f: Flag) -> bool {
            f.0 != 0
        }
    }

    impl TryFrom<String> for SessionKind {
        type Error = String;
        fn try_from(s: String) -> Result<SessionKind, String> {
            SessionKind::parse(&s).ok_or_else(|| format!("unknown session kind {s:?}"))
        }
    }

    impl TryFrom<String> for AuditKind {
        type Error = String;
        fn try_from(s: String) -> Result<AuditKind, String> {
            AuditKind::parse(&s).ok_or_else(|| format!("unknown audit kind {s:?}"))
        }
    }

    /// An audit event's facts, stored as JSON. Events written before they were recorded
    /// this way (free text) read as no facts: nothing parses words back.
    impl From<String> for AuditDetail {
        fn from(s: String) -> AuditDetail {
            serde_json::from_str(&s).unwrap_or_default()
        }
    }

    /// How an event's facts are written.
    pub fn detail_json(d: &AuditDetail) -> String {
        serde_json::to_string(d).unwrap_or_else(|_| "{}".into())
    }
}
pub(crate) use columns::{Flag, StoredPhone};

/// A value bound by number to a query that runs on a task of its own, so owns its value
/// ([`Db::sqlite_transaction`]).
pub(crate) enum Bind {
    Text(Option<String>),
    Int(Option<i64>),
}

impl From<&str> for Bind {
    fn from(v: &str) -> Bind {
        Bind::Text(Some(v.to_string()))
    }
}

impl From<String> for Bind {
    fn from(v: String) -> Bind {
        Bind::Text(Some(v))
    }
}

impl From<Option<&str>> for Bind {
    fn from(v: Option<&str>) -> Bind {
        Bind::Text(v.map(str::to_string))
    }
}

impl From<i64> for Bind {
    fn from(v: i64) -> Bind {
        Bind::Int(Some(v))
    }
}

impl From<Option<i64>> for Bind {
    fn from(v: Option<i64>) -> Bind {
        Bind::Int(v)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    /// Where reads and writes go: see [`Conns`].
    conns: Conns,
    backend: Backend,
    /// Changes write webhook events to the outbox (`WEBHOOK_URL` is set).
    webhooks: bool,
}

/// Where reads and writes (and every transaction) go.
#[derive(Clone)]
enum Conns {
    /// A SQLite file.
    Sqlite {
        /// SQLite takes one writer at a time: the app's writers queue in the process for
        /// its one connection (first come, first served) instead of in SQLite's busy
        /// handler, which sleeps 1, 2, 5, 10 ... ms between tries of the lock. The
        /// connection is held behind a lock rather than in a pool of one: sqlx's pool pings
        /// every connection it takes back (a round trip to the connection's thread, on a
        /// task of its own) before the next writer may have it, which was as long again as
        /// a send's own statements. `None` once closed.
        writer: Arc<Mutex<Option<AnyConnection>>>,
        /// Connections opened as they are needed (at most 8), taken back as they are, for
        /// the same reason: a page's eight reads were sixteen round trips. Its manager
        /// also opens the writer's replacement ([`Db::replace_writer`]).
        readers: deadpool::managed::Pool<SqliteReaders>,
    },
    /// PostgreSQL (its connections are checked as they come back: a server can drop them)
    /// and an in-memory SQLite database (one connection for everything): one pool for
    /// reads and writes.
    Pool(AnyPool),
}

/// Opens SQLite's read connections. A connection taken back needs no check: it is a file
/// handle that does not go stale, and reads leave no transaction open.
struct SqliteReaders {
    url: Arc<str>,
}

impl deadpool::managed::Manager for SqliteReaders {
    type Type = AnyConnection;
    type Error = sqlx::Error;

    async fn create(&self) -> sqlx::Result<AnyConnection> {
        open_sqlite(&self.url).await
    }

    async fn recycle(&self, _: &mut AnyConnection, _: &deadpool::managed::Metrics) -> deadpool::managed::RecycleResult<sqlx::Error> {
        Ok(())
    }
}

/// A connection, held for as long as this lives ([`Db::read`], [`Db::write`]): SQLite's
/// one writer, one of its readers, or one of a pool's. Queries run on `&mut *conn`;
/// `conn.begin()` starts a transaction.
pub struct Conn(Held);

enum Held {
    Writer(OwnedMappedMutexGuard<Option<AnyConnection>, AnyConnection>),
    Reader(deadpool::managed::Object<SqliteReaders>),
    Pooled(PoolConnection<Any>),
}

impl Conn {
    /// A transaction on this connection (rolled back if dropped uncommitted).
    pub(crate) async fn begin(&mut self) -> sqlx::Result<sqlx::Transaction<'_, Any>> {
        Connection::begin(&mut **self).await
    }
}

impl std::ops::Deref for Conn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match &self.0 {
            Held::Writer(c) => c,
            Held::Reader(c) => c,
            Held::Pooled(c) => c,
        }
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match &mut self.0 {
            Held::Writer(c) => c,
            Held::Reader(c) => c,
            Held::Pooled(c) => c,
        }
    }
}

/// `values` as the arguments of a query that takes them by number.
fn arguments(values: Vec<Bind>) -> sqlx::Result<sqlx::any::AnyArguments<'static>> {
    use sqlx::Arguments as _;
    let mut args = sqlx::any::AnyArguments::default();
    for v in values {
        match v {
            Bind::Text(t) => args.add(t),
            Bind::Int(i) => args.add(i),
        }
        .map_err(sqlx::Error::Encode)?;
    }
    Ok(args)
}

/// `sql` with each `$k` in it written `$to[k - 1]`: a statement written for values of its
/// own, renumbered for a text of several statements that share one list of values
/// ([`Db::sqlite_reads`]). (The app's SQL has no `$` in its string literals.)
pub(crate) fn renumber(sql: &str, to: &[usize]) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let digits = rest[at + 1..].bytes().take_while(u8::is_ascii_digit).count();
        match rest[at + 1..at + 1 + digits].parse::<usize>() {
            Ok(k) if (1..=to.len()).contains(&k) => out.push_str(&format!("${}", to[k - 1])),
            _ => panic!("`{sql}` has a value ${} with no new number", &rest[at + 1..at + 1 + digits]),
        }
        rest = &rest[at + 1 + digits..];
    }
    out.push_str(rest);
    out
}

/// How long a query waits for a connection (the pools' and the SQLite writer's) before
/// it fails: a fast refusal under overload, not an ever longer queue.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// Every SQLite connection's settings. WAL lets readers work while one writer commits;
/// NORMAL sync is safe with WAL (a power cut may lose the last commits, never corrupt).
/// The busy timeout is for other processes on the file (an operator's command, another
/// instance): this one's writers share one connection.
async fn sqlite_settings(conn: &mut AnyConnection) -> sqlx::Result<()> {
    conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000").await?;
    Ok(())
}

/// A SQLite connection, set up.
async fn open_sqlite(url: &str) -> sqlx::Result<AnyConnection> {
    let mut conn = AnyConnection::connect(url).await?;
    sqlite_settings(&mut conn).await?;
    Ok(conn)
}

impl Db {
    /// Connects (creating the SQLite file and its folder if needed) and runs migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        install_default_drivers();
        let (backend, url) =
            if url.starts_with("sqlite:") { (Backend::Sqlite, prepare_sqlite_url(url)?) } else { (Backend::Postgres, url.to_string()) };
        let could_not = || format!("could not connect to the {backend:?} database");
        let connect = |connections: u32| {
            let options = AnyPoolOptions::new().acquire_timeout(ACQUIRE_TIMEOUT).max_connections(connections);
            let options = match backend {
                // No ping before each use: a SQLite connection is a file handle that does
                // not go stale, and each ping was one more round trip to the connection's
                // thread (two thread switches) per query.
                Backend::Sqlite => options
                    .min_connections(1)
                    .test_before_acquire(false)
                    .after_connect(|conn, _meta| Box::pin(async move { sqlite_settings(conn).await })),
                Backend::Postgres => options,
            };
            let url = url.clone();
            async move { options.connect(&url).await.with_context(could_not) }
        };
        let conns = match backend {
            // An in-memory database is one per connection: one pool, one connection.
            Backend::Sqlite if url.contains(":memory:") => {
                let pool = connect(1).await?;
                SQLITE_MIGRATOR.run(&pool).await.context("database migrations failed")?;
                Conns::Pool(pool)
            }
            // The writer runs migrations first, then the readers open (as needed).
            Backend::Sqlite => {
                let mut conn = open_sqlite(&url).await.with_context(could_not)?;
                SQLITE_MIGRATOR.run(&mut conn).await.context("database migrations failed")?;
                let readers = deadpool::managed::Pool::builder(SqliteReaders { url: url.as_str().into() })
                    .max_size(8)
                    .wait_timeout(Some(ACQUIRE_TIMEOUT))
                    .runtime(deadpool::Runtime::Tokio1)
                    .build()
                    .context("could not set up the SQLite readers")?;
                Conns::Sqlite { writer: Arc::new(Mutex::new(Some(conn))), readers }
            }
            Backend::Postgres => {
                let pool = connect(16).await?;
                POSTGRES_MIGRATOR.run(&pool).await.context("database migrations failed")?;
                Conns::Pool(pool)
            }
        };
        Ok(Db { conns, backend, webhooks: false })
    }

    /// Whether changes write webhook events (see `webhooks`).
    pub fn with_webhooks(mut self, on: bool) -> Db {
        self.webhooks = on;
        self
    }

    /// A connection to read with: see [`Conns`]. Waits its turn at most
    /// [`ACQUIRE_TIMEOUT`].
    pub async fn read(&self) -> sqlx::Result<Conn> {
        use deadpool::managed::PoolError;
        match &self.conns {
            Conns::Pool(pool) => Ok(Conn(Held::Pooled(pool.acquire().await?))),
            Conns::Sqlite { readers, .. } => readers.get().await.map(|c| Conn(Held::Reader(c))).map_err(|e| match e {
                PoolError::Backend(e) => e,
                PoolError::Timeout(_) => sqlx::Error::PoolTimedOut,
                PoolError::Closed => sqlx::Error::PoolClosed,
                other => sqlx::Error::Protocol(format!("the SQLite readers: {other}")),
            }),
        }
    }

    /// A connection to write with (and for every transaction): see [`Conns`]. Waits
    /// its turn at most [`ACQUIRE_TIMEOUT`].
    pub async fn write(&self) -> sqlx::Result<Conn> {
        match &self.conns {
            Conns::Pool(pool) => Ok(Conn(Held::Pooled(pool.acquire().await?))),
            Conns::Sqlite { writer, .. } => {
                let held =
                    tokio::time::timeout(ACQUIRE_TIMEOUT, writer.clone().lock_owned()).await.map_err(|_| sqlx::Error::PoolTimedOut)?;
                OwnedMutexGuard::try_map(held, Option::as_mut).map(|c| Conn(Held::Writer(c))).map_err(|_| sqlx::Error::PoolClosed)
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// SQLite only: `statements` (separated by `;`, each taking its `$n` from `values` by
    /// number) as one transaction in one round trip to the writer's thread, and the rows
    /// they return. A transaction of sqlx's own is three round trips or more (`BEGIN`,
    /// each statement, `COMMIT`), and the one writer connection is held across all of
    /// them, each a wake-up of this process's task in between: with one writer, that
    /// hold time is what caps the writes per second.
    ///
    /// The transaction is written in the text (`BEGIN IMMEDIATE ... COMMIT`), so sqlx does
    /// not know of it: the text runs on a task of its own, which a cancelled request
    /// cannot stop half-way, and a statement that fails leaves the transaction open, so
    /// it is rolled back at once on the same connection (a connection that cannot roll
    /// back is replaced by a new one, never used again inside a transaction).
    pub(crate) async fn sqlite_transaction<O>(&self, statements: String, values: Vec<Bind>) -> sqlx::Result<Vec<O>>
    where
        O: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin + 'static,
    {
        debug_assert_eq!(self.backend, Backend::Sqlite);
        let args = arguments(values)?;
        let db = self.clone();
        let task = tokio::spawn(async move {
            let mut conn = db.write().await?;
            let text = format!("BEGIN IMMEDIATE; {statements}; COMMIT");
            let result = sqlx::query_as_with::<_, O, _>(&text, args).fetch_all(&mut *conn).await;
            if result.is_err() && sqlx::query("ROLLBACK").execute(&mut *conn).await.is_err() {
                // Part-way, and it cannot roll back (or it had not begun, when BEGIN itself
                // failed: then ROLLBACK says there is no transaction). To be sure, a new
                // connection takes its place; the old one's end rolls back what it held.
                db.replace_writer(&mut conn).await;
            }
            result
        });
        task.await.map_err(|e| sqlx::Error::Io(std::io::Error::other(format!("the database task ended: {e}"))))?
    }

    /// SQLite only: `statements` (separated by `;`, each taking its `$n` from `values` by
    /// number) on one read connection in one round trip to its thread, and the rows of
    /// each statement apart, in order. Reads one by one were a round trip each (two thread
    /// switches), or a connection each when run at once.
    pub(crate) async fn sqlite_reads(&self, statements: &str, values: Vec<Bind>) -> sqlx::Result<Vec<Vec<sqlx::any::AnyRow>>> {
        use futures::TryStreamExt as _;
        debug_assert_eq!(self.backend, Backend::Sqlite);
        let mut conn = self.read().await?;
        // A statement's rows, then its end (sqlx's `Either::Left`).
        let mut ended = vec![];
        let mut rows = vec![];
        let mut steps = (&mut *conn).fetch_many(sqlx::query_with(statements, arguments(values)?));
        while let Some(step) = steps.try_next().await? {
            match step {
                sqlx::Either::Left(_) => ended.push(std::mem::take(&mut rows)),
                sqlx::Either::Right(row) => rows.push(row),
            }
        }
        Ok(ended)
    }

    /// Puts a new connection in place of a writer that may be left inside a transaction.
    async fn replace_writer(&self, conn: &mut Conn) {
        match &mut conn.0 {
            Held::Pooled(held) => held.close_on_drop(),
            // (Readers hold no transaction.)
            Held::Reader(_) => {}
            Held::Writer(held) => {
                if let Conns::Sqlite { readers, .. } = &self.conns {
                    match open_sqlite(&readers.manager().url).await {
                        Ok(fresh) => **held = fresh,
                        Err(error) => tracing::error!(%error, "could not open a new SQLite writer connection"),
                    }
                }
            }
        }
    }

    /// The generated app secret shared by every instance on this database: `candidate` is
    /// stored if none is yet (the first instance to start wins, atomically), and the one
    /// stored is returned.
    pub async fn shared_app_secret(&self, candidate: &str) -> anyhow::Result<String> {
        sqlx::query("INSERT INTO app_secrets (name, value) VALUES ('app', $1) ON CONFLICT (name) DO NOTHING")
            .bind(candidate)
            .execute(&mut *self.write().await?)
            .await
            .context("could not store the generated APP_SECRET")?;
        let (value,): (String,) = sqlx::query_as("SELECT value FROM app_secrets WHERE name = 'app'")
            .fetch_one(&mut *self.read().await?)
            .await
            .context("could not read the shared APP_SECRET")?;
        Ok(value)
    }

    pub async fn ping(&self) -> anyhow::Result<()> {
        sqlx::query("SELECT 1").execute(&mut *self.read().await?).await?;
        Ok(())
    }

    pub async fn close(&self) {
        match &self.conns {
            Conns::Pool(pool) => pool.close().await,
            Conns::Sqlite { writer, readers, .. } => {
                readers.close();
                // Writers that queued before this finish first (the lock is fair); later
                // ones are refused.
                if let Some(conn) = writer.lock().await.take() {
                    let _ = conn.close().await;
                }
            }
        }
    }
}

/// `sqlite://data/x.db` → creates `data/` and asks SQLite to create the file.
fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
            }
        }
    }
    let query = if query.split('&').any(|kv| kv.starts_with("mode=")) {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".to_string()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

#[cfg(test)]
mod tests {
    use super::{prepare_sqlite_url, Db};

    /// A fresh SQLite file database (WAL, so a file, not `:memory:`).
    async fn sqlite() -> (Db, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!("phone-auth-db-test-{}-{}", std::process::id(), rand::random::<u64>()));
        let db = Db::connect(&format!("sqlite://{}/t.db", dir.display())).await.unwrap();
        (db, dir)
    }

    async fn secrets(db: &Db) -> Vec<(String, String)> {
        sqlx::query_as("SELECT name, value FROM app_secrets WHERE name LIKE 't-%' ORDER BY name")
            .fetch_all(&mut *db.read().await.unwrap())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_failed_statement_undoes_its_whole_sqlite_transaction_and_the_writer_goes_on() {
        let (db, dir) = sqlite().await;
        let insert = "INSERT INTO app_secrets (name, value) VALUES ($1, $2)";
        // The second statement breaks the primary key: the first one's row must go too.
        let failed = db
            .sqlite_transaction::<(i64,)>(format!("{insert}; {insert}"), vec!["t-a".into(), "1".into()])
            .await
            .expect_err("a duplicate key fails the transaction");
        assert!(failed.as_database_error().is_some_and(|e| e.is_unique_violation()), "{failed}");
        assert_eq!(secrets(&db).await, vec![], "nothing of the failed transaction stays");
        // The one writer connection is not left inside that transaction: the next ones work
        // and commit (a reader sees them), many times over.
        for i in 0..20 {
            let rows: Vec<(String,)> =
                db.sqlite_transaction(format!("{insert} RETURNING name"), vec![format!("t-{i:02}").into(), "v".into()]).await.unwrap();
            assert_eq!(rows, vec![(format!("t-{i:02}"),)]);
        }
        assert_eq!(secrets(&db).await.len(), 20);
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn a_dropped_caller_does_not_leave_a_sqlite_transaction_half_done() {
        let (db, dir) = sqlite().await;
        // A transaction whose middle statement takes a while (counting to a million), and a
        // caller that gives up during it (a request cancelled mid-way). It still runs whole
        // on its own task: both rows or neither, and the writer is never left inside it.
        let text = "INSERT INTO app_secrets (name, value) VALUES ('t-a', 'v'); \
                    SELECT COUNT(*) FROM (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) SELECT x FROM n); \
                    INSERT INTO app_secrets (name, value) VALUES ('t-b', 'v')";
        let call = db.sqlite_transaction::<(i64,)>(text.to_string(), vec![]);
        assert!(tokio::time::timeout(std::time::Duration::from_millis(10), call).await.is_err(), "the caller gave up first");
        let rows: Vec<(String,)> =
            db.sqlite_transaction("SELECT name FROM app_secrets WHERE name LIKE 't-%'".into(), vec![]).await.expect("the writer is free");
        let names: Vec<String> = rows.into_iter().map(|(n,)| n).collect();
        assert!(names.is_empty() || names == ["t-a", "t-b"], "both rows or neither: {names:?}");
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn a_writer_that_cannot_roll_back_is_replaced_by_one_set_up_the_same() {
        let (db, dir) = sqlite().await;
        let insert = "INSERT INTO app_secrets (name, value) VALUES ($1, $2)";
        // A mark that lives as long as the writer's connection.
        sqlx::query("CREATE TEMP TABLE mark (x)").execute(&mut *db.write().await.unwrap()).await.unwrap();
        let marked = async |db: &Db| -> i64 {
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'mark'")
                .fetch_one(&mut *db.write().await.unwrap())
                .await
                .unwrap();
            n
        };
        assert_eq!(marked(&db).await, 1);
        // The text commits part-way, then fails outside a transaction: its ROLLBACK finds
        // none, so a new connection takes the writer's place.
        let failed = db
            .sqlite_transaction::<(i64,)>(format!("{insert}; COMMIT; {insert}"), vec!["t-a".into(), "1".into()])
            .await
            .expect_err("a duplicate key fails");
        assert!(failed.as_database_error().is_some_and(|e| e.is_unique_violation()), "{failed}");
        assert_eq!(marked(&db).await, 0, "the writer is a new connection");
        // The new writer works, and has every connection's settings.
        let (keys,): (i64,) = sqlx::query_as("PRAGMA foreign_keys").fetch_one(&mut *db.write().await.unwrap()).await.unwrap();
        assert_eq!(keys, 1);
        let rows: Vec<(String,)> = db.sqlite_transaction(format!("{insert} RETURNING name"), vec!["t-b".into(), "v".into()]).await.unwrap();
        assert_eq!(rows, vec![("t-b".to_string(),)]);
        let names: Vec<String> = secrets(&db).await.into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["t-a", "t-b"], "what was committed before the failure stays");
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn a_closed_database_refuses_writes_instead_of_queueing_them() {
        let (db, dir) = sqlite().await;
        db.close().await;
        let refused = db.write().await.err().expect("no writer after close");
        assert!(matches!(refused, sqlx::Error::PoolClosed), "{refused}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn sqlite_urls_ask_for_creation() {
        assert_eq!(prepare_sqlite_url("sqlite:///tmp/x.db").unwrap(), "sqlite:///tmp/x.db?mode=rwc");
        assert_eq!(prepare_sqlite_url("sqlite:///tmp/x.db?mode=ro").unwrap(), "sqlite:///tmp/x.db?mode=ro");
        assert_eq!(prepare_sqlite_url("sqlite::memory:").unwrap(), "sqlite://:memory:?mode=rwc");
    }
}
