//! The signed-in person's pages: profile (name, photo, password, phone, 2FA, activity)
//! and sessions.

#[cfg(feature = "ssr")]
use super::glue::*;
use super::{Answer, CodeState, CurrentUser};
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

/// Everything the profile page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileData {
    pub user: CurrentUser,
    /// Version of the photo (its URL changes with it), if there is one.
    pub photo_version: Option<i64>,
    /// A phone change waiting for the code sent to the new number.
    pub pending_phone: Option<CodeState>,
    pub activity: Vec<ActivityItem>,
    /// Where the account is signed in (the profile shows a summary).
    pub sessions: Vec<SessionItem>,
    /// Apps the person allowed to sign them in (OpenID Connect).
    pub apps: Vec<ConnectedApp>,
    /// The second factors beside the SMS code.
    pub factors: FactorsInfo,
    /// The passkeys, the newest first; `None` when the site offers none.
    pub passkeys: Option<Vec<PasskeyItem>>,
}

/// A passkey as the profile lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasskeyItem {
    pub id: i64,
    pub name: String,
    pub added_at: When,
    pub last_used_at: Option<When>,
}

/// The authenticator app and the recovery codes, as the profile shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorsInfo {
    /// When the app was added and last used.
    pub app: Option<(When, Option<When>)>,
    /// An app being set up: what to scan or type into it.
    pub setup: Option<AppSetup>,
    /// Unused recovery codes; `None` when none were ever made.
    pub recovery_left: Option<u32>,
}

/// What setting up an authenticator app shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppSetup {
    /// The secret in groups of four, for typing.
    pub secret: String,
    /// The `otpauth://` URI (a link, for a phone's own authenticator).
    pub uri: String,
    /// The URI as a QR code, drawn on the server (SVG).
    pub qr_svg: String,
}

/// The flash that carries new recovery codes to the profile, the one time they are shown.
pub const RECOVERY_CODES_FLASH: &str = "recovery-codes";

pub use crate::domain::activity::{ActivityItem, ConnectedApp, SessionItem, TrustedBrowser};
use crate::domain::time::When;

/// The URL of a user's photo at `version` (served only to that user).
pub fn photo_url(version: i64) -> String {
    format!("/profile/photo?v={version}")
}

#[server(endpoint = "profile")]
pub async fn get_profile() -> Answer<Option<ProfileData>> {
    read(async |ctx| {
        let Some(cur) = signed_in(ctx).await? else { return Ok(None) };
        let (zone, t) = (ctx.zone(), crate::server::clock::now());
        let p = account::profile(&ctx.state, &cur, &zone).await?;
        let phone_change = p.phone_change.map(|row| waiting::phone_change(&ctx.state, row));
        let pending_phone = waiting_state(ctx, CodePurpose::ChangePhone, phone_change);
        let f = p.factors;
        let factors = FactorsInfo {
            app: f.app.map(|(added, used)| (zone.when(added, t), used.map(|u| zone.when(u, t)))),
            setup: f.setup.map(|s| AppSetup { secret: s.secret, uri: s.uri, qr_svg: s.qr_svg }),
            recovery_left: f.recovery_left.map(|n| n as u32),
        };
        let passkeys = ctx.state.webauthn.is_some().then(|| {
            p.passkeys
                .into_iter()
                .map(|k| PasskeyItem {
                    id: k.id,
                    name: k.name,
                    added_at: zone.when(k.created_at, t),
                    last_used_at: k.last_used_at.map(|u| zone.when(u, t)),
                })
                .collect()
        });
        Ok(Some(ProfileData {
            user: current_user(&cur),
            photo_version: p.photo_version,
            pending_phone,
            activity: p.activity,
            sessions: p.sessions,
            apps: p.apps,
            factors,
            passkeys,
        }))
    })
    .await
}

/// Adding a passkey, step two: the browser's new credential for the challenge of
/// `ceremony` (step one, with the password, is `passkey-options`), named `name`.
#[server(endpoint = "add-passkey")]
pub async fn add_passkey(ceremony: String, credential: String, name: Option<String>) -> Answer {
    let name = name.unwrap_or_default();
    signed_in_form(AddPasskey::PATH, &[("name", &name)], async |ctx, cur| {
        passkeys::register_finish(&ctx.state, &ctx.meta, &cur, &ceremony, &credential, &name).await?;
        Ok(Done::notice(Notice::PasskeyAdded, "/profile"))
    })
    .await
}

