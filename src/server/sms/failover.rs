//! Several providers in order (`SMS_PROVIDER=twilio,vonage`), each behind a circuit
//! breaker, with optional routes by destination country (`SMS_ROUTES=IN:vonage,*:twilio`).
//!
//! A send goes to the first provider of the number's route, then the others in the
//! configured order. A failure another provider may not have (an outage, its throttling,
//! its refusal of the region or of our account) moves on to the next at once; a problem
//! of the number itself (invalid, opted out) ends the send. A provider whose sends keep
//! failing is skipped for a while (the breaker opens), then given one probe (half open):
//! its success closes the breaker, its failure opens it again.
//!
//! Checking: an app-owned code is checked by its keyed hash (every app-owned provider
//! shares the secret); a code without one was issued by Twilio Verify, which is asked.
//! So a failover from Verify to an app-owned provider simply issues an app-owned code.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;

use super::{DeliveryError, PhoneVerifier, Started};
use crate::domain::lang::Lang;
use crate::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};

/// Consecutive failures that open a breaker.
pub const FAILURES_TO_OPEN: u32 = 5;
/// How long an open breaker skips its provider before one probe is let through.
pub const OPEN_FOR: Duration = Duration::from_secs(30);

/// What a breaker lets through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    /// Every send.
    Closed,
    /// None, until its time is up.
    Open,
    /// One probe at a time.
    HalfOpen,
}

impl BreakerState {
    pub fn as_str(self) -> &'static str {
        match self {
            BreakerState::Closed => "closed",
            BreakerState::Open => "open",
            BreakerState::HalfOpen => "half_open",
        }
    }

    /// The `/metrics` gauge's value: 0 closed, 1 open, 2 half open.
    pub fn gauge(self) -> u8 {
        match self {
            BreakerState::Closed => 0,
            BreakerState::Open => 1,
            BreakerState::HalfOpen => 2,
        }
    }
}

/// One provider and its breaker, as `/metrics` and `/readyz` show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderHealth {
    pub provider: &'static str,
    pub state: BreakerState,
}

#[derive(Debug)]
struct BreakerInner {
    failures: u32,
    open_until: Option<Instant>,
    probing: bool,
}

/// A circuit breaker: [`FAILURES_TO_OPEN`] failures in a row open it for `open_for`.
#[derive(Debug)]
pub struct Breaker {
    inner: Mutex<BreakerInner>,
    open_for: Duration,
}

/// Leave to send through a breaker; tell it how the send went.
#[must_use]
pub struct Pass<'a> {
    breaker: &'a Breaker,
}

impl Pass<'_> {
    pub fn succeeded(self) {
        let mut b = self.breaker.lock();
        if b.open_until.is_some() {
            tracing::info!("provider answers again: circuit breaker closed");
        }
        *b = BreakerInner { failures: 0, open_until: None, probing: false };
    }

    /// `unwell`: the failure was the provider's (see [`DeliveryError::provider_unwell`]);
    /// other failures (a number's own problem) say nothing of its health.
    pub fn failed(self, unwell: bool) {
        let mut b = self.breaker.lock();
        let was_probe = b.probing;
        b.probing = false;
        if !unwell {
            return;
        }
        b.failures += 1;
        if was_probe || b.failures >= FAILURES_TO_OPEN {
            b.open_until = Some(Instant::now() + self.breaker.open_for);
        }
    }
}

impl Drop for Pass<'_> {
    fn drop(&mut self) {
        // A send abandoned half way (its request dropped) must not hold the probe.
        if let Ok(mut b) = self.breaker.inner.lock() {
            b.probing = false;
        }
    }
}

impl Breaker {
    pub fn new(open_for: Duration) -> Self {
        Breaker { inner: Mutex::new(BreakerInner { failures: 0, open_until: None, probing: false }), open_for }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BreakerInner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn state(&self) -> BreakerState {
        let b = self.lock();
        match b.open_until {
            None => BreakerState::Closed,
            Some(until) if Instant::now() < until => BreakerState::Open,
            Some(_) => BreakerState::HalfOpen,
        }
    }

    /// Leave to send now: always when closed; when half open, to one probe at a time.
    pub fn pass(&self) -> Option<Pass<'_>> {
        let mut b = self.lock();
        match b.open_until {
            None => {}
            Some(until) if Instant::now() < until => return None,
            Some(_) if b.probing => return None,
            Some(_) => b.probing = true,
        }
        Some(Pass { breaker: self })
    }
}

/// One configured provider.
pub struct Entry {
    pub verifier: Arc<dyn PhoneVerifier>,
    breaker: Breaker,
}

/// The providers in order, with their breakers and the country routes.
pub struct Failover {
    entries: Vec<Entry>,
    /// (ISO country or `*`, index into `entries`), in the order written.
    routes: Vec<(String, usize)>,
}

impl Failover {
    /// `providers` in failover order (two or more: one provider is used on its own, with
    /// no breaker); `routes` name providers among them (checked by the configuration).
    pub fn new(providers: Vec<Arc<dyn PhoneVerifier>>, routes: &[(String, String)], open_for: Duration) -> Self {
        assert!(providers.len() >= 2, "failover needs two providers or more");
        let entries: Vec<Entry> = providers.into_iter().map(|verifier| Entry { verifier, breaker: Breaker::new(open_for) }).collect();
        let routes = routes
            .iter()
            .filter_map(|(country, name)| entries.iter().position(|e| e.verifier.provider() == name).map(|i| (country.clone(), i)))
            .collect();
        Failover { entries, routes }
    }

