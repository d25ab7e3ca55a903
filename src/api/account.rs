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
}

/// One line of the security activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityItem {
    pub at: i64,
    pub event: String,
    pub device: String,
    pub ip: String,
}

/// One row of the sessions table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionItem {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub signed_in_at: i64,
    pub last_active_at: i64,
    pub this_device: bool,
    /// "Signed in", or what the session still waits for.
    pub state: String,
}

/// The URL of a user's photo at `version` (served only to that user).
pub fn photo_url(version: i64) -> String {
    format!("/profile/photo?v={version}")
}

#[server(endpoint = "profile")]
pub async fn get_profile() -> Answer<Option<ProfileData>> {
    let ctx = Ctx::load()?;
    let Some(cur) = ctx.current().await?.filter(|c| c.kind == SessionKind::Full) else { return Ok(None) };
    let pending_phone = match account::pending_phone_change(&ctx.state, &cur).await? {
        Some(row) => {
            let info = account::code_info(&ctx.state, &row);
            Some(code_state(&ctx, PhoneNumber::from_trusted(row.phone).pretty(), Some(&info)))
        }
        None => None,
    };
    let activity = account::activity(&ctx.state, &cur)
        .await?
        .into_iter()
        .map(|e| ActivityItem {
            at: e.created_at,
            event: account::event_words(&e.kind, &e.detail),
            device: crate::domain::device::Device::parse(&e.user_agent).label(),
            ip: e.ip,
        })
        .collect();
    let photo_version = account::photo_version(&ctx.state, &cur).await?;
    Ok(Some(ProfileData {
        user: CurrentUser {
            phone: cur.user.phone().pretty(),
            name: cur.user.name.clone(),
            phone_verified: cur.user.is_verified(),
            two_factor: cur.user.two_factor_enabled != 0,
            member_since: cur.user.created_at,
        },
        photo_version,
        pending_phone,
        activity,
    }))
}

#[server(endpoint = "update-name")]
pub async fn update_name(name: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let name = DisplayName::parse(&name).map_err(|e| AppError::invalid(Field::Name, e))?;
        account::set_name(&ctx.state, &ctx.meta, &cur, name).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::NameSaved.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(UpdateName::PATH, e, &[("name", name.as_str())])),
    }
}

#[server(endpoint = "change-password")]
pub async fn change_password(current: String, password: String, confirm: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let current = parse_attempt(current, Field::CurrentPassword)?;
        let new = parse_new_password(password, &confirm)?;
        account::change_password(&ctx.state, &ctx.meta, &cur, &current, &new).await
    };
    match run.await {
        Ok(changed) => {
            ctx.set_session(&changed.issued);
            ctx.redirect(&Notice::PasswordChanged { others_ended: changed.others_ended }.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(ChangePassword::PATH, e, &[])),
    }
}

#[server(endpoint = "start-phone-change")]
pub async fn start_phone_change(current: String, country: String, phone: String, channel: Option<String>) -> Answer {
    let ctx = Ctx::load()?;
    let keep = [("country", country.as_str()), ("phone", phone.as_str())];
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let new_phone = parse_phone(&ctx, &country, &phone)?;
        let current = parse_attempt(current, Field::CurrentPassword)?;
        account::start_phone_change(&ctx.state, &ctx.meta, &cur, &current, &new_phone, Channel::from_form(channel.as_deref())).await
    };
    match run.await {
        Ok(_) => {
            ctx.redirect(&Notice::PhoneCodeSent.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(StartPhoneChange::PATH, e, &keep)),
    }
}

#[server(endpoint = "confirm-phone-change")]
pub async fn confirm_phone_change(code: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let code = parse_code(&code)?;
        account::confirm_phone_change(&ctx.state, &ctx.meta, &cur, &code).await
    };
    match run.await {
        Ok(changed) => {
            ctx.set_session(&changed.issued);
            ctx.redirect(&Notice::PhoneChanged { others_ended: changed.others_ended, old_told: changed.old_told }.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(ConfirmPhoneChange::PATH, e, &[])),
    }
}

