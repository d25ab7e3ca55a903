//! Server functions: the browser's (and the plain forms') way into the services. Each one
//! parses its input into domain types, calls one service, and maps the result: a cookie,
//! a redirect, or an `AppError` sentence.

use crate::domain::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Who is looking at the page, and the settings pages need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub viewer: Viewer,
    pub default_country: String,
    pub app_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Viewer {
    Anonymous,
    /// Signed up or signed in, phone not verified yet.
    Pending {
        phone: String,
    },
    /// Password accepted, second factor outstanding.
    TwoFactor,
    SignedIn(CurrentUser),
}

/// What the browser may know about the signed-in user. Never the password hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// International format, e.g. "+44 7400 123456".
    pub phone: String,
    pub name: Option<String>,
    pub phone_verified: bool,
    pub two_factor: bool,
    pub member_since: i64,
}

/// The state of the verification code, for the verify page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyPage {
    pub phone: String,
    /// Unix ms when the live code expires; `None` when there is no usable code.
    pub expires_at_ms: Option<i64>,
    /// The server's clock when this was made, so the browser can correct for skew.
    pub server_now_ms: i64,
    /// Unix ms from which a resend is allowed.
    pub resend_at_ms: i64,
    pub code_ttl_s: i64,
}

/// Errors of the server-function machinery itself (a body that does not decode, a
/// missing field) become `AppError::Transport`; on the server they answer 400, never 500.
impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            let form_post = use_context::<http::request::Parts>()
                .and_then(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|a| a.contains("text/html")))
                .unwrap_or(false);
            if let (false, Some(res)) = (form_post, use_context::<leptos_axum::ResponseOptions>()) {
                res.set_status(http::StatusCode::BAD_REQUEST);
            }
        }
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
mod glue {
    pub use crate::domain::AppError;
    pub use crate::domain::{Channel, CodePurpose, DisplayName, Field, OtpCode, Password, PhoneNumber};
    pub use crate::server::clock::now_ms;
    pub use crate::server::services::{auth, codes};
    pub use crate::server::web::{safe_local_path, Ctx};
    pub use leptos::server_fn::ServerFn;

    pub fn parse_phone(ctx: &Ctx, country: &str, phone: &str) -> Result<PhoneNumber, AppError> {
        PhoneNumber::parse(Some(country), phone, &ctx.state.config.allowed_countries)
            .map_err(|e| AppError::invalid(Field::Phone, e.to_string()))
    }
}

#[server(endpoint = "session")]
pub async fn get_session_info() -> Result<SessionInfo, AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let viewer = match ctx.current().await? {
        None => Viewer::Anonymous,
        Some(cur) => match cur.kind {
            crate::server::session::SessionKind::Pending => Viewer::Pending { phone: cur.user.phone().pretty() },
            crate::server::session::SessionKind::TwoFactor => Viewer::TwoFactor,
            crate::server::session::SessionKind::Full => Viewer::SignedIn(CurrentUser {
                phone: cur.user.phone().pretty(),
                name: cur.user.name.clone(),
                phone_verified: cur.user.is_verified(),
                two_factor: cur.user.two_factor_enabled != 0,
                member_since: cur.user.created_at,
            }),
        },
    };
    Ok(SessionInfo { viewer, default_country: ctx.state.config.default_country.clone(), app_name: ctx.state.config.app_name.clone() })
}

#[server(endpoint = "sign-up")]
pub async fn sign_up(country: String, phone: String, password: String, confirm: String, name: Option<String>) -> Result<(), AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let name_raw = name.unwrap_or_default();
    let keep = [("country", country.as_str()), ("phone", phone.as_str()), ("name", name_raw.as_str())];
    let fail = |e: AppError| Err(ctx.fail(SignUp::PATH, e, &keep));
    if let Some(cur) = ctx.current().await? {
        if cur.kind == crate::server::session::SessionKind::Full {
            return fail(AppError::AlreadySignedIn);
        }
    }
    let phone = match parse_phone(&ctx, &country, &phone) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let password = match Password::parse_new(password, &confirm) {
        Ok(p) => p,
        Err(e @ crate::domain::password::PasswordError::Mismatch) => return fail(AppError::invalid(Field::Confirm, e.to_string())),
        Err(e) => return fail(AppError::invalid(Field::Password, e.to_string())),
    };
    let name = match DisplayName::parse(&name_raw) {
        Ok(n) => n,
        Err(e) => return fail(AppError::invalid(Field::Name, e)),
    };
    match auth::sign_up(&ctx.state, &ctx.meta, auth::SignUp { phone, password, name }).await {
        Ok(issued) => {
            ctx.set_session(&issued);
            ctx.redirect("/verify");
            Ok(())
        }
        Err(e) => fail(e),
    }
}

