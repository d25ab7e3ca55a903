//! Second factors beside the SMS code: an authenticator app (TOTP, RFC 6238: SHA-1, six
//! digits, 30-second steps, one step of drift either way) and recovery codes.
//!
//! - The app's secret (160 random bits) is sealed in the database (AES-256-GCM with a key
//!   derived from the app secret; the plaintext names the account, so a sealed secret
//!   moved to another row does not open). Setting up shows a QR code drawn on the server
//!   (SVG) and the secret as text; the app counts once its first code comes back
//!   ([`SETUP_TTL`] to do it), which turns two-factor sign-in on.
//! - A code is accepted once: its time step must be later than the last one accepted, in
//!   one conditional update (`db/factors.rs`), so a replay, or 50 copies at once, sign in
//!   once.
//! - Recovery codes: ten, 50 random bits each, stored as HMAC-SHA256 under a key derived
//!   from the app secret (they are random, so a fast keyed hash is enough), shown once;
//!   the first set comes with the first authenticator app, a new set (step-up) replaces
//!   every earlier one.
//! - Every check of an app or recovery code reserves a try against the account first
//!   (the failed sign-in limit per hour), given back when it is right.
//! - Adding or removing the app, and new recovery codes, text the account's number
//!   (`ALERT_NEW_DEVICE`) and are recorded in the activity.

use super::account::confirm_password;
use super::auth::{audit, Current};
use super::devices::send_alert;
use super::limits::{self, Limit};
use crate::domain::audit::AuditDetail;
use crate::domain::factor::{RecoveryCode, SecondFactor, RECOVERY_CODES};
use crate::domain::{AppError, AuditKind, Field, OtpCode, Password};
use crate::server::clock::now;
use crate::server::cookie::CookieSpec;
use crate::server::db::factors::AuthenticatorRow;
use crate::server::db::users::UserRow;
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, TOTP};

/// How long a set-up waits for the app's first code.
pub const SETUP_TTL: i64 = 15 * 60;
/// Wrong app or recovery codes an account may be tried with per hour (after the right
/// password): six digits with three time steps accepted, so at 240 tries a day an
/// attacker would need about 950 days for even odds.
pub const TRIES_PER_HOUR: u64 = 10;
/// Seconds in a time step.
const STEP: i64 = 30;
/// The name bound into sealed secrets (a sealed cookie never opens as one).
const SEALED: CookieSpec = CookieSpec { name: "totp_secret", host_name: "totp_secret" };

/// What the account offers at the second step, the method to try first first.
pub async fn offered(state: &AppState, user_id: i64) -> Result<Vec<SecondFactor>, AppError> {
    let s = state.db.factor_summary(user_id).await.or_internal("reading the second factors")?;
    Ok(SecondFactor::offered(s.last, s.app_since.is_some(), s.passkeys > 0 && state.webauthn.is_some(), s.recovery_left > 0))
}

/// The profile's view of the second factors.
pub struct Factors {
    /// When the authenticator app was added and last used.
    pub app: Option<(i64, Option<i64>)>,
    /// An app being set up.
    pub setup: Option<Setup>,
    /// Unused recovery codes; `None` when none were ever made.
    pub recovery_left: Option<i64>,
}

/// What setting up an app shows: the secret as text (in groups of four), the
/// `otpauth://` URI, and the URI as a QR code (SVG).
pub struct Setup {
    pub secret: String,
    pub uri: String,
    pub qr_svg: String,
}

/// The profile's view of `user`'s second factors, from what is `stored` (the
/// authenticator app, and the recovery codes left and made).
pub fn factors(state: &AppState, user: &UserRow, stored: (Option<AuthenticatorRow>, i64, i64)) -> Result<Factors, AppError> {
    let (row, recovery_left, recovery_made) = stored;
    let app = row.as_ref().and_then(|r| r.confirmed_at.map(|at| (at, r.last_used_at)));
    let setup = match row {
        Some(r) if r.confirmed_at.is_none() && r.created_at > now() - SETUP_TTL => {
            let totp = open_totp(state, user, &r.secret_sealed)?;
            let uri = totp.get_url();
            let secret = totp.get_secret_base32().as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>();
            Some(Setup { secret: secret.join(" "), qr_svg: qr_svg(&uri)?, uri })
        }
        _ => None,
    };
    Ok(Factors { app, setup, recovery_left: (recovery_made > 0).then_some(recovery_left) })
}

