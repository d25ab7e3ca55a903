//! SMS-pumping brakes that learn. Rate limits stop one attacker; a pumping ring spreads
//! over many numbers and addresses, but its codes are never used. So the service watches
//! conversion (codes used per code sent) over a sliding hour, per country calling code
//! and per number prefix (the number without its last four digits), with counters shared
//! by every instance (`rate_counters`). When a scope's conversion falls under
//! `CONVERSION_CHALLENGE_BELOW` percent (over at least `CONVERSION_MIN_SENDS` sends), a
//! send there needs a proof of work from the browser; under `CONVERSION_PAUSE_BELOW`,
//! sends there pause. Each is an error in the log (at most once per 10 minutes per scope)
//! and a metric. The verdict is the same for every number of a scope, with an account or
//! not, so it tells nothing about accounts.
//!
//! The proof of work follows ALTCHA's scheme, self-hosted: the server gives a signed,
//! expiring challenge (`salt` with its expiry, `challenge` = SHA-256 of the salt and a
//! secret number up to `POW_DIFFICULTY`, `signature` = HMAC of the challenge); the browser
//! finds the number (in a Web Worker, `public/pow.js`) and sends the solution back in the
//! `pa_pow` cookie; it is accepted once (`pow_spent`, one conditional insert).

use base64::Engine as _;
use hmac::{Hmac, Mac};
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::domain::{rate, AppError, PhoneNumber};
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;

/// The watch's window: an hour, estimated from two fixed windows.
pub const WINDOW: i64 = 3_600;
/// How long a challenge may be solved and used.
pub const CHALLENGE_TTL: i64 = 300;
/// The cookie the browser sends its solution in.
pub const POW_COOKIE: &str = "pa_pow";

/// The scopes a number is watched in: its calling code and its prefix.
pub fn scopes(phone: &PhoneNumber) -> Vec<(&'static str, String)> {
    let e164 = phone.as_str();
    let mut out = vec![];
    if let Some(cc) = phone.calling_code() {
        out.push(("calling_code", format!("+{cc}")));
    }
    // The number without its last four digits: a block of 10,000 numbers.
    if e164.len() > 8 {
        out.push(("prefix", e164[..e164.len() - 4].to_string()));
    }
    out
}

/// The counters of codes sent to `phone`'s scopes (counted with each real send).
pub fn sent_keys(phone: &PhoneNumber) -> Vec<String> {
    scopes(phone).into_iter().map(|(_, s)| format!("conv:sent:{s}")).collect()
}

fn used_keys(phone: &PhoneNumber) -> Vec<String> {
    scopes(phone).into_iter().map(|(_, s)| format!("conv:used:{s}")).collect()
}

/// The start of the watch's current window at `t`.
pub fn window_start(t: i64) -> i64 {
    rate::window_start(t, WINDOW)
}

/// What the watch says of a send to a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Open,
    /// A proof of work is needed (the scope that converts poorly).
    Challenge {
        level: &'static str,
        scope: String,
        percent: u64,
    },
    /// Sends pause.
    Paused {
        level: &'static str,
        scope: String,
        percent: u64,
    },
}

/// Judges `sent` and `used` (the hour's estimates) against the brakes.
pub fn judge(b: &crate::server::config::Brakes, sent: f64, used: f64) -> Option<(bool, u64)> {
    if b.min_sends == 0 || sent < b.min_sends as f64 {
        return None;
    }
    let percent = ((used / sent) * 100.0).floor().clamp(0.0, 100.0) as u64;
    if percent < b.pause_below {
        Some((true, percent))
    } else if percent < b.challenge_below {
        Some((false, percent))
    } else {
        None
    }
}

