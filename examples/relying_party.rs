//! An app that signs people in with phone-auth: a relying party of its OpenID Connect
//! provider, written with the `openidconnect` crate the way any Rust app would use it
//! (nothing in it knows phone-auth's internals). The browser tests sign in to it through
//! phone-auth's pages, with JavaScript on and off; it is also a starting point for your
//! own app.
//!
//! What it does: discovery; the authorization code flow with PKCE (S256), `state` and
//! `nonce`; the code exchanged with `client_secret_basic` (or as a public client without
//! a secret); the ID token verified against the provider's JWKS (discovery is read again
//! once when a token names a key it has not seen: keys rotate); userinfo; RP-initiated
//! logout with `id_token_hint`, `post_logout_redirect_uri` and `state`. Its own sessions
//! live in memory (bounded: an example, not a store), in a random `HttpOnly` cookie.
//!
//! Register it, then start it:
//!
//! ```text
//! phone-auth clients add --name "Example App" \
//!     --redirect-uri http://localhost:4000/callback --post-logout-redirect-uri http://localhost:4000/signed-out
//! ISSUER_URL=http://127.0.0.1:3000 CLIENT_ID=... CLIENT_SECRET=... RP_PUBLIC_URL=http://localhost:4000 \
//!     cargo run --example relying_party --features ssr -- 127.0.0.1:4000
//! ```
//!
//! `ISSUER_URL` is phone-auth's `PUBLIC_URL`; leave `CLIENT_SECRET` unset for a client
//! registered with `--public`.

use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, COOKIE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreIdToken, CoreUserInfoClaims};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndSessionUrl, IssuerUrl, LoginHint, LogoutRequest, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl, Scope, TokenResponse,
};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Sign-ins started and not finished, and sessions, each kept at most this many (the
/// oldest go first): memory stays bounded whoever calls.
const MAX_ENTRIES: usize = 10_000;
/// A sign-in must come back within this time.
const PENDING_TTL: Duration = Duration::from_secs(10 * 60);
/// The example's own session length.
const SESSION_TTL: Duration = Duration::from_secs(8 * 60 * 60);

/// The client as discovery made it: authorization endpoint set, token and userinfo
/// endpoints as the provider published them.
type Rp = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

struct Provider {
    client: Rp,
    end_session: Option<EndSessionUrl>,
}

struct Settings {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    public_url: String,
}

struct App {
    settings: Settings,
    /// Follows no redirects, as the `openidconnect` crate advises (SSRF).
    http: reqwest::Client,
    provider: RwLock<Arc<Provider>>,
    pending: Mutex<HashMap<String, Pending>>,
    sessions: Mutex<HashMap<String, Signed>>,
}

/// What a sign-in must find when it comes back.
struct Pending {
    state: CsrfToken,
    nonce: Nonce,
    verifier: PkceCodeVerifier,
    at: Instant,
}

/// Someone signed in to this app.
struct Signed {
    id_token: CoreIdToken,
    sub: String,
    amr: Vec<String>,
    name: Option<String>,
    phone: Option<String>,
    phone_verified: Option<bool>,
    at: Instant,
}

#[tokio::main]
async fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:4000".to_string());
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let Some(issuer) = var("ISSUER_URL") else { return fail("ISSUER_URL (phone-auth's PUBLIC_URL) is not set") };
    let Some(client_id) = var("CLIENT_ID") else { return fail("CLIENT_ID is not set (phone-auth clients add prints it)") };
    let issuer = match IssuerUrl::new(issuer) {
        Ok(i) => i,
        Err(e) => return fail(&format!("ISSUER_URL is not a URL: {e}")),
    };
    let settings = Settings {
        issuer,
        client_id: ClientId::new(client_id),
        client_secret: var("CLIENT_SECRET").map(ClientSecret::new),
        public_url: var("RP_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}")).trim_end_matches('/').to_string(),
    };
    let http = match reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(Duration::from_secs(10)).build() {
        Ok(h) => h,
        Err(e) => return fail(&format!("no HTTP client: {e}")),
    };
    // phone-auth may still be starting: try discovery for a minute.
    let mut tries = 0;
    let provider = loop {
        match discover(&settings, &http).await {
            Ok(p) => break p,
            Err(e) if tries < 60 => {
                tries += 1;
                eprintln!("relying party: discovery failed ({e}); trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(e) => return fail(&format!("discovery failed: {e}")),
        }
    };
    let app = Arc::new(App {
        settings,
        http,
        provider: RwLock::new(Arc::new(provider)),
        pending: Mutex::new(HashMap::new()),
        sessions: Mutex::new(HashMap::new()),
    });
    let router = Router::new()
        .route("/", get(home))
        .route("/login", get(login))
        .route("/callback", get(callback))
        .route("/logout", post(logout))
        .route("/signed-out", get(signed_out))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(app);
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => return fail(&format!("cannot listen on {addr}: {e}")),
    };
    println!("example relying party listening on http://{addr}");
    let shutdown = async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! { _ = tokio::signal::ctrl_c() => {}, _ = term.recv() => {} }
    };
    if let Err(e) = axum::serve(listener, router).with_graceful_shutdown(shutdown).await {
        fail(&format!("server error: {e}"));
    }
}

