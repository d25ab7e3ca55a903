//! Getting in and out: sign-up and verification, sign-in with a password and the second
//! factor, passwordless sign-in, password reset, sign-out, and the code pages' state.

#[cfg(feature = "ssr")]
use super::{glue::*, CurrentUser, Viewer};
use super::{Answer, CodeState, SessionInfo};
use leptos::prelude::*;

#[server(endpoint = "session")]
pub async fn get_session_info() -> Answer<SessionInfo> {
    let ctx = Ctx::load()?;
    let viewer = match ctx.current().await? {
        None => Viewer::Anonymous,
        Some(cur) => match cur.kind {
            SessionKind::Pending => Viewer::Pending { phone: cur.user.phone().pretty() },
            SessionKind::TwoFactor => Viewer::TwoFactor,
            SessionKind::Full => Viewer::SignedIn(CurrentUser {
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
pub async fn sign_up(country: String, phone: String, password: String, confirm: String, name: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let name_raw = name.unwrap_or_default();
    let keep = [("country", country.as_str()), ("phone", phone.as_str()), ("name", name_raw.as_str())];
    let run = async {
        let prior = ctx.current().await?;
        if prior.as_ref().is_some_and(|c| c.kind == SessionKind::Full) {
            return Err(AppError::AlreadySignedIn);
        }
        let phone = parse_phone(&ctx, &country, &phone)?;
        let password = parse_new_password(password, &confirm)?;
        let name = DisplayName::parse(&name_raw).map_err(|e| AppError::invalid(Field::Name, e))?;
        auth::sign_up(&ctx.state, &ctx.meta, prior.as_ref(), auth::SignUp { phone, password, name }).await
    };
    match run.await {
        Ok(issued) => {
            ctx.set_session(&issued);
            ctx.redirect("/verify");
            Ok(())
        }
        Err(e) => Err(ctx.fail(SignUp::PATH, e, &keep)),
    }
}

/// The code a page asks for: `verify-phone` (pending session), `2fa` (half session),
/// `sign-in` and `reset-password` (this browser's flow), `change-phone` (signed in, a
/// change under way). `None` when there is no such code for this visitor.
#[server(endpoint = "code-state")]
pub async fn get_code_state(purpose: String) -> Answer<Option<CodeState>> {
    let ctx = Ctx::load()?;
    let Some(purpose) = CodePurpose::parse(&purpose) else {
        return Err(ctx.fail(GetCodeState::PATH, AppError::Transport("unknown code purpose".into()), &[]));
    };
    code_state_of(&ctx, purpose).await
}

/// The state of this visitor's code for `purpose`: `verify-phone` (pending session),
/// `2fa` (half session), `sign-in` and `reset-password` (this browser's flow),
/// `change-phone` (signed in, a change under way). `None` when there is no such code.
#[cfg(feature = "ssr")]
async fn code_state_of(ctx: &Ctx, purpose: CodePurpose) -> Answer<Option<CodeState>> {
    let (phone, info) = match purpose {
        CodePurpose::VerifyPhone | CodePurpose::TwoFactor => {
            let kind = if purpose == CodePurpose::VerifyPhone { SessionKind::Pending } else { SessionKind::TwoFactor };
            let Some(cur) = ctx.current().await?.filter(|c| c.kind == kind) else { return Ok(None) };
            let phone = cur.user.phone();
            (phone.pretty(), codes::code_info(&ctx.state, &phone, purpose).await?)
        }
        CodePurpose::SignIn | CodePurpose::ResetPassword => {
            let Some(flow) = ctx.flow(purpose) else { return Ok(None) };
            (flow.phone.pretty(), codes::code_info(&ctx.state, &flow.phone, purpose).await?)
        }
        CodePurpose::ChangePhone => {
            let Some(cur) = ctx.current().await?.filter(|c| c.kind == SessionKind::Full) else { return Ok(None) };
            let Some(row) = account::pending_phone_change(&ctx.state, &cur).await? else { return Ok(None) };
            let info = account::code_info(&ctx.state, &row);
            (PhoneNumber::from_trusted(row.phone).pretty(), Some(info))
        }
    };
    Ok(Some(code_state(ctx, phone, info.as_ref())))
}

#[server(endpoint = "verify")]
pub async fn verify_phone(code: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Pending).await?;
        let code = parse_code(&code)?;
        auth::verify_phone(&ctx.state, &ctx.meta, &cur, &code).await
    };
    match run.await {
        Ok(issued) => {
            ctx.set_session(&issued);
            ctx.redirect("/profile");
            Ok(())
        }
        Err(e) => Err(ctx.fail(VerifyPhone::PATH, e, &[])),
    }
}

/// A new code by SMS or voice, for whichever code the page shows (`purpose`, default
/// `verify-phone`). Answers with the new code's state (its countdown starts over).
#[server(endpoint = "resend-code")]
pub async fn resend_code(purpose: Option<String>, channel: Option<String>) -> Answer<Option<CodeState>> {
    let ctx = Ctx::load()?;
    let run = async {
        let channel = Channel::from_form(channel.as_deref());
        let purpose = match purpose.as_deref() {
            None | Some("") => CodePurpose::VerifyPhone,
            Some(p) => CodePurpose::parse(p).ok_or_else(|| AppError::Transport("unknown code purpose".into()))?,
        };
        match purpose {
            CodePurpose::VerifyPhone => {
                let cur = ctx.require(SessionKind::Pending).await?;
                auth::resend_for_session(&ctx.state, &ctx.meta, &cur, channel).await
            }
            CodePurpose::TwoFactor => {
                let cur = ctx.require(SessionKind::TwoFactor).await?;
                auth::resend_for_session(&ctx.state, &ctx.meta, &cur, channel).await
            }
            CodePurpose::SignIn | CodePurpose::ResetPassword => {
                let flow = ctx.flow(purpose).ok_or(AppError::StartOver)?;
                auth::request_flow_code(&ctx.state, &ctx.meta, &flow.phone, purpose, channel).await
            }
            CodePurpose::ChangePhone => {
                let cur = ctx.require(SessionKind::Full).await?;
                account::resend_phone_change(&ctx.state, &ctx.meta, &cur, channel).await
            }
        }
        .map(|_| purpose)
    };
    match run.await {
        Ok(purpose) => code_state_of(&ctx, purpose).await,
        Err(e) => Err(ctx.fail(ResendCode::PATH, e, &[])),
    }
}

#[server(endpoint = "sign-in")]
pub async fn sign_in(country: String, phone: String, password: String, next: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let next_raw = next.unwrap_or_default();
    let keep = [("country", country.as_str()), ("phone", phone.as_str()), ("next", next_raw.as_str())];
    let run = async {
        let phone = parse_phone(&ctx, &country, &phone)?;
        let password = parse_attempt(password, Field::Password)?;
        let prior = ctx.current().await?;
        auth::sign_in(&ctx.state, &ctx.meta, prior.as_ref(), &phone, &password).await
    };
    let next = safe_local_path(&next_raw);
    match run.await {
        Ok(auth::SignedIn::Done(issued)) => {
            ctx.set_session(&issued);
            ctx.redirect(next.as_deref().unwrap_or("/profile"));
            Ok(())
        }
        Ok(auth::SignedIn::MustVerify(issued)) => {
            ctx.set_session(&issued);
            ctx.redirect("/verify");
            Ok(())
        }
        Ok(auth::SignedIn::SecondFactor(issued)) => {
            ctx.set_session(&issued);
            match next {
                Some(n) => ctx.redirect(&format!("/signin/2fa?next={}", crate::domain::url::encode_component(&n))),
                None => ctx.redirect("/signin/2fa"),
            }
            Ok(())
        }
        Err(e) => Err(ctx.fail(SignIn::PATH, e, &keep)),
    }
}

/// The second factor, from the half session of a correct password.
#[server(endpoint = "verify-2fa")]
pub async fn verify_two_factor(code: String, next: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::TwoFactor).await?;
        let code = parse_code(&code)?;
        auth::verify_two_factor(&ctx.state, &ctx.meta, &cur, &code).await
    };
    match run.await {
        Ok(issued) => {
            ctx.set_session(&issued);
            ctx.redirect(&next.as_deref().and_then(safe_local_path).unwrap_or_else(|| "/profile".into()));
            Ok(())
        }
        Err(e) => Err(ctx.fail(VerifyTwoFactor::PATH, e, &[])),
    }
}

/// Step one of passwordless sign-in: a code to the number, if it has an account. The
/// answer is the same either way.
#[server(endpoint = "send-sign-in-code")]
pub async fn send_sign_in_code(country: String, phone: String, channel: Option<String>) -> Answer {
    flow_start(CodePurpose::SignIn, "/signin/code", SendSignInCode::PATH, country, phone, channel).await
}

/// Step one of a password reset: a code to the number, if it has an account. The answer
/// is the same either way.
#[server(endpoint = "send-reset-code")]
pub async fn send_reset_code(country: String, phone: String, channel: Option<String>) -> Answer {
    flow_start(CodePurpose::ResetPassword, "/reset-password", SendResetCode::PATH, country, phone, channel).await
}

#[cfg(feature = "ssr")]
async fn flow_start(purpose: CodePurpose, page: &str, fn_path: &str, country: String, phone: String, channel: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let keep = [("country", country.as_str()), ("phone", phone.as_str())];
    let run = async {
        if ctx.current().await?.is_some_and(|c| c.kind == SessionKind::Full) {
            return Err(AppError::AlreadySignedIn);
        }
        let phone = parse_phone(&ctx, &country, &phone)?;
        match auth::request_flow_code(&ctx.state, &ctx.meta, &phone, purpose, Channel::from_form(channel.as_deref())).await {
            // A code sent moments ago is still good: go and enter it.
            Ok(_) | Err(AppError::Cooldown { .. }) => Ok(phone),
            Err(e) => Err(e),
        }
    };
    match run.await {
        Ok(phone) => {
            ctx.set_flow(purpose, &phone);
            ctx.redirect(page);
            Ok(())
        }
        Err(e) => Err(ctx.fail(fn_path, e, &keep)),
    }
}

/// Step two of passwordless sign-in: the code sent to the number of this browser's flow.
#[server(endpoint = "sign-in-with-code")]
pub async fn sign_in_with_code(code: String, next: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let flow = ctx.flow(CodePurpose::SignIn).ok_or(AppError::StartOver)?;
        let code = parse_code(&code)?;
        let prior = ctx.current().await?;
        auth::sign_in_with_code(&ctx.state, &ctx.meta, prior.as_ref(), &flow.phone, &code).await
    };
    match run.await {
        Ok(issued) => {
            ctx.clear_flow();
            ctx.set_session(&issued);
            ctx.redirect(&next.as_deref().and_then(safe_local_path).unwrap_or_else(|| "/profile".into()));
            Ok(())
        }
        Err(e) => Err(ctx.fail(SignInWithCode::PATH, e, &[])),
    }
}

/// Step two of a password reset: the code and the new password. Every session of the
/// account ends; the person signs in again with the new password.
#[server(endpoint = "reset-password")]
pub async fn reset_password(code: String, password: String, confirm: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let flow = ctx.flow(CodePurpose::ResetPassword).ok_or(AppError::StartOver)?;
        let code = parse_code(&code)?;
        let password = parse_new_password(password, &confirm)?;
        recovery::reset_password(&ctx.state, &ctx.meta, &flow.phone, &code, &password).await
    };
    match run.await {
        Ok(_) => {
            ctx.clear_flow();
            // This browser's session (if any) was one of those ended.
            ctx.clear_session();
            ctx.redirect(&Notice::PasswordReset.url("/signin"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(ResetPassword::PATH, e, &[])),
    }
}

/// Back to step one of a signed-out code flow ("use another number").
#[server(endpoint = "restart-flow")]
pub async fn restart_flow(page: String) -> Answer {
    let ctx = Ctx::load()?;
    ctx.clear_flow();
    let page = if page == "/reset-password" { "/reset-password" } else { "/signin/code" };
    ctx.redirect(page);
    Ok(())
}

#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Answer {
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
