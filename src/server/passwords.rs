//! Password hashing: argon2id with OWASP's parameters (m=19 MiB, t=2, p=1), computed on
//! the blocking pool and under a semaphore sized to the cores, so sign-ins can never
//! starve page requests of the async workers.

use crate::domain::Password;
use anyhow::Context;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tracing::Instrument;

#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    params: Params,
    /// A real hash of a random password, verified against when the account does not
    /// exist so "unknown number" costs the same time as "wrong password".
    dummy_hash: Arc<String>,
}

pub enum Verified {
    No,
    Yes { rehash: Option<String> },
}

impl Hasher {
    pub fn new(max_concurrency: usize) -> anyhow::Result<Self> {
        let params = Params::new(19_456, 2, 1, None).map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?;
        let dummy = hash_with(&params, "not-a-real-password-just-for-timing")?;
        Ok(Hasher { permits: Arc::new(Semaphore::new(max_concurrency.max(1))), params, dummy_hash: Arc::new(dummy) })
    }

    async fn blocking<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || span.in_scope(f)).instrument(tracing::Span::current()).await.context("hashing task failed")
    }

    pub async fn hash(&self, password: &Password) -> anyhow::Result<String> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        self.blocking(move || hash_with(&params, &pw)).await?
    }

    /// Checks `password` against `stored`; when it matches but was hashed with other
    /// parameters, also returns a new hash to store (hashes follow the policy over time).
    pub async fn verify(&self, password: &Password, stored: &str) -> anyhow::Result<Verified> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        let stored = stored.to_string();
        self.blocking(move || -> anyhow::Result<Verified> {
            let parsed = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
            if argon2_for(&params).verify_password(pw.as_bytes(), &parsed).is_err() {
                return Ok(Verified::No);
            }
            let current = Params::try_from(&parsed).ok();
            let up_to_date = parsed.algorithm.as_str() == "argon2id"
                && current.is_some_and(|p| p.m_cost() == params.m_cost() && p.t_cost() == params.t_cost() && p.p_cost() == params.p_cost());
            let rehash = if up_to_date { None } else { Some(hash_with(&params, &pw)?) };
            Ok(Verified::Yes { rehash })
        })
        .await?
    }

    /// Spends the same effort as a real verification, for accounts that do not exist.
    pub async fn verify_dummy(&self, password: &Password) -> anyhow::Result<()> {
        let dummy = self.dummy_hash.clone();
        self.verify(password, &dummy).await.map(|_| ())
    }
}

fn argon2_for(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_with(params: &Params, password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2_for(params)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2 hashing failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_old_parameters_are_upgraded() {
        let h = Hasher::new(2).unwrap();
        let pw = Password::from_attempt("a long enough password".into());
        let stored = h.hash(&pw).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(matches!(h.verify(&pw, &stored).await.unwrap(), Verified::Yes { rehash: None }));
        let wrong = Password::from_attempt("another password".into());
        assert!(matches!(h.verify(&wrong, &stored).await.unwrap(), Verified::No));

        let weak = Params::new(4_096, 1, 1, None).unwrap();
        let old = hash_with(&weak, "a long enough password").unwrap();
        match h.verify(&pw, &old).await.unwrap() {
            Verified::Yes { rehash: Some(new) } => assert!(new.contains("m=19456,t=2,p=1")),
            _ => panic!("an old-parameter hash must verify and be upgraded"),
        }
    }
}