fn fail(msg: &str) {
    eprintln!("relying party: {msg}");
    std::process::exit(1);
}

async fn discover(s: &Settings, http: &reqwest::Client) -> Result<Provider, String> {
    let meta = ProviderMetadataWithLogout::discover_async(s.issuer.clone(), http).await.map_err(|e| e.to_string())?;
    let end_session = meta.additional_metadata().end_session_endpoint.clone();
    let redirect = RedirectUrl::new(format!("{}/callback", s.public_url)).map_err(|e| e.to_string())?;
    let client = CoreClient::from_provider_metadata(meta, s.client_id.clone(), s.client_secret.clone()).set_redirect_uri(redirect);
    Ok(Provider { client, end_session })
}

impl App {
    fn provider(&self) -> Arc<Provider> {
        self.provider.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn session(&self, headers: &HeaderMap) -> Option<SignedView> {
        let id = cookie(headers, "rp_session")?;
        let sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        let s = sessions.get(&id).filter(|s| s.at.elapsed() < SESSION_TTL)?;
        Some(SignedView {
            sub: s.sub.clone(),
            amr: s.amr.join(" "),
            name: s.name.clone(),
            phone: s.phone.clone(),
            phone_verified: s.phone_verified,
        })
    }
}

struct SignedView {
    sub: String,
    amr: String,
    name: Option<String>,
    phone: Option<String>,
    phone_verified: Option<bool>,
}

/// Inserts under a new random key, first dropping what has expired and, if still full,
/// the oldest entry.
fn insert_bounded<T>(map: &Mutex<HashMap<String, T>>, value: T, ttl: Duration, at: impl Fn(&T) -> Instant) -> String {
    let key = CsrfToken::new_random().secret().clone();
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    map.retain(|_, v| at(v).elapsed() < ttl);
    if map.len() >= MAX_ENTRIES {
        if let Some(oldest) = map.iter().min_by_key(|(_, v)| at(v)).map(|(k, _)| k.clone()) {
            map.remove(&oldest);
        }
    }
    map.insert(key.clone(), value);
    key
}

#[derive(serde::Deserialize)]
struct LoginQuery {
    login_hint: Option<String>,
}

/// `GET /login`: off to phone-auth's authorization endpoint.
async fn login(State(app): State<Arc<App>>, Query(q): Query<LoginQuery>) -> Response {
    let provider = app.provider();
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut req = provider
        .client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("phone".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge);
    if let Some(hint) = q.login_hint.map(|h| h.trim().to_string()).filter(|h| !h.is_empty()) {
        req = req.set_login_hint(LoginHint::new(hint));
    }
    let (url, state, nonce) = req.url();
    let key = insert_bounded(&app.pending, Pending { state, nonce, verifier, at: Instant::now() }, PENDING_TTL, |p| p.at);
    let mut r = redirect(url.as_str());
    set_cookie(&mut r, "rp_login", &key, PENDING_TTL.as_secs());
    r
}

#[derive(serde::Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// `GET /callback`: the provider sends the browser back with a code (or an error).
async fn callback(State(app): State<Arc<App>>, headers: HeaderMap, Query(q): Query<CallbackQuery>) -> Response {
    let pending = cookie(&headers, "rp_login").and_then(|k| app.pending.lock().unwrap_or_else(|e| e.into_inner()).remove(&k));
    let Some(pending) = pending.filter(|p| p.at.elapsed() < PENDING_TTL) else {
        return problem("This sign-in was not started here, or it took too long. Please sign in again.");
    };
    if q.state.as_deref() != Some(pending.state.secret().as_str()) {
        return problem("This sign-in does not match the one started here. Please sign in again.");
    }
    if let Some(error) = q.error {
        let why = match error.as_str() {
            "access_denied" => "You did not allow Example App to use your phone-auth account.".to_string(),
            "login_required" => "You are not signed in to phone-auth.".to_string(),
            _ => q.error_description.unwrap_or(error),
        };
        return problem(&format!("Sign-in was not completed: {why}"));
    }
    let Some(code) = q.code else { return problem("The provider sent no code. Please sign in again.") };
    match finish(&app, code, pending).await {
        Ok(signed) => {
            let key = insert_bounded(&app.sessions, signed, SESSION_TTL, |s| s.at);
            let mut r = redirect("/");
            set_cookie(&mut r, "rp_session", &key, SESSION_TTL.as_secs());
            clear_cookie(&mut r, "rp_login");
            r
        }
        Err(e) => {
            eprintln!("relying party: sign-in failed: {e}");
            problem("Sign-in could not be completed. Please sign in again.")
        }
    }
}

/// Exchanges the code, verifies the ID token (reading discovery again once if its key is
/// new), asks userinfo for the profile.
async fn finish(app: &App, code: String, p: Pending) -> Result<Signed, String> {
    let provider = app.provider();
    let tokens = provider
        .client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| e.to_string())?
        .set_pkce_verifier(p.verifier)
        .request_async(&app.http)
        .await
        .map_err(|e| format!("token endpoint: {e}"))?;
    let id_token = tokens.id_token().ok_or("no ID token")?.clone();
    let verifies = id_token.claims(&provider.client.id_token_verifier(), &p.nonce).is_ok();
    let provider = if verifies {
        provider
    } else {
        let fresh = Arc::new(discover(&app.settings, &app.http).await?);
        *app.provider.write().unwrap_or_else(|e| e.into_inner()) = fresh.clone();
        fresh
    };
    let claims = id_token.claims(&provider.client.id_token_verifier(), &p.nonce).map_err(|e| format!("ID token: {e}"))?;
    let sub = claims.subject().to_string();
    let amr = claims.auth_method_refs().map(|v| v.iter().map(|a| a.to_string()).collect()).unwrap_or_default();
    let info: CoreUserInfoClaims = provider
        .client
        .user_info(tokens.access_token().clone(), Some(claims.subject().clone()))
        .map_err(|e| e.to_string())?
        .request_async(&app.http)
        .await
        .map_err(|e| format!("userinfo: {e}"))?;
    Ok(Signed {
        sub,
        amr,
        name: info.name().and_then(|n| n.get(None)).map(|n| n.to_string()),
        phone: info.phone_number().map(|p| p.to_string()),
        phone_verified: info.phone_number_verified(),
        id_token,
        at: Instant::now(),
    })
}

