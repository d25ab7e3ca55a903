//! The OpenID Connect provider (Core 1.0, Discovery 1.0, RFC 6749, RFC 7636, RP-Initiated
//! Logout 1.0): the authorization request and what it leads to (sign-in, consent, a code
//! or an error for the client), the token endpoint's two grants, userinfo, logout, the
//! discovery document and the JWKS. The routes (`routes/oidc.rs`) only read HTTP and
//! write these answers.
//!
//! Codes, access tokens and refresh tokens are 256 random bits; only their SHA-256 is
//! stored. A code is taken by one conditional update (single use); a refresh token
//! rotates the same way. A replayed code or refresh token revokes its grant: every
//! token issued from that code.

use crate::domain::oidc::{acr, amr, CodeChallenge, CodeVerifier, Prompt, Scope, Scopes};
use crate::domain::AppError;
use crate::server::clock::now;
use crate::server::config::Config;
use crate::server::db::oidc::{ClientRow, CodeRow, ConsentRow, GrantRow, NewCode, UriList};
use crate::server::oidc_keys::{jws_kid, verify_jws, ID_TOKEN_TTL};
use crate::server::request::RequestMeta;
use crate::server::services::auth::{self, Current};
use crate::server::session::SessionKind;
use crate::server::state::AppState;
use crate::server::OrInternal;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// An authorization code lives a minute.
pub const CODE_TTL: i64 = 60;
/// Access tokens are opaque and short: userinfo is all they open.
pub const ACCESS_TOKEN_TTL: i64 = 600;
pub const REFRESH_TOKEN_TTL: i64 = 30 * 86_400;

/// The issuer: the public URL's origin (the app serves from its root).
pub fn issuer(config: &Config) -> String {
    config.public_origin()
}

/// 256 random bits, base64url: codes, tokens, client secrets.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a code, token or client secret. A fast hash is enough: each is
/// 256 random bits, so there is no dictionary to try and no guess to slow down (a slow
/// hash would only make every token request cost CPU).
pub fn hash_secret(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// The discovery document (Discovery 1.0 section 3).
pub fn discovery(config: &Config) -> Value {
    let iss = issuer(config);
    json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/oauth/authorize"),
        "token_endpoint": format!("{iss}/oauth/token"),
        "userinfo_endpoint": format!("{iss}/oauth/userinfo"),
        "jwks_uri": format!("{iss}/oauth/jwks"),
        "end_session_endpoint": format!("{iss}/oauth/logout"),
        "scopes_supported": Scope::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "code_challenge_methods_supported": ["S256"],
        "prompt_values_supported": ["none", "login", "consent", "select_account"],
        "acr_values_supported": ["1", "2"],
        "claims_supported": [
            "iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "amr", "acr", "at_hash",
            "phone_number", "phone_number_verified", "name"
        ],
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
    })
}

// ---------------------------------------------------------------- authorization

/// A refused authorization request.
#[derive(Debug)]
pub enum AuthorizeError {
    /// The client or its redirect URI is not valid: said on a page, never redirected
    /// (RFC 6749 4.1.2.1).
    Page(String),
    /// Sent back to the client's redirect URI (`error`, `error_description`, `state`).
    Redirect(String),
    Internal(AppError),
}

impl From<AppError> for AuthorizeError {
    fn from(e: AppError) -> Self {
        AuthorizeError::Internal(e)
    }
}

/// A valid authorization request: the client and its redirect URI are known, so every
/// later error goes back to the client. Its `Debug` leaves out the parameters (a
/// `login_hint` is a phone number).
#[derive(Clone)]
pub struct AuthorizeRequest {
    pub client: ClientRow,
    pub redirect_uri: String,
    pub scopes: Scopes,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub challenge: Option<CodeChallenge>,
    pub prompt: Prompt,
    pub max_age: Option<i64>,
    /// `login_hint`, when it is a phone number: the sign-in page starts with it.
    pub login_hint: Option<crate::domain::PhoneNumber>,
    /// The request's parameters, as they came (to carry through sign-in and consent).
    pub params: Vec<(String, String)>,
}

impl std::fmt::Debug for AuthorizeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthorizeRequest")
            .field("client_id", &self.client.id)
            .field("redirect_uri", &self.redirect_uri)
            .field("scopes", &self.scopes.as_string())
            .field("prompt", &self.prompt)
            .field("max_age", &self.max_age)
            .finish_non_exhaustive()
    }
}

