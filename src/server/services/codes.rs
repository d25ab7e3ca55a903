//! Sending and checking codes, with every limit: resend cooldown, sends per number and
//! per client IP per hour, the global daily budget, tries per code, expiry and purpose.

use crate::domain::code::CodeRefusal;
use crate::domain::error::DeliveryProblem;
use crate::domain::{rate, AppError, Channel, CodePurpose, OtpCode, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::audit::NewAudit;
use crate::server::db::codes::{CodeRow, NewCode, BLIND_PROVIDER};
use crate::server::internal;
use crate::server::metrics::CheckResult;
use crate::server::request::RequestMeta;
use crate::server::sms::DeliveryError;
use crate::server::state::AppState;

const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

/// Maps a provider failure to the sentence a person sees; the provider's own words go to
/// the log only.
pub fn delivery_error(e: DeliveryError) -> AppError {
    let problem = match &e {
        DeliveryError::InvalidNumber { .. } => DeliveryProblem::InvalidNumber,
        DeliveryError::RegionNotAllowed { .. } => DeliveryProblem::RegionNotAllowed,
        DeliveryError::OptedOut { .. } => DeliveryProblem::OptedOut,
        DeliveryError::TooManySends { .. } => DeliveryProblem::TooMany,
        DeliveryError::TooManyChecks { .. } => DeliveryProblem::TooManyChecks,
        DeliveryError::Expired { .. } => return AppError::CodeExpired,
        DeliveryError::BadCredentials { .. } => {
            tracing::error!(error = %e, "SMS provider rejected our credentials: fix the TWILIO_* configuration");
            DeliveryProblem::ProviderMisconfigured
        }
        DeliveryError::Unavailable { .. } | DeliveryError::Rejected { .. } => DeliveryProblem::Unavailable,
    };
    tracing::warn!(error = %e, "code delivery failed");
    AppError::Delivery(problem)
}

/// A failed check: like [`delivery_error`], but an outage reads "could not be checked"
/// (and, returning before any try is counted, costs the person nothing).
fn check_error(e: DeliveryError) -> AppError {
    match delivery_error(e) {
        AppError::Delivery(DeliveryProblem::Unavailable) => AppError::Delivery(DeliveryProblem::CheckUnavailable),
        other => other,
    }
}

struct Bucket {
    key: String,
    window: i64,
    limit: u64,
}

fn buckets(state: &AppState, phone: &PhoneNumber, meta: &RequestMeta) -> Vec<Bucket> {
    let l = &state.config.limits;
    let mut b = vec![
        Bucket { key: format!("send:phone:{}", phone.as_str()), window: HOUR, limit: l.sends_per_number_per_hour },
        Bucket { key: "send:global".into(), window: DAY, limit: l.daily_send_budget },
    ];
    if !meta.ip.is_empty() {
        b.push(Bucket { key: format!("send:ip:{}", meta.ip), window: HOUR, limit: l.sends_per_ip_per_hour });
    }
    b
}

/// Issues a code for `purpose` to `phone` and delivers it. Limits are checked before the
/// provider is called and counted only after it accepted the message, so a provider
/// outage costs the person nothing (and the previous code stays valid).
pub async fn send_code(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    user_id: Option<i64>,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<i64, AppError> {
    issue(state, meta, phone, user_id, purpose, channel, true).await
}

/// What a "send me a code" request for a number without an account does: the same
/// cooldown and limits, and a code row that nothing can match, but no message. The
/// person asking gets the same answer as for a number with an account.
pub async fn send_blind_code(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<i64, AppError> {
    issue(state, meta, phone, None, purpose, channel, false).await
}

async fn issue(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    user_id: Option<i64>,
    purpose: CodePurpose,
    channel: Channel,
    deliver: bool,
) -> Result<i64, AppError> {
    let t = now();
    let limits = &state.config.limits;
    if let Some(last) = state.db.latest_code(phone, purpose).await.map_err(internal)? {
        let ready_at = last.created_at + limits.resend_cooldown;
        if t < ready_at {
            state.metrics.rate_limited("cooldown");
            return Err(AppError::Cooldown { seconds: (ready_at - t) as u64 });
        }
    }
    let buckets = buckets(state, phone, meta);
    let windows: Vec<(&str, i64, i64)> = buckets.iter().map(|b| (b.key.as_str(), rate::window_start(t, b.window), b.window)).collect();
    let counts = state.db.rate_counts_many(&windows).await.map_err(internal)?;
    for (b, (prev, cur)) in buckets.iter().zip(counts) {
        if !rate::allows_one_more(t, b.window, prev, cur, b.limit) {
            if b.key == "send:global" {
                tracing::error!("daily send budget of {} codes is spent: refusing sends (DAILY_SEND_BUDGET)", b.limit);
            } else {
                tracing::warn!(bucket = %redact_bucket(&b.key), "send limit reached");
            }
            state.metrics.rate_limited(if b.key == "send:global" { "daily_budget" } else { "sends" });
            return Err(AppError::TooManySends { minutes: rate::minutes_until_allowed(t, b.window) });
        }
    }

    let (provider, code_hash) = if deliver {
        let began = std::time::Instant::now();
        let started = match state.verifier.start(phone, channel, purpose).await {
            Ok(s) => s,
            Err(e) => {
                state.metrics.code_sent(state.verifier.provider(), channel.as_str(), "failed");
                return Err(delivery_error(e));
            }
        };
        state.send_latency.record(began.elapsed());
        state.metrics.code_sent(state.verifier.provider(), channel.as_str(), "ok");
        (state.verifier.provider(), started.code_hash)
    } else {
        // As long as a real send takes, so the answer's timing says nothing either. (The
        // timer's resolution is a millisecond: shorter sends, like the console's, are not
        // worth a sleep that would overshoot them.)
        let like_a_send = state.send_latency.sample();
        if like_a_send >= std::time::Duration::from_millis(1) {
            tokio::time::sleep(like_a_send).await;
        }
        state.metrics.code_sent(BLIND_PROVIDER, channel.as_str(), "ok");
        (BLIND_PROVIDER, None)
    };

    let expires_at = t + limits.code_ttl;
    // The same writes either way (operators see the blind requests too), in one go.
    let (kind, detail) = if deliver {
        ("code_sent", format!("{} by {}", purpose.as_str(), channel.as_str()))
    } else {
        ("code_not_sent", format!("{} for {}: no account", purpose.as_str(), phone.masked()))
    };
    let increments: Vec<(&str, i64)> = windows.iter().map(|(key, ws, _)| (*key, *ws)).collect();
    state
        .db
        .record_send(
            &NewCode {
                phone,
                user_id,
                purpose,
                channel: channel.as_str(),
                provider,
                code_hash: code_hash.as_deref(),
                now: t,
                expires_at,
                // Only a real send replaced the provider's code; a blind row leaves others be.
                retire_all_purposes: deliver && state.verifier.one_code_per_number(),
            },
            &increments,
            &NewAudit { user_id, kind, detail: &detail, ip: &meta.ip, user_agent: &meta.user_agent, now: t },
        )
        .await
        .map_err(internal)?;
    if deliver {
        tracing::info!(to = %phone.masked(), purpose = purpose.as_str(), channel = channel.as_str(), "code sent");
    } else {
        tracing::info!(to = %phone.masked(), purpose = purpose.as_str(), "code requested for a number without an account: not sent");
    }
    Ok(expires_at)
}

fn redact_bucket(key: &str) -> String {
    match key.strip_prefix("send:phone:") {
        Some(p) => format!("send:phone:{}", crate::domain::phone::mask_e164(p)),
        None => key.to_string(),
    }
}

/// Checks `code` against the live code for `phone` and `purpose`. On success the code is
/// used up and its row returned. With `owner`, a code issued for another account is not
/// this person's code (two accounts moving to the same new number).
pub async fn check_code(
    state: &AppState,
    phone: &PhoneNumber,
    purpose: CodePurpose,
    code: &OtpCode,
    owner: Option<i64>,
) -> Result<CodeRow, AppError> {
    let result = check_code_inner(state, phone, purpose, code, owner).await;
    state.metrics.code_checked(match &result {
        Ok(_) => CheckResult::Ok,
        Err(AppError::WrongCode { .. }) => CheckResult::Wrong,
        Err(AppError::CodeExpired) => CheckResult::Expired,
        Err(AppError::TooManyTries) => CheckResult::TooManyTries,
        Err(AppError::NoActiveCode) => CheckResult::NoCode,
        Err(_) => CheckResult::ProviderError,
    });
    result
}

async fn check_code_inner(
    state: &AppState,
    phone: &PhoneNumber,
    purpose: CodePurpose,
    code: &OtpCode,
    owner: Option<i64>,
) -> Result<CodeRow, AppError> {
    let t = now();
    let max = state.config.limits.code_max_attempts;
    let row = match state.db.latest_code(phone, purpose).await.map_err(internal)? {
        Some(row) if row.state == "active" || row.state == "dead" || row.state == "used" => row,
        _ => return Err(AppError::NoActiveCode),
    };
    // A blind row answers like any code (wrong, with tries counted); a real row must be
    // this person's.
    if owner.is_some() && row.user_id != owner && row.provider != BLIND_PROVIDER {
        return Err(AppError::NoActiveCode);
    }
    if row.state == "dead" {
        return Err(AppError::TooManyTries);
    }
    match row.status(max).can_try(t) {
        Ok(()) => {}
        Err(CodeRefusal::Used) => return Err(AppError::NoActiveCode),
        Err(CodeRefusal::Expired) => return Err(AppError::CodeExpired),
        Err(CodeRefusal::TooManyTries) => return Err(AppError::TooManyTries),
    }
    // A blind code was never sent: no answer is right, and the provider is not asked.
    let right = row.provider != BLIND_PROVIDER
        && state.verifier.check(phone, purpose, row.code_hash.as_deref(), code).await.map_err(check_error)?;
    if right {
        if state.db.consume_code(row.id, t).await.map_err(internal)? {
            return Ok(row);
        }
        return Err(AppError::NoActiveCode);
    }
    match state.db.record_wrong_try(row.id, max, t).await.map_err(internal)? {
        Some(attempts) if (attempts as u32) < max => Err(AppError::WrongCode { tries_left: max - attempts as u32 }),
        Some(_) => Err(AppError::TooManyTries),
        None => Err(AppError::NoActiveCode),
    }
}

/// What the verify page shows about the live code.
pub struct CodeInfo {
    pub expires_at: i64,
    pub created_at: i64,
    pub usable: bool,
}

pub async fn code_info(state: &AppState, phone: &PhoneNumber, purpose: CodePurpose) -> Result<Option<CodeInfo>, AppError> {
    Ok(state.db.latest_code(phone, purpose).await.map_err(internal)?.map(|row| CodeInfo::of(state, &row)))
}

impl CodeInfo {
    pub fn of(state: &AppState, row: &CodeRow) -> CodeInfo {
        CodeInfo {
            expires_at: row.expires_at,
            created_at: row.created_at,
            usable: row.state == "active" && row.status(state.config.limits.code_max_attempts).can_try(now()).is_ok(),
        }
    }
}
