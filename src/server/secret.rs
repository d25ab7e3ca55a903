//! The app secret (it keys the code hashes and the cookies): `APP_SECRET` when set;
//! otherwise generated once and kept, in the PostgreSQL database (shared by every
//! instance on it) or in a private file beside the SQLite database.

use crate::server::config::{Config, Secret};
use crate::server::db::{Backend, Db};
use anyhow::Context;

/// The secret this instance uses.
pub async fn app_secret(config: &Config, db: &Db) -> anyhow::Result<Secret> {
    Ok(match (&config.app_secret, db.backend()) {
        (Some(s), _) => s.clone(),
        // Instances on one PostgreSQL share the generated secret through it.
        (None, Backend::Postgres) => db.shared_app_secret(&new_secret()).await.map(Secret::new)?,
        (None, Backend::Sqlite) => load_or_create_secret(std::path::Path::new("data/app-secret"))?,
    })
}

/// 32 random bytes, hex.
fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// With no `APP_SECRET` on SQLite, a random one is made once and kept beside the
/// database, so codes survive restarts.
fn load_or_create_secret(path: &std::path::Path) -> anyhow::Result<Secret> {
    if let Ok(s) = std::fs::read_to_string(path) {
        let s = s.trim().to_string();
        if s.len() >= 32 {
            return Ok(Secret::new(s));
        }
    }
    let s = new_secret();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    }
    write_private(path, &s).with_context(|| format!("could not write {}", path.display()))?;
    tracing::info!("generated a new APP_SECRET into {}", path.display());
    Ok(Secret::new(s))
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, s: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    f.write_all(s.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, s: &str) -> std::io::Result<()> {
    std::fs::write(path, s)
}
