//! Browsers an account signs in from, and the alert when a new one does. A browser is a
//! random id in its device cookie (`pa_device`, `__Host-pa_device` over https; 400 days,
//! the most browsers keep a cookie); the account keeps the id's SHA-256. A complete
//! sign-in from a browser the account has not been seen on before (other than its very
//! first) sends the account's number "<app>: new sign-in to your account from <browser>.
//! Not you? ..." when `ALERT_NEW_DEVICE` is on. The alert takes a unit of the daily send
//! budget only (no per-number limit: the person must hear of every new browser), reserved
//! before the answer; the SMS goes out after it (the sign-in waits for no provider), and
//! the security activity records whether it went.

use super::auth::audit;
use super::codes::{DAY, GLOBAL_BUCKET};
use super::limits::{self, Limit};
use crate::domain::audit::AuditDetail;
use crate::domain::{AppError, AuditKind, PhoneNumber};
use crate::server::clock::now;
use crate::server::cookie::CookieSpec;
use crate::server::db::users::UserRow;
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;

pub const COOKIE: CookieSpec = CookieSpec { name: "pa_device", host_name: "__Host-pa_device" };
/// Browsers keep a cookie at most 400 days.
pub const COOKIE_TTL: i64 = 400 * 86_400;

/// The browser's id from its device cookie, if it has a well-formed one.
pub fn cookie_id<'a>(state: &AppState, meta: &'a RequestMeta) -> Option<&'a str> {
    COOKIE
        .read_in(&meta.cookies, state.config.is_https(), None)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

/// The `Set-Cookie` line that gives the browser the device id `id`.
pub fn set_cookie(state: &AppState, id: &str) -> String {
    COOKIE.set(id, COOKIE_TTL, state.config.is_https())
}

/// Whether a browser that [`Db::remember_device`](crate::server::db::Db::remember_device)
/// answered `seen` for is news to tell: new to the account, and not its first.
pub fn is_news(seen: Option<i64>, enabled: bool) -> bool {
    enabled && seen.is_some_and(|n| n > 1)
}

/// A complete sign-in of `user` from the request's browser: remembers the browser for the
/// account and, if it is news, reserves a unit of the daily send budget and sends the
/// alert after the answer (tracked by [`AppState::background`]; the activity records
/// whether it went). Returns the id to put in the browser's device cookie when it had
/// none.
pub async fn signed_in(state: &AppState, meta: &RequestMeta, user: &UserRow) -> Result<Option<String>, AppError> {
    let (id, fresh) = match cookie_id(state, meta) {
        Some(id) => (id.to_string(), false),
        None => {
            let mut bytes = [0u8; 16];
            rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
            (hex::encode(bytes), true)
        }
    };
    let hash = crate::server::session::hash_token(&id);
    let seen = state.db.remember_device(user.id, &hash, now()).await.or_internal("remembering the browser")?;
    if is_news(seen, state.config.alert_new_device) {
        // The account's language (the browser signing in may not be its owner's).
        let stored = state.db.user_language(user.id).await.or_internal("reading the account's language")?;
        let lang = stored.as_deref().and_then(crate::domain::lang::Lang::from_tag).unwrap_or_else(|| meta.lang());
        // The device in that language too ("Firefox en Windows"); an unknown one is "a new device".
        let parsed = crate::domain::device::Device::parse(&meta.user_agent);
        let device = if parsed.label() == crate::domain::device::UNKNOWN_DEVICE {
            parsed.label()
        } else {
            parsed.label_with(&crate::server::i18n::words(lang))
        };
        let text = alert_text(lang, &state.config.app_name, &device, &state.config.public_url);
        send_alert(state, meta, user, text, AuditKind::NewDeviceAlert).await;
    }
    Ok(fresh.then_some(id))
}

/// Texts `text` to `user`'s number after the answer (tracked by
/// [`AppState::background`]), a unit of the daily send budget reserved first (alerts
/// count against no per-number limit); the activity records, as `kind`, whether it went.
/// A failure costs the alert, never the request that caused it.
pub async fn send_alert(state: &AppState, meta: &RequestMeta, user: &UserRow, text: String, kind: AuditKind) {
    // A test number is never sent anything (nor does it spend the budget).
    if state.config.test_code(&user.phone()).is_some() {
        record(state, meta, user.id, false, kind).await;
        return;
    }
    let budget = [Limit { key: GLOBAL_BUCKET.into(), window: DAY, limit: state.config.limits.daily_send_budget }];
    match limits::reserve(state, now(), None, &budget).await {
        Ok(Ok(reservation)) => {
            let (state, meta, phone, user_id) = (state.clone(), meta.clone(), user.phone(), user.id);
            state.clone().background.spawn(async move {
                let sent = alert(&state, &phone, &text).await;
                if !sent {
                    if let Err(e) = limits::give_back(&state, &reservation).await {
                        tracing::warn!(error = %e, "could not give back the alert's budget");
                    }
                }
                record(&state, &meta, user_id, sent, kind).await;
            });
        }
        Ok(Err(_)) => {
            tracing::warn!(to = %user.phone().masked(), "the daily send budget is spent: an alert was not sent");
            record(state, meta, user.id, false, kind).await;
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not reserve an alert");
            record(state, meta, user.id, false, kind).await;
        }
    }
}

