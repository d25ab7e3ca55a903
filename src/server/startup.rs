//! Building and running the server: one `Application::build` serves `main` and the tests.

use crate::server::config::{Config, Secret, SmsProvider};
use crate::server::db::Db;
use crate::server::middleware;
use crate::server::passwords::Hasher;
use crate::server::sms::{ConsoleSender, LocalCodeVerifier, Outbox, PhoneVerifier, TwilioMessaging, TwilioVerify};
use crate::server::state::{AppState, Inner};
use anyhow::Context;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Connects and migrates the database, builds the SMS provider, binds the listener
    /// (port 0 picks a free port) and assembles the routes.
    pub async fn build(config: Config, leptos_options: LeptosOptions) -> anyhow::Result<Application> {
        crate::server::telemetry::init_executor();
        let db = Db::connect(&config.database_url).await?;
        let secret = match (&config.app_secret, db.backend()) {
            (Some(s), _) => s.clone(),
            // Instances on one PostgreSQL share the generated secret through it.
            (None, crate::server::db::Backend::Postgres) => db.shared_app_secret(&new_secret()).await.map(Secret::new)?,
            (None, crate::server::db::Backend::Sqlite) => load_or_create_secret(std::path::Path::new("data/app-secret"))?,
        };
        let (verifier, outbox) = build_verifier(&config, &secret)?;
        let send_latency = crate::server::timing::SendLatency::new(verifier.typical_latency());
        let hasher = Hasher::new(config.argon2_max_concurrency)?;
        let listener = TcpListener::bind(config.listen).await.with_context(|| format!("could not listen on {}", config.listen))?;
        let cookie_keys = crate::server::cookie::CookieKeys::derive(secret.expose());
        let state = AppState {
            leptos_options,
            inner: Arc::new(Inner {
                config,
                db,
                verifier,
                hasher,
                secret,
                cookie_keys,
                send_latency,
                metrics: Default::default(),
                decoding: tokio::sync::Semaphore::new(crate::server::services::avatar::DECODES_AT_ONCE),
            }),
        };
        let router = routes(state.clone(), outbox);
        Ok(Application { listener, router, state })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes; then stops accepting, lets requests in flight
    /// finish for up to [`SHUTDOWN_GRACE`], and closes the database pool.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let housekeeping = tokio::spawn(housekeeping(self.state.clone()));
        let metrics_upkeep = tokio::spawn(metrics_upkeep(self.state.clone()));
        let (stopping_tx, mut stopping_rx) = tokio::sync::watch::channel(false);
        let graceful = async move {
            shutdown.await;
            let _ = stopping_tx.send(true);
        };
        let server = crate::server::serve::serve(self.listener, self.router, graceful);
        let deadline = async move {
            let _ = stopping_rx.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        };
        let result = tokio::select! {
            r = server => r,
            _ = deadline => {
                tracing::warn!("requests still running {} s after the signal: stopping anyway", SHUTDOWN_GRACE.as_secs());
                Ok(())
            }
        };
        housekeeping.abort();
        metrics_upkeep.abort();
        self.state.db.close().await;
        result
    }
}

/// How long requests in flight may take to finish once a shutdown is asked for.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

fn build_verifier(config: &Config, secret: &Secret) -> anyhow::Result<(Arc<dyn PhoneVerifier>, Option<Outbox>)> {
    let ttl = config.limits.code_ttl;
    let host = config.public_host().to_string();
    Ok(match &config.sms {
        SmsProvider::Console => {
            let outbox = Outbox::default();
            let sender = Arc::new(ConsoleSender::new(outbox.clone()));
            let v = LocalCodeVerifier::new("console", sender, secret.clone(), config.app_name.clone(), host, ttl);
            (Arc::new(v), Some(outbox))
        }
        SmsProvider::Twilio(t) => {
            let sender = Arc::new(TwilioMessaging::new(t.clone(), twilio_client(t.timeout)?));
            let v = LocalCodeVerifier::new("twilio", sender, secret.clone(), config.app_name.clone(), host, ttl);
            (Arc::new(v), None)
        }
        SmsProvider::TwilioVerify(t) => (Arc::new(TwilioVerify::new(t.clone(), twilio_client(t.timeout)?)), None),
    })
}

/// One HTTP client for the whole process: connections to Twilio are pooled and bounded,
/// and no request can wait longer than the timeout.
fn twilio_client(timeout: Duration) -> anyhow::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .pool_max_idle_per_host(16)
        .build()
        .context("could not build the HTTP client")
}

/// 32 random bytes, hex.
fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// With no `APP_SECRET` on SQLite, a random one is made once and kept beside the
/// database, so codes survive restarts.
fn load_or_create_secret(path: &std::path::Path) -> anyhow::Result<Secret> {
    if let Ok(s) = std::fs::read_to_string(path) {
        let s = s.trim().to_string();
        if s.len() >= 32 {
            return Ok(Secret::new(s));
        }
    }
    let s = new_secret();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    }
    write_private(path, &s).with_context(|| format!("could not write {}", path.display()))?;
    tracing::info!("generated a new APP_SECRET into {}", path.display());
    Ok(Secret::new(s))
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, s: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    f.write_all(s.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, s: &str) -> std::io::Result<()> {
    std::fs::write(path, s)
}

