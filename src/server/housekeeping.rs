//! The background tasks of a running instance.

use crate::server::state::AppState;
use std::time::Duration;

/// Folds recorded latencies into their histogram buckets every five seconds, so the samples
/// kept between two scrapes stay few (see `metrics::Metrics::upkeep`).
pub async fn metrics_upkeep(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        state.metrics.upkeep();
    }
}

/// Deletes expired sessions, old rate windows, sign-ups never proved, and old
/// authorization codes and expired tokens, every ten minutes.
pub async fn housekeeping(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        let now = crate::server::clock::now();
        if let Err(e) = state.db.delete_expired_sessions(now, state.config.limits.session_idle_ttl).await {
            tracing::warn!(error = %e, "session clean-up failed");
        }
        if let Err(e) = state.db.delete_dead_trusts(now).await {
            tracing::warn!(error = %e, "trusted-browser clean-up failed");
        }
        if let Err(e) = state.db.delete_stale_authenticator_setups(now - crate::server::services::factors::SETUP_TTL).await {
            tracing::warn!(error = %e, "authenticator set-up clean-up failed");
        }
        if let Err(e) = state.db.purge_ceremonies(now).await {
            tracing::warn!(error = %e, "passkey challenge clean-up failed");
        }
        if let Err(e) = state.db.rate_prune(now - 3 * 86_400).await {
            tracing::warn!(error = %e, "rate counter clean-up failed");
        }
        if let Err(e) = state.db.purge_pending_sign_ups(now - crate::server::services::auth::PENDING_SIGN_UP_TTL).await {
            tracing::warn!(error = %e, "pending sign-up clean-up failed");
        }
        if let Err(e) = state.db.purge_pow(now).await {
            tracing::warn!(error = %e, "proof-of-work clean-up failed");
        }
        if let Err(e) = state.db.purge_webhooks(now - 7 * 86_400).await {
            tracing::warn!(error = %e, "webhook outbox clean-up failed");
        }
        if let Err(e) = state.db.purge_oidc(now).await {
            tracing::warn!(error = %e, "authorization code and token clean-up failed");
        }
    }
}
