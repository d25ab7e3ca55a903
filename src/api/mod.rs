//! Server functions: the browser's (and the plain forms') way into the services. Each one
//! parses its input into domain types, calls one service, and maps the result: a cookie,
//! a redirect, or an `AppError` sentence.

pub mod account;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod words;

pub use account::*;
pub use auth::*;

use crate::domain::AppError;
use serde::{Deserialize, Serialize};

/// Who is looking at the page, and the settings pages need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub viewer: Viewer,
    /// The country phone fields start on (see `services::country`).
    pub default_country: String,
    pub app_name: String,
    /// The app whose sign-in request the page serves (its `next` is an OpenID
    /// authorization request of a registered client): "to continue to <app>".
    pub continue_to: Option<String>,
    /// How long "Don't ask for a code on this browser" lasts, in days.
    pub trusted_browser_days: u32,
    /// Whether this site offers passkeys (its `PUBLIC_URL` has a host name).
    pub passkeys: bool,
}

/// A passkey ceremony started: its id (sent back with the answer) and the options for
/// the browser's WebAuthn call (JSON, as webauthn-rs writes them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasskeyOptions {
    pub ceremony: String,
    pub options: String,
}

/// The operator's brand (`APP_NAME`, `BRAND_COLOR`, `LOGO_URL`), for the shell, the
/// header, the footer and the page titles.
#[derive(Debug, Clone, PartialEq)]
pub struct Branding {
    pub app_name: String,
    pub logo_url: Option<String>,
    /// The accent colours derived from the brand colour: a style sheet for the head.
    pub accent_css: String,
}

impl Branding {
    /// This server's brand, read while a page renders on the server (the pages are not
    /// rendered in the browser; there, and without the app's state, the defaults).
    pub fn current() -> Branding {
        #[cfg(feature = "ssr")]
        if let Some(state) = leptos::prelude::use_context::<crate::server::state::AppState>() {
            let c = &state.config;
            return Branding { app_name: c.app_name.clone(), logo_url: c.logo_url.clone(), accent_css: c.accent_css.clone() };
        }
        Branding { app_name: "Phone Auth".into(), logo_url: None, accent_css: String::new() }
    }
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
    /// Passwordless sign-in with 2FA on: code accepted, the password outstanding.
    PasswordStep,
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

/// The second step of a two-factor sign-in: the methods the account offers (the last
/// used first), and the SMS code's state if one was sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondStep {
    pub methods: Vec<crate::domain::factor::SecondFactor>,
    pub code: Option<CodeState>,
}

/// The state of a code someone is asked to enter, for the code pages: what the latest
/// code is doing, its countdown, and the resend cooldown. The times as words are the
/// server's (for the page without JavaScript); the browser ticks from the `_ms` values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeState {
    /// The number the code went to, as shown on the page.
    pub phone: String,
    /// What the latest code is doing (live, expired, spent, missing).
    pub now: crate::domain::code::CodeNow,
    /// When the latest code was sent, as a clock time; `None` without one.
    pub sent_at: Option<String>,
    /// Unix ms when the live code expires; `None` when there is no usable code.
    pub expires_at_ms: Option<i64>,
    /// The same as a clock time.
    pub expires_at: Option<String>,
    /// The server's clock when this was made, so the browser can correct for skew.
    pub server_now_ms: i64,
    /// Unix ms from which a resend is allowed.
    pub resend_at_ms: i64,
    /// The same as a clock time, while it is still ahead.
    pub resend_at: Option<String>,
    pub code_ttl_s: i64,
    /// Whether a code can be read out by a voice call (the provider's configuration).
    pub voice: bool,
    /// Where the code's message is, from the provider's receipts: only on the pages of a
    /// person already known (the second step, a phone change), where it cannot tell
    /// whether a number has an account. `None`: nothing to tell.
    pub delivery: Option<crate::domain::delivery::DeliveryState>,
    /// When it was delivered, as a clock time.
    pub delivered_at: Option<String>,
}