/// The app's route list, generated once per process. Generating it renders the app with
/// resource loading switched off by a process-wide flag in `leptos_server`; a resource
/// whose future is first polled while that flag is up never resolves, so a second
/// generation (another `Application` in the same process, as in the integration tests)
/// could hang a page that another instance is rendering at that moment.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(crate::ui::App)).clone()
}

fn routes(state: AppState, outbox: Option<Outbox>) -> Router {
    let leptos_routes = route_list();
    let mut router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/profile/photo", get(profile_photo));
    if let Some(outbox) = outbox {
        router = router
            .merge(Router::new().route("/dev/outbox", get(outbox_page)).route("/dev/outbox.json", get(outbox_json)).with_state(outbox));
    }
    let context_state = state.clone();
    router
        .leptos_routes_with_context(&state, leptos_routes, move || provide_context(context_state.clone()), {
            let options = state.leptos_options.clone();
            move || crate::ui::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(crate::ui::shell))
        // Outermost last: headers on every answer, then the client IP, the flash of a failed
        // form post, the CSRF check, the body cap, and real redirects for guarded pages.
        .layer(axum::middleware::from_fn(middleware::page_redirects))
        .layer(axum::middleware::from_fn(middleware::body_limit))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::same_origin_writes))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::flash))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::client_ip))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::server::telemetry::trace_requests))
        .with_state(state)
}

/// Ready to serve: the database answers within a second.
async fn readyz(State(state): State<AppState>) -> Response {
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

/// Prometheus text. With `METRICS_TOKEN` set, only `Authorization: Bearer <token>` gets it.
async fn metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
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
        state.metrics.render(active),
    )
        .into_response()
}

#[derive(serde::Deserialize)]
struct PhotoQuery {
    v: Option<i64>,
}

/// The signed-in user's own photo. A versioned URL (`?v=` the photo's version) may be
/// cached for good by this browser only; anything else must be revalidated.
async fn profile_photo(State(state): State<AppState>, Query(q): Query<PhotoQuery>, req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let meta = crate::server::request::RequestMeta::from_parts(&parts);
    let not_found = || (axum::http::StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-store")], "No photo.").into_response();
    let cur = match crate::server::services::auth::current(&state, &meta).await {
        Ok(Some(cur)) if cur.kind == crate::server::session::SessionKind::Full => cur,
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

#[derive(serde::Deserialize)]
struct OutboxQuery {
    to: Option<String>,
}

async fn outbox_json(State(outbox): State<Outbox>, Query(q): Query<OutboxQuery>) -> Response {
    axum::Json(outbox.list(q.to.as_deref())).into_response()
}

async fn outbox_page(State(outbox): State<Outbox>, Query(q): Query<OutboxQuery>) -> Response {
    let esc = crate::domain::markup::escape;
    let mut rows = String::new();
    for m in outbox.list(q.to.as_deref()).iter().rev() {
        rows.push_str(&format!(
            "<tr class=\"outbox-message\" data-to=\"{to}\" data-code=\"{code}\" data-channel=\"{ch}\"><td>{time}</td><td>{to}</td><td>{ch}</td><td>{purpose}</td><td class=\"code\">{code}</td><td><pre>{body}</pre></td></tr>",
            to = esc(&m.to),
            code = esc(&m.code),
            ch = m.channel,
            purpose = m.purpose,
            time = crate::domain::time::clock_utc(m.sent_at),
            body = esc(&m.body),
        ));
    }
    if rows.is_empty() {
        rows.push_str("<tr><td colspan=\"6\">No messages yet. Sign up and the code appears here.</td></tr>");
    }
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Outbox (console SMS provider)</title><link rel=\"stylesheet\" href=\"/pkg/phone_auth.css\"></head><body><main class=\"page wide\">\
         <h1>Outbox</h1><p>Messages the <code>console</code> SMS provider would have sent, newest first. This page exists only with \
         <code>SMS_PROVIDER=console</code>.</p><p><a href=\"/dev/outbox\">Refresh</a> · <a href=\"/\">Back to the app</a></p>\
         <table class=\"outbox\"><thead><tr><th>Sent</th><th>To</th><th>Channel</th><th>Purpose</th><th>Code</th><th>Message</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    );
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'self'; frame-ancestors 'none'"),
        ],
        Html(html),
    )
        .into_response()
}

/// Folds recorded latencies into their histogram buckets every five seconds, so the samples
/// kept between two scrapes stay few (see `metrics::Metrics::upkeep`).
async fn metrics_upkeep(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        state.metrics.upkeep();
    }
}

/// Deletes expired sessions, old rate windows and sign-ups never proved, every ten minutes.
async fn housekeeping(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        let now = crate::server::clock::now();
        if let Err(e) = state.db.delete_expired_sessions(now, state.config.limits.session_idle_ttl).await {
            tracing::warn!(error = %e, "session clean-up failed");
        }
        if let Err(e) = state.db.rate_prune(now - 3 * 86_400).await {
            tracing::warn!(error = %e, "rate counter clean-up failed");
        }
        if let Err(e) = state.db.purge_pending_sign_ups(now - crate::server::services::auth::PENDING_SIGN_UP_TTL).await {
            tracing::warn!(error = %e, "pending sign-up clean-up failed");
        }
    }
}
