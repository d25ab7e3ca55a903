//! Getting in and out: sign-up and verification, sign-in with a password and the second
//! factor, passwordless sign-in, password reset, sign-out, and the code pages' state.

#[cfg(feature = "ssr")]
use super::{glue::*, Viewer};
use super::{Answer, CodeState, PasskeyOptions, SecondStep, SessionInfo};
use leptos::prelude::*;

#[server(endpoint = "session")]
pub async fn get_session_info() -> Answer<SessionInfo> {
    read(async |ctx| {
        let (session, flow) = (ctx.current().await?, ctx.any_flow());
        let viewer = match &session {
            None => Viewer::Anonymous,
            Some(cur) => match cur.kind() {
                SessionKind::Pending => Viewer::Pending { phone: cur.user.phone().pretty() },
                SessionKind::TwoFactor => Viewer::TwoFactor,
                SessionKind::PasswordStep => Viewer::PasswordStep,
                SessionKind::Full => Viewer::SignedIn(current_user(cur)),
            },
        };
        let config = &ctx.state.config;
        let visitor = Visitor { session: session.as_ref(), flow: flow.as_ref() };
        let default_country = country::default_country(config, &ctx.meta, visitor);
        let continue_to = match ctx.page_query("next") {
            Some(next) => oidc::client_name_of_next(&ctx.state, &next).await,
            None => None,
        };
        let trusted_browser_days = (config.limits.trusted_browser_ttl / 86_400) as u32;
        let passkeys = ctx.state.webauthn.is_some();
        Ok(SessionInfo { viewer, default_country, app_name: config.app_name.clone(), continue_to, trusted_browser_days, passkeys })
    })
    .await
}

#[server(endpoint = "sign-up")]
pub async fn sign_up(
    country: String,
    phone: String,
    password: String,
    confirm: String,
    name: Option<String>,
    next: Option<String>,
) -> Answer {
    let name = name.unwrap_or_default();
    let next = next.unwrap_or_default();
    form(SignUp::PATH, &[("country", &country), ("phone", &phone), ("name", &name), ("next", &next)], async |ctx| {
        let sign_up = auth::SignUp {
            phone: parse_phone(ctx, &country, &phone)?,
            password: parse_new_password(password, &confirm)?,
            name: DisplayName::parse(&name).map_err(|e| AppError::invalid(Field::Name, e))?,
        };
        let prior = ctx.current().await?;
        // An app's sign-in request (or another allowed `next`) goes on through /verify.
        let verify = with_next("/verify", ctx.safe_next(&next).as_deref());
        Ok(Done::go(verify).session(auth::sign_up(&ctx.state, &ctx.meta, prior.as_ref(), sign_up).await?))
    })
    .await
}

/// The code a page asks for: `verify-phone` (pending session), `2fa` (half session),
/// `sign-in` and `reset-password` (this browser's flow), `change-phone` (signed in, a
/// change under way). `None` when there is no such code for this visitor.
#[server(endpoint = "code-state")]
pub async fn get_code_state(purpose: String) -> Answer<Option<CodeState>> {
    data(GetCodeState::PATH, async |ctx| code_page_state(ctx, parse_purpose(&purpose)?).await).await
}

#[server(endpoint = "verify")]
pub async fn verify_phone(code: String, next: Option<String>) -> Answer {
    form(VerifyPhone::PATH, &[], async |ctx| {
        let cur = ctx.require(SessionKind::Pending).await?;
        let issued = auth::verify_phone(&ctx.state, &ctx.meta, &cur, &parse_code(&code)?).await?;
        // The number is proved: on to where the sign-up was going (an app's sign-in
        // request), else the profile, welcomed.
        Ok(match next.as_deref().and_then(|n| ctx.safe_next(n)) {
            Some(next) => Done::go(next).session(issued),
            None => Done::notice(Notice::Welcome, "/profile").session(issued),
        })
    })
    .await
}