#[server(endpoint = "verify-page")]
pub async fn get_verify_page() -> Result<Option<VerifyPage>, AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let Some(cur) = ctx.current().await? else { return Ok(None) };
    if cur.kind != crate::server::session::SessionKind::Pending {
        return Ok(None);
    }
    let phone = cur.user.phone();
    let info = codes::code_info(&ctx.state, &phone, CodePurpose::VerifyPhone).await?;
    let limits = &ctx.state.config.limits;
    Ok(Some(VerifyPage {
        phone: phone.pretty(),
        expires_at_ms: info.as_ref().filter(|i| i.usable).map(|i| i.expires_at * 1000),
        server_now_ms: now_ms(),
        resend_at_ms: info.as_ref().map(|i| (i.created_at + limits.resend_cooldown) * 1000).unwrap_or(0),
        code_ttl_s: limits.code_ttl,
    }))
}

#[server(endpoint = "verify")]
pub async fn verify_phone(code: String) -> Result<(), AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let fail = |e: AppError| Err(ctx.fail(VerifyPhone::PATH, e, &[]));
    let cur = match ctx.current().await? {
        Some(c) if c.kind == crate::server::session::SessionKind::Pending => c,
        _ => return fail(AppError::NotSignedIn),
    };
    let code = match OtpCode::parse(&code) {
        Ok(c) => c,
        Err(e) => return fail(AppError::invalid(Field::Code, e)),
    };
    match auth::verify_phone(&ctx.state, &ctx.meta, &cur, &code).await {
        Ok(issued) => {
            ctx.set_session(&issued);
            ctx.redirect("/profile");
            Ok(())
        }
        Err(e) => fail(e),
    }
}

#[server(endpoint = "resend-code")]
pub async fn resend_code(channel: Option<String>) -> Result<(), AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let fail = |e: AppError| Err(ctx.fail(ResendCode::PATH, e, &[]));
    let cur = match ctx.current().await? {
        Some(c) if c.kind == crate::server::session::SessionKind::Pending => c,
        _ => return fail(AppError::NotSignedIn),
    };
    let channel = Channel::from_form(channel.as_deref());
    match auth::resend_verification(&ctx.state, &ctx.meta, &cur, channel).await {
        Ok(_) => Ok(()),
        Err(e) => fail(e),
    }
}

#[server(endpoint = "sign-in")]
pub async fn sign_in(country: String, phone: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    let next_raw = next.unwrap_or_default();
    let keep = [("country", country.as_str()), ("phone", phone.as_str()), ("next", next_raw.as_str())];
    let fail = |e: AppError| Err(ctx.fail(SignIn::PATH, e, &keep));
    let phone = match parse_phone(&ctx, &country, &phone) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if password.is_empty() {
        return fail(AppError::invalid(Field::Password, "Enter your password."));
    }
    if password.chars().count() > crate::domain::password::MAX_PASSWORD_CHARS {
        return fail(AppError::BadCredentials);
    }
    match auth::sign_in(&ctx.state, &ctx.meta, &phone, &Password::from_attempt(password)).await {
        Ok(auth::SignedIn::Done(issued)) => {
            ctx.set_session(&issued);
            ctx.redirect(&safe_local_path(&next_raw).unwrap_or_else(|| "/profile".into()));
            Ok(())
        }
        Ok(auth::SignedIn::MustVerify(issued)) => {
            ctx.set_session(&issued);
            ctx.redirect("/verify");
            Ok(())
        }
        Err(e) => fail(e),
    }
}

#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use glue::*;
    let ctx = Ctx::load()?;
    if let Some(cur) = ctx.current().await? {
        if let Err(e) = auth::sign_out(&ctx.state, &ctx.meta, &cur).await {
            return Err(ctx.fail(SignOut::PATH, e, &[]));
        }
    }
    ctx.clear_session();
    ctx.redirect("/");
    Ok(())
}