/// Step one of adding an authenticator app (after the password): a new secret, waiting
/// for the app's first code.
pub async fn start_app(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    confirm_password(state, meta, cur, password).await?;
    if !cur.user.is_verified() {
        return Err(AppError::invalid(Field::CurrentPassword, "Verify your phone number first."));
    }
    let mut secret = [0u8; 20];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut secret);
    let sealed = SEALED.seal(&state.cookie_keys.totp_secrets, &format!("{}:{}", cur.user.id, hex::encode(secret)));
    if !state.db.start_authenticator(cur.user.id, &sealed, now()).await.or_internal("starting the authenticator set-up")? {
        return Err(AppError::invalid(Field::CurrentPassword, "You have an authenticator app already. Remove it first to add another."));
    }
    Ok(())
}

/// Gives up a set-up under way.
pub async fn cancel_app(state: &AppState, cur: &Current) -> Result<(), AppError> {
    state.db.cancel_authenticator(cur.user.id).await.or_internal("cancelling the authenticator set-up")?;
    Ok(())
}

/// Step two: the app's first code. The app counts from now on, two-factor sign-in is on,
/// and, if the account has no unused recovery codes, here are its first ones (shown once).
pub async fn confirm_app(state: &AppState, meta: &RequestMeta, cur: &Current, code: &OtpCode) -> Result<Vec<RecoveryCode>, AppError> {
    let user = &cur.user;
    let row = state.db.authenticator(user.id).await.or_internal("reading the authenticator app")?;
    let Some(row) = row.filter(|r| r.confirmed_at.is_none() && r.created_at > now() - SETUP_TTL) else {
        return Err(AppError::invalid(Field::Code, "The set-up has expired. Start again."));
    };
    let reservation = reserve_try(state, meta, user).await?;
    let totp = open_totp(state, user, &row.secret_sealed)?;
    let t = now();
    let Some(step) = matching_step(&totp, code, t) else {
        return Err(wrong_app_code());
    };
    let left = state.db.factor_summary(user.id).await.or_internal("reading the recovery codes")?.recovery_left;
    let codes = if left == 0 { new_codes() } else { vec![] };
    let hashes: Vec<String> = codes.iter().map(|c| hash_recovery(state, user.id, c)).collect();
    let recovery = (!codes.is_empty()).then_some(hashes.as_slice());
    if !state.db.confirm_authenticator(user.id, step, t - SETUP_TTL, t, recovery).await.or_internal("confirming the authenticator app")? {
        return Err(AppError::invalid(Field::Code, "The set-up has expired. Start again."));
    }
    limits::give_back(state, &reservation).await?;
    audit(state, meta, Some(user.id), AuditKind::AuthenticatorAdded, &AuditDetail::none()).await?;
    if !user.two_factor {
        audit(state, meta, Some(user.id), AuditKind::TwoFactorEnabled, &AuditDetail::none()).await?;
    }
    if !codes.is_empty() {
        audit(state, meta, Some(user.id), AuditKind::RecoveryCodesCreated, &AuditDetail::none()).await?;
    }
    alert(state, meta, user, "authenticator-added").await;
    Ok(codes)
}

