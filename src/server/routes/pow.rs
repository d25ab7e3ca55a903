//! `GET /pow/challenge`: a new proof-of-work challenge for the browser (see
//! `services/brakes.rs`). Stateless and cheap: one hash and one HMAC, nothing stored.

use crate::server::services::brakes;
use crate::server::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

pub async fn challenge(State(state): State<AppState>) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], axum::Json(brakes::issue(&state, crate::server::clock::now()))).into_response()
}