impl AuthorizeRequest {
    /// The redirect to the client with an error (RFC 6749 4.1.2.1).
    pub fn error(&self, error: &str, description: &str) -> AuthorizeError {
        let mut q = vec![("error", error), ("error_description", description)];
        if let Some(s) = &self.state {
            q.push(("state", s));
        }
        AuthorizeError::Redirect(with_query(&self.redirect_uri, &q))
    }

    /// This request's query, without the parameters in `drop`.
    fn query(&self, drop: &[&str]) -> String {
        let mut ser = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.params.iter().filter(|(k, _)| !drop.contains(&k.as_str())) {
            ser.append_pair(k, v);
        }
        ser.finish()
    }

    /// This request at another local path (`/oauth/consent?...`).
    pub fn local_url(&self, path: &str) -> String {
        format!("{path}?{}", self.query(&[]))
    }

    /// Where sign-in comes back to: this request (without the parameters in `drop`) as
    /// `/oauth/authorize?resume=<base64url of its query>` (a `login_hint` goes to the
    /// sign-in page in the flash instead: no URL the app builds carries a number). One
    /// opaque value: base64url survives any decoding on its way (Leptos's query map, for
    /// one, decodes a value twice on the server; the pages now read `next` from the
    /// request itself, see `ui::components::fields::query_value`).
    pub fn resume_url(&self, drop: &[&str]) -> String {
        format!("/oauth/authorize?{RESUME}={}", URL_SAFE_NO_PAD.encode(self.query(drop)))
    }
}

const RESUME: &str = "resume";

/// The parameters of an authorization request, as it came or as [`AuthorizeRequest::resume_url`]
/// carried it through sign-in.
pub fn resumed(params: Vec<(String, String)>) -> Result<Vec<(String, String)>, AuthorizeError> {
    match params.as_slice() {
        [(k, v)] if k == RESUME => {
            let damaged = || AuthorizeError::Page("This sign-in request was damaged on its way. Start again from the application.".into());
            let query = String::from_utf8(URL_SAFE_NO_PAD.decode(v).map_err(|_| damaged())?).map_err(|_| damaged())?;
            Ok(url::form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
        }
        _ => Ok(params),
    }
}

/// The client a page's `next` goes back to, with the redirect URI, when `next` is an
/// authorization request carried through sign-in whose client and redirect URI are
/// registered.
async fn client_of_next(state: &AppState, next: &str) -> Option<(ClientRow, String)> {
    let query = next.strip_prefix("/oauth/authorize?")?;
    let params = resumed(url::form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()).ok()?;
    let get = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let client = state.db.client(get("client_id")?).await.ok()??;
    let redirect_uri = get("redirect_uri").filter(|u| client.redirect_uris.has(u))?.to_string();
    Some((client, redirect_uri))
}

/// The origin of the client a page's `next` goes back to (see [`client_of_next`]): the
/// sign-in pages let their forms' redirects reach it (see `middleware::page_csp`).
pub async fn client_origin_of_next(state: &AppState, next: &str) -> Option<String> {
    let (_, redirect_uri) = client_of_next(state, next).await?;
    crate::server::middleware::origin_of(&redirect_uri)
}

/// The name of the app a sign-in page's `next` goes back to (see [`client_of_next`]):
/// the page says "to continue to <app>".
pub async fn client_name_of_next(state: &AppState, next: &str) -> Option<String> {
    client_of_next(state, next).await.map(|(client, _)| client.name)
}

/// `uri` with `params` added to its query.
fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        ser.append_pair(k, v);
    }
    let sep = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{sep}{}", ser.finish())
}

