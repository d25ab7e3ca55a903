//! Sending and checking codes, with every limit: resend cooldown, sends per number and
//! per client IP per hour, the global daily budget, tries per code, expiry and purpose.

use super::limits::{self, Limit, Refused, Slot};
use crate::domain::audit::{AuditDetail, NotSent};
use crate::domain::code::{CodeNow, CodeRefusal};
use crate::domain::error::DeliveryProblem;
use crate::domain::{AppError, AuditKind, Channel, CodePurpose, OtpCode, PhoneNumber};
use crate::server::clock::now;
use crate::server::db::audit::NewAudit;
use crate::server::db::codes::{CodeRow, CodeStage, NewCode, Sender, BLIND_PROVIDER, TEST_NUMBER_PROVIDER};
use crate::server::metrics::CheckResult;
use crate::server::request::RequestMeta;
use crate::server::sms::DeliveryError;
use crate::server::state::AppState;
use crate::server::OrInternal;
use subtle::ConstantTimeEq;

const HOUR: i64 = 3_600;
pub(crate) const DAY: i64 = 86_400;

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

/// A failed send: like [`delivery_error`], but "too many checks" from the provider means
/// the number is locked for a while after its last code was tried too often, which a
/// person asking for a code should be told in those words.
fn send_error(e: DeliveryError) -> AppError {
    match delivery_error(e) {
        AppError::Delivery(DeliveryProblem::TooManyChecks) => AppError::Delivery(DeliveryProblem::LockedAfterChecks),
        other => other,
    }
}

/// A failed check: like [`delivery_error`], but an outage reads "could not be checked"
/// (and, returning before any try is counted, costs the person nothing).
fn check_error(e: DeliveryError) -> AppError {
    match delivery_error(e) {
        AppError::Delivery(DeliveryProblem::Unavailable) => AppError::Delivery(DeliveryProblem::CheckUnavailable),
        other => other,
    }
}

/// The send limits that apply to a code for `phone` asked by `meta`'s client: per number
/// and per client (IPv6 by /64) an hour, and the service's daily budget.
fn send_limits(state: &AppState, phone: &PhoneNumber, meta: &RequestMeta) -> Vec<Limit> {
    let l = &state.config.limits;
    let mut b = vec![
        Limit { key: format!("send:phone:{}", phone.as_str()), window: HOUR, limit: l.sends_per_number_per_hour },
        Limit { key: GLOBAL_BUCKET.into(), window: DAY, limit: l.daily_send_budget },
    ];
    if !meta.ip.is_empty() {
        b.push(Limit { key: format!("send:ip:{}", crate::server::net::limit_key(&meta.ip)), window: HOUR, limit: l.sends_per_ip_per_hour });
    }
    // The destination country's daily cap (`COUNTRY_DAILY_CAPS`): a pumping ring's many
    // numbers and addresses still share their country.
    let country = phone.region();
    if let Some(cap) = state.config.country_cap(country) {
        b.push(Limit { key: format!("{COUNTRY_BUCKET}{}", country.unwrap_or("none")), window: DAY, limit: cap });
    }
    b
}

/// The prefix of a destination country's daily cap.
const COUNTRY_BUCKET: &str = "send:country:";

/// The daily send budget of the whole service (codes and alerts).
pub(crate) const GLOBAL_BUCKET: &str = "send:global";

/// How a reserved code goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Sent by the provider; its refusals are told to the person.
    Real,
    /// Sent by the provider, but a refusal that only a real send can meet (invalid at the
    /// carrier, opted out, region, the provider's own limits) is answered as a blind send
    /// is: the flows whose blind twin is a number without an account (passwordless
    /// sign-in, reset) would otherwise tell the two apart.
    RealQuiet,
    /// Not sent: a code row that nothing can match, after as long as a real send takes.
    Blind,
}

/// Issues a code for `purpose` to `phone` and delivers it. The resend cooldown and one unit
/// of every send limit are reserved atomically before the provider is called, so a burst
/// of identical requests sends no more than the limits allow; a delivery that fails gives
/// the reservation back, so a provider outage costs the person nothing (and the previous
/// code stays valid).
pub async fn send_code(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    user_id: Option<i64>,
    purpose: CodePurpose,
    channel: Channel,
) -> Result<i64, AppError> {
    send_code_as(state, meta, phone, user_id, purpose, channel, Delivery::Real).await
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
    send_code_as(state, meta, phone, None, purpose, channel, Delivery::Blind).await
}

