//! `/profile/photo`: the signed-in person's own photo, to them only.

use crate::server::state::AppState;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

#[derive(serde::Deserialize)]
pub struct PhotoQuery {
    pub v: Option<i64>,
}

/// The signed-in user's own photo. A versioned URL (`?v=` the photo's version) may be
/// cached for good by this browser only; anything else must be revalidated.
pub async fn profile_photo(State(state): State<AppState>, Query(q): Query<PhotoQuery>, req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let meta = crate::server::request::RequestMeta::from_parts(&parts);
    let not_found = || (axum::http::StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-store")], "No photo.").into_response();
    let cur = match crate::server::services::auth::current(&state, &meta).await {
        Ok(Some(cur)) if cur.kind() == crate::server::session::SessionKind::Full => cur,
        Ok(_) => return not_found(),
        Err(_) => return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "Try again later.").into_response(),
    };
    let photo = match state.db.avatar(cur.user.id).await {
        Ok(Some(p)) => p,
        Ok(None) => return not_found(),
        Err(e) => {
            crate::server::internal(e);
            return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "Try again later.").into_response();
        }
    };
    let cache = if q.v == Some(photo.updated_at) { "private, max-age=31536000, immutable" } else { "private, no-cache" };
    (
        [
            (header::CONTENT_TYPE, photo.content_type.clone()),
            (header::CACHE_CONTROL, cache.to_string()),
            (header::ETAG, format!("\"{}\"", photo.updated_at)),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'".to_string()),
        ],
        photo.bytes,
    )
        .into_response()
}
