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
        Ok(Ok(())) => (axum::http::StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ready").into_response(),
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