/// A new code by SMS or voice, for whichever code the page shows (`purpose`, default
/// `verify-phone`). Answers with the new code's state (its countdown starts over).
#[server(endpoint = "resend-code")]
pub async fn resend_code(purpose: Option<String>, channel: Option<String>) -> Answer<Option<CodeState>> {
    data(ResendCode::PATH, async |ctx| {
        let purpose = match purpose.as_deref() {
            None | Some("") => CodePurpose::VerifyPhone,
            Some(p) => parse_purpose(p)?,
        };
        let (session, flow) = (ctx.current().await?, ctx.flow(purpose));
        let visitor = Visitor { session: session.as_ref(), flow: flow.as_ref() };
        waiting::resend(&ctx.state, &ctx.meta, visitor, purpose, Channel::from_form(channel.as_deref())).await?;
        code_page_state(ctx, purpose).await
    })
    .await
}

#[server(endpoint = "sign-in")]
pub async fn sign_in(country: String, phone: String, password: String, next: Option<String>) -> Answer {
    let next = next.unwrap_or_default();
    form(SignIn::PATH, &[("country", &country), ("phone", &phone), ("next", &next)], async |ctx| {
        let (phone, password) = (parse_phone(ctx, &country, &phone)?, parse_attempt(password, Field::Password)?);
        let prior = ctx.current().await?;
        let next = ctx.safe_next(&next);
        Ok(match auth::sign_in(&ctx.state, &ctx.meta, prior.as_ref(), &phone, &password).await? {
            auth::SignedIn::Done(issued) => Done::go(next.as_deref().unwrap_or("/profile")).session(issued),
            auth::SignedIn::MustVerify(issued) => Done::go(with_next("/verify", next.as_deref())).session(issued),
            auth::SignedIn::SecondFactor(issued) => Done::go(with_next("/signin/2fa", next.as_deref())).session(issued),
        })
    })
    .await
}

/// The second factor, from the half session of a correct password: `method` `sms` (the
/// default: the code sent to the phone), `app` (the authenticator app's code) or
/// `recovery` (a recovery code).
#[server(endpoint = "verify-2fa")]
pub async fn verify_two_factor(
    code: String,
    next: Option<String>,
    trust: Option<String>,
    method: Option<String>,
    ceremony: Option<String>,
) -> Answer {
    form(VerifyTwoFactor::PATH, &[], async |ctx| {
        let cur = ctx.require(SessionKind::TwoFactor).await?;
        // The "Don't ask for a code on this browser" box: a checkbox's `on`.
        let trust = trust.is_some_and(|t| !t.is_empty());
        let answer = match method.as_deref().and_then(SecondFactor::parse).unwrap_or(SecondFactor::Sms) {
            SecondFactor::Sms => auth::SecondStepAnswer::Sms(parse_code(&code)?),
            SecondFactor::App => auth::SecondStepAnswer::App(parse_code(&code)?),
            SecondFactor::Recovery => {
                auth::SecondStepAnswer::Recovery(RecoveryCode::parse(&code).map_err(|e| AppError::invalid(Field::Code, e))?)
            }
            // `code`: the passkey's answer (JSON) to the challenge of `ceremony`.
            SecondFactor::Passkey => auth::SecondStepAnswer::Passkey { ceremony: ceremony.unwrap_or_default(), credential: code },
        };
        let passed = auth::verify_two_factor(&ctx.state, &ctx.meta, &cur, &answer, trust).await?;
        let go = next_or_profile(ctx, next.as_deref());
        // After a recovery code, the profile says how many remain (an app's request goes
        // on to the app).
        Ok(match passed.recovery_left {
            Some(left) if go == "/profile" => Done::notice(Notice::RecoveryCodeUsed { left: left as u64 }, "/profile"),
            _ => Done::go(go),
        }
        .session(passed.issued))
    })
    .await
}