#[server(endpoint = "rename-passkey")]
pub async fn rename_passkey(id: String, name: String) -> Answer {
    signed_in_form(RenamePasskey::PATH, &[], async |ctx, cur| {
        let id = id.parse().map_err(|_| AppError::Transport("not a passkey id".into()))?;
        passkeys::rename(&ctx.state, &cur, id, &name).await?;
        Ok(Done::notice(Notice::PasskeyRenamed, "/profile"))
    })
    .await
}

/// Removing a passkey: a step-up with the password.
#[server(endpoint = "remove-passkey")]
pub async fn remove_passkey(id: String, current: String) -> Answer {
    signed_in_form(RemovePasskey::PATH, &[], async |ctx, cur| {
        let id = id.parse().map_err(|_| AppError::Transport("not a passkey id".into()))?;
        passkeys::remove(&ctx.state, &ctx.meta, &cur, id, &parse_attempt(current, Field::CurrentPassword)?).await?;
        Ok(Done::notice(Notice::PasskeyRemoved, "/profile"))
    })
    .await
}

/// Step one of adding an authenticator app: the password, then the QR code to scan.
#[server(endpoint = "add-app")]
pub async fn add_app(current: String) -> Answer {
    signed_in_form(AddApp::PATH, &[], async |ctx, cur| {
        factors::start_app(&ctx.state, &ctx.meta, &cur, &parse_attempt(current, Field::CurrentPassword)?).await?;
        Ok(Done::notice(Notice::AppSetupStarted, "/profile"))
    })
    .await
}

/// Step two: the app's first code. The first recovery codes, if any, are shown once.
#[server(endpoint = "confirm-app")]
pub async fn confirm_app(code: String) -> Answer {
    signed_in_form(ConfirmApp::PATH, &[], async |ctx, cur| {
        let codes = factors::confirm_app(&ctx.state, &ctx.meta, &cur, &parse_code(&code)?).await?;
        Ok(Done::notice(Notice::AppAdded, "/profile").show_recovery_codes(&codes))
    })
    .await
}

#[server(endpoint = "cancel-app")]
pub async fn cancel_app() -> Answer {
    signed_in_form(CancelApp::PATH, &[], async |ctx, cur| {
        factors::cancel_app(&ctx.state, &cur).await?;
        Ok(Done::notice(Notice::AppSetupCancelled, "/profile"))
    })
    .await
}

/// Removing the authenticator app: a step-up with the password.
#[server(endpoint = "remove-app")]
pub async fn remove_app(current: String) -> Answer {
    signed_in_form(RemoveApp::PATH, &[], async |ctx, cur| {
        factors::remove_app(&ctx.state, &ctx.meta, &cur, &parse_attempt(current, Field::CurrentPassword)?).await?;
        Ok(Done::notice(Notice::AppRemoved, "/profile"))
    })
    .await
}

/// New recovery codes (the old ones stop working): a step-up with the password; the codes
/// are shown once.
#[server(endpoint = "new-recovery-codes")]
pub async fn new_recovery_codes(current: String) -> Answer {
    signed_in_form(NewRecoveryCodes::PATH, &[], async |ctx, cur| {
        let codes = factors::new_recovery_codes(&ctx.state, &ctx.meta, &cur, &parse_attempt(current, Field::CurrentPassword)?).await?;
        Ok(Done::notice(Notice::RecoveryCodesCreated, "/profile").show_recovery_codes(&codes))
    })
    .await
}

#[server(endpoint = "update-name")]
pub async fn update_name(name: String) -> Answer {
    signed_in_form(UpdateName::PATH, &[("name", &name)], async |ctx, cur| {
        let name = DisplayName::parse(&name).map_err(|e| AppError::invalid(Field::Name, e))?;
        account::set_name(&ctx.state, &ctx.meta, &cur, name).await?;
        Ok(Done::notice(Notice::NameSaved, "/profile"))
    })
    .await
}

