//! Server-only code: configuration, start-up, state, the database, sessions, services
//! and SMS delivery. Compiled only with the `ssr` feature.

pub mod cli;
pub mod clock;
pub mod common_passwords;
pub mod config;
pub mod cookie;
pub mod country_names;
pub mod db;
pub mod device;
pub mod flash;
pub mod flow;
pub mod housekeeping;
pub mod i18n;
pub mod metrics;
pub mod middleware;
pub mod net;
pub mod oidc_keys;
pub mod passwords;
pub mod phones;
pub mod request;
pub mod routes;
pub mod secret;
pub mod serve;
pub mod services;
pub mod session;
pub mod sms;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod time_words;
pub mod timing;
pub mod web;
pub mod zone;

use crate::domain::AppError;

/// Turns an unexpected failure into the error a person sees: a reference id they can
/// quote, with the whole cause chain in the log under that id. A database that cannot be
/// reached is not a bug but an outage: "service unavailable" (503), and it passes.
pub fn internal(e: impl Into<anyhow::Error>) -> AppError {
    let e: anyhow::Error = e.into();
    if e.chain().any(|cause| cause.is::<passwords::Busy>()) {
        tracing::warn!("password hashing queue full: request refused");
        return AppError::Busy;
    }
    let unreachable = e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<sqlx::Error>(),
            Some(
                sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::WorkerCrashed
            )
        )
    });
    if unreachable {
        tracing::error!(error = %e, "database unavailable");
        return AppError::Unavailable;
    }
    let reference = format!("{:08x}", rand::random::<u32>());
    // One line with the whole chain ("reading the session: error returned from the
    // database: ..."), inside the request's span (its id).
    tracing::error!(%reference, error = %format_args!("{e:#}"), "unexpected error");
    AppError::Internal { reference }
}

/// `.or_internal("reading the session")`: an unexpected failure of a step becomes
/// [`internal`], with the step as the first link of its cause chain.
pub trait OrInternal<T> {
    fn or_internal(self, step: &'static str) -> Result<T, AppError>;
}

impl<T, E: Into<anyhow::Error>> OrInternal<T> for Result<T, E> {
    fn or_internal(self, step: &'static str) -> Result<T, AppError> {
        self.map_err(|e| internal(e.into().context(step)))
    }
}