/// Parses an authorization request. Unknown client or unregistered redirect URI: a
/// page. Anything else wrong: an error for the client.
pub async fn parse_authorize(state: &AppState, params: Vec<(String, String)>) -> Result<AuthorizeRequest, AuthorizeError> {
    let params = resumed(params)?;
    let mut one: HashMap<&str, &str> = HashMap::new();
    for (k, v) in &params {
        // A parameter given twice is an error (RFC 6749 3.1); the client is checked first.
        if one.insert(k.as_str(), v.as_str()).is_some() && matches!(k.as_str(), "client_id" | "redirect_uri") {
            return Err(AuthorizeError::Page(format!("The request names its {k} twice.")));
        }
    }
    let get = |k: &str| one.get(k).copied().filter(|v| !v.is_empty());
    let Some(client_id) = get("client_id") else {
        return Err(AuthorizeError::Page("The request does not say which application is asking (no client_id).".into()));
    };
    let Some(client) = state.db.client(client_id).await.or_internal("reading the client")? else {
        return Err(AuthorizeError::Page("The application that sent you here is not registered with this service.".into()));
    };
    let Some(redirect_uri) = get("redirect_uri") else {
        return Err(AuthorizeError::Page("The request does not say where to send you back (no redirect_uri).".into()));
    };
    if !client.redirect_uris.has(redirect_uri) {
        return Err(AuthorizeError::Page("The application asked to send you back to an address it has not registered.".into()));
    }
    let mut req = AuthorizeRequest {
        redirect_uri: redirect_uri.to_string(),
        scopes: Scopes::default(),
        state: get("state").map(str::to_string),
        nonce: get("nonce").map(str::to_string),
        challenge: None,
        prompt: Prompt::default(),
        max_age: None,
        login_hint: get("login_hint").and_then(|h| crate::domain::PhoneNumber::parse(None, h, &state.config.allowed_countries).ok()),
        params: params.clone(),
        client,
    };
    if params.iter().any(|(k, _)| params.iter().filter(|(k2, _)| k2 == k).count() > 1) {
        return Err(req.error("invalid_request", "A parameter is given more than once."));
    }
    match get("response_type") {
        Some("code") => {}
        None => return Err(req.error("invalid_request", "response_type is missing.")),
        Some(_) => return Err(req.error("unsupported_response_type", "Only response_type=code is supported.")),
    }
    if get("request").is_some() {
        return Err(req.error("request_not_supported", "Request objects are not supported."));
    }
    if get("request_uri").is_some() {
        return Err(req.error("request_uri_not_supported", "request_uri is not supported."));
    }
    req.scopes = Scopes::parse(get("scope").unwrap_or(""));
    if !req.scopes.contains(Scope::OpenId) {
        return Err(req.error("invalid_scope", "The scope must include openid."));
    }
    req.prompt = match Prompt::parse(get("prompt").unwrap_or("")) {
        Ok(p) => p,
        Err(why) => return Err(req.error("invalid_request", why)),
    };
    req.max_age = match get("max_age").map(crate::domain::oidc::parse_max_age) {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(why)) => return Err(req.error("invalid_request", why)),
    };
    req.challenge = match get("code_challenge") {
        Some(c) => match CodeChallenge::parse(c, get("code_challenge_method")) {
            Ok(c) => Some(c),
            Err(why) => return Err(req.error("invalid_request", why)),
        },
        None if req.client.public => return Err(req.error("invalid_request", "A public client must send a PKCE code_challenge (S256).")),
        None => None,
    };
    if req.nonce.as_ref().is_some_and(|n| n.len() > 512) || req.state.as_ref().is_some_and(|s| s.len() > 2048) {
        return Err(req.error("invalid_request", "nonce or state is too long."));
    }
    Ok(req)
}

/// Where an authorization request goes next. Its `Debug` shows neither the code nor
/// the number.
pub enum Authorized {
    /// Sign in (again), then come back to this local URL; the sign-in page starts with
    /// the number of the `login_hint`, if any.
    SignIn { next: String, phone: Option<crate::domain::PhoneNumber> },
    /// Ask the person (the consent page, at this local URL).
    Consent { url: String },
    /// Back to the client with a code.
    Code { redirect: String },
}

impl std::fmt::Debug for Authorized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Authorized::SignIn { next, .. } => f.debug_struct("SignIn").field("next", next).finish_non_exhaustive(),
            Authorized::Consent { url } => f.debug_struct("Consent").field("url", url).finish(),
            Authorized::Code { .. } => f.write_str("Code { redirect: <redacted> }"),
        }
    }
}

