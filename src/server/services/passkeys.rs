//! Passkeys (WebAuthn, through webauthn-rs's passkey API): added from the profile after
//! the password, used to sign in with no number typed (discoverable credentials, from a
//! button or offered in the phone field's autofill: conditional mediation), or as the
//! second step after the password. User verification is required, so a passkey sign-in
//! is complete on its own: with two-factor sign-in on it asks for nothing more.
//!
//! - The relying party is the host of `PUBLIC_URL` (browsers refuse an IP address: there
//!   passkeys are off, and the pages do not offer them).
//! - Each ceremony's state (its challenge) waits in the database for its answer and is
//!   taken by it once (`DELETE ... RETURNING`): 50 answers to one challenge, one is
//!   checked. A registration's state names its account; a sign-in's names none, the
//!   passkey says whose it is (its user handle, a random UUID per account, never the
//!   number).
//! - The counter and backup flags are webauthn-rs's to judge: a counter that goes back
//!   fails the check, and what changed is stored after each use
//!   (`Passkey::update_credential`).

use super::account::confirm_password;
use super::auth::{audit, complete_sign_in, Current, Issued};
use crate::domain::audit::{AuditDetail, SignInMethod};
use crate::domain::{AppError, AuditKind, Field, Password};
use crate::server::clock::now;
use crate::server::config::Config;
use crate::server::db::passkeys::PasskeyRow;
use crate::server::db::users::UserRow;
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use webauthn_rs::prelude::*;

/// How long a ceremony waits for its answer.
pub const CEREMONY_TTL: i64 = 300;
/// Passkeys an account may hold.
pub const MAX_PER_ACCOUNT: usize = 20;
/// Characters in a passkey's name.
pub const MAX_NAME_CHARS: usize = 64;
/// Sign-in challenges a client (IPv6: a /64) may ask for an hour: each is a row until it
/// is answered or expires, and anyone may ask (every sign-in page's autofill offer does).
pub const SIGN_IN_CHALLENGES_PER_IP_PER_HOUR: u64 = 600;

/// The relying party of `config`'s public URL; `None` (passkeys off) when its host is an
/// IP address, which browsers refuse as a relying party.
pub fn relying_party(config: &Config) -> anyhow::Result<Option<Webauthn>> {
    let host = config.public_host();
    if host.is_empty() || host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') {
        return Ok(None);
    }
    let origin = Url::parse(&config.public_origin())?;
    Ok(Some(WebauthnBuilder::new(host, &origin)?.rp_name(&config.app_name).build()?))
}

fn webauthn(state: &AppState) -> Result<&Webauthn, AppError> {
    state.webauthn.as_ref().ok_or_else(|| AppError::invalid(Field::Passkey, "Passkeys are not available on this site."))
}

/// A ceremony started: its id, and the options for the browser (JSON).
pub struct Started {
    pub ceremony: String,
    pub options: String,
}

/// What a ceremony is for (its row's `purpose`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Register,
    SignIn,
    SecondStep,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Register => "register",
            Purpose::SignIn => "sign-in",
            Purpose::SecondStep => "2fa",
        }
    }
}

async fn store(
    state: &AppState,
    user_id: Option<i64>,
    purpose: Purpose,
    ceremony_state: &impl serde::Serialize,
    options: &impl serde::Serialize,
) -> Result<Started, AppError> {
    let mut bytes = [0u8; 24];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    let id = URL_SAFE_NO_PAD.encode(bytes);
    let json = serde_json::to_string(ceremony_state).or_internal("keeping the passkey challenge")?;
    state
        .db
        .insert_ceremony(&id, user_id, purpose.as_str(), &json, now() + CEREMONY_TTL)
        .await
        .or_internal("keeping the passkey challenge")?;
    Ok(Started { ceremony: id, options: serde_json::to_string(options).or_internal("writing the passkey options")? })
}