/// `POST /logout`: ends this app's session and sends the browser to phone-auth to end
/// that one too (RP-initiated logout).
async fn logout(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let signed = cookie(&headers, "rp_session").and_then(|k| app.sessions.lock().unwrap_or_else(|e| e.into_inner()).remove(&k));
    let provider = app.provider();
    let target = match (&provider.end_session, signed) {
        (Some(end), Some(signed)) => {
            let mut req = LogoutRequest::from(end.clone()).set_id_token_hint(&signed.id_token);
            if let Ok(after) = PostLogoutRedirectUrl::new(format!("{}/signed-out", app.settings.public_url)) {
                req = req.set_post_logout_redirect_uri(after);
            }
            req.http_get_url().to_string()
        }
        _ => "/signed-out".to_string(),
    };
    let mut r = redirect(&target);
    clear_cookie(&mut r, "rp_session");
    r
}

async fn signed_out() -> Response {
    page(
        "Signed out",
        "<h1>Signed out</h1><p id=\"rp-signed-out\">You are signed out of Example App and of phone-auth.</p>\
         <p><a href=\"/\">Back to Example App</a></p>",
    )
}

async fn home(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    match app.session(&headers) {
        Some(s) => {
            let verified = match s.phone_verified {
                Some(true) => " (verified)",
                Some(false) => " (not verified)",
                None => "",
            };
            page(
                "Example App",
                &format!(
                    "<h1>Hello, <span id=\"rp-name\">{}</span></h1>\
                     <p>You signed in to Example App with phone-auth.</p>\
                     <dl><dt>Phone number</dt><dd><span id=\"rp-phone\">{}</span>{verified}</dd>\
                     <dt>Your id at phone-auth (<code>sub</code>)</dt><dd id=\"rp-sub\">{}</dd>\
                     <dt>How you signed in (<code>amr</code>)</dt><dd id=\"rp-amr\">{}</dd></dl>\
                     <form method=\"post\" action=\"/logout\"><button type=\"submit\" id=\"rp-signout\">Sign out</button></form>",
                    escape(s.name.as_deref().unwrap_or("there")),
                    escape(s.phone.as_deref().unwrap_or("not shared")),
                    escape(&s.sub),
                    escape(&s.amr),
                ),
            )
        }
        None => page(
            "Example App",
            "<h1>Example App</h1><p id=\"rp-welcome\">This app has no accounts of its own: it signs you in with phone-auth.</p>\
             <form method=\"get\" action=\"/login\">\
             <label for=\"login_hint\">Your phone number (optional)</label>\
             <input id=\"login_hint\" name=\"login_hint\" type=\"tel\" autocomplete=\"tel\">\
             <button type=\"submit\" id=\"rp-signin\">Sign in with phone-auth</button></form>",
        ),
    }
}

fn problem(sentence: &str) -> Response {
    let mut r = page(
        "Sign-in not completed",
        &format!("<h1>Sign-in not completed</h1><p id=\"rp-error\">{}</p><p><a href=\"/\">Back to Example App</a></p>", escape(sentence)),
    );
    *r.status_mut() = StatusCode::BAD_REQUEST;
    r
}

fn page(title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>\
         <style>body{{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}}\
         label,input,button{{display:block;margin-block:.25rem}}input,button{{font:inherit;padding:.4rem .6rem}}\
         dt{{font-weight:600}}dd{{margin:0 0 .5rem}}</style></head>\
         <body><main>{body}</main></body></html>",
        escape(title)
    );
    let mut r = Html(html).into_response();
    r.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn redirect(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(LOCATION, v);
    }
    r.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn set_cookie(r: &mut Response, name: &str, value: &str, max_age: u64) {
    let c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}");
    if let Ok(v) = HeaderValue::from_str(&c) {
        r.headers_mut().append(SET_COOKIE, v);
    }
}

fn clear_cookie(r: &mut Response, name: &str) {
    set_cookie(r, name, "", 0);
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
