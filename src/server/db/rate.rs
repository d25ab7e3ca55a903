//! The `rate_counters` table: fixed-window counters shared by every app instance; and
//! `send_slots`, the resend cooldown of each number and purpose. Limits are reserved
//! before the work they limit: one transaction takes a unit of every bucket with one
//! conditional upsert (the rows it returns are the buckets it won), so however many
//! requests arrive at once, no more than the limit get through.

use super::Db;

/// One unit to take from a rate bucket.
#[derive(Debug, Clone)]
pub struct Take {
    pub key: String,
    /// Start of the bucket's current fixed window.
    pub window_start: i64,
    /// The window's length, in seconds.
    pub window: i64,
    /// At most this many events in a sliding `window` (see [`crate::domain::rate`]).
    pub limit: u64,
}

/// [`crate::domain::rate::current_cap`] in SQL, for the take whose parameters start at
/// `$p` (key, window start, limit, previous window's start, seconds of it still inside the
/// sliding window, window): the previous window's count is read in the statement that
/// takes the unit, so the cap and the take are one step.
fn cap_sql(p: usize) -> String {
    format!(
        "(${l} - (COALESCE((SELECT p.count FROM rate_counters p WHERE p.bucket = ${k} AND p.window_start = ${prev}), 0) \
         * ${overlap} + ${w} - 1) / ${w})",
        k = p,
        l = p + 2,
        prev = p + 3,
        overlap = p + 4,
        w = p + 5
    )
}

/// The resend cooldown slot of a number and purpose, taken when the last reservation is
/// at least `cooldown` seconds old.
#[derive(Debug, Clone)]
pub struct SlotTake {
    pub phone: String,
    pub purpose: &'static str,
    pub now: i64,
    pub cooldown: i64,
}

/// What [`Db::reserve`] got.
#[derive(Debug, PartialEq, Eq)]
pub enum Reserved {
    /// The slot and one unit of every bucket are taken.
    Yes,
    /// The slot was reserved at `sent_at`, less than the cooldown ago; nothing was taken.
    Cooldown { sent_at: i64 },
    /// `takes[index]` is full; nothing was taken.
    Full { index: usize },
}

impl Db {
    /// Takes the cooldown slot (if any) and one unit of every bucket at `now`, all or
    /// nothing, in one transaction of two statements: the slot's conditional upsert, then
    /// one conditional upsert of every bucket, each capped by its sliding window (the
    /// previous window's count read in the same statement). Rows are taken in one order
    /// (the slot, then buckets by key), so concurrent reservations cannot deadlock on
    /// PostgreSQL. SQLite does the same in one round trip ([`Db::reserve_sqlite`]).
    pub async fn reserve(&self, now: i64, slot: Option<&SlotTake>, takes: &[Take]) -> sqlx::Result<Reserved> {
        let mut order: Vec<usize> = (0..takes.len()).collect();
        order.sort_by(|a, b| takes[*a].key.cmp(&takes[*b].key));
        if self.backend() == super::Backend::Sqlite {
            return self.reserve_sqlite(now, slot, takes, &order).await;
        }
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        if let Some(s) = slot {
            let won: Option<(i64,)> = sqlx::query_as(
                "INSERT INTO send_slots (phone, purpose, sent_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (phone, purpose) DO UPDATE SET sent_at = $3 WHERE send_slots.sent_at <= $4 RETURNING sent_at",
            )
            .bind(&s.phone)
            .bind(s.purpose)
            .bind(s.now)
            .bind(s.now - s.cooldown)
            .fetch_optional(&mut *tx)
            .await?;
            if won.is_none() {
                let (sent_at,): (i64,) = sqlx::query_as("SELECT sent_at FROM send_slots WHERE phone = $1 AND purpose = $2")
                    .bind(&s.phone)
                    .bind(s.purpose)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.rollback().await?;
                return Ok(Reserved::Cooldown { sent_at });
            }
        }
        if !order.is_empty() {
            // One row per bucket; a bucket whose cap is below one is not even offered. The
            // rows that come back are the buckets won.
            let rows: Vec<String> = (0..order.len()).map(|i| format!("(${}, ${}, {})", 6 * i + 1, 6 * i + 2, cap_sql(6 * i + 1))).collect();
            let caps: Vec<String> = (0..order.len()).map(|i| format!("WHEN ${} THEN {}", 6 * i + 1, cap_sql(6 * i + 1))).collect();
            let sql = format!(
                "INSERT INTO rate_counters (bucket, window_start, count) \
                 SELECT column1, column2, 1 FROM (VALUES {}) AS v WHERE column3 >= 1 \
                 ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1 \
                 WHERE rate_counters.count < CASE rate_counters.bucket {} END RETURNING bucket",
                rows.join(", "),
                caps.join(" ")
            );
            let mut q = sqlx::query_as::<_, (String,)>(&sql);
            for &i in &order {
                let take = &takes[i];
                let overlap = take.window_start + take.window - now;
                q = q
                    .bind(&take.key)
                    .bind(take.window_start)
                    .bind(i64::try_from(take.limit).unwrap_or(i64::MAX))
                    .bind(take.window_start - take.window)
                    .bind(overlap)
                    .bind(take.window);
            }
            let won = q.fetch_all(&mut *tx).await?;
            if let Some(&index) = order.iter().find(|&&i| !won.iter().any(|(key,)| *key == takes[i].key)) {
                tx.rollback().await?;
                return Ok(Reserved::Full { index });
            }
        }
        tx.commit().await?;
        Ok(Reserved::Yes)
    }