    /// The order to try for a number of `country`: its route's provider first (or the
    /// `*` route's), then every other in the configured order.
    pub fn order(&self, country: Option<&str>) -> Vec<usize> {
        let routed = country
            .and_then(|c| self.routes.iter().find(|(k, _)| k == c))
            .or_else(|| self.routes.iter().find(|(k, _)| k == "*"))
            .map(|(_, i)| *i);
        let mut order: Vec<usize> = routed.into_iter().collect();
        order.extend((0..self.entries.len()).filter(|i| Some(*i) != routed));
        order
    }

    fn first(&self) -> &dyn PhoneVerifier {
        self.entries[0].verifier.as_ref()
    }

    /// Runs `op` on each provider in turn (for `to`) until one succeeds or a failure is
    /// not worth another provider.
    async fn each<T, F, Fut>(&self, to: &PhoneNumber, what: &str, op: F) -> Result<T, DeliveryError>
    where
        F: Fn(Arc<dyn PhoneVerifier>) -> Fut,
        Fut: std::future::Future<Output = Result<T, DeliveryError>>,
    {
        let mut last: Option<DeliveryError> = None;
        let mut previous: Option<&'static str> = None;
        for i in self.order(to.region()) {
            let entry = &self.entries[i];
            let name = entry.verifier.provider();
            let Some(pass) = entry.breaker.pass() else {
                tracing::debug!(provider = name, "circuit breaker open: provider skipped");
                continue;
            };
            if let Some(from) = previous {
                tracing::warn!(from, to_provider = name, to = %to.masked(), what, "failing over to the next provider");
            }
            match op(entry.verifier.clone()).await {
                Ok(v) => {
                    pass.succeeded();
                    return Ok(v);
                }
                Err(e) => {
                    let unwell = e.provider_unwell();
                    pass.failed(unwell);
                    if entry.breaker.state() == BreakerState::Open && unwell {
                        tracing::error!(provider = name, error = %e, "provider keeps failing: circuit breaker open, skipping it for {} s", OPEN_FOR.as_secs());
                    }
                    if !e.worth_another_provider() {
                        return Err(e);
                    }
                    previous = Some(name);
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(|| DeliveryError::Unavailable {
            detail: "every provider's circuit breaker is open after repeated failures".into(),
        }))
    }
}

#[async_trait]
impl PhoneVerifier for Failover {
    fn provider(&self) -> &'static str {
        self.first().provider()
    }

    fn one_code_per_number(&self) -> bool {
        self.entries.iter().any(|e| e.verifier.one_code_per_number())
    }

    fn voice(&self) -> bool {
        // Offered when any provider can call; a voice send skips those that cannot.
        self.entries.iter().any(|e| e.verifier.voice())
    }

    fn typical_latency(&self) -> Duration {
        self.first().typical_latency()
    }

    async fn start(&self, to: &PhoneNumber, channel: Channel, purpose: CodePurpose, lang: Lang) -> Result<Started, DeliveryError> {
        self.each(to, purpose.as_str(), |v| async move {
            if channel == Channel::Voice && !v.voice() {
                // Not this provider's trade: the next one may call.
                return Err(DeliveryError::Rejected { detail: format!("{} places no calls", v.provider()) });
            }
            v.start(to, channel, purpose, lang).await
        })
        .await
    }

    async fn check(
        &self,
        to: &PhoneNumber,
        purpose: CodePurpose,
        stored_hash: Option<&str>,
        code: &OtpCode,
    ) -> Result<bool, DeliveryError> {
        // An app-owned code (with its hash) is checked by any app-owned provider; a code
        // without one belongs to the provider that owns its codes (Twilio Verify).
        let owner = if stored_hash.is_some() {
            self.entries.iter().find(|e| !e.verifier.one_code_per_number())
        } else {
            self.entries.iter().find(|e| e.verifier.one_code_per_number())
        };
        match owner {
            Some(e) => e.verifier.check(to, purpose, stored_hash, code).await,
            None => Ok(false),
        }
    }

    async fn notify(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        self.each(to, "notice", |v| async move { v.notify(to, body).await }).await
    }

    fn health(&self) -> Vec<ProviderHealth> {
        self.entries.iter().map(|e| ProviderHealth { provider: e.verifier.provider(), state: e.breaker.state() }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaker_opens_after_failures_and_lets_one_probe_through() {
        let b = Breaker::new(Duration::from_millis(50));
        for _ in 0..FAILURES_TO_OPEN - 1 {
            b.pass().unwrap().failed(true);
        }
        assert_eq!(b.state(), BreakerState::Closed);
        // A number's own problem says nothing of the provider.
        b.pass().unwrap().failed(false);
        assert_eq!(b.state(), BreakerState::Closed);
        b.pass().unwrap().failed(true);
        assert_eq!(b.state(), BreakerState::Open);
        assert!(b.pass().is_none(), "open: skipped");
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(b.state(), BreakerState::HalfOpen);
        let probe = b.pass().expect("one probe");
        assert!(b.pass().is_none(), "one probe at a time");
        probe.failed(true);
        assert_eq!(b.state(), BreakerState::Open, "a failed probe opens it again");
        std::thread::sleep(Duration::from_millis(60));
        b.pass().expect("probe").succeeded();
        assert_eq!(b.state(), BreakerState::Closed);
        assert!(b.pass().is_some());
    }

    #[test]
    fn an_abandoned_probe_frees_the_turn() {
        let b = Breaker::new(Duration::from_millis(1));
        for _ in 0..FAILURES_TO_OPEN {
            b.pass().unwrap().failed(true);
        }
        std::thread::sleep(Duration::from_millis(5));
        drop(b.pass().expect("probe"));
        assert!(b.pass().is_some(), "the dropped probe does not hold the half-open turn");
    }
}
