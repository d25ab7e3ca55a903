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

    /// Counts (previous, current window) of several buckets in one query. `buckets` are
    /// (key, current window start, window length).
    pub async fn rate_counts_many(&self, buckets: &[(&str, i64, i64)]) -> sqlx::Result<Vec<(u64, u64)>> {
        if buckets.is_empty() {
            return Ok(vec![]);
        }
        let oldest = buckets.iter().map(|(_, ws, w)| ws - w).min().unwrap_or(0);
        let placeholders: Vec<String> = (0..buckets.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "SELECT bucket, window_start, count FROM rate_counters WHERE window_start >= $1 AND bucket IN ({})",
            placeholders.join(", ")
        );
        let mut q = sqlx::query_as::<_, (String, i64, i64)>(&sql).bind(oldest);
        for (key, _, _) in buckets {
            q = q.bind(*key);
        }
        let rows = q.fetch_all(self.pool()).await?;
        Ok(buckets
            .iter()
            .map(|(key, ws, w)| {
                let get = |start: i64| rows.iter().find(|r| r.0 == *key && r.1 == start).map(|r| r.2.max(0) as u64).unwrap_or(0);
                (get(ws - w), get(*ws))
            })
            .collect())
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