/// A passkey ceremony's options for the browser: `purpose` `register` (signed in, with
/// the `current` password), `sign-in` (a button), `sign-in-conditional` (the phone
/// field's autofill) or `2fa` (the second step of a half session).
#[server(endpoint = "passkey-options")]
pub async fn get_passkey_options(purpose: String, current: Option<String>) -> Answer<PasskeyOptions> {
    data(GetPasskeyOptions::PATH, async |ctx| {
        let state = &ctx.state;
        let started = match purpose.as_str() {
            "register" => {
                let cur = ctx.require(SessionKind::Full).await?;
                let password = parse_attempt(current.unwrap_or_default(), Field::CurrentPassword)?;
                passkeys::register_start(state, &ctx.meta, &cur, &password).await?
            }
            "sign-in" | "sign-in-conditional" => passkeys::sign_in_start(state, &ctx.meta, purpose == "sign-in-conditional").await?,
            "2fa" => passkeys::second_step_start(state, &ctx.require(SessionKind::TwoFactor).await?).await?,
            _ => return Err(AppError::Transport("unknown passkey purpose".into())),
        };
        Ok(PasskeyOptions { ceremony: started.ceremony, options: started.options })
    })
    .await
}

/// Sign-in with a passkey: its answer to the challenge of `ceremony`. Complete on its
/// own (two-factor sign-in asks for nothing more).
#[server(endpoint = "passkey-sign-in")]
pub async fn passkey_sign_in(ceremony: String, credential: String, next: Option<String>) -> Answer {
    form(PasskeySignIn::PATH, &[], async |ctx| {
        let prior = ctx.current().await?;
        let issued = passkeys::sign_in_finish(&ctx.state, &ctx.meta, prior.as_ref(), &ceremony, &credential).await?;
        Ok(Done::go(next_or_profile(ctx, next.as_deref())).session(issued).flow_over())
    })
    .await
}

/// The second step's methods for the half session (the last used first), and the state
/// of the SMS code if one was sent.
#[server(endpoint = "second-step")]
pub async fn get_second_step() -> Answer<Option<SecondStep>> {
    read(async |ctx| {
        let Some(cur) = ctx.current().await?.filter(|c| c.kind() == SessionKind::TwoFactor) else { return Ok(None) };
        let methods = factors::offered(&ctx.state, cur.user.id).await?;
        let code = code_page_state(ctx, CodePurpose::TwoFactor).await?.filter(|c| c.now != CodeNow::Missing);
        Ok(Some(SecondStep { methods, code }))
    })
    .await
}

/// "Text me a code instead": a code to the half session's number, then the SMS form.
#[server(endpoint = "send-2fa-code")]
pub async fn send_two_factor_code(next: Option<String>, channel: Option<String>) -> Answer {
    form(SendTwoFactorCode::PATH, &[], async |ctx| {
        let cur = ctx.require(SessionKind::TwoFactor).await?;
        match auth::resend_for_session(&ctx.state, &ctx.meta, &cur, Channel::from_form(channel.as_deref())).await {
            // A code from a moment ago is still good.
            Ok(_) | Err(AppError::Cooldown { .. }) => {}
            Err(e) => return Err(e),
        }
        let next = next.as_deref().and_then(|n| ctx.safe_next(n));
        Ok(Done::go(crate::domain::url::with_next("/signin/2fa?method=sms", next.as_deref().unwrap_or(""))))
    })
    .await
}

/// Step one of passwordless sign-in: a code to the number, if it has an account. The
/// answer is the same either way.
/// `next` (a local path, e.g. an OpenID authorization request, or a URL on an allowed
/// host) is carried to the code page.
#[server(endpoint = "send-sign-in-code")]
pub async fn send_sign_in_code(country: String, phone: String, channel: Option<String>, next: Option<String>) -> Answer {
    flow_start(CodePurpose::SignIn, "/signin/code", next, SendSignInCode::PATH, country, phone, channel).await
}

/// Step one of a password reset: a code to the number, if it has an account. The answer
/// is the same either way.
#[server(endpoint = "send-reset-code")]
pub async fn send_reset_code(country: String, phone: String, channel: Option<String>) -> Answer {
    flow_start(CodePurpose::ResetPassword, "/reset-password", None, SendResetCode::PATH, country, phone, channel).await
}