/// Decides an authorization request for the person behind the session (if any).
/// `prompt=login` and an exceeded `max_age` end the session first: the person signs in
/// again, and comes back to the request without those parameters (so it cannot loop).
pub async fn authorize(
    state: &AppState,
    meta: &RequestMeta,
    cur: Option<&Current>,
    req: &AuthorizeRequest,
) -> Result<Authorized, AuthorizeError> {
    let signed_in = cur.filter(|c| c.kind() == SessionKind::Full);
    let too_old = match (signed_in, req.max_age) {
        (Some(c), Some(max_age)) => now() - c.session.created_at > max_age,
        _ => false,
    };
    let Some(cur) = signed_in.filter(|_| !req.prompt.login && !too_old) else {
        if req.prompt.none {
            return Err(req.error("login_required", "The person is not signed in."));
        }
        if let Some(c) = cur {
            // Sign in again: this session ends (the sign-in page starts a new one).
            auth::sign_out(state, meta, c).await?;
        }
        return Ok(Authorized::SignIn { next: req.resume_url(&["prompt", "max_age", "login_hint"]), phone: req.login_hint.clone() });
    };
    let consented = state
        .db
        .consent(cur.user.id, &req.client.id)
        .await
        .or_internal("reading the consent")?
        .is_some_and(|s| req.scopes.within(&Scopes::parse(&s)));
    if req.prompt.consent || !consented {
        if req.prompt.none {
            return Err(req.error("consent_required", "The person has not allowed this application yet."));
        }
        return Ok(Authorized::Consent { url: req.local_url("/oauth/consent") });
    }
    Ok(Authorized::Code { redirect: issue_code(state, cur, req).await? })
}

/// The consent page's answer: allowed (remembered, and a code for the client) or not
/// (`access_denied` for the client).
pub async fn decide_consent(state: &AppState, cur: &Current, req: &AuthorizeRequest, allow: bool) -> Result<String, AuthorizeError> {
    if !allow {
        return match req.error("access_denied", "The person did not allow access.") {
            AuthorizeError::Redirect(to) => Ok(to),
            other => Err(other),
        };
    }
    state.db.save_consent(cur.user.id, &req.client.id, &req.scopes.as_string(), now()).await.or_internal("saving the consent")?;
    Ok(issue_code(state, cur, req).await?)
}

/// A new authorization code for the request; the client's redirect URI with it.
async fn issue_code(state: &AppState, cur: &Current, req: &AuthorizeRequest) -> Result<String, AppError> {
    let code = random_token();
    let t = now();
    let amr = amr(cur.session.sign_in_method).join(" ");
    state
        .db
        .insert_code(&NewCode {
            code_hash: &hash_secret(&code),
            client_id: &req.client.id,
            redirect_uri: &req.redirect_uri,
            user_id: cur.user.id,
            session_id: cur.session.id,
            nonce: req.nonce.as_deref(),
            code_challenge: req.challenge.as_ref().map(CodeChallenge::as_str),
            scope: &req.scopes.as_string(),
            auth_time: cur.session.created_at,
            amr: &amr,
            now: t,
            expires_at: t + CODE_TTL,
        })
        .await
        .or_internal("storing the authorization code")?;
    let mut q = vec![("code", code.as_str())];
    if let Some(s) = &req.state {
        q.push(("state", s));
    }
    Ok(with_query(&req.redirect_uri, &q))
}

// ---------------------------------------------------------------- token endpoint

/// A refusal of the token endpoint (RFC 6749 5.2).
#[derive(Debug)]
pub enum TokenError {
    InvalidRequest(&'static str),
    /// 401; `basic`: the client used HTTP Basic, so the answer names that scheme.
    InvalidClient {
        basic: bool,
    },
    InvalidGrant(&'static str),
    UnsupportedGrantType,
    InvalidScope,
    Internal(AppError),
}

impl From<AppError> for TokenError {
    fn from(e: AppError) -> Self {
        TokenError::Internal(e)
    }
}

/// The client's credentials as the request presented them.
pub struct ClientCredentials {
    pub client_id: String,
    pub secret: Option<String>,
    pub basic: bool,
}

impl std::fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCredentials").field("client_id", &self.client_id).field("basic", &self.basic).finish_non_exhaustive()
    }
}

/// Reads `client_secret_basic` (the `Authorization` header) or `client_secret_post` /
/// `none` (the form); both at once is an error.
pub fn client_credentials(authorization: Option<&str>, form: &HashMap<String, String>) -> Result<ClientCredentials, TokenError> {
    let form_id = form.get("client_id").filter(|v| !v.is_empty());
    let form_secret = form.get("client_secret").filter(|v| !v.is_empty());
    if let Some(h) = authorization {
        let Some(b64) = h.strip_prefix("Basic ").or_else(|| h.strip_prefix("basic ")) else {
            return Err(TokenError::InvalidClient { basic: true });
        };
        let decoded =
            base64::engine::general_purpose::STANDARD.decode(b64.trim()).map_err(|_| TokenError::InvalidClient { basic: true })?;
        let decoded = String::from_utf8(decoded).map_err(|_| TokenError::InvalidClient { basic: true })?;
        let (id, secret) = decoded.split_once(':').ok_or(TokenError::InvalidClient { basic: true })?;
        // RFC 6749 2.3.1: both are form-urlencoded before they are joined.
        let unescape = |s: &str| url::form_urlencoded::parse(format!("v={s}").as_bytes()).next().map(|(_, v)| v.into_owned());
        let (id, secret) = (unescape(id).unwrap_or_default(), unescape(secret).unwrap_or_default());
        if form_secret.is_some() || form_id.is_some_and(|f| *f != id) {
            return Err(TokenError::InvalidRequest("Use one way to authenticate the client."));
        }
        return Ok(ClientCredentials { client_id: id, secret: Some(secret), basic: true });
    }
    match form_id {
        Some(id) => Ok(ClientCredentials { client_id: id.clone(), secret: form_secret.cloned(), basic: false }),
        None => Err(TokenError::InvalidClient { basic: false }),
    }
}