/// The watch's verdict on a send to `phone` at `t`.
pub async fn verdict(state: &AppState, phone: &PhoneNumber, t: i64) -> Result<Verdict, AppError> {
    let b = &state.config.brakes;
    if b.min_sends == 0 {
        return Ok(Verdict::Open);
    }
    let scopes = scopes(phone);
    let (current, previous) = (window_start(t), window_start(t) - WINDOW);
    let keys: Vec<(String, String)> = scopes.iter().map(|(_, s)| (format!("conv:sent:{s}"), format!("conv:used:{s}"))).collect();
    let mut buckets: Vec<(&str, i64)> = vec![];
    for (sent, used) in &keys {
        for start in [current, previous] {
            buckets.push((sent.as_str(), start));
            buckets.push((used.as_str(), start));
        }
    }
    let counts = state.db.rate_previous_counts(&buckets).await.or_internal("reading the conversion watch")?;
    // The previous window counts for the part of it still inside the last hour.
    let weight = 1.0 - (t - current) as f64 / WINDOW as f64;
    let mut worst = Verdict::Open;
    for (i, (level, scope)) in scopes.into_iter().enumerate() {
        let c = &counts[i * 4..i * 4 + 4];
        let sent = c[0] as f64 + c[2] as f64 * weight;
        let used = c[1] as f64 + c[3] as f64 * weight;
        match judge(b, sent, used) {
            Some((true, percent)) => return Ok(Verdict::Paused { level, scope, percent }),
            Some((false, percent)) if worst == Verdict::Open => worst = Verdict::Challenge { level, scope, percent },
            _ => {}
        }
    }
    Ok(worst)
}

/// Applies the watch to a send to `phone`: a paused scope refuses it; a challenged one
/// takes the request's proof of work (once) or asks for one. Nothing is reserved yet.
pub async fn check(state: &AppState, meta: &RequestMeta, phone: &PhoneNumber, t: i64) -> Result<(), AppError> {
    match verdict(state, phone, t).await? {
        Verdict::Open => Ok(()),
        Verdict::Paused { level, scope, percent } => {
            state.metrics.brake("pause", level);
            alert("pause", &scope, percent, t);
            Err(AppError::SendsPaused { minutes: (WINDOW / 60) as u64 })
        }
        Verdict::Challenge { level, scope, percent } => {
            if let Some(solution) = meta.cookie(POW_COOKIE) {
                if spend(state, solution, t).await? {
                    state.metrics.brake("challenge_solved", level);
                    return Ok(());
                }
            }
            state.metrics.brake("challenge", level);
            alert("challenge", &scope, percent, t);
            Err(AppError::ChallengeNeeded)
        }
    }
}

/// Counts a code used (its number's scopes), for the watch.
pub async fn count_used(state: &AppState, phone: &PhoneNumber, t: i64) -> Result<(), AppError> {
    if state.config.brakes.min_sends == 0 {
        return Ok(());
    }
    state.db.rate_bump(&used_keys(phone), window_start(t)).await.or_internal("counting a used code")
}

/// The operator's alert: an error in the log, at most once per 10 minutes per scope and
/// kind (the metric counts every refusal).
fn alert(kind: &'static str, scope: &str, percent: u64, t: i64) {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static LAST: OnceLock<Mutex<HashMap<(String, &'static str), i64>>> = OnceLock::new();
    let mut last = LAST.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    let key = (scope.to_string(), kind);
    if last.get(&key).is_some_and(|at| t - at < 600) {
        return;
    }
    if last.len() > 10_000 {
        last.clear();
    }
    last.insert(key, t);
    let scope = crate::domain::phone::mask_e164(scope.trim_start_matches('+'));
    match kind {
        "pause" => {
            tracing::error!(scope = %scope, conversion_percent = percent, "SMS pumping suspected: codes to these numbers are almost never used; sends there pause (CONVERSION_PAUSE_BELOW)")
        }
        _ => {
            tracing::error!(scope = %scope, conversion_percent = percent, "SMS pumping suspected: codes to these numbers are rarely used; sends there need the browser's proof of work (CONVERSION_CHALLENGE_BELOW)")
        }
    }
}

/// A challenge as the browser receives it (ALTCHA's fields).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Challenge {
    pub algorithm: String,
    pub challenge: String,
    pub maxnumber: u64,
    pub salt: String,
    pub signature: String,
}

/// A solution as the browser sends it back.
#[derive(Debug, Deserialize)]
struct Solution {
    algorithm: String,
    challenge: String,
    number: u64,
    salt: String,
    signature: String,
}