/// Takes ceremony `id` of `purpose` (once), with its state.
async fn take<T: serde::de::DeserializeOwned>(state: &AppState, id: &str, purpose: Purpose) -> Result<(Option<i64>, T), AppError> {
    let expired = || AppError::invalid(Field::Passkey, "That took too long, or the page was used twice. Try again.");
    let row = state.db.take_ceremony(id, purpose.as_str(), now()).await.or_internal("taking the passkey challenge")?.ok_or_else(expired)?;
    let ceremony_state = serde_json::from_str(&row.state).or_internal("reading the passkey challenge")?;
    Ok((row.user_id, ceremony_state))
}

fn parse_credential<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, AppError> {
    serde_json::from_str(json).map_err(|_| AppError::invalid(Field::Passkey, "The browser's answer was not a passkey. Try again."))
}

fn passkey_of(row: &PasskeyRow) -> Result<Passkey, AppError> {
    serde_json::from_str(&row.credential).or_internal("reading a stored passkey")
}

/// A passkey's name as typed: trimmed, at most [`MAX_NAME_CHARS`]; empty is "Passkey".
pub fn parse_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(AppError::invalid(Field::Name, format!("A passkey's name is at most {MAX_NAME_CHARS} characters.")));
    }
    if name.chars().any(char::is_control) {
        return Err(AppError::invalid(Field::Name, "A passkey's name cannot hold control characters."));
    }
    Ok(if name.is_empty() { "Passkey".into() } else { name.to_string() })
}

/// Step one of adding a passkey (after the password): the options for
/// `navigator.credentials.create`, asking for a discoverable credential with user
/// verification, excluding the account's passkeys (one per authenticator).
pub async fn register_start(state: &AppState, meta: &RequestMeta, cur: &Current, password: &Password) -> Result<Started, AppError> {
    let wa = webauthn(state)?;
    confirm_password(state, meta, cur, password).await?;
    let rows = state.db.passkeys_of(cur.user.id).await.or_internal("reading the passkeys")?;
    if rows.len() >= MAX_PER_ACCOUNT {
        return Err(AppError::invalid(Field::Passkey, format!("An account holds at most {MAX_PER_ACCOUNT} passkeys. Remove one first.")));
    }
    let handle = state.db.webauthn_handle(cur.user.id, &Uuid::new_v4().to_string()).await.or_internal("reading the passkey user handle")?;
    let handle = Uuid::parse_str(&handle).or_internal("reading the passkey user handle")?;
    let exclude = rows.iter().map(|r| passkey_of(r).map(|p| p.cred_id().clone())).collect::<Result<Vec<_>, _>>()?;
    let phone = cur.user.phone();
    let display = cur.user.name.clone().unwrap_or_else(|| phone.pretty());
    let (ccr, registration) =
        wa.start_passkey_registration(handle, phone.as_str(), &display, Some(exclude)).or_internal("starting the passkey registration")?;
    // A passkey is a discoverable credential: sign-in needs no number first.
    let mut options = serde_json::to_value(&ccr).or_internal("writing the passkey options")?;
    if let Some(selection) = options.pointer_mut("/publicKey/authenticatorSelection").and_then(|s| s.as_object_mut()) {
        selection.insert("residentKey".into(), "required".into());
        selection.insert("requireResidentKey".into(), true.into());
    }
    store(state, Some(cur.user.id), Purpose::Register, &registration, &options).await
}