/// The client, if its credentials are right: a confidential client's secret (compared
/// in constant time on its hash), or a public client that presents none.
async fn authenticate(state: &AppState, creds: &ClientCredentials) -> Result<ClientRow, TokenError> {
    let refused = TokenError::InvalidClient { basic: creds.basic };
    let Some(client) = state.db.client(&creds.client_id).await.or_internal("reading the client")? else {
        return Err(refused);
    };
    let ok = match (&client.secret_hash, &creds.secret, client.public) {
        (_, None, true) => true,
        (Some(hash), Some(secret), false) => subtle::ConstantTimeEq::ct_eq(hash_secret(secret).as_bytes(), hash.as_bytes()).into(),
        _ => false,
    };
    if ok {
        Ok(client)
    } else {
        tracing::warn!(client_id = %client.id, "token request with wrong client credentials");
        Err(refused)
    }
}

/// The token endpoint's answer (RFC 6749 5.1). Its `Debug` shows no token.
pub struct Tokens(pub Value);

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens(<redacted>)")
    }
}

pub async fn token(state: &AppState, authorization: Option<&str>, form: &HashMap<String, String>) -> Result<Tokens, TokenError> {
    let grant_type = form.get("grant_type").map(String::as_str);
    let creds = client_credentials(authorization, form)?;
    let client = authenticate(state, &creds).await?;
    match grant_type {
        Some("authorization_code") => exchange_code(state, &client, form).await,
        Some("refresh_token") => refresh(state, &client, form).await,
        None => Err(TokenError::InvalidRequest("grant_type is missing.")),
        Some(_) => Err(TokenError::UnsupportedGrantType),
    }
}

async fn exchange_code(state: &AppState, client: &ClientRow, form: &HashMap<String, String>) -> Result<Tokens, TokenError> {
    let code = form.get("code").filter(|c| !c.is_empty()).ok_or(TokenError::InvalidRequest("code is missing."))?;
    let redirect_uri = form.get("redirect_uri").ok_or(TokenError::InvalidRequest("redirect_uri is missing."))?;
    let verifier = match form.get("code_verifier") {
        Some(v) => Some(CodeVerifier::parse(v).map_err(TokenError::InvalidRequest)?),
        None => None,
    };
    let code_hash = hash_secret(code);
    let grant_id = random_token();
    let t = now();
    let Some(row) = state.db.take_code(&code_hash, &client.id, t, &grant_id).await.or_internal("taking the authorization code")? else {
        // Used before: a replay, perhaps by someone who stole the code. Every token
        // issued from it is revoked (RFC 6749 4.1.2).
        if let Some(used) = state.db.used_code(&code_hash, &client.id).await.or_internal("reading a used authorization code")? {
            if let Some(g) = grant_of(&used) {
                state.db.revoke_grant(&g, t).await.or_internal("revoking the tokens of a replayed code")?;
                tracing::warn!(client_id = %client.id, "authorization code used twice: its tokens are revoked");
            }
            return Err(TokenError::InvalidGrant("The authorization code was already used."));
        }
        return Err(TokenError::InvalidGrant("The authorization code is not valid or has expired."));
    };
    if row.redirect_uri != *redirect_uri {
        return Err(TokenError::InvalidGrant("redirect_uri is not the one of the authorization request."));
    }
    match (&row.code_challenge, &verifier) {
        (Some(challenge), Some(v)) => {
            let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(v.expose().as_bytes()));
            if !bool::from(subtle::ConstantTimeEq::ct_eq(computed.as_bytes(), challenge.as_bytes())) {
                return Err(TokenError::InvalidGrant("The code_verifier does not match the code_challenge."));
            }
        }
        (Some(_), None) => return Err(TokenError::InvalidGrant("code_verifier is missing.")),
        (None, Some(_)) => return Err(TokenError::InvalidGrant("The authorization request had no code_challenge.")),
        (None, None) => {}
    }
    let grant = GrantRow {
        id: grant_id,
        client_id: row.client_id.clone(),
        user_id: row.user_id,
        scope: row.scope.clone(),
        auth_time: row.auth_time,
        amr: row.amr.clone(),
    };
    state.db.insert_grant(&grant, t).await.or_internal("recording the grant")?;
    issue_tokens(state, client, &grant, row.nonce.as_deref()).await
}

