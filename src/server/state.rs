//! The shared application state handed to every request.

use crate::server::config::{Config, Secret};
use crate::server::db::Db;
use crate::server::passwords::Hasher;
use crate::server::sms::PhoneVerifier;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub inner: Arc<Inner>,
}

pub struct Inner {
    pub config: Config,
    pub db: Db,
    pub verifier: Arc<dyn PhoneVerifier>,
    pub hasher: Hasher,
    pub secret: Secret,
    /// The keys of the sealed cookies, derived from `secret` once at start-up.
    pub cookie_keys: crate::server::cookie::CookieKeys,
    /// How long real sends take, for blind ones to take as long.
    pub send_latency: crate::server::timing::SendLatency,
    pub metrics: crate::server::metrics::Metrics,
    /// Turns to decode an uploaded picture (see `services::avatar`).
    pub decoding: tokio::sync::Semaphore,
    /// The OpenID provider's signing keys as this instance has opened them.
    pub oidc_keys: crate::server::oidc_keys::KeyCache,
    /// Work that outlives its request (the new-browser alerts); a shutdown waits for it
    /// within its grace period.
    pub background: tokio_util::task::TaskTracker,
    /// The WebAuthn relying party of `PUBLIC_URL` (`None`: passkeys off, the host is an
    /// IP address).
    pub webauthn: Option<webauthn_rs::Webauthn>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.inner
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(s: &AppState) -> LeptosOptions {
        s.leptos_options.clone()
    }
}
