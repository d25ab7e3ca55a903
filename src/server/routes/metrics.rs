//! `/metrics`, behind `METRICS_TOKEN` when it is set.

use crate::server::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// Prometheus text. With `METRICS_TOKEN` set, only `Authorization: Bearer <token>` gets it.
pub async fn metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    if let Some(token) = &state.config.metrics_token {
        let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        let ok = given.is_some_and(|g| bool::from(subtle::ConstantTimeEq::ct_eq(g.as_bytes(), token.expose().as_bytes())));
        if !ok {
            return (axum::http::StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], "A metrics token is needed.")
                .into_response();
        }
    }
    let active = tokio::time::timeout(
        Duration::from_secs(1),
        state.db.count_live_sessions(crate::server::clock::now(), state.config.limits.session_idle_ttl),
    )
    .await
    .ok()
    .and_then(Result::ok);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"), (header::CACHE_CONTROL, "no-store")],
        state.metrics.render(active, &state.verifier.health()),
    )
        .into_response()
}