/// Removes the authenticator app (after the password); the SMS code and the recovery
/// codes remain.
pub async fn remove_app(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<(), AppError> {
    confirm_password(state, meta, cur, password).await?;
    if state.db.remove_authenticator(cur.user.id, now()).await.or_internal("removing the authenticator app")? {
        audit(state, meta, Some(cur.user.id), AuditKind::AuthenticatorRemoved, &AuditDetail::none()).await?;
        alert(state, meta, &cur.user, "authenticator-removed").await;
    }
    Ok(())
}

/// New recovery codes (after the password), shown once: every earlier one stops working.
/// Only with two-factor sign-in on.
pub async fn new_recovery_codes(
    state: &AppState,
    meta: &RequestMeta,
    cur: &Current,
    password: &Password,
) -> Result<Vec<RecoveryCode>, AppError> {
    confirm_password(state, meta, cur, password).await?;
    if !cur.user.two_factor {
        return Err(AppError::invalid(Field::CurrentPassword, "Turn on two-factor sign-in first."));
    }
    let codes = new_codes();
    let hashes: Vec<String> = codes.iter().map(|c| hash_recovery(state, cur.user.id, c)).collect();
    state.db.new_recovery_codes(cur.user.id, &hashes, now()).await.or_internal("storing the recovery codes")?;
    audit(state, meta, Some(cur.user.id), AuditKind::RecoveryCodesCreated, &AuditDetail::none()).await?;
    alert(state, meta, &cur.user, "recovery-codes").await;
    Ok(codes)
}

/// The second step with the authenticator app: the code of a time step later than any
/// accepted before.
pub async fn check_app(state: &AppState, meta: &RequestMeta, user: &UserRow, code: &OtpCode) -> Result<(), AppError> {
    let row = state.db.authenticator(user.id).await.or_internal("reading the authenticator app")?;
    let Some(row) = row.filter(|r| r.confirmed_at.is_some()) else {
        return Err(AppError::invalid(Field::Code, "This account has no authenticator app. Choose another way."));
    };
    let reservation = reserve_try(state, meta, user).await?;
    let totp = open_totp(state, user, &row.secret_sealed)?;
    let t = now();
    let Some(step) = matching_step(&totp, code, t) else {
        return Err(wrong_app_code());
    };
    if !state.db.use_authenticator_step(user.id, step, t).await.or_internal("accepting the authenticator code")? {
        return Err(AppError::invalid(Field::Code, "That code was used already. Wait for the next one in your app."));
    }
    limits::give_back(state, &reservation).await
}

/// The second step with a recovery code: used up by the one request that takes it.
/// Returns how many remain.
pub async fn use_recovery_code(state: &AppState, meta: &RequestMeta, user: &UserRow, code: &RecoveryCode) -> Result<i64, AppError> {
    let reservation = reserve_try(state, meta, user).await?;
    let hash = hash_recovery(state, user.id, code);
    if !state.db.use_recovery_code(user.id, &hash, now()).await.or_internal("using the recovery code")? {
        return Err(AppError::invalid(Field::Code, "That recovery code is not right, or it was used already."));
    }
    limits::give_back(state, &reservation).await?;
    Ok(state.db.factor_summary(user.id).await.or_internal("counting the recovery codes")?.recovery_left)
}

fn wrong_app_code() -> AppError {
    AppError::invalid(Field::Code, "That code is not right. Enter the code your authenticator app shows now.")
}

/// A try of an app or recovery code, reserved against the account before the check
/// ([`TRIES_PER_HOUR`]): guessing six digits gets nowhere.
async fn reserve_try(state: &AppState, meta: &RequestMeta, user: &UserRow) -> Result<limits::Reservation, AppError> {
    let limit = Limit { key: format!("factor-fail:{}", user.id), window: 3_600, limit: TRIES_PER_HOUR };
    match limits::reserve(state, now(), None, &[limit]).await? {
        Ok(r) => Ok(r),
        Err(refused) => {
            audit(state, meta, Some(user.id), AuditKind::SignInPaused, &AuditDetail::none()).await?;
            state.metrics.rate_limited("second_factor");
            Err(AppError::TooManySignIns { minutes: refused.minutes() })
        }
    }
}

/// The time step (of the one before, now, and the one after) whose code `code` is: the
/// latest if several. Every candidate is compared, in constant time.
fn matching_step(totp: &TOTP, code: &OtpCode, now: i64) -> Option<i64> {
    let step = now / STEP;
    let mut found = None;
    for s in [step - 1, step, step + 1] {
        let expected = totp.generate((s * STEP) as u64);
        if bool::from(expected.as_bytes().ct_eq(code.expose().as_bytes())) {
            found = Some(s);
        }
    }
    found
}

/// The TOTP of a sealed secret, labelled for the app: the issuer (the app's name) and the
/// account's number.
fn open_totp(state: &AppState, user: &UserRow, sealed: &str) -> Result<TOTP, AppError> {
    let plain = SEALED.open(&state.cookie_keys.totp_secrets, sealed);
    let secret = plain
        .as_deref()
        .and_then(|p| p.split_once(':'))
        .filter(|(id, _)| *id == user.id.to_string())
        .and_then(|(_, hex_secret)| hex::decode(hex_secret).ok())
        .ok_or_else(|| anyhow::anyhow!("the sealed secret does not open"))
        .or_internal("opening the authenticator secret")?;
    let issuer = state.config.app_name.replace(':', " ");
    TOTP::new(Algorithm::SHA1, 6, 1, STEP as u64, secret, Some(issuer), user.phone().as_str().into())
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .or_internal("making the authenticator's TOTP")
}

/// `uri` as a QR code, an inline SVG (black on white, a quiet zone round it).
fn qr_svg(uri: &str) -> Result<String, AppError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(uri, qrcode::EcLevel::M).or_internal("drawing the QR code")?;
    let svg = code.render::<svg::Color>().min_dimensions(200, 200).dark_color(svg::Color("#000")).light_color(svg::Color("#fff")).build();
    // The XML declaration has no place inside HTML.
    Ok(svg.find("<svg").map(|i| svg[i..].to_string()).unwrap_or(svg))
}