/// The language menu (header and footer, a plain form): the choice goes into the `lang`
/// cookie and, for a signed-in person, on the account (their SMS and calls use it); then
/// back to the page it was made on (`back`, a local path).
#[server(endpoint = "language")]
pub async fn set_language(lang: String, back: String) -> Answer {
    form(SetLanguage::PATH, &[], async |ctx| {
        let lang = crate::domain::lang::Lang::from_tag(&lang).ok_or_else(|| AppError::Transport("unknown language".into()))?;
        ctx.set_language(lang);
        if let Some(cur) = signed_in(ctx).await? {
            account::set_language(&ctx.state, &cur, lang).await?;
        }
        Ok(Done::go(crate::server::web::safe_local_path(&back).unwrap_or_else(|| "/".into())))
    })
    .await
}

#[server(endpoint = "change-password")]
pub async fn change_password(current: String, password: String, confirm: String) -> Answer {
    signed_in_form(ChangePassword::PATH, &[], async |ctx, cur| {
        let (current, new) = (parse_attempt(current, Field::CurrentPassword)?, parse_new_password(password, &confirm)?);
        let changed = account::change_password(&ctx.state, &ctx.meta, &cur, &current, &new).await?;
        Ok(Done::notice(Notice::PasswordChanged { others_ended: changed.others_ended }, "/profile").session(changed.issued))
    })
    .await
}

#[server(endpoint = "start-phone-change")]
pub async fn start_phone_change(current: String, country: String, phone: String, channel: Option<String>) -> Answer {
    signed_in_form(StartPhoneChange::PATH, &[("country", &country), ("phone", &phone)], async |ctx, cur| {
        let (new_phone, current) = (parse_phone(ctx, &country, &phone)?, parse_attempt(current, Field::CurrentPassword)?);
        let channel = Channel::from_form(channel.as_deref());
        account::start_phone_change(&ctx.state, &ctx.meta, &cur, &current, &new_phone, channel).await?;
        Ok(Done::notice(Notice::PhoneCodeSent, "/profile"))
    })
    .await
}

#[server(endpoint = "confirm-phone-change")]
pub async fn confirm_phone_change(code: String) -> Answer {
    signed_in_form(ConfirmPhoneChange::PATH, &[], async |ctx, cur| {
        let changed = account::confirm_phone_change(&ctx.state, &ctx.meta, &cur, &parse_code(&code)?).await?;
        let notice = Notice::PhoneChanged { others_ended: changed.others_ended, old_told: changed.old_told };
        Ok(Done::notice(notice, "/profile").session(changed.issued))
    })
    .await
}

#[server(endpoint = "cancel-phone-change")]
pub async fn cancel_phone_change() -> Answer {
    signed_in_form(CancelPhoneChange::PATH, &[], async |ctx, cur| {
        account::cancel_phone_change(&ctx.state, &ctx.meta, &cur).await?;
        Ok(Done::notice(Notice::PhoneChangeCancelled, "/profile"))
    })
    .await
}

#[server(endpoint = "enable-2fa")]
pub async fn enable_two_factor() -> Answer {
    signed_in_form(EnableTwoFactor::PATH, &[], async |ctx, cur| {
        account::enable_two_factor(&ctx.state, &ctx.meta, &cur).await?;
        Ok(Done::notice(Notice::TwoFactorOn, "/profile"))
    })
    .await
}

/// Turning 2FA off is a step-up: the current password is needed.
#[server(endpoint = "disable-2fa")]
pub async fn disable_two_factor(current: String) -> Answer {
    signed_in_form(DisableTwoFactor::PATH, &[], async |ctx, cur| {
        account::disable_two_factor(&ctx.state, &ctx.meta, &cur, &parse_attempt(current, Field::CurrentPassword)?).await?;
        Ok(Done::notice(Notice::TwoFactorOff, "/profile"))
    })
    .await
}