/// Errors of the server-function machinery itself (a body that does not decode, a
/// missing field) become `AppError::Transport`; on the server they answer 400, never 500.
impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            use leptos::prelude::{use_context, with_context};
            let form_post = with_context::<http::request::Parts, _>(|p| {
                p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
            })
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
    pub use crate::domain::code::CodeNow;
    pub use crate::domain::factor::{RecoveryCode, SecondFactor};
    pub use crate::domain::AppError;
    pub use crate::domain::{Channel, CodePurpose, DisplayName, Field, Notice, OtpCode, Password, PhoneNumber};
    pub use crate::server::clock::now_ms;
    use crate::server::flash::Flash;
    pub use crate::server::services::auth::Issued;
    pub use crate::server::services::waiting::{self, Visitor};
    pub use crate::server::services::{account, auth, avatar, codes, country, factors, oidc, passkeys, recovery};
    pub use crate::server::session::SessionKind;
    pub use crate::server::web::Ctx;
    pub use leptos::server_fn::ServerFn;

    /// What a form does to one cookie.
    enum Change<T> {
        Keep,
        Set(T),
        Clear,
    }

    /// Where a form's server function sends the browser, and what happens to the session
    /// and flow cookies on the way.
    pub struct Done {
        go: String,
        session: Change<Issued>,
        flow: Change<(CodePurpose, PhoneNumber)>,
        /// A number for the phone fields of a form on the next page: the form's server
        /// function and the number.
        phone_for: Option<(&'static str, PhoneNumber)>,
        /// Recovery codes to show on the next page, the one time they are shown.
        recovery_codes: Option<String>,
    }

    impl Done {
        /// On to `path` (a local path; anything else goes to `/`).
        pub fn go(path: impl Into<String>) -> Done {
            Done { go: path.into(), session: Change::Keep, flow: Change::Keep, phone_for: None, recovery_codes: None }
        }

        /// On to `page`, which shows `notice`.
        pub fn notice(notice: Notice, page: &str) -> Done {
            Done::go(notice.url(page))
        }

        /// ... with the new session's cookie.
        pub fn session(mut self, issued: Issued) -> Done {
            self.session = Change::Set(issued);
            self
        }

        /// ... with the session cookie removed.
        pub fn signed_out(mut self) -> Done {
            self.session = Change::Clear;
            self
        }

        /// ... with this browser's signed-out flow started for `purpose` and `phone`.
        pub fn flow(mut self, purpose: CodePurpose, phone: PhoneNumber) -> Done {
            self.flow = Change::Set((purpose, phone));
            self
        }

        /// ... with this browser's signed-out flow over.
        pub fn flow_over(mut self) -> Done {
            self.flow = Change::Clear;
            self
        }

        /// ... with `phone` (its country and national number) in the phone fields of the
        /// form of the server function at `fn_path` on the next page. It travels in the
        /// sealed flash cookie, read once, never in the URL.
        pub fn phone_for(mut self, fn_path: &'static str, phone: PhoneNumber) -> Done {
            self.phone_for = Some((fn_path, phone));
            self
        }
    }

    impl Done {
        /// ... with `codes` shown on the next page (in the sealed flash cookie, read once,
        /// never in the URL). Nothing when there are none.
        pub fn show_recovery_codes(mut self, codes: &[RecoveryCode]) -> Done {
            if !codes.is_empty() {
                self.recovery_codes = Some(codes.iter().map(RecoveryCode::display).collect::<Vec<_>>().join(" "));
            }
            self
        }
    }

    /// A form's server function: `run` parses the fields and calls one service; its
    /// [`Done`] becomes cookies and a redirect, its error the answer of [`Ctx::fail`]
    /// (back to the page with the error and `keep`, the non-secret fields typed, for a
    /// plain form post; a status for a script).
    pub async fn form(fn_path: &str, keep: &[(&str, &str)], run: impl AsyncFnOnce(&Ctx) -> Result<Done, AppError>) -> Result<(), AppError> {
        let ctx = Ctx::load()?;
        let done = run(&ctx).await.map_err(|e| ctx.fail(fn_path, e, keep))?;
        match done.flow {
            Change::Set((purpose, phone)) => ctx.set_flow(purpose, &phone),
            Change::Clear => ctx.clear_flow(),
            Change::Keep => {}
        }
        match done.session {
            Change::Set(issued) => ctx.set_session(&issued),
            Change::Clear => ctx.clear_session(),
            Change::Keep => {}
        }
        if let Some((fn_path, phone)) = done.phone_for {
            let national = phone.national();
            let kept: &[(&str, &str)] = match phone.region() {
                Some(region) => &[("country", region), ("phone", &national)],
                None => &[("phone", phone.as_str())],
            };
            ctx.set_flash(&Flash::values(fn_path, kept, crate::server::clock::now()));
        }
        if let Some(codes) = &done.recovery_codes {
            ctx.set_flash(&Flash::values(super::RECOVERY_CODES_FLASH, &[("codes", codes)], crate::server::clock::now()));
        }
        ctx.redirect(&done.go);
        Ok(())
    }

    /// A form of the signed-in person's pages: as [`form`], for a full session only
    /// (anyone else is "not signed in").
    pub async fn signed_in_form(
        fn_path: &str,
        keep: &[(&str, &str)],
        run: impl AsyncFnOnce(&Ctx, auth::Current) -> Result<Done, AppError>,
    ) -> Result<(), AppError> {
        form(fn_path, keep, async |ctx| run(ctx, ctx.require(SessionKind::Full).await?).await).await
    }

    /// A server function that answers with data to a script (an island): its error is
    /// answered as [`Ctx::fail`] says.
    pub async fn data<T>(fn_path: &str, run: impl AsyncFnOnce(&Ctx) -> Result<T, AppError>) -> Result<T, AppError> {
        let ctx = Ctx::load()?;
        run(&ctx).await.map_err(|e| ctx.fail(fn_path, e, &[]))
    }

    /// A page's data, read while the page renders: an error is the page's to show.
    ///
    /// The reading itself waits on the heap: a page's resource moves its future about six
    /// times before the first poll (into Leptos's scoped and sandboxed wrappers), and
    /// each move copied the whole future, every read's state in it (about 20 to 30 KB for
    /// the profile's, measured with callgrind).
    pub async fn read<T>(run: impl AsyncFnOnce(&Ctx) -> Result<T, AppError>) -> Result<T, AppError> {
        let ctx = Ctx::load()?;
        Box::pin(run(&ctx)).await
    }

    /// The signed-in person, or `None` for anyone else (the page then sends them away).
    pub async fn signed_in(ctx: &Ctx) -> Result<Option<auth::Current>, AppError> {
        Ok(ctx.current().await?.filter(|c| c.kind() == SessionKind::Full))
    }

    /// The code `purpose` this visitor waits for, as the code pages show it.
    pub async fn code_page_state(ctx: &Ctx, purpose: CodePurpose) -> Result<Option<super::CodeState>, AppError> {
        let session = ctx.current().await?;
        let flow = ctx.flow(purpose);
        let visitor = Visitor { session: session.as_ref(), flow: flow.as_ref() };
        let waiting = waiting::code_waiting(&ctx.state, visitor, purpose).await?;
        Ok(waiting_state(ctx, purpose, waiting))
    }

    /// The code waited for, as the code pages show it.
    pub fn waiting_state(ctx: &Ctx, purpose: CodePurpose, waiting: Option<waiting::Waiting>) -> Option<super::CodeState> {
        // The delivery of a signed-out flow's code (sign-up, sign-in by code, reset) is not
        // told: a number without an account gets no message, so it would tell them apart.
        let tells_delivery = matches!(purpose, CodePurpose::TwoFactor | CodePurpose::ChangePhone);
        waiting.map(|w| {
            let mut s = code_state(ctx, w.phone.pretty(), w.info.as_ref());
            if !tells_delivery {
                s.delivery = None;
                s.delivered_at = None;
            }
            s
        })
    }

    /// What the browser may know about the signed-in person.
    pub fn current_user(cur: &auth::Current) -> super::CurrentUser {
        super::CurrentUser {
            phone: cur.user.phone().pretty(),
            name: cur.user.name.clone(),
            phone_verified: cur.user.is_verified(),
            two_factor: cur.user.two_factor,
            member_since: cur.user.created_at,
        }
    }

    pub fn parse_phone(ctx: &Ctx, country: &str, phone: &str) -> Result<PhoneNumber, AppError> {
        PhoneNumber::parse(Some(country), phone, &ctx.state.config.allowed_countries)
            .map_err(|e| AppError::invalid(Field::Phone, e.to_string()))
    }

    /// A code purpose named by a page (`verify-phone`, `2fa`, ...).
    pub fn parse_purpose(purpose: &str) -> Result<CodePurpose, AppError> {
        CodePurpose::parse(purpose).ok_or_else(|| AppError::Transport("unknown code purpose".into()))
    }

    /// Where to go after signing in: the page's `next` (a local path, or a URL on a host of
    /// `ALLOWED_REDIRECT_HOSTS`), else the profile.
    pub fn next_or_profile(ctx: &Ctx, next: Option<&str>) -> String {
        next.and_then(|n| ctx.safe_next(n)).unwrap_or_else(|| "/profile".into())
    }

    /// `page` (the second-factor page, the password step), passing the page's `next` on.
    pub fn with_next(page: &str, next: Option<&str>) -> String {
        crate::domain::url::with_next(page, next.unwrap_or(""))
    }

    pub fn parse_code(code: &str) -> Result<OtpCode, AppError> {
        OtpCode::parse(code).map_err(|e| AppError::invalid(Field::Code, e))
    }

    /// A new password and its confirmation, each error beside its own field.
    pub fn parse_new_password(password: String, confirm: &str) -> Result<Password, AppError> {
        match Password::parse_new(password, confirm, crate::server::common_passwords::is_common) {
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
        let now_ms = now_ms();
        let zone = ctx.zone();
        let clock = |unix| zone.clock(unix);
        let live = info.filter(|i| i.now == CodeNow::Live);
        let resend_at = info.map(|i| i.created_at + limits.resend_cooldown).unwrap_or(0);
        super::CodeState {
            phone,
            now: info.map(|i| i.now).unwrap_or(CodeNow::Missing),
            sent_at: info.filter(|i| i.now != CodeNow::Missing).map(|i| clock(i.created_at)),
            expires_at_ms: live.map(|i| i.expires_at * 1000),
            expires_at: live.map(|i| clock(i.expires_at)),
            server_now_ms: now_ms,
            resend_at_ms: resend_at * 1000,
            resend_at: (resend_at * 1000 > now_ms).then(|| clock(resend_at)),
            code_ttl_s: limits.code_ttl,
            voice: ctx.state.verifier.voice(),
            delivery: info.and_then(|i| i.delivery),
            delivered_at: info
                .filter(|i| i.delivery == Some(crate::domain::delivery::DeliveryState::Delivered))
                .and_then(|i| i.delivery_at)
                .map(clock),
        }
    }
}

/// The outcome of a server function as the page needs it.
pub type Answer<T = ()> = Result<T, AppError>;
