//! The providers' delivery receipts (`services/receipts.rs`): Twilio's status callbacks
//! (form posts signed with `X-Twilio-Signature`) and Vonage's delivery receipts (JSON or
//! form posts, or GET with a query string, as the account is set up). 204 when taken; 403
//! for a bad signature, 404 for a message the app did not send, 400 for a malformed one,
//! 503 when it could not be recorded or that provider's receipts are not taken here.

use crate::server::services::receipts::{self, Refused};
use crate::server::state::AppState;
use axum::body::Bytes;
use axum::extract::{OriginalUri, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

fn form_pairs(bytes: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(bytes).into_owned().collect()
}

fn answer(result: Result<receipts::Taken, Refused>) -> Response {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    match result {
        Ok(_) => (StatusCode::NO_CONTENT, no_store).into_response(),
        Err(Refused::BadSignature) => (StatusCode::FORBIDDEN, no_store, "The signature is not valid.").into_response(),
        Err(Refused::UnknownMessage) => (StatusCode::NOT_FOUND, no_store, "No message was sent with that id.").into_response(),
        Err(Refused::Malformed) => (StatusCode::BAD_REQUEST, no_store, "This is not a delivery receipt.").into_response(),
        Err(Refused::Failed) => {
            (StatusCode::SERVICE_UNAVAILABLE, no_store, "The receipt could not be recorded; send it again.").into_response()
        }
        Err(Refused::NotConfigured) => {
            (StatusCode::SERVICE_UNAVAILABLE, no_store, "Delivery receipts of this provider are not taken here.").into_response()
        }
    }
}

/// `POST /hooks/twilio/status`.
pub async fn twilio(State(state): State<AppState>, OriginalUri(uri): OriginalUri, headers: HeaderMap, body: Bytes) -> Response {
    // Twilio signs the URL it requested: the public URL with this path and query.
    let path_and_query = uri.path_and_query().map(|p| p.as_str()).unwrap_or(uri.path());
    let url = format!("{}{path_and_query}", state.config.public_url.trim_end_matches('/'));
    let signature = headers.get("x-twilio-signature").and_then(|v| v.to_str().ok());
    answer(receipts::twilio(&state, &url, signature, &form_pairs(&body)).await)
}

/// `POST` (JSON or form) or `GET` (query) `/hooks/vonage/receipt`.
pub async fn vonage(State(state): State<AppState>, OriginalUri(uri): OriginalUri, headers: HeaderMap, body: Bytes) -> Response {
    let json = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|ct| ct.starts_with("application/json"));
    let params = if json {
        match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&body) {
            Ok(map) => map
                .into_iter()
                .filter_map(|(k, v)| match v {
                    serde_json::Value::String(s) => Some((k, s)),
                    serde_json::Value::Number(n) => Some((k, n.to_string())),
                    serde_json::Value::Bool(b) => Some((k, b.to_string())),
                    _ => None,
                })
                .collect(),
            Err(_) => return answer(Err(Refused::Malformed)),
        }
    } else if body.is_empty() {
        form_pairs(uri.query().unwrap_or("").as_bytes())
    } else {
        form_pairs(&body)
    };
    answer(receipts::vonage(&state, &params).await)
}