fn hmac_key(state: &AppState) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(state.secret.expose().as_bytes()).expect("HMAC takes keys of any length");
    mac.update(b"phone-auth proof of work");
    mac.finalize().into_bytes().to_vec()
}

fn sign(state: &AppState, challenge: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(&hmac_key(state)).expect("HMAC takes keys of any length");
    mac.update(challenge.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// SHA-256 of the salt followed by the number in decimal, in hex.
pub fn hash(salt: &str, number: u64) -> String {
    hex::encode(Sha256::digest(format!("{salt}{number}").as_bytes()))
}

/// A new challenge, valid for [`CHALLENGE_TTL`]: stateless (signed), so asking costs the
/// server one hash and one HMAC and no storage.
pub fn issue(state: &AppState, t: i64) -> Challenge {
    let mut rng = rand::rngs::OsRng;
    let max = state.config.brakes.pow_difficulty;
    let salt = format!("{}?expires={}", hex::encode(rng.gen::<[u8; 12]>()), t + CHALLENGE_TTL);
    let challenge = hash(&salt, rng.gen_range(0..=max));
    Challenge { algorithm: "SHA-256".into(), signature: sign(state, &challenge), challenge, maxnumber: max, salt }
}

/// Checks a solution (base64 of its JSON) and spends it: `true` once for a right,
/// unexpired solution of a challenge this server signed; `false` otherwise.
pub async fn spend(state: &AppState, payload: &str, t: i64) -> Result<bool, AppError> {
    if payload.len() > 1_000 {
        return Ok(false);
    }
    let engines = [&base64::engine::general_purpose::STANDARD, &base64::engine::general_purpose::URL_SAFE_NO_PAD];
    let Some(json) = engines.iter().find_map(|e| e.decode(payload.trim()).ok()) else { return Ok(false) };
    let Ok(s) = serde_json::from_slice::<Solution>(&json) else { return Ok(false) };
    let expires = s.salt.split_once("?expires=").and_then(|(_, e)| e.parse::<i64>().ok());
    let signed = bool::from(sign(state, &s.challenge).as_bytes().ct_eq(s.signature.as_bytes()));
    let right = s.algorithm == "SHA-256"
        && signed
        && expires.is_some_and(|e| e >= t)
        && s.number <= state.config.brakes.pow_difficulty
        && bool::from(hash(&s.salt, s.number).as_bytes().ct_eq(s.challenge.as_bytes()));
    if !right {
        return Ok(false);
    }
    state.db.spend_pow(&s.challenge, expires.unwrap_or(t)).await.or_internal("spending a proof of work")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::config::Brakes;

    #[test]
    fn conversion_is_judged_over_enough_sends() {
        let b = Brakes { min_sends: 20, challenge_below: 20, pause_below: 5, pow_difficulty: 1000 };
        assert_eq!(judge(&b, 19.0, 0.0), None, "too few sends to judge");
        assert_eq!(judge(&b, 20.0, 10.0), None, "50 %: fine");
        assert_eq!(judge(&b, 20.0, 3.0), Some((false, 15)), "15 %: challenge");
        assert_eq!(judge(&b, 40.0, 1.0), Some((true, 2)), "2.5 %: pause");
        assert_eq!(judge(&Brakes { min_sends: 0, ..b }, 1000.0, 0.0), None, "off");
    }

    #[test]
    fn scopes_are_the_calling_code_and_the_block_of_the_number() {
        let p = PhoneNumber::parse(None, "+447400123456", &[]).unwrap();
        assert_eq!(scopes(&p), [("calling_code", "+44".to_string()), ("prefix", "+44740012".to_string())]);
        let us = PhoneNumber::parse(None, "+12015550123", &[]).unwrap();
        assert_eq!(scopes(&us)[0].1, "+1");
    }

    #[test]
    fn cookies_are_read_by_name() {
        let meta = |c: &str| RequestMeta { cookies: c.into(), ..Default::default() };
        assert_eq!(meta("a=1; pa_pow=eyJ9; tz=UTC").cookie("pa_pow"), Some("eyJ9"));
        assert_eq!(meta("xpa_pow=1").cookie("pa_pow"), None);
        assert_eq!(meta("lang=ar").lang(), crate::domain::lang::Lang::Ar);
    }
}