async fn record(state: &AppState, meta: &RequestMeta, user_id: i64, sent: bool, kind: AuditKind) {
    let detail = AuditDetail { alert_sent: Some(sent), ..AuditDetail::none() };
    if let Err(e) = audit(state, meta, Some(user_id), kind, &detail).await {
        tracing::warn!(error = %e, "could not record an alert");
    }
}

/// Whether the request's browser is one `user` trusts now (see [`trust`]): two-factor
/// sign-in then asks it for no second factor.
pub async fn is_trusted(state: &AppState, meta: &RequestMeta, user: &UserRow) -> Result<bool, AppError> {
    let Some(id) = cookie_id(state, meta) else { return Ok(false) };
    state
        .db
        .is_trusted_browser(user.id, &crate::server::session::hash_token(id), user.password_epoch, now())
        .await
        .or_internal("reading the trusted browsers")
}

/// "Don't ask for a code on this browser": the browser `id` (its device cookie's) asks
/// `user` for no second factor for `TRUSTED_BROWSER_TTL`, under the account's password
/// epoch (a password change or reset ends it).
pub async fn trust(state: &AppState, meta: &RequestMeta, user: &UserRow, id: &str) -> Result<(), AppError> {
    let t = now();
    state
        .db
        .trust_browser(&crate::server::db::devices::NewTrust {
            user_id: user.id,
            device_hash: &crate::server::session::hash_token(id),
            password_epoch: user.password_epoch,
            user_agent: &meta.user_agent,
            ip: &meta.ip,
            now: t,
            expires_at: t + state.config.limits.trusted_browser_ttl,
        })
        .await
        .or_internal("trusting the browser")?;
    audit(state, meta, Some(user.id), AuditKind::BrowserTrusted, &AuditDetail::none()).await
}

/// The browsers `user` trusts, for the sessions page, times in `zone`.
pub async fn trusted(
    state: &AppState,
    meta: &RequestMeta,
    user: &UserRow,
    zone: &crate::server::zone::Zone,
) -> Result<Vec<crate::domain::activity::TrustedBrowser>, AppError> {
    let t = now();
    let mine = cookie_id(state, meta).map(crate::server::session::hash_token);
    let rows = state.db.trusted_browsers(user.id, user.password_epoch, t).await.or_internal("listing the trusted browsers")?;
    Ok(rows
        .into_iter()
        .map(|r| crate::domain::activity::TrustedBrowser {
            id: r.id,
            device: crate::domain::device::Device::parse(&r.user_agent).label(),
            ip: r.ip,
            trusted_at: zone.when(r.created_at, t),
            until: zone.when(r.expires_at, t),
            this_device: mine.as_deref() == Some(r.device_hash.as_str()),
        })
        .collect())
}

/// Stops trusting the browser `id` of `user`; whether it was trusted.
pub async fn forget(state: &AppState, meta: &RequestMeta, user: &UserRow, id: i64) -> Result<bool, AppError> {
    let forgotten = state.db.untrust_browsers(user.id, Some(id)).await.or_internal("forgetting the browser")? > 0;
    if forgotten {
        audit(state, meta, Some(user.id), AuditKind::BrowserForgotten, &AuditDetail::none()).await?;
    }
    Ok(forgotten)
}

/// The alert's words, in `lang` (the account's, else the browser's).
pub fn alert_text(lang: crate::domain::lang::Lang, app_name: &str, device: &str, public_url: &str) -> String {
    use crate::server::i18n::{Arg, Catalog};
    let catalog = Catalog::get();
    let from = if device == crate::domain::device::UNKNOWN_DEVICE {
        catalog.message(lang, "alert-unknown-device", &[])
    } else {
        device.to_string()
    };
    let url = format!("{}/profile", public_url.trim_end_matches('/'));
    catalog.message(lang, "alert-new-device", &[("app", Arg::Text(app_name)), ("device", Arg::Text(&from)), ("url", Arg::Text(&url))])
}

/// Sends an alert (its budget already reserved). Whether the provider took it.
async fn alert(state: &AppState, phone: &PhoneNumber, text: &str) -> bool {
    match state.verifier.notify(phone, text).await {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!(to = %phone.masked(), error = %e, "could not send an alert");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;

    #[test]
    fn only_a_browser_new_to_an_account_that_had_one_is_news() {
        assert!(!is_news(None, true), "known");
        assert!(!is_news(Some(1), true), "the account's first browser");
        assert!(is_news(Some(2), true));
        assert!(!is_news(Some(2), false), "ALERT_NEW_DEVICE=0");
    }

    #[test]
    fn the_alert_names_the_browser_and_where_to_act() {
        assert_eq!(
            alert_text(Lang::En, "Phone Auth", "Firefox on Windows", "https://auth.example.com/"),
            "Phone Auth: new sign-in to your account from Firefox on Windows. Not you? Change your password at https://auth.example.com/profile"
        );
        assert!(
            alert_text(Lang::En, "Phone Auth", crate::domain::device::UNKNOWN_DEVICE, "https://a.example").contains("from a new device.")
        );
        assert_eq!(
            alert_text(Lang::Es, "Phone Auth", crate::domain::device::UNKNOWN_DEVICE, "https://a.example"),
            "Phone Auth: nuevo inicio de sesión en tu cuenta desde un dispositivo nuevo. ¿No fuiste tú? Cambia tu contraseña en https://a.example/profile"
        );
    }
}