/// The grant a used code started (named in the code row by the exchange that took it).
fn grant_of(code: &CodeRow) -> Option<GrantRow> {
    Some(GrantRow {
        id: code.grant_id.clone()?,
        client_id: code.client_id.clone(),
        user_id: code.user_id,
        scope: code.scope.clone(),
        auth_time: code.auth_time,
        amr: code.amr.clone(),
    })
}

async fn refresh(state: &AppState, client: &ClientRow, form: &HashMap<String, String>) -> Result<Tokens, TokenError> {
    let token = form.get("refresh_token").filter(|c| !c.is_empty()).ok_or(TokenError::InvalidRequest("refresh_token is missing."))?;
    let hash = hash_secret(token);
    let t = now();
    let Some(grant) = state.db.rotate_refresh_token(&hash, &client.id, t).await.or_internal("rotating the refresh token")? else {
        if let Some(grant_id) = state.db.rotated_refresh_token_grant(&hash, &client.id).await.or_internal("reading a used refresh token")? {
            state.db.revoke_grant_id(&grant_id).await.or_internal("revoking a replayed refresh token's family")?;
            tracing::warn!(client_id = %client.id, "rotated refresh token used again: its family is revoked");
        }
        return Err(TokenError::InvalidGrant("The refresh token is not valid."));
    };
    if let Some(asked) = form.get("scope") {
        if !Scopes::parse(asked).within(&Scopes::parse(&grant.scope)) {
            return Err(TokenError::InvalidScope);
        }
    }
    issue_tokens(state, client, &grant, None).await
}

/// An access token, an ID token, and a refresh token when `offline_access` was granted.
async fn issue_tokens(state: &AppState, client: &ClientRow, grant: &GrantRow, nonce: Option<&str>) -> Result<Tokens, TokenError> {
    let t = now();
    let scopes = Scopes::parse(&grant.scope);
    let Some(user) = state.db.user_by_id(grant.user_id).await.or_internal("reading the user of the grant")? else {
        return Err(TokenError::InvalidGrant("The account no longer exists."));
    };
    let access = random_token();
    state.db.insert_access_token(&hash_secret(&access), &grant.id, t + ACCESS_TOKEN_TTL).await.or_internal("storing the access token")?;
    let refresh = if scopes.contains(Scope::OfflineAccess) {
        let r = random_token();
        state
            .db
            .insert_refresh_token(&hash_secret(&r), &grant.id, t, t + REFRESH_TOKEN_TTL)
            .await
            .or_internal("storing the refresh token")?;
        Some(r)
    } else {
        None
    };
    // A replay of the code at the same moment may already have revoked this grant: the
    // exchange that took the code still gets its answer (exactly one does), and the
    // tokens in it are dead, as every token of a replayed code must be.
    let mut claims = json!({
        "iss": issuer(&state.config),
        "sub": subject(state, user.id).await?,
        "aud": client.id,
        "exp": t + ID_TOKEN_TTL,
        "iat": t,
        "auth_time": grant.auth_time,
        "at_hash": left_half_hash(&access),
    });
    let amr: Vec<&str> = grant.amr.split(' ').filter(|s| !s.is_empty()).collect();
    if !amr.is_empty() {
        claims["acr"] = json!(acr(&amr));
        claims["amr"] = json!(amr);
    }
    if let Some(n) = nonce {
        claims["nonce"] = json!(n);
    }
    person_claims(&mut claims, &scopes, &user);
    let key = state.oidc_keys.active(&state.db, &state.cookie_keys.signing_keys).await.or_internal("reading the signing key")?;
    let mut out = json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": ACCESS_TOKEN_TTL,
        "scope": scopes.as_string(),
        "id_token": key.sign(&claims),
    });
    if let Some(r) = refresh {
        out["refresh_token"] = json!(r);
    }
    Ok(Tokens(out))
}

