//! Reserving limits before the work they limit. A request first takes one unit of every
//! bucket that applies (and, for a code send, the number's resend cooldown slot) in one
//! database transaction of conditional updates; only if it won them all does it do the
//! expensive or external step (a provider call, a password hash); if that step did not
//! happen or should not count, the reservation is given back. However many identical
//! requests arrive at once, no more than the limits allow get through, on every instance.

use crate::domain::rate;
use crate::domain::AppError;
use crate::server::db::rate::{Reserved, SlotTake, Take};
use crate::server::state::AppState;
use crate::server::OrInternal;

/// A sliding-window limit: at most `limit` events in `window` seconds under `key`.
#[derive(Debug, Clone)]
pub struct Limit {
    pub key: String,
    pub window: i64,
    pub limit: u64,
}

/// The resend cooldown of a number and purpose.
pub struct Slot {
    pub phone: String,
    pub purpose: &'static str,
    pub cooldown: i64,
}

/// What was taken; hand it to [`give_back`] if the work did not happen.
#[derive(Debug)]
pub struct Reservation {
    slot: Option<SlotTake>,
    takes: Vec<Take>,
}

/// Why nothing was taken.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The cooldown slot is taken; one more is allowed in `seconds`.
    Cooldown { seconds: u64 },
    /// `limits[index]` is spent; one more is allowed in about `minutes`.
    Full { index: usize, minutes: u64 },
}

impl Refused {
    /// Roughly how long until one more is allowed, in whole minutes (at least one).
    pub fn minutes(&self) -> u64 {
        match self {
            Refused::Full { minutes, .. } => *minutes,
            Refused::Cooldown { seconds } => seconds.div_ceil(60).max(1),
        }
    }
}

/// Takes the slot (if any) and one unit of every limit at time `t`, all or nothing, in
/// one transaction (each limit's previous window is read in the statement that takes it).
pub async fn reserve(state: &AppState, t: i64, slot: Option<Slot>, limits: &[Limit]) -> Result<Result<Reservation, Refused>, AppError> {
    let takes: Vec<Take> = limits
        .iter()
        .map(|l| Take { key: l.key.clone(), window_start: rate::window_start(t, l.window), window: l.window, limit: l.limit })
        .collect();
    let slot = slot.map(|s| SlotTake { phone: s.phone, purpose: s.purpose, now: t, cooldown: s.cooldown });
    match state.db.reserve(t, slot.as_ref(), &takes).await.or_internal("reserving the limits")? {
        Reserved::Yes => Ok(Ok(Reservation { slot, takes })),
        Reserved::Cooldown { sent_at } => {
            let cooldown = slot.as_ref().map_or(0, |s| s.cooldown);
            Ok(Err(Refused::Cooldown { seconds: (sent_at + cooldown - t).max(1) as u64 }))
        }
        Reserved::Full { index } => Ok(Err(Refused::Full { index, minutes: rate::minutes_until_allowed(t, limits[index].window) })),
    }
}

/// Returns what `r` took: the work it was reserved for did not happen.
impl Reservation {
    /// Nothing reserved (a send no limit counts: a test number's).
    pub fn none() -> Reservation {
        Reservation { slot: None, takes: vec![] }
    }
}

pub async fn give_back(state: &AppState, r: &Reservation) -> Result<(), AppError> {
    if r.slot.is_none() && r.takes.is_empty() {
        return Ok(());
    }
    state.db.release(r.slot.as_ref(), &r.takes).await.or_internal("giving back the limits")
}