#[server(endpoint = "cancel-phone-change")]
pub async fn cancel_phone_change() -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        account::cancel_phone_change(&ctx.state, &ctx.meta, &cur).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::PhoneChangeCancelled.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(CancelPhoneChange::PATH, e, &[])),
    }
}

#[server(endpoint = "enable-2fa")]
pub async fn enable_two_factor() -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        account::enable_two_factor(&ctx.state, &ctx.meta, &cur).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::TwoFactorOn.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(EnableTwoFactor::PATH, e, &[])),
    }
}

/// Turning 2FA off is a step-up: the current password is needed.
#[server(endpoint = "disable-2fa")]
pub async fn disable_two_factor(current: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let current = parse_attempt(current, Field::CurrentPassword)?;
        account::disable_two_factor(&ctx.state, &ctx.meta, &cur, &current).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::TwoFactorOff.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(DisableTwoFactor::PATH, e, &[])),
    }
}

/// A new profile photo (multipart field `photo`): PNG, JPEG or WebP up to 2 MB.
#[server(endpoint = "upload-photo", input = MultipartFormData)]
pub async fn upload_photo(data: MultipartData) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let upload = read_photo_field(data).await?;
        avatar::set_photo(&ctx.state, &ctx.meta, &cur, upload).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::PhotoUpdated.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(UploadPhoto::PATH, e, &[])),
    }
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
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        avatar::remove_photo(&ctx.state, &ctx.meta, &cur).await
    };
    match run.await {
        Ok(()) => {
            ctx.redirect(&Notice::PhotoRemoved.url("/profile"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(RemovePhoto::PATH, e, &[])),
    }
}

#[server(endpoint = "sessions")]
pub async fn get_sessions() -> Answer<Option<Vec<SessionItem>>> {
    let ctx = Ctx::load()?;
    let Some(cur) = ctx.current().await?.filter(|c| c.kind == SessionKind::Full) else { return Ok(None) };
    let rows = account::sessions(&ctx.state, &cur).await?;
    Ok(Some(
        rows.into_iter()
            .map(|s| SessionItem {
                id: s.id,
                device: crate::domain::device::Device::parse(&s.user_agent).label(),
                ip: s.ip,
                signed_in_at: s.created_at,
                last_active_at: s.last_seen_at,
                this_device: s.id == cur.session.id,
                state: match SessionKind::parse(&s.kind) {
                    Some(SessionKind::Full) => "Signed in",
                    Some(SessionKind::TwoFactor) => "Password entered, waiting for the code",
                    Some(SessionKind::Pending) => "Verifying the phone number",
                    None => "Unknown",
                }
                .to_string(),
            })
            .collect(),
    ))
}

/// Ends sessions: `which` is a session id, `others` or `all`. Ending this browser's own
/// session signs it out.
#[server(endpoint = "end-sessions")]
pub async fn end_sessions(which: String) -> Answer {
    let ctx = Ctx::load()?;
    let run = async {
        let cur = ctx.require(SessionKind::Full).await?;
        let which = match which.as_str() {
            "others" => account::EndWhich::Others,
            "all" => account::EndWhich::All,
            id => account::EndWhich::One(id.parse().map_err(|_| AppError::SessionGone)?),
        };
        let (ended, this_one) = account::end_sessions(&ctx.state, &ctx.meta, &cur, which).await?;
        Ok::<_, AppError>((which, ended, this_one))
    };
    match run.await {
        Ok((_, _, true)) => {
            ctx.clear_session();
            ctx.redirect(&Notice::SignedOut.url("/signin"));
            Ok(())
        }
        Ok((account::EndWhich::Others, ended, false)) => {
            ctx.redirect(&Notice::OtherSessionsEnded { ended }.url("/sessions"));
            Ok(())
        }
        Ok(_) => {
            ctx.redirect(&Notice::SessionEnded.url("/sessions"));
            Ok(())
        }
        Err(e) => Err(ctx.fail(EndSessions::PATH, e, &[])),
    }
}
