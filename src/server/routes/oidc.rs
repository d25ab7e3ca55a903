//! The OpenID provider's HTTP endpoints: discovery, JWKS, authorize, consent, token,
//! userinfo, logout. Thin: read the request, call `services::oidc`, write the answer the
//! RFCs ask for (redirects with `error` for the client, JSON errors at the token
//! endpoint, `WWW-Authenticate` at userinfo, a plain page when the client or its
//! redirect URI is not valid).

use crate::domain::lang::Lang;
use crate::domain::markup::escape;
use crate::domain::url::encode_component;
use crate::server::i18n::{Arg, Catalog};
use crate::server::middleware;
use crate::server::request::RequestMeta;
use crate::server::services::auth::{self, Current};
use crate::server::services::oidc::{self, AuthorizeError, Authorized, LoggedOut, TokenError};
use crate::server::session;
use crate::server::state::AppState;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;
use std::collections::HashMap;

fn pairs(s: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(s.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// Readable by any origin (a single-page app reads the discovery document and keys).
fn public_json(value: serde_json::Value) -> Response {
    ([(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"), (header::CACHE_CONTROL, "public, max-age=300")], axum::Json(value)).into_response()
}

pub async fn discovery(State(state): State<AppState>) -> Response {
    public_json(oidc::discovery(&state.config))
}

pub async fn jwks(State(state): State<AppState>, parts: Parts) -> Response {
    match state.oidc_keys.jwks(&state.db, &state.cookie_keys.signing_keys).await {
        Ok(set) => public_json(set),
        Err(e) => {
            let lang = RequestMeta::from_parts(&parts).lang();
            let sentence = error_sentence(&crate::server::internal(e.context("publishing the keys")), lang);
            error_page(&state, lang, StatusCode::SERVICE_UNAVAILABLE, &sentence)
        }
    }
}

/// Message `key` in `lang`, its text arguments set apart from the words around them in
/// a right-to-left language (a Latin name or a `+44` number in Arabic), as they are
/// shown (but not `knows`, which selects the words): the caller escapes the result.
fn say(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let isolated: Vec<String> = args
        .iter()
        .map(|(name, v)| if lang.rtl() && *name != "knows" { format!("\u{2068}{v}\u{2069}") } else { (*v).to_string() })
        .collect();
    let args: Vec<(&str, Arg)> = args.iter().zip(&isolated).map(|((name, _), v)| (*name, Arg::Text(v))).collect();
    Catalog::get().message(lang, key, &args)
}

/// An error's sentence for a person: as written in English, else in `lang`.
fn error_sentence(e: &crate::domain::AppError, lang: Lang) -> String {
    if lang == Lang::En {
        e.to_string()
    } else {
        crate::server::i18n::error_sentence(e, lang)
    }
}

/// The sentences of [`AuthorizeError::Page`] (the services and this file write them in
/// English) and their messages; and "The request names its {param} twice."
/// (`oidc-error-param-twice`).
const PAGE_SENTENCES: [(&str, &str); 10] = [
    ("oidc-error-damaged", "This sign-in request was damaged on its way. Start again from the application."),
    ("oidc-error-no-client-id", "The request does not say which application is asking (no client_id)."),
    ("oidc-error-unknown-client", "The application that sent you here is not registered with this service."),
    ("oidc-error-no-redirect-uri", "The request does not say where to send you back (no redirect_uri)."),
    ("oidc-error-unregistered-redirect", "The application asked to send you back to an address it has not registered."),
    ("oidc-error-two-clients", "The logout request names two different applications."),
    ("oidc-error-unregistered-logout-redirect", "The application asked to send you to an address it has not registered."),
    ("oidc-error-foreign-id-token", "The sign-out request carries an ID token this service did not issue."),
    ("oidc-error-session-ended", SESSION_ENDED),
    ("oidc-error-bad-return-address", BAD_RETURN_ADDRESS),
];
const SESSION_ENDED: &str = "Your session has ended. Start again from the application.";
const BAD_RETURN_ADDRESS: &str = "The address to send you back to is not valid.";

/// A [`AuthorizeError::Page`] sentence in `lang` (as written when it is not one of
/// [`PAGE_SENTENCES`]).
fn page_sentence(sentence: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return sentence.to_string();
    }
    if let Some(param) = sentence.strip_prefix("The request names its ").and_then(|s| s.strip_suffix(" twice.")) {
        return say(lang, "oidc-error-param-twice", &[("param", param)]);
    }
    match PAGE_SENTENCES.iter().find(|(_, english)| *english == sentence) {
        Some((key, _)) => say(lang, key, &[]),
        None => sentence.to_string(),
    }
}

/// An OpenID page (the consent question, a refused request) in the app's own frame: its
/// brand (name or logo, accent colour), header and footer, one card. `form_action` is the
/// policy's form targets besides none (`'self' <client origin>` for the consent form).
/// The pages have no scripts; the accent colours come in a nonce'd style element as on
/// the app's other pages.
fn oauth_page(state: &AppState, lang: Lang, status: StatusCode, title: &str, card: &str, form_action: Option<&str>) -> Response {
    let c = &state.config;
    let nonce = oidc::random_token();
    let name = escape(&c.app_name);
    let brand = match &c.logo_url {
        Some(logo) => format!("<img class=\"brand-logo\" src=\"{}\" alt=\"{name}\" height=\"32\"><span class=\"brand-name\" aria-hidden=\"true\">{name}</span>", escape(logo)),
        None => format!("<span class=\"brand-name\">{name}</span>"),
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"{tag}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · {name}</title><link rel=\"stylesheet\" href=\"/pkg/phone_auth.css\"><style nonce=\"{nonce}\">{accent}</style></head>\
         <body><header class=\"site-header\"><a href=\"/\" class=\"brand\" id=\"brand\">{brand}</a></header>\
         <main id=\"main\" class=\"page\"><section class=\"card\">{card}</section></main>\
         <footer class=\"site-footer\"><p>{footer}</p></footer>\
         </body></html>",
        tag = lang.tag(),
        dir = if lang.rtl() { "rtl" } else { "ltr" },
        title = escape(title),
        footer = escape(&say(lang, "footer-purpose", &[("app", &c.app_name)])),
        accent = c.accent_css,
    );
    let images = match middleware::logo_origin(c) {
        Some(o) => format!("'self' {o}"),
        None => "'self'".to_string(),
    };
    let csp = format!(
        "default-src 'none'; style-src 'self' 'nonce-{nonce}'; img-src {images}; frame-ancestors 'none'; base-uri 'none'; form-action {}",
        form_action.unwrap_or("'none'")
    );
    let mut res = (status, [(header::CACHE_CONTROL, "no-store")], Html(html)).into_response();
    if let Ok(v) = HeaderValue::from_str(&csp) {
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    res
}

/// A page that says what is wrong, for requests that may not be sent back.
fn error_page(state: &AppState, lang: Lang, status: StatusCode, sentence: &str) -> Response {
    let card = format!(
        "<h1>{}</h1><p id=\"oauth-error\">{}</p><p><a href=\"/\">{}</a></p>",
        escape(&say(lang, "oidc-error-heading", &[])),
        escape(sentence),
        escape(&say(lang, "oidc-error-home", &[])),
    );
    oauth_page(state, lang, status, &say(lang, "oidc-error-title", &[]), &card, None)
}

fn found(state: &AppState, lang: Lang, location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(v) => {
            (StatusCode::FOUND, [(header::LOCATION, v), (header::CACHE_CONTROL, HeaderValue::from_static("no-store"))]).into_response()
        }
        Err(_) => error_page(state, lang, StatusCode::BAD_REQUEST, &page_sentence(BAD_RETURN_ADDRESS, lang)),
    }
}

fn authorize_error(state: &AppState, lang: Lang, e: AuthorizeError) -> Response {
    match e {
        AuthorizeError::Page(sentence) => error_page(state, lang, StatusCode::BAD_REQUEST, &page_sentence(&sentence, lang)),
        AuthorizeError::Redirect(to) => found(state, lang, &to),
        AuthorizeError::Internal(e) => error_page(
            state,
            lang,
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            &error_sentence(&e, lang),
        ),
    }
}

async fn session_of(state: &AppState, meta: &RequestMeta) -> Result<Option<Current>, AuthorizeError> {
    Ok(auth::current(state, meta).await?)
}

/// `GET|POST /oauth/authorize` (Core 3.1.2): the query, or the form of a post.
pub async fn authorize(State(state): State<AppState>, parts: Parts, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let meta = RequestMeta::from_parts(&parts);
    let params = if parts.method == axum::http::Method::POST {
        pairs(std::str::from_utf8(&body).unwrap_or(""))
    } else {
        pairs(query.as_deref().unwrap_or(""))
    };
    let run = async {
        let req = oidc::parse_authorize(&state, params).await?;
        let cur = session_of(&state, &meta).await?;
        oidc::authorize(&state, &meta, cur.as_ref(), &req).await
    };
    match run.await {
        Ok(Authorized::SignIn { next, phone }) => {
            let mut res = found(&state, meta.lang(), &format!("/signin?next={}", encode_component(&next)));
            // A login_hint's number prefills the sign-in form, through the flash as a
            // password reset hands its number on (never in the URL).
            if let Some(phone) = phone {
                let national = phone.national();
                let kept: Vec<(&str, &str)> = match phone.region() {
                    Some(region) => vec![("country", region), ("phone", &national)],
                    None => vec![("phone", phone.as_str())],
                };
                let flash =
                    crate::server::flash::Flash::values(super::SIGN_IN_FORM.get().map_or("", |p| p), &kept, crate::server::clock::now());
                let cookie = crate::server::flash::COOKIE.set(
                    &flash.encode(&state.cookie_keys),
                    crate::server::flash::FLASH_TTL,
                    state.config.is_https(),
                );
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    res.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            // prompt=login and max_age end the session: the browser's cookie goes too.
            if let Ok(v) = HeaderValue::from_str(&session::clear_cookie(&state.config)) {
                if meta.cookies.contains(session::cookie_name(&state.config)) {
                    res.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            res
        }
        Ok(Authorized::Consent { url }) => found(&state, meta.lang(), &url),
        Ok(Authorized::Code { redirect }) => found(&state, meta.lang(), &redirect),
        Err(e) => authorize_error(&state, meta.lang(), e),
    }
}

/// `GET /oauth/consent?<the authorization request>`: "<client> wants ...", allow or deny.
pub async fn consent_page(State(state): State<AppState>, parts: Parts, RawQuery(query): RawQuery) -> Response {
    let meta = RequestMeta::from_parts(&parts);
    let lang = meta.lang();
    let run = async {
        let req = oidc::parse_authorize(&state, pairs(query.as_deref().unwrap_or(""))).await?;
        let cur = session_of(&state, &meta).await?.filter(|c| c.kind() == crate::server::session::SessionKind::Full);
        Ok::<_, AuthorizeError>((req, cur))
    };
    let (req, cur) = match run.await {
        Ok(x) => x,
        Err(e) => return authorize_error(&state, lang, e),
    };
    let Some(cur) = cur else {
        return found(&state, lang, &format!("/signin?next={}", encode_component(&req.resume_url(&["login_hint"]))));
    };
    let mut hidden = String::new();
    for (k, v) in &req.params {
        hidden.push_str(&format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">", escape(k), escape(v)));
    }
    // What the app will know (as `oidc::knows` says it in English), a selector of the
    // consent messages.
    use crate::domain::oidc::Scope;
    let knows = match (req.scopes.contains(Scope::Phone), req.scopes.contains(Scope::Profile)) {
        (true, true) => "phone-name",
        (true, false) => "phone",
        (false, true) => "name",
        (false, false) => "nothing",
    };
    let offline = if req.scopes.contains(Scope::OfflineAccess) {
        format!("<li>{}</li>", escape(&say(lang, "oidc-consent-offline", &[])))
    } else {
        String::new()
    };
    let who = cur.user.name.clone().unwrap_or_else(|| cur.user.phone.pretty());
    let client: &str = &req.client.name;
    let words = |key: &str| escape(&say(lang, key, &[("client", client), ("knows", knows), ("who", &who)]));
    let card = format!(
        "<h1 id=\"consent-title\">{heading}</h1>\
         <p>{signed_in_as}</p><ul><li>{will_know}</li>{offline}</ul>\
         <form method=\"post\" action=\"/oauth/consent\" class=\"form\">{hidden}\
         <div class=\"actions\"><button type=\"submit\" name=\"decision\" value=\"allow\" id=\"consent-allow\" class=\"button\">{allow}</button>\
         <button type=\"submit\" name=\"decision\" value=\"deny\" id=\"consent-deny\" class=\"button secondary\">{deny}</button></div></form>\
         <p class=\"aside\">{aside_before}<a href=\"/profile\">{aside_link}</a>{aside_after}</p>",
        heading = words("oidc-consent-heading"),
        signed_in_as = words("oidc-consent-signed-in-as"),
        will_know = words("oidc-consent-will-know"),
        allow = words("oidc-consent-allow"),
        deny = words("oidc-consent-deny"),
        aside_before = words("oidc-consent-aside-before"),
        aside_link = words("oidc-consent-aside-link"),
        aside_after = words("oidc-consent-aside-after"),
    );
    // The form's answer redirects to the client: its origin is a form target too.
    let form_action = format!("'self'{}", middleware::origin_of(&req.redirect_uri).map(|o| format!(" {o}")).unwrap_or_default());
    oauth_page(&state, lang, StatusCode::OK, &say(lang, "oidc-consent-title", &[("client", client)]), &card, Some(&form_action))
}

/// `POST /oauth/consent`: the person's answer (same-origin only, as every form post).
pub async fn consent_answer(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let meta = RequestMeta::from_parts(&parts);
    let lang = meta.lang();
    let mut params = pairs(std::str::from_utf8(&body).unwrap_or(""));
    let allow = params.iter().any(|(k, v)| k == "decision" && v == "allow");
    params.retain(|(k, _)| k != "decision");
    let run = async {
        let req = oidc::parse_authorize(&state, params).await?;
        let Some(cur) = session_of(&state, &meta).await?.filter(|c| c.kind() == crate::server::session::SessionKind::Full) else {
            return Err(AuthorizeError::Page(SESSION_ENDED.into()));
        };
        oidc::decide_consent(&state, &cur, &req, allow).await
    };
    match run.await {
        Ok(to) => (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response(),
        Err(e) => authorize_error(&state, lang, e),
    }
}

/// `POST /oauth/token` (RFC 6749 3.2): JSON, never cached.
pub async fn token(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let no_store = || [(header::CACHE_CONTROL, "no-store"), (header::PRAGMA, "no-cache")];
    let form_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let fail = |status: StatusCode, error: &str, description: Option<&str>, basic: bool| {
        let mut body = json!({ "error": error });
        if let Some(d) = description {
            body["error_description"] = json!(d);
        }
        let mut res = (status, no_store(), axum::Json(body)).into_response();
        if basic {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"phone-auth\""));
        }
        res
    };
    if !form_type {
        return fail(StatusCode::BAD_REQUEST, "invalid_request", Some("Send the request as application/x-www-form-urlencoded."), false);
    }
    let list = pairs(std::str::from_utf8(&body).unwrap_or(""));
    let mut form = HashMap::new();
    for (k, v) in list {
        if form.insert(k.clone(), v).is_some() {
            return fail(StatusCode::BAD_REQUEST, "invalid_request", Some("A parameter is given more than once."), false);
        }
    }
    let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    match oidc::token(&state, authorization, &form).await {
        Ok(tokens) => (StatusCode::OK, no_store(), axum::Json(tokens.0)).into_response(),
        Err(TokenError::InvalidRequest(d)) => fail(StatusCode::BAD_REQUEST, "invalid_request", Some(d), false),
        Err(TokenError::InvalidClient { basic }) => {
            fail(StatusCode::UNAUTHORIZED, "invalid_client", Some("The client is unknown or its credentials are wrong."), basic)
        }
        Err(TokenError::InvalidGrant(d)) => fail(StatusCode::BAD_REQUEST, "invalid_grant", Some(d), false),
        Err(TokenError::UnsupportedGrantType) => {
            fail(StatusCode::BAD_REQUEST, "unsupported_grant_type", Some("Use authorization_code or refresh_token."), false)
        }
        Err(TokenError::InvalidScope) => fail(StatusCode::BAD_REQUEST, "invalid_scope", Some("The scope is wider than the grant."), false),
        Err(TokenError::Internal(e)) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            // The token endpoint answers errors in JSON; an outage is a temporary one.
            let status = if status.is_server_error() { StatusCode::SERVICE_UNAVAILABLE } else { status };
            fail(status, "temporarily_unavailable", Some(&e.to_string()), false)
        }
    }
}

/// `GET|POST /oauth/userinfo` (Core 5.3) with `Authorization: Bearer`.
pub async fn userinfo(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let refuse = |challenge: &'static str| {
        (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, challenge), (header::CACHE_CONTROL, "no-store")]).into_response()
    };
    let Some(token) = bearer else {
        return refuse("Bearer realm=\"phone-auth\"");
    };
    match oidc::userinfo(&state, token).await {
        Ok(Some(claims)) => {
            ([(header::CACHE_CONTROL, "no-store"), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], axum::Json(claims)).into_response()
        }
        Ok(None) => refuse("Bearer realm=\"phone-auth\", error=\"invalid_token\", error_description=\"The access token is not valid.\""),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, [(header::CACHE_CONTROL, "no-store")], e.to_string()).into_response(),
    }
}