#[cfg(feature = "ssr")]
async fn flow_start(
    purpose: CodePurpose,
    page: &str,
    next: Option<String>,
    fn_path: &str,
    country: String,
    phone: String,
    channel: Option<String>,
) -> Answer {
    form(fn_path, &[("country", &country), ("phone", &phone)], async |ctx| {
        let page = with_next(page, next.as_deref().and_then(|n| ctx.safe_next(n)).as_deref());
        let phone = parse_phone(ctx, &country, &phone)?;
        let prior = ctx.current().await?;
        auth::start_flow(&ctx.state, &ctx.meta, prior.as_ref(), &phone, purpose, Channel::from_form(channel.as_deref())).await?;
        Ok(Done::go(page).flow(purpose, phone))
    })
    .await
}

/// Step two of passwordless sign-in: the code sent to the number of this browser's flow.
/// With 2FA on, a right code leads to the password step (on the same page).
#[server(endpoint = "sign-in-with-code")]
pub async fn sign_in_with_code(code: String, next: Option<String>) -> Answer {
    form(SignInWithCode::PATH, &[], async |ctx| {
        let flow = ctx.flow(CodePurpose::SignIn).ok_or(AppError::StartOver)?;
        let code = parse_code(&code)?;
        let prior = ctx.current().await?;
        Ok(match auth::sign_in_with_code(&ctx.state, &ctx.meta, prior.as_ref(), &flow.phone, &code).await? {
            auth::CodeSignedIn::Done(issued) => Done::go(next_or_profile(ctx, next.as_deref())).session(issued),
            auth::CodeSignedIn::NeedsPassword(issued) => {
                let next = next.as_deref().and_then(|n| ctx.safe_next(n));
                Done::go(with_next("/signin/code", next.as_deref())).session(issued)
            }
        }
        .flow_over())
    })
    .await
}

/// Step three of passwordless sign-in when 2FA is on: the password, from the half
/// session of a right code.
#[server(endpoint = "sign-in-password-step")]
pub async fn finish_code_sign_in(password: String, next: Option<String>) -> Answer {
    form(FinishCodeSignIn::PATH, &[], async |ctx| {
        let cur = ctx.require(SessionKind::PasswordStep).await?;
        let password = parse_attempt(password, Field::Password)?;
        let issued = auth::finish_with_password(&ctx.state, &ctx.meta, &cur, &password).await?;
        Ok(Done::go(next_or_profile(ctx, next.as_deref())).session(issued))
    })
    .await
}

/// Step two of a password reset: the code and the new password. Every session of the
/// account ends, this browser's too; the person signs in again with the new password,
/// on a sign-in page that has their number in it.
#[server(endpoint = "reset-password")]
pub async fn reset_password(code: String, password: String, confirm: String) -> Answer {
    form(ResetPassword::PATH, &[], async |ctx| {
        let flow = ctx.flow(CodePurpose::ResetPassword).ok_or(AppError::StartOver)?;
        let (code, password) = (parse_code(&code)?, parse_new_password(password, &confirm)?);
        recovery::reset_password(&ctx.state, &ctx.meta, &flow.phone, &code, &password).await?;
        // The sign-in page comes with the number just used.
        Ok(Done::notice(Notice::PasswordReset, "/signin").signed_out().flow_over().phone_for(SignIn::PATH, flow.phone))
    })
    .await
}

/// Back to step one of a signed-out code flow ("use another number").
#[server(endpoint = "restart-flow")]
pub async fn restart_flow(page: String) -> Answer {
    form(RestartFlow::PATH, &[], async |_| {
        Ok(Done::go(if page == "/reset-password" { "/reset-password" } else { "/signin/code" }).flow_over())
    })
    .await
}

#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Answer {
    form(SignOut::PATH, &[], async |ctx| {
        if let Some(cur) = ctx.current().await? {
            auth::sign_out(&ctx.state, &ctx.meta, &cur).await?;
        }
        Ok(Done::go("/").signed_out())
    })
    .await
}