/// Reserves and sends a code as `delivery` says.
pub async fn send_code_as(
    state: &AppState,
    meta: &RequestMeta,
    phone: &PhoneNumber,
    user_id: Option<i64>,
    purpose: CodePurpose,
    channel: Channel,
    delivery: Delivery,
) -> Result<i64, AppError> {
    // What cannot work is refused before anything is reserved (and is not offered).
    if channel == Channel::Voice && !state.verifier.voice() {
        return Err(AppError::Delivery(DeliveryProblem::NoVoice));
    }
    let ticket = reserve_send(state, meta, phone, purpose).await?;
    send_reserved(state, meta, ticket, user_id, channel, delivery).await
}

/// A send whose cooldown slot and limits are reserved: hand it to [`send_reserved`], or
/// to [`cancel_send`] if the send is not going to happen.
#[must_use]
pub struct SendTicket {
    reservation: limits::Reservation,
    t: i64,
    phone: PhoneNumber,
    purpose: CodePurpose,
    /// The language of the message: the person asking's.
    lang: crate::domain::lang::Lang,
}

/// Reserves a send of a `purpose` code to `phone`: the resend cooldown slot and one unit
/// of every send limit, atomically. Refuses with the cooldown or limit sentence.
pub async fn reserve_send(state: &AppState, meta: &RequestMeta, phone: &PhoneNumber, purpose: CodePurpose) -> Result<SendTicket, AppError> {
    let t = now();
    // A test number's code is fixed and never sent: no limit, no budget, no cooldown.
    if state.config.test_code(phone).is_some() {
        return Ok(SendTicket { reservation: limits::Reservation::none(), t, phone: phone.clone(), purpose, lang: meta.lang() });
    }
    // The conversion watch (SMS pumping): a paused scope refuses, a challenged one needs
    // the browser's proof of work; asked before anything is reserved.
    super::brakes::check(state, meta, phone, t).await?;
    let limits = send_limits(state, phone, meta);
    let slot = Slot { phone: phone.as_str().to_string(), purpose: purpose.as_str(), cooldown: state.config.limits.resend_cooldown };
    match limits::reserve(state, t, Some(slot), &limits).await? {
        Ok(reservation) => Ok(SendTicket { reservation, t, phone: phone.clone(), purpose, lang: meta.lang() }),
        Err(Refused::Cooldown { seconds }) => {
            state.metrics.rate_limited("cooldown");
            Err(AppError::Cooldown { seconds })
        }
        Err(Refused::Full { index, minutes }) => {
            let key = &limits[index].key;
            let country = key.strip_prefix(COUNTRY_BUCKET);
            if key == GLOBAL_BUCKET {
                tracing::error!("daily send budget of {} codes is spent: refusing sends (DAILY_SEND_BUDGET)", limits[index].limit);
            } else if let Some(country) = country {
                // The operator's alert: an error in the log, and the metric.
                tracing::error!(
                    country,
                    cap = limits[index].limit,
                    "daily send cap of a country is spent: refusing sends there (COUNTRY_DAILY_CAPS)"
                );
            } else {
                tracing::warn!(bucket = %redact_bucket(key), "send limit reached");
            }
            state.metrics.rate_limited(match (key == GLOBAL_BUCKET, country.is_some()) {
                (true, _) => "daily_budget",
                (false, true) => "country_cap",
                _ => "sends",
            });
            Err(AppError::TooManySends { minutes })
        }
    }
}

/// Gives a reserved send back: it is not going to happen.
pub async fn cancel_send(state: &AppState, ticket: SendTicket) -> Result<(), AppError> {
    limits::give_back(state, &ticket.reservation).await
}

/// Is this a refusal of the number itself (or of the provider's own limits for it), as
/// opposed to the provider being down or misconfigured?
fn is_refusal_of_the_number(e: &AppError) -> bool {
    matches!(
        e,
        AppError::Delivery(
            DeliveryProblem::InvalidNumber
                | DeliveryProblem::RegionNotAllowed
                | DeliveryProblem::OptedOut
                | DeliveryProblem::TooMany
                | DeliveryProblem::TooManyChecks
                | DeliveryProblem::LockedAfterChecks
        )
    )
}