/// A new profile photo (multipart field `photo`): PNG, JPEG or WebP up to 2 MB.
#[server(endpoint = "upload-photo", input = MultipartFormData)]
pub async fn upload_photo(data: MultipartData) -> Answer {
    signed_in_form(UploadPhoto::PATH, &[], async |ctx, cur| {
        avatar::set_photo(&ctx.state, &ctx.meta, &cur, read_photo_field(data).await?).await?;
        Ok(Done::notice(Notice::PhotoUpdated, "/profile"))
    })
    .await
}

/// The bytes of the `photo` field, refusing to read past the size limit.
#[cfg(feature = "ssr")]
async fn read_photo_field(data: MultipartData) -> Result<Vec<u8>, AppError> {
    let unreadable = || AppError::invalid(Field::Photo, "The upload could not be read. Try again.");
    let mut multipart = data.into_inner().ok_or_else(unreadable)?;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| unreadable())? {
        if field.name() != Some("photo") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| unreadable())? {
            if bytes.len() + chunk.len() > avatar::MAX_UPLOAD_BYTES {
                return Err(avatar::PhotoError::TooLarge.into());
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok(bytes);
    }
    Err(avatar::PhotoError::Empty.into())
}

#[server(endpoint = "remove-photo")]
pub async fn remove_photo() -> Answer {
    signed_in_form(RemovePhoto::PATH, &[], async |ctx, cur| {
        avatar::remove_photo(&ctx.state, &ctx.meta, &cur).await?;
        Ok(Done::notice(Notice::PhotoRemoved, "/profile"))
    })
    .await
}

/// "Disconnect" of a connected app: its consent is forgotten and its tokens for this
/// person stop working (it must ask again to sign them in).
#[server(endpoint = "disconnect-app")]
pub async fn disconnect_app(client_id: String) -> Answer {
    signed_in_form(DisconnectApp::PATH, &[], async |ctx, cur| {
        crate::server::services::oidc::revoke_client(&ctx.state, &cur, &client_id).await?;
        Ok(Done::go("/profile#apps"))
    })
    .await
}

#[server(endpoint = "sessions")]
pub async fn get_sessions() -> Answer<Option<Vec<SessionItem>>> {
    read(async |ctx| {
        let Some(cur) = signed_in(ctx).await? else { return Ok(None) };
        Ok(Some(account::sessions(&ctx.state, &cur, &ctx.zone()).await?))
    })
    .await
}

/// The browsers where two-factor sign-in asks no code for now (`None`: not signed in).
#[server(endpoint = "trusted-browsers")]
pub async fn get_trusted_browsers() -> Answer<Option<Vec<TrustedBrowser>>> {
    read(async |ctx| {
        let Some(cur) = signed_in(ctx).await? else { return Ok(None) };
        Ok(Some(crate::server::services::devices::trusted(&ctx.state, &ctx.meta, &cur.user, &ctx.zone()).await?))
    })
    .await
}

/// Stops trusting the browser `id`: it is asked for a code again at its next sign-in.
#[server(endpoint = "forget-browser")]
pub async fn forget_browser(id: String) -> Answer {
    signed_in_form(ForgetBrowser::PATH, &[], async |ctx, cur| {
        // Forgetting is the same whether or not it was still trusted (expired, gone).
        if let Ok(id) = id.parse::<i64>() {
            crate::server::services::devices::forget(&ctx.state, &ctx.meta, &cur.user, id).await?;
        }
        Ok(Done::notice(Notice::BrowserForgotten, "/sessions"))
    })
    .await
}

/// Ends sessions: `which` is a session id, `others` or `all`. Ending this browser's own
/// session signs it out.
#[server(endpoint = "end-sessions")]
pub async fn end_sessions(which: String) -> Answer {
    signed_in_form(EndSessions::PATH, &[], async |ctx, cur| {
        let which = account::EndWhich::parse(&which).ok_or(AppError::SessionGone)?;
        Ok(match account::end_sessions(&ctx.state, &ctx.meta, &cur, which).await? {
            (_, true) => Done::notice(Notice::SignedOut, "/signin").signed_out(),
            (ended, false) if which == account::EndWhich::Others => Done::notice(Notice::OtherSessionsEnded { ended }, "/sessions"),
            _ => Done::notice(Notice::SessionEnded, "/sessions"),
        })
    })
    .await
}
