//! Password reset by SMS: the code sent to the account's number, then a new password.
//! A reset ends every session of the account.

use super::auth::audit;
use super::codes::check_code;
use crate::domain::audit::AuditDetail;
use crate::domain::{AppError, AuditKind, CodePurpose, OtpCode, Password, PhoneNumber};
use crate::server::clock::now;
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;

/// Checks the reset code for `phone` and sets `password`. Returns how many sessions ended.
/// The password is hashed before the code is checked, so a slow hash cannot make a right
/// code expire in between, and a wrong code costs the same time as a right one.
pub async fn reset_password(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    code: &OtpCode,
    password: &Password,
) -> Result<u64, AppError> {
    let hash = state.hasher.hash(password).await.or_internal("hashing the password")?;
    let row = check_code(state, phone, CodePurpose::ResetPassword, code, None).await?;
    let user = match row.user_id {
        Some(id) => state.db.user_by_id(id).await.or_internal("reading the account")?,
        None => None,
    };
    let Some(user) = user.filter(|u| u.phone == *phone) else {
        return Err(AppError::NoActiveCode);
    };
    // The new password and a new epoch end every session, including one opened with the
    // old password while this request ran.
    let (_, ended) = state.db.set_password(user.id, &hash, None, now()).await.or_internal("storing the new password")?;
    audit(state, meta, Some(user.id), AuditKind::PasswordReset, &AuditDetail::others_ended(ended)).await?;
    Ok(ended)
}