/// Step two: the browser's new credential, checked against the challenge; stored with
/// `name`. The account's number is told.
pub async fn register_finish(
    state: &AppState,
    meta: &RequestMeta,
    cur: &Current,
    ceremony: &str,
    credential: &str,
    name: &str,
) -> Result<(), AppError> {
    let wa = webauthn(state)?;
    let name = parse_name(name)?;
    let credential: RegisterPublicKeyCredential = parse_credential(credential)?;
    let (owner, registration): (_, PasskeyRegistration) = take(state, ceremony, Purpose::Register).await?;
    if owner != Some(cur.user.id) {
        return Err(AppError::invalid(Field::Passkey, "That took too long, or the page was used twice. Try again."));
    }
    let passkey = wa
        .finish_passkey_registration(&credential, &registration)
        .map_err(|_| AppError::invalid(Field::Passkey, "The passkey could not be checked. Try again."))?;
    let id = URL_SAFE_NO_PAD.encode(passkey.cred_id().as_ref());
    let json = serde_json::to_string(&passkey).or_internal("storing the passkey")?;
    if !state.db.insert_passkey(cur.user.id, &id, &json, &name, now()).await.or_internal("storing the passkey")? {
        return Err(AppError::invalid(Field::Passkey, "This passkey is added already."));
    }
    audit(state, meta, Some(cur.user.id), AuditKind::PasskeyAdded, &AuditDetail::none()).await?;
    super::factors::alert(state, meta, &cur.user, "passkey-added").await;
    Ok(())
}

/// A sign-in with a passkey, step one: the options for `navigator.credentials.get` with
/// no credentials named (the browser offers the site's passkeys); `conditional` for the
/// phone field's autofill.
pub async fn sign_in_start(state: &AppState, meta: &RequestMeta, conditional: bool) -> Result<Started, AppError> {
    let wa = webauthn(state)?;
    if !meta.ip.is_empty() {
        let limit = super::limits::Limit {
            key: format!("passkey-challenge-ip:{}", crate::server::net::limit_key(&meta.ip)),
            window: 3_600,
            limit: SIGN_IN_CHALLENGES_PER_IP_PER_HOUR,
        };
        if let Err(refused) = super::limits::reserve(state, now(), None, &[limit]).await? {
            state.metrics.rate_limited("passkey_challenges");
            return Err(AppError::TooManySignIns { minutes: refused.minutes() });
        }
    }
    let (mut rcr, authentication) = wa.start_discoverable_authentication().or_internal("starting the passkey sign-in")?;
    if !conditional {
        rcr.mediation = None;
    }
    store(state, None, Purpose::SignIn, &authentication, &rcr).await
}

/// Step two: the passkey's answer names its account (the user handle); checked against
/// the challenge and that account's passkey, it signs in completely.
pub async fn sign_in_finish(
    state: &AppState,
    meta: &RequestMeta,
    prior: Option<&Current>,
    ceremony: &str,
    credential: &str,
) -> Result<Issued, AppError> {
    let wa = webauthn(state)?;
    let credential: PublicKeyCredential = parse_credential(credential)?;
    let (_, authentication): (_, DiscoverableAuthentication) = take(state, ceremony, Purpose::SignIn).await?;
    let unknown = || AppError::invalid(Field::Passkey, "This passkey is not one of this site's accounts any more.");
    let (handle, cred_id) = wa.identify_discoverable_authentication(&credential).map_err(|_| unknown())?;
    let user = state.db.user_by_webauthn_handle(&handle.to_string()).await.or_internal("reading the passkey's account")?;
    let user = user.filter(UserRow::is_verified).ok_or_else(unknown)?;
    let (row, mut passkey) = find(state, &user, cred_id).await?.ok_or_else(unknown)?;
    let result = wa
        .finish_discoverable_authentication(&credential, authentication, &[DiscoverableKey::from(&passkey)])
        .map_err(|_| AppError::invalid(Field::Passkey, "The passkey could not be checked. Try again."))?;
    used(state, &row, &mut passkey, &result).await?;
    audit(state, meta, Some(user.id), AuditKind::SignIn, &AuditDetail::sign_in(SignInMethod::Passkey)).await?;
    state.metrics.sign_in("passkey", "ok");
    complete_sign_in(state, meta, prior, &user, SignInMethod::Passkey).await
}