/// `at_hash`: the left half of the access token's SHA-256, base64url (Core 3.1.3.6).
fn left_half_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..16])
}

/// The user's stable subject: a random public id, made the first time it is needed (by
/// an OpenID grant, or forward auth's first answer for the user).
pub async fn subject(state: &AppState, user_id: i64) -> Result<String, AppError> {
    let mut candidate = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut candidate);
    state
        .db
        .user_public_id(user_id, &hex::encode(candidate))
        .await
        .or_internal("reading the user's public id")?
        .ok_or_else(|| crate::server::internal(anyhow::anyhow!("the user of a grant has no row")))
}

/// The claims about the person that the scopes allow.
fn person_claims(claims: &mut Value, scopes: &Scopes, user: &crate::server::db::users::UserRow) {
    if scopes.contains(Scope::Phone) {
        claims["phone_number"] = json!(user.phone.as_str());
        claims["phone_number_verified"] = json!(user.is_verified());
    }
    if scopes.contains(Scope::Profile) {
        if let Some(name) = user.name.as_deref().filter(|n| !n.is_empty()) {
            claims["name"] = json!(name);
        }
    }
}

// ---------------------------------------------------------------- userinfo

/// The claims of the person behind a Bearer access token (Core 5.3); `None`: the token
/// is not valid (unknown, expired, or its grant revoked).
pub async fn userinfo(state: &AppState, access_token: &str) -> Result<Option<Value>, AppError> {
    let Some(grant) = state.db.access_token_grant(&hash_secret(access_token), now()).await.or_internal("reading the access token")? else {
        return Ok(None);
    };
    let Some(user) = state.db.user_by_id(grant.user_id).await.or_internal("reading the user of the token")? else {
        return Ok(None);
    };
    let mut claims = json!({ "sub": subject(state, user.id).await? });
    person_claims(&mut claims, &Scopes::parse(&grant.scope), &user);
    Ok(Some(claims))
}

// ---------------------------------------------------------------- logout

/// Where RP-initiated logout ends.
#[derive(Debug)]
pub enum LoggedOut {
    /// To the client's registered post-logout URI (with `state`).
    Client(String),
    /// No (valid) client URI: the app's home page.
    Home,
    /// Nothing ended yet: the request does not show that the signed-in person's app
    /// sent it (no `id_token_hint`, or one for someone else), so the person is asked
    /// (RP-Initiated Logout 1.0, section 2). `client` names the app if known; `then` is
    /// where the answer goes (its origin is a form target of the question).
    Confirm { client: Option<String>, then: Option<String> },
}

/// RP-initiated logout: checks the `id_token_hint` (this provider's signature and
/// issuer; it may have expired) and the `post_logout_redirect_uri` (registered for
/// that client), then ends the phone-auth session: at once when the hint names the
/// signed-in person, otherwise only once they said so (`confirmed`: the answer of the
/// question, a same-origin form post), so no other site can sign anyone out.
/// A bad hint or an unregistered URI is refused with a sentence (`Err`), never followed.
pub async fn logout(
    state: &AppState,
    meta: &RequestMeta,
    cur: Option<&Current>,
    params: &HashMap<String, String>,
    confirmed: bool,
) -> Result<LoggedOut, AuthorizeError> {
    let get = |k: &str| params.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let hint = match get("id_token_hint") {
        Some(token) => Some(verify_hint(state, token).await?),
        None => None,
    };
    let client_id = match (hint.as_ref().map(|h| h.aud.as_str()), get("client_id")) {
        (Some(a), Some(c)) if a != c => return Err(AuthorizeError::Page("The logout request names two different applications.".into())),
        (Some(a), _) => Some(a.to_string()),
        (None, c) => c.map(str::to_string),
    };
    let client = match &client_id {
        Some(id) => state.db.client(id).await.or_internal("reading the client")?,
        None => None,
    };
    let target = match get("post_logout_redirect_uri") {
        Some(uri) => {
            let registered = client.as_ref().map(|c| &c.post_logout_redirect_uris).is_some_and(|l: &UriList| l.has(uri));
            if !registered {
                return Err(AuthorizeError::Page("The application asked to send you to an address it has not registered.".into()));
            }
            let mut q = vec![];
            if let Some(s) = get("state") {
                q.push(("state", s));
            }
            LoggedOut::Client(if q.is_empty() { uri.to_string() } else { with_query(uri, &q) })
        }
        None => LoggedOut::Home,
    };
    if let Some(cur) = cur {
        let hint_is_theirs = match &hint {
            Some(h) => h.sub == subject(state, cur.user.id).await?,
            None => false,
        };
        if !hint_is_theirs && !confirmed {
            let then = match &target {
                LoggedOut::Client(to) => Some(to.clone()),
                _ => None,
            };
            return Ok(LoggedOut::Confirm { client: client.map(|c| c.name), then });
        }
        // The person (or their app) asked to sign out of phone-auth: this browser's
        // session ends.
        auth::sign_out(state, meta, cur).await?;
    }
    Ok(target)
}

