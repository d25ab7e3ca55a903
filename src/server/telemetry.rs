//! Logs and request accounting: the log format (human, or JSON with `LOG_FORMAT=json`), a
//! request id on every line of a request (also on the work Leptos spawns for it), one
//! summary line per request, and the request metrics.

use crate::server::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use std::time::Instant;
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

impl LogFormat {
    pub fn parse(s: Option<&str>) -> Result<LogFormat, String> {
        match s.map(str::trim) {
            None | Some("") | Some("human") | Some("text") => Ok(LogFormat::Human),
            Some("json") => Ok(LogFormat::Json),
            Some(other) => Err(format!("`{other}` is not one of: human, json")),
        }
    }
}

/// Installs the global subscriber (once; later calls do nothing). `filter` is `RUST_LOG`,
/// checked by the configuration.
pub fn init_logging(filter: &str, format: LogFormat) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = match format {
        LogFormat::Human => tracing_subscriber::fmt().with_env_filter(filter).try_init(),
        LogFormat::Json => {
            tracing_subscriber::fmt().json().with_current_span(true).with_span_list(false).with_env_filter(filter).try_init()
        }
    };
}

/// Leptos spawns the work of a page (its resources) as separate tasks; they carry the
/// span of the request that made them, so their log lines have its id too.
struct InstrumentedExecutor;

impl any_spawner::CustomExecutor for InstrumentedExecutor {
    fn spawn(&self, fut: any_spawner::PinnedFuture<()>) {
        tokio::spawn(fut.instrument(tracing::Span::current()));
    }

    fn spawn_local(&self, fut: any_spawner::PinnedLocalFuture<()>) {
        tokio::task::spawn_local(fut.instrument(tracing::Span::current()));
    }

    fn poll_local(&self) {}
}

/// Sets the executor Leptos uses (before Leptos would set its own plain one).
pub fn init_executor() {
    let _ = any_spawner::Executor::init_custom_executor(InstrumentedExecutor);
}

/// The id of a request: the caller's `X-Request-Id` when it looks like one, else new.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

fn request_id(req: &Request) -> String {
    let given = req.headers().get("x-request-id").and_then(|v| v.to_str().ok());
    match given {
        Some(id) if (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) => id.to_string(),
        _ => format!("{:016x}", rand::random::<u64>()),
    }
}

/// The route pattern a request matched, for metrics (bounded: never a raw path).
fn route_of(req: &Request) -> String {
    match req.extensions().get::<MatchedPath>() {
        Some(p) => p.as_str().to_string(),
        None if req.uri().path().starts_with("/pkg/") => "/pkg/*".to_string(),
        None => "unmatched".to_string(),
    }
}

pub async fn trace_requests(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let id = request_id(&req);
    let route = route_of(&req);
    let method = req.method().clone();
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!("request", id = %id, method = %method, route = %route);
    let began = Instant::now();
    let mut res = next.run(req).instrument(span.clone()).await;
    let took = began.elapsed();
    state.metrics.request(&route, res.status().as_u16(), took);
    span.in_scope(|| tracing::info!(status = res.status().as_u16(), ms = took.as_secs_f64() * 1000.0, "answered"));
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_format_parses() {
        assert_eq!(LogFormat::parse(None), Ok(LogFormat::Human));
        assert_eq!(LogFormat::parse(Some("json")), Ok(LogFormat::Json));
        assert!(LogFormat::parse(Some("xml")).unwrap_err().contains("human, json"));
    }

    #[test]
    fn request_ids_are_taken_only_when_sane() {
        let with = |v: &str| {
            let req = Request::builder().header("x-request-id", v).body(axum::body::Body::empty()).unwrap();
            request_id(&req)
        };
        assert_eq!(with("abc-123"), "abc-123");
        let made = with("bad id\twith spaces");
        assert_eq!(made.len(), 16);
        assert!(made.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(with(&"x".repeat(65)).len(), 16);
    }
}