/// The second step with a passkey, step one: the options naming the account's passkeys.
pub async fn second_step_start(state: &AppState, cur: &Current) -> Result<Started, AppError> {
    let wa = webauthn(state)?;
    let rows = state.db.passkeys_of(cur.user.id).await.or_internal("reading the passkeys")?;
    let passkeys = rows.iter().map(passkey_of).collect::<Result<Vec<_>, _>>()?;
    if passkeys.is_empty() {
        return Err(AppError::invalid(Field::Passkey, "This account has no passkey. Choose another way."));
    }
    let (rcr, authentication) = wa.start_passkey_authentication(&passkeys).or_internal("starting the passkey check")?;
    store(state, Some(cur.user.id), Purpose::SecondStep, &authentication, &rcr).await
}

/// Step two: one of the account's passkeys answered the challenge.
pub async fn check_second_step(state: &AppState, user: &UserRow, ceremony: &str, credential: &str) -> Result<(), AppError> {
    let wa = webauthn(state)?;
    let credential: PublicKeyCredential = parse_credential(credential)?;
    let (owner, authentication): (_, PasskeyAuthentication) = take(state, ceremony, Purpose::SecondStep).await?;
    if owner != Some(user.id) {
        return Err(AppError::invalid(Field::Passkey, "That took too long, or the page was used twice. Try again."));
    }
    let result = wa
        .finish_passkey_authentication(&credential, &authentication)
        .map_err(|_| AppError::invalid(Field::Passkey, "The passkey could not be checked. Try again."))?;
    let (row, mut passkey) = find(state, user, result.cred_id().as_ref())
        .await?
        .ok_or_else(|| AppError::invalid(Field::Passkey, "This passkey was removed."))?;
    used(state, &row, &mut passkey, &result).await
}

/// The account's passkey of credential id `cred_id`.
async fn find(state: &AppState, user: &UserRow, cred_id: &[u8]) -> Result<Option<(PasskeyRow, Passkey)>, AppError> {
    for row in state.db.passkeys_of(user.id).await.or_internal("reading the passkeys")? {
        let passkey = passkey_of(&row)?;
        if passkey.cred_id().as_ref() == cred_id {
            return Ok(Some((row, passkey)));
        }
    }
    Ok(None)
}

/// Records a use: when, and the credential as webauthn-rs updated it (counter, backup
/// state), if it changed.
async fn used(state: &AppState, row: &PasskeyRow, passkey: &mut Passkey, result: &AuthenticationResult) -> Result<(), AppError> {
    let changed = passkey.update_credential(result) == Some(true);
    let json = if changed { Some(serde_json::to_string(passkey).or_internal("storing the passkey")?) } else { None };
    state.db.passkey_used(row.id, json.as_deref(), now()).await.or_internal("recording the passkey's use")
}

/// A passkey as the profile lists it.
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

impl From<PasskeyRow> for Listed {
    fn from(r: PasskeyRow) -> Listed {
        Listed { id: r.id, name: r.name, created_at: r.created_at, last_used_at: r.last_used_at }
    }
}

pub async fn rename(state: &AppState, cur: &Current, id: i64, name: &str) -> Result<(), AppError> {
    let name = parse_name(name)?;
    state.db.rename_passkey(cur.user.id, id, &name).await.or_internal("renaming the passkey")?;
    Ok(())
}

/// Removes a passkey (after the password); the number is told.
pub async fn remove(state: &AppState, meta: &RequestMeta, cur: &Current, id: i64, password: &Password) -> Result<(), AppError> {
    confirm_password(state, meta, cur, password).await?;
    if state.db.remove_passkey(cur.user.id, id).await.or_internal("removing the passkey")? {
        audit(state, meta, Some(cur.user.id), AuditKind::PasskeyRemoved, &AuditDetail::none()).await?;
        super::factors::alert(state, meta, &cur.user, "passkey-removed").await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_bounded_and_never_empty() {
        assert_eq!(parse_name("  Work laptop ").unwrap(), "Work laptop");
        assert_eq!(parse_name("").unwrap(), "Passkey");
        assert!(parse_name(&"x".repeat(65)).is_err());
        assert!(parse_name("a\u{7}b").is_err());
    }
}
