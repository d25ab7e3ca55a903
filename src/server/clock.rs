//! Wall-clock time as unix seconds/milliseconds (the database stores integers).

pub fn now() -> i64 {
    now_ms() / 1_000
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}