fn new_codes() -> Vec<RecoveryCode> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut b = [0u8; 10];
            rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut b);
            RecoveryCode::from_random(b)
        })
        .collect()
}

/// The stored form of a recovery code: HMAC-SHA256 of the account and the code.
fn hash_recovery(state: &AppState, user_id: i64, code: &RecoveryCode) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(state.cookie_keys.recovery_codes.master()).expect("HMAC takes keys of any length");
    mac.update(user_id.to_string().as_bytes());
    mac.update(b"|");
    mac.update(code.expose().as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Texts the account's number that `what` happened (when alerts are on): `what` names
/// the change (`authenticator-added`, `authenticator-removed`, `recovery-codes`,
/// `passkey-added`, `passkey-removed`, `two-factor-off`; see `alert-factor` in
/// `locales/`), told in the signed-in person's language.
pub(crate) async fn alert(state: &AppState, meta: &RequestMeta, user: &UserRow, what: &str) {
    if state.config.alert_new_device {
        let text = alert_text(meta.lang(), &state.config.app_name, what, &state.config.public_url);
        send_alert(state, meta, user, text, AuditKind::SecurityAlert).await;
    }
}

/// "<app>: an authenticator app was added to your account. Not you? ..."
pub fn alert_text(lang: crate::domain::lang::Lang, app_name: &str, what: &str, public_url: &str) -> String {
    use crate::server::i18n::{Arg, Catalog};
    let url = format!("{}/profile", public_url.trim_end_matches('/'));
    Catalog::get().message(lang, "alert-factor", &[("app", Arg::Text(app_name)), ("what", Arg::Text(what)), ("url", Arg::Text(&url))])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totp(secret: &[u8]) -> TOTP {
        TOTP::new(Algorithm::SHA1, 6, 1, 30, secret.to_vec(), Some("Phone Auth".into()), "+447400123456".into()).unwrap()
    }

    #[test]
    fn rfc_6238_vectors() {
        // RFC 6238 appendix B, SHA-1, the last six digits.
        let t = totp(b"12345678901234567890");
        assert_eq!(t.generate(59), "287082");
        assert_eq!(t.generate(1_111_111_109), "081804");
        assert_eq!(t.generate(1_234_567_890), "005924");
    }

    #[test]
    fn a_code_matches_its_step_and_the_steps_either_side_only() {
        let t = totp(b"12345678901234567890");
        let now = 1_234_567_890;
        let at = |s: i64| OtpCode::parse(&t.generate((s * 30) as u64)).unwrap();
        let step = now / 30;
        assert_eq!(matching_step(&t, &at(step), now), Some(step));
        assert_eq!(matching_step(&t, &at(step - 1), now), Some(step - 1));
        assert_eq!(matching_step(&t, &at(step + 1), now), Some(step + 1));
        assert_eq!(matching_step(&t, &at(step - 2), now), None);
        assert_eq!(matching_step(&t, &at(step + 2), now), None);
    }

    #[test]
    fn the_otpauth_uri_names_the_app_and_the_number() {
        let uri = totp(b"12345678901234567890").get_url();
        assert!(uri.starts_with("otpauth://totp/Phone%20Auth:%2B447400123456?secret="), "{uri}");
        assert!(uri.contains("issuer=Phone%20Auth"), "{uri}");
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>") && svg.contains("<path"), "{svg}");
    }

    #[test]
    fn alerts_say_what_changed_and_where_to_act() {
        assert_eq!(
            alert_text(crate::domain::lang::Lang::En, "Phone Auth", "authenticator-added", "https://auth.example.com/"),
            "Phone Auth: an authenticator app was added to your account. Not you? Change your password at https://auth.example.com/profile"
        );
    }
}