    /// [`Db::reserve`] on SQLite, in one round trip ([`Db::sqlite_transaction`]): the
    /// same writes, made all or nothing by the statements themselves instead of by a
    /// rollback. First the state is read (the slot's last reservation, and which buckets
    /// have no room left); the slot is then taken only if every bucket has room, and the
    /// buckets only if the slot was taken (`changes()` is the slot statement's count) or
    /// there is no slot and every bucket has room. With every bucket offered room, each
    /// takes its unit, so either all are taken or none. The writer runs one transaction at
    /// a time, so what the first statements read is what the last ones change.
    async fn reserve_sqlite(&self, now: i64, slot: Option<&SlotTake>, takes: &[Take], order: &[usize]) -> sqlx::Result<Reserved> {
        use super::Bind;
        if slot.is_none() && order.is_empty() {
            return Ok(Reserved::Yes);
        }
        // $1..$4: the slot (unused without one); then six per bucket, in key order.
        let (phone, purpose, cooldown) = slot.map_or(("", "", 0), |s| (s.phone.as_str(), s.purpose, s.cooldown));
        let mut values: Vec<Bind> = vec![phone.into(), purpose.into(), now.into(), (now - cooldown).into()];
        for &i in order {
            let take = &takes[i];
            values.extend([
                take.key.as_str().into(),
                take.window_start.into(),
                i64::try_from(take.limit).unwrap_or(i64::MAX).into(),
                (take.window_start - take.window).into(),
                (take.window_start + take.window - now).into(),
                take.window.into(),
            ]);
        }
        let first = |i: usize| 5 + 6 * i;
        // A bucket has room when its count in the current window is under its cap.
        let room = |i: usize| {
            let p = first(i);
            format!(
                "COALESCE((SELECT c.count FROM rate_counters c WHERE c.bucket = ${p} AND c.window_start = ${}), 0) < {}",
                p + 1,
                cap_sql(p)
            )
        };
        let all_room = if order.is_empty() { "1".to_string() } else { (0..order.len()).map(room).collect::<Vec<_>>().join(" AND ") };
        let mut statements = vec![];
        if !order.is_empty() {
            let full: Vec<String> = (0..order.len()).map(|i| format!("SELECT 'full', {i} WHERE NOT ({})", room(i))).collect();
            statements.push(full.join(" UNION ALL "));
        }
        let gate = if slot.is_some() {
            statements.push("SELECT 'slot', sent_at FROM send_slots WHERE phone = $1 AND purpose = $2".to_string());
            statements.push(format!(
                "INSERT INTO send_slots (phone, purpose, sent_at) SELECT $1, $2, $3 WHERE {all_room} \
                 ON CONFLICT (phone, purpose) DO UPDATE SET sent_at = $3 WHERE send_slots.sent_at <= $4"
            ));
            "changes() = 1".to_string()
        } else {
            all_room
        };
        if !order.is_empty() {
            let rows: Vec<String> = (0..order.len()).map(|i| format!("(${}, ${})", first(i), first(i) + 1)).collect();
            statements.push(format!(
                "INSERT INTO rate_counters (bucket, window_start, count) \
                 SELECT column1, column2, 1 FROM (VALUES {}) AS v WHERE {gate} \
                 ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1 RETURNING 'taken', 0",
                rows.join(", ")
            ));
        }
        let rows: Vec<(String, i64)> = self.sqlite_transaction(statements.join("; "), values).await?;
        if let Some(s) = slot {
            if let Some(&(_, sent_at)) = rows.iter().find(|(what, sent_at)| what == "slot" && *sent_at > s.now - s.cooldown) {
                return Ok(Reserved::Cooldown { sent_at });
            }
        }
        if let Some(&(_, i)) = rows.iter().find(|(what, _)| what == "full") {
            return Ok(Reserved::Full { index: order[usize::try_from(i).unwrap_or(0)] });
        }
        let taken = rows.iter().filter(|(what, _)| what == "taken").count();
        if taken != order.len() {
            // Cannot happen (every bucket had room under the one writer); said, not hidden.
            return Err(sqlx::Error::Protocol(format!("reserved {taken} of {} rate buckets", order.len())));
        }
        Ok(Reserved::Yes)
    }