/// `GET|POST /oauth/logout` (RP-Initiated Logout 1.0): open to other sites; it signs
/// out at once only when the `id_token_hint` names the signed-in person, otherwise it
/// asks (see [`logout_confirm`]).
pub async fn logout(State(state): State<AppState>, parts: Parts, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let mut params: HashMap<String, String> = pairs(query.as_deref().unwrap_or("")).into_iter().collect();
    params.extend(pairs(std::str::from_utf8(&body).unwrap_or("")));
    end_session(&state, &parts, params, false).await
}

/// `POST /oauth/logout/confirm`: "Sign out" pressed on the question. A form post of this
/// app's own page (the origin check every other form post has), with the request's
/// parameters.
pub async fn logout_confirm(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let params: HashMap<String, String> = pairs(std::str::from_utf8(&body).unwrap_or("")).into_iter().collect();
    end_session(&state, &parts, params, true).await
}

async fn end_session(state: &AppState, parts: &Parts, params: HashMap<String, String>, confirmed: bool) -> Response {
    let meta = RequestMeta::from_parts(parts);
    let lang = meta.lang();
    let run = async {
        let cur = session_of(state, &meta).await?;
        oidc::logout(state, &meta, cur.as_ref(), &params, confirmed).await
    };
    let mut res = match run.await {
        Ok(LoggedOut::Client(to)) => found(state, lang, &to),
        Ok(LoggedOut::Home) => found(state, lang, "/"),
        Ok(LoggedOut::Confirm { client, then }) => return logout_question(state, lang, &params, client.as_deref(), then.as_deref()),
        Err(e) => return authorize_error(state, lang, e),
    };
    if let Ok(v) = HeaderValue::from_str(&session::clear_cookie(&state.config)) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// "Sign out of <app>?": the request's parameters carried in the form.
fn logout_question(state: &AppState, lang: Lang, params: &HashMap<String, String>, client: Option<&str>, then: Option<&str>) -> Response {
    let app: &str = &state.config.app_name;
    let mut hidden = String::new();
    let mut keys: Vec<_> = params.keys().collect();
    keys.sort();
    for k in keys {
        if matches!(k.as_str(), "id_token_hint" | "client_id" | "post_logout_redirect_uri" | "state") {
            hidden.push_str(&format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">", escape(k), escape(&params[k])));
        }
    }
    let who = match client {
        Some(name) => escape(&say(lang, "oidc-logout-client-asks", &[("client", name), ("app", app)])),
        None => escape(&say(lang, "oidc-logout-app-asks", &[("app", app)])),
    };
    let title = say(lang, "oidc-logout-title", &[("app", app)]);
    let card = format!(
        "<h1 id=\"logout-title\">{heading}</h1><p>{who}</p>\
         <form method=\"post\" action=\"/oauth/logout/confirm\" class=\"form\">{hidden}\
         <div class=\"actions\"><button type=\"submit\" id=\"logout-confirm\" class=\"button\">{confirm}</button>\
         <a href=\"/profile\" id=\"logout-cancel\" class=\"button secondary\">{stay}</a></div></form>",
        heading = escape(&title),
        confirm = escape(&say(lang, "oidc-logout-confirm", &[])),
        stay = escape(&say(lang, "oidc-logout-stay", &[])),
    );
    // The answer redirects to the client's page: its origin is a form target too.
    let form_action = format!("'self'{}", then.and_then(middleware::origin_of).map(|o| format!(" {o}")).unwrap_or_default());
    oauth_page(state, lang, StatusCode::OK, &title, &card, Some(&form_action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_messages_are_the_sentences_written_in_english() {
        for (key, english) in PAGE_SENTENCES {
            assert_eq!(say(Lang::En, key, &[]), english, "{key}");
        }
        assert_eq!(say(Lang::En, "oidc-error-param-twice", &[("param", "scope")]), "The request names its scope twice.");
        let knows = [
            ("phone-name", "your phone number and name", "your phone number and name"),
            ("phone", "your phone number", "your phone number"),
            ("name", "your name", "your name"),
            ("nothing", "to know who you are", "who you are"),
        ];
        for (kind, wants, will_know) in knows {
            let args = [("client", "Example App"), ("knows", kind), ("who", "Ada")];
            assert_eq!(say(Lang::En, "oidc-consent-heading", &args), format!("Example App wants {wants}"));
            assert_eq!(say(Lang::En, "oidc-consent-will-know", &args), format!("Example App will know {will_know}."));
        }
        let aside = ["oidc-consent-aside-before", "oidc-consent-aside-link", "oidc-consent-aside-after"].map(|k| say(Lang::En, k, &[]));
        assert_eq!(aside.concat(), "You can disconnect it any time on your profile.");
    }

    #[test]
    fn every_language_says_each_variant() {
        for lang in Lang::ALL {
            for kind in ["phone-name", "phone", "name", "nothing"] {
                let args = [("client", "Example App"), ("knows", kind), ("who", "Ada")];
                for key in ["oidc-consent-heading", "oidc-consent-will-know"] {
                    let text = say(lang, key, &args);
                    assert!(text.contains("Example App") && !text.starts_with("oidc-"), "{} {key} {kind}: {text}", lang.tag());
                }
            }
        }
    }
}
