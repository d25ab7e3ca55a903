//! The `rate_counters` table: fixed-window counters shared by every app instance.

use super::Db;

impl Db {
    /// Counts of the current and previous window of `bucket`.
    pub async fn rate_counts(&self, bucket: &str, window_start: i64, window: i64) -> sqlx::Result<(u64, u64)> {
        let rows: Vec<(i64, i64)> =
            sqlx::query_as("SELECT window_start, count FROM rate_counters WHERE bucket = $1 AND window_start IN ($2, $3)")
                .bind(bucket)
                .bind(window_start)
                .bind(window_start - window)
                .fetch_all(self.pool())
                .await?;
        let get = |w: i64| rows.iter().find(|r| r.0 == w).map(|r| r.1.max(0) as u64).unwrap_or(0);
        Ok((get(window_start - window), get(window_start)))
    }

    /// Adds one event to `bucket`'s window; returns the new count.
    pub async fn rate_increment(&self, bucket: &str, window_start: i64) -> sqlx::Result<i64> {
        let (count,): (i64,) = sqlx::query_as(
            "INSERT INTO rate_counters (bucket, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1 RETURNING count",
        )
        .bind(bucket)
        .bind(window_start)
        .fetch_one(self.pool())
        .await?;
        Ok(count)
    }

    /// Drops windows older than `before` (housekeeping).
    pub async fn rate_prune(&self, before: i64) -> sqlx::Result<u64> {
        let r = sqlx::query("DELETE FROM rate_counters WHERE window_start < $1").bind(before).execute(self.pool()).await?;
        Ok(r.rows_affected())
    }
}