    /// Gives a reservation back (the work it was for did not happen): frees the slot if
    /// it is still the one taken at `slot.now`, and returns one unit to each bucket.
    pub async fn release(&self, slot: Option<&SlotTake>, takes: &[Take]) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        if let Some(s) = slot {
            sqlx::query("UPDATE send_slots SET sent_at = 0 WHERE phone = $1 AND purpose = $2 AND sent_at = $3")
                .bind(&s.phone)
                .bind(s.purpose)
                .bind(s.now)
                .execute(&mut *tx)
                .await?;
        }
        let mut order: Vec<&Take> = takes.iter().collect();
        order.sort_by(|a, b| a.key.cmp(&b.key));
        for take in order {
            sqlx::query("UPDATE rate_counters SET count = count - 1 WHERE bucket = $1 AND window_start = $2 AND count > 0")
                .bind(&take.key)
                .bind(take.window_start)
                .execute(&mut *tx)
                .await?;
            // A window given back to nothing is no window at all.
            sqlx::query("DELETE FROM rate_counters WHERE bucket = $1 AND window_start = $2 AND count <= 0")
                .bind(&take.key)
                .bind(take.window_start)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }

    /// The counts of the previous (closed) windows of several buckets, in one query.
    /// `buckets` are (key, start of the previous window).
    pub async fn rate_previous_counts(&self, buckets: &[(&str, i64)]) -> sqlx::Result<Vec<u64>> {
        if buckets.is_empty() {
            return Ok(vec![]);
        }
        let oldest = buckets.iter().map(|(_, start)| *start).min().unwrap_or(0);
        let placeholders: Vec<String> = (0..buckets.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "SELECT bucket, window_start, count FROM rate_counters WHERE window_start >= $1 AND bucket IN ({})",
            placeholders.join(", ")
        );
        let mut q = sqlx::query_as::<_, (String, i64, i64)>(&sql).bind(oldest);
        for (key, _) in buckets {
            q = q.bind(*key);
        }
        let rows = q.fetch_all(&mut *self.read().await?).await?;
        Ok(buckets
            .iter()
            .map(|(key, start)| rows.iter().find(|r| r.0 == *key && r.1 == *start).map(|r| r.2.max(0) as u64).unwrap_or(0))
            .collect())
    }

    /// Drops windows older than `before` (housekeeping).
    pub async fn rate_prune(&self, before: i64) -> sqlx::Result<u64> {
        let r = sqlx::query("DELETE FROM rate_counters WHERE window_start < $1").bind(before).execute(&mut *self.write().await?).await?;
        Ok(r.rows_affected())
    }

    /// Adds one to each of `keys` in the window starting at `window_start`, uncapped (the
    /// conversion watch's counters).
    pub async fn rate_bump(&self, keys: &[String], window_start: i64) -> sqlx::Result<()> {
        let mut writer = self.write().await?;
        let mut tx = writer.begin().await?;
        bump_in(&mut tx, keys, window_start).await?;
        tx.commit().await
    }

    /// Spends a proof-of-work challenge: `true` the first time, `false` for a replay (one
    /// conditional insert: of any number at once, one wins).
    pub async fn spend_pow(&self, challenge: &str, expires_at: i64) -> sqlx::Result<bool> {
        let r = sqlx::query("INSERT INTO pow_spent (challenge, expires_at) VALUES ($1, $2) ON CONFLICT (challenge) DO NOTHING")
            .bind(challenge)
            .bind(expires_at)
            .execute(&mut *self.write().await?)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Forgets spent challenges that have expired (housekeeping).
    pub async fn purge_pow(&self, now: i64) -> sqlx::Result<u64> {
        let r = sqlx::query("DELETE FROM pow_spent WHERE expires_at < $1").bind(now).execute(&mut *self.write().await?).await?;
        Ok(r.rows_affected())
    }
}

/// Adds one to each of `keys` in one statement (sorted, so concurrent transactions take
/// rows in one order).
pub(super) async fn bump_in(tx: &mut sqlx::Transaction<'_, sqlx::Any>, keys: &[String], window_start: i64) -> sqlx::Result<()> {
    let keys = bump_keys(keys);
    if keys.is_empty() {
        return Ok(());
    }
    let sql = bump_sql(1, 2, keys.len());
    let mut q = sqlx::query(&sql).bind(window_start);
    for key in keys {
        q = q.bind(key);
    }
    q.execute(&mut **tx).await?;
    Ok(())
}

/// The keys a bump adds one to: each once, sorted (so concurrent transactions take the
/// rows in one order).
pub(super) fn bump_keys(keys: &[String]) -> Vec<&String> {
    let mut keys: Vec<&String> = keys.iter().collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The uncapped upsert that adds one to `n` buckets of one window: the window's start is
/// parameter `$window`, the keys `$first` onwards ([`bump_in`]; on SQLite a send's record
/// runs it in the same round trip as its other writes).
pub(super) fn bump_sql(window: usize, first: usize, n: usize) -> String {
    let rows: Vec<String> = (0..n).map(|i| format!("(${}, ${window}, 1)", first + i)).collect();
    format!(
        "INSERT INTO rate_counters (bucket, window_start, count) VALUES {} \
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1",
        rows.join(", ")
    )
}
