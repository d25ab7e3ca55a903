//! `/healthz` (the process answers) and `/readyz` (the database answers too).

use crate::server::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// Alive: the process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready to serve: the database answers within a second.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(Duration::from_secs(1), state.db.ping()).await {
        Ok(Ok(())) => {
            // The SMS providers' breakers, as detail: an open one is skipped while others
            // serve; with every one open codes cannot be sent, but the rest of the service
            // (sign-in with a password, sessions) still works: still ready.
            let detail: Vec<String> = state.verifier.health().iter().map(|p| format!("{} {}", p.provider, p.state.as_str())).collect();
            (axum::http::StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], format!("ready\nproviders: {}", detail.join(", ")))
                .into_response()
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "not ready: database error");
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, [(header::CACHE_CONTROL, "no-store")], "database unavailable").into_response()
        }
        Err(_) => {
            tracing::warn!("not ready: database did not answer within 1 s");
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, [(header::CACHE_CONTROL, "no-store")], "database unavailable").into_response()
        }
    }
}