/// Sends the reserved code, or writes a blind one that nothing can match and no one
/// receives; either way the same rows and the same time. A failed delivery gives the
/// reservation back; while the provider is down, blind sends answer as real ones do.
pub async fn send_reserved(
    state: &AppState,
    meta: &RequestMeta,
    ticket: SendTicket,
    user_id: Option<i64>,
    channel: Channel,
    delivery: Delivery,
) -> Result<i64, AppError> {
    let SendTicket { reservation, t, phone, purpose, lang } = ticket;
    let phone = &phone;
    let config = &state.config.limits;
    let mut sent = delivery != Delivery::Blind;
    let test_number = sent && state.config.test_code(phone).is_some();
    let (provider, code_hash, message_id, retires_all) = if test_number {
        // Its code is fixed (checked against the configuration): no provider is asked.
        state.metrics.code_sent(TEST_NUMBER_PROVIDER, channel.as_str(), "ok");
        (TEST_NUMBER_PROVIDER, None, None, false)
    } else if sent {
        let began = std::time::Instant::now();
        match state.verifier.start(phone, channel, purpose, lang).await {
            Ok(started) => {
                state.send_latency.record(began.elapsed());
                state.metrics.code_sent(started.provider, channel.as_str(), "ok");
                (started.provider, started.code_hash, started.message_id, started.one_code_per_number)
            }
            Err(e) => {
                state.metrics.code_sent(state.verifier.provider(), channel.as_str(), "failed");
                let e = send_error(e);
                if delivery == Delivery::RealQuiet && is_refusal_of_the_number(&e) {
                    // Answered as a blind send is: the reservation stays spent and a row
                    // that nothing can match stands in for the code.
                    tracing::info!(to = %phone.masked(), error = %e, "provider refused the number: answered as a blind send");
                    sent = false;
                    (BLIND_PROVIDER, None, None, false)
                } else {
                    if matches!(e, AppError::Delivery(DeliveryProblem::Unavailable | DeliveryProblem::ProviderMisconfigured)) {
                        state.send_latency.provider_failed();
                    }
                    limits::give_back(state, &reservation).await?;
                    return Err(e);
                }
            }
        }
    } else {
        // While real sends fail for the provider's sake, a blind one answers as they do.
        if state.send_latency.provider_down() {
            limits::give_back(state, &reservation).await?;
            return Err(AppError::Delivery(DeliveryProblem::Unavailable));
        }
        // As long as a real send takes, so the answer's timing says nothing either. (The
        // timer's resolution is a millisecond: shorter sends, like the console's, are not
        // worth a sleep that would overshoot them.)
        let like_a_send = state.send_latency.sample();
        if like_a_send >= std::time::Duration::from_millis(1) {
            tokio::time::sleep(like_a_send).await;
        }
        state.metrics.code_sent(BLIND_PROVIDER, channel.as_str(), "ok");
        (BLIND_PROVIDER, None, None, false)
    };

    let expires_at = t + config.code_ttl;
    // A code a provider sent counts for the conversion watch (blind rows and test numbers
    // cost nothing and are not watched).
    let conversion = if sent && !test_number && state.config.brakes.min_sends > 0 { super::brakes::sent_keys(phone) } else { vec![] };
    // The same writes either way (operators see the blind requests too), in one go.
    let code = AuditDetail::code(purpose, channel);
    let (kind, detail) = match (sent, delivery) {
        // Every use of a test number is recorded as such.
        (true, _) if test_number => (AuditKind::CodeSent, AuditDetail { test_number: Some(true), ..code }),
        (true, _) => (AuditKind::CodeSent, code),
        (false, Delivery::Blind) => {
            (AuditKind::CodeNotSent, AuditDetail { number: Some(phone.masked()), not_sent: Some(NotSent::NoAccount), ..code })
        }
        (false, _) => {
            (AuditKind::CodeNotSent, AuditDetail { number: Some(phone.masked()), not_sent: Some(NotSent::ProviderRefused), ..code })
        }
    };
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
                message_id: message_id.as_deref(),
                now: t,
                expires_at,
                // Only a real send replaced the provider's code; a blind row leaves others be.
                retire_all_purposes: retires_all,
                conversion: &conversion,
                conversion_window: super::brakes::window_start(t),
            },
            &NewAudit { user_id, kind, detail: &detail, ip: &meta.ip, user_agent: &meta.user_agent, now: t },
        )
        .await
        .or_internal("recording the sent code")?;
    if test_number {
        tracing::info!(to = %phone.masked(), purpose = purpose.as_str(), "test number: its fixed code stands (nothing sent)");
    } else if sent {
        tracing::info!(to = %phone.masked(), purpose = purpose.as_str(), channel = channel.as_str(), "code sent");
    } else {
        tracing::info!(to = %phone.masked(), purpose = purpose.as_str(), "code not sent (blind row)");
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
    let row = match state.db.latest_code(phone, purpose).await.or_internal("reading the latest code")? {
        Some(row) if row.state != CodeStage::Superseded => row,
        _ => return Err(AppError::NoActiveCode),
    };
    // A blind row answers like any code (wrong, with tries counted); a real row must be
    // this person's.
    if owner.is_some() && row.user_id != owner && !row.is_blind() {
        return Err(AppError::NoActiveCode);
    }
    if row.state == CodeStage::Dead {
        return Err(AppError::TooManyTries);
    }
    match row.status(max).can_try(t) {
        Ok(()) => {}
        Err(CodeRefusal::Used) => return Err(AppError::NoActiveCode),
        Err(CodeRefusal::Expired) => return Err(AppError::CodeExpired),
        Err(CodeRefusal::TooManyTries) => return Err(AppError::TooManyTries),
    }
    // The try is reserved before the code is compared: however many guesses arrive at
    // once, no more than `max` are ever compared (or sent to the provider).
    let Some(attempts) = state.db.reserve_try(row.id, max, t).await.or_internal("reserving a try of the code")? else {
        let now_row = state.db.code_by_id(row.id).await.or_internal("rereading the code after a refused try")?;
        return Err(match now_row {
            Some(r) if r.state == CodeStage::Dead => AppError::TooManyTries,
            Some(r) if r.state == CodeStage::Active => match r.status(max).can_try(t) {
                Err(CodeRefusal::Expired) => AppError::CodeExpired,
                _ => AppError::TooManyTries,
            },
            _ => AppError::NoActiveCode,
        });
    };
    // A blind code was never sent: no answer is right, and the provider is not asked.
    let right = if row.is_blind() {
        false
    } else if row.sender == Sender::TestNumber {
        // A test number's fixed code, as configured now (a number taken off the list has
        // no code that matches).
        state.config.test_code(phone).is_some_and(|fixed| bool::from(fixed.expose().as_bytes().ct_eq(code.expose().as_bytes())))
    } else {
        match state.verifier.check(phone, purpose, row.code_hash.as_deref(), code).await {
            Ok(right) => right,
            Err(e) => {
                let e = check_error(e);
                // Not compared (the provider could not be asked): the try is given back.
                if matches!(e, AppError::Delivery(DeliveryProblem::CheckUnavailable)) {
                    state.db.give_back_try(row.id).await.or_internal("giving back a try of the code")?;
                }
                return Err(e);
            }
        }
    };
    if right {
        if state.db.consume_code(row.id, t).await.or_internal("using up the code")? {
            // The conversion watch's count: the code is used whatever becomes of it.
            if matches!(row.sender, Sender::Provider(_)) {
                if let Err(e) = super::brakes::count_used(state, phone, t).await {
                    tracing::warn!(error = %e, "could not count a used code for the conversion watch");
                }
            }
            return Ok(row);
        }
        return Err(AppError::NoActiveCode);
    }
    if attempts as u32 >= max {
        state.db.kill_code(row.id, t).await.or_internal("killing the code")?;
        return Err(AppError::TooManyTries);
    }
    Err(AppError::WrongCode { tries_left: max - attempts as u32 })
}

