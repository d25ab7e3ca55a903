//! Server functions: the browser's (and the plain forms') way into the services. Each one
//! parses its input into domain types, calls one service, and maps the result: a cookie,
//! a redirect, or an `AppError` sentence.

pub mod account;
pub mod auth;

pub use account::*;
pub use auth::*;

use crate::domain::AppError;
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

/// The state of a code someone is asked to enter, for the code pages: its countdown and
/// the resend cooldown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeState {
    /// The number the code went to, as shown on the page.
    pub phone: String,
    /// Unix ms when the live code expires; `None` when there is no usable code.
    pub expires_at_ms: Option<i64>,
    /// The server's clock when this was made, so the browser can correct for skew.
    pub server_now_ms: i64,
    /// Unix ms from which a resend is allowed.
    pub resend_at_ms: i64,
    pub code_ttl_s: i64,
    /// Whether a code can be read out by a voice call (the provider's configuration).
    pub voice: bool,
}

/// Errors of the server-function machinery itself (a body that does not decode, a
/// missing field) become `AppError::Transport`; on the server they answer 400, never 500.
impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            use leptos::prelude::use_context;
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
    pub use crate::domain::{Channel, CodePurpose, DisplayName, Field, Notice, OtpCode, Password, PhoneNumber};
    pub use crate::server::clock::now_ms;
    pub use crate::server::services::{account, auth, avatar, codes, recovery};
    pub use crate::server::session::SessionKind;
    pub use crate::server::web::{safe_local_path, Ctx};
    pub use leptos::server_fn::ServerFn;

    pub fn parse_phone(ctx: &Ctx, country: &str, phone: &str) -> Result<PhoneNumber, AppError> {
        PhoneNumber::parse(Some(country), phone, &ctx.state.config.allowed_countries)
            .map_err(|e| AppError::invalid(Field::Phone, e.to_string()))
    }

    pub fn parse_code(code: &str) -> Result<OtpCode, AppError> {
        OtpCode::parse(code).map_err(|e| AppError::invalid(Field::Code, e))
    }

    /// A new password and its confirmation, each error beside its own field.
    pub fn parse_new_password(password: String, confirm: &str) -> Result<Password, AppError> {
        match Password::parse_new(password, confirm) {
            Ok(p) => Ok(p),
            Err(e @ crate::domain::password::PasswordError::Mismatch) => Err(AppError::invalid(Field::Confirm, e.to_string())),
            Err(e) => Err(AppError::invalid(Field::Password, e.to_string())),
        }
    }

    /// A password typed to prove who you are (sign-in, step-up): no policy, only sane
    /// bounds; the hash decides.
    pub fn parse_attempt(password: String, field: Field) -> Result<Password, AppError> {
        if password.is_empty() {
            return Err(AppError::invalid(field, "Enter your password."));
        }
        if password.chars().count() > crate::domain::password::MAX_PASSWORD_CHARS {
            return Err(match field {
                Field::CurrentPassword => AppError::invalid(field, "Your current password is not right."),
                _ => AppError::BadCredentials,
            });
        }
        Ok(Password::from_attempt(password))
    }

    /// The page state of a code row, as the browser's countdown needs it.
    pub fn code_state(ctx: &Ctx, phone: String, info: Option<&codes::CodeInfo>) -> super::CodeState {
        let limits = &ctx.state.config.limits;
        super::CodeState {
            phone,
            expires_at_ms: info.filter(|i| i.usable).map(|i| i.expires_at * 1000),
            server_now_ms: now_ms(),
            resend_at_ms: info.map(|i| (i.created_at + limits.resend_cooldown) * 1000).unwrap_or(0),
            code_ttl_s: limits.code_ttl,
            voice: ctx.state.verifier.voice(),
        }
    }
}

/// The outcome of a server function as the page needs it.
pub type Answer<T = ()> = Result<T, AppError>;