struct Hint {
    aud: String,
    sub: String,
}

async fn verify_hint(state: &AppState, token: &str) -> Result<Hint, AuthorizeError> {
    let bad = || AuthorizeError::Page("The sign-out request carries an ID token this service did not issue.".into());
    let kid = jws_kid(token).ok_or_else(bad)?;
    let public = state
        .oidc_keys
        .public_key(&state.db, &state.cookie_keys.signing_keys, &kid)
        .await
        .or_internal("reading a signing key")?
        .ok_or_else(bad)?;
    let claims = verify_jws(token, &public).ok_or_else(bad)?;
    if claims["iss"] != issuer(&state.config) {
        return Err(bad());
    }
    let aud = match &claims["aud"] {
        Value::String(s) => s.clone(),
        Value::Array(a) => a.first().and_then(Value::as_str).unwrap_or_default().to_string(),
        _ => return Err(bad()),
    };
    let sub = claims["sub"].as_str().unwrap_or_default().to_string();
    Ok(Hint { aud, sub })
}

/// What a set of scopes lets an app know about the person, in words (the consent page
/// and "Connected apps").
pub fn knows(scopes: &Scopes) -> &'static str {
    match (scopes.contains(Scope::Phone), scopes.contains(Scope::Profile)) {
        (true, true) => "your phone number and name",
        (true, false) => "your phone number",
        (false, true) => "your name",
        (false, false) => "who you are",
    }
}

/// The apps the person allowed (`rows`, newest first), as the profile lists them at `t`.
pub fn connected_apps(rows: Vec<ConsentRow>, zone: &crate::server::zone::Zone, t: i64) -> Vec<crate::domain::activity::ConnectedApp> {
    rows.into_iter()
        .map(|c| crate::domain::activity::ConnectedApp {
            client_id: c.client_id,
            name: c.client_name,
            knows: knows(&Scopes::parse(&c.scope)).to_string(),
            allowed_at: zone.when(c.created_at, t),
        })
        .collect()
}

/// "Connected apps" on the profile page: forgets the consent and revokes every grant of
/// the client for this person (its refresh and access tokens stop working).
pub async fn revoke_client(state: &AppState, cur: &Current, client_id: &str) -> Result<bool, AppError> {
    state.db.revoke_consent(cur.user.id, client_id).await.or_internal("revoking the application's access")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_added_with_the_right_separator() {
        assert_eq!(with_query("https://a.example/cb", &[("code", "x y"), ("state", "s&t")]), "https://a.example/cb?code=x+y&state=s%26t");
        assert_eq!(with_query("https://a.example/cb?k=1", &[("code", "c")]), "https://a.example/cb?k=1&code=c");
    }

    #[test]
    fn basic_credentials_are_form_decoded_and_one_way_only() {
        let b64 = base64::engine::general_purpose::STANDARD.encode("my%20id:s%3Acret");
        let c = client_credentials(Some(&format!("Basic {b64}")), &HashMap::new()).unwrap();
        assert_eq!((c.client_id.as_str(), c.secret.as_deref(), c.basic), ("my id", Some("s:cret"), true));
        let mut form = HashMap::new();
        form.insert("client_secret".to_string(), "x".to_string());
        assert!(matches!(client_credentials(Some(&format!("Basic {b64}")), &form), Err(TokenError::InvalidRequest(_))));
        assert!(matches!(client_credentials(Some("Bearer x"), &HashMap::new()), Err(TokenError::InvalidClient { basic: true })));
        assert!(matches!(client_credentials(None, &HashMap::new()), Err(TokenError::InvalidClient { basic: false })));
        assert!(!format!("{c:?}").contains("cret"));
    }

    #[test]
    fn at_hash_is_the_left_half() {
        // Core 3.1.3.6 with SHA-256: 16 bytes, 22 base64url characters.
        assert_eq!(left_half_hash("token").len(), 22);
    }
}