/// What a code page shows about the latest code.
pub struct CodeInfo {
    pub expires_at: i64,
    pub created_at: i64,
    pub now: CodeNow,
    /// Where its message is, from the provider's receipts (`None`: no receipt will come).
    pub delivery: Option<crate::domain::delivery::DeliveryState>,
    /// When the delivery state last moved.
    pub delivery_at: Option<i64>,
}

pub async fn code_info(state: &AppState, phone: &PhoneNumber, purpose: CodePurpose) -> Result<Option<CodeInfo>, AppError> {
    Ok(state.db.latest_code(phone, purpose).await.or_internal("reading the latest code")?.map(|row| CodeInfo::of(state, &row)))
}

impl CodeInfo {
    pub fn of(state: &AppState, row: &CodeRow) -> CodeInfo {
        CodeInfo {
            expires_at: row.expires_at,
            created_at: row.created_at,
            now: match row.state {
                CodeStage::Active => CodeNow::of_active(&row.status(state.config.limits.code_max_attempts), now()),
                CodeStage::Dead => CodeNow::Spent,
                CodeStage::Used | CodeStage::Superseded => CodeNow::Missing,
            },
            delivery: row.delivery.as_deref().and_then(crate::domain::delivery::DeliveryState::parse),
            delivery_at: row.delivery_at,
        }
    }
}
