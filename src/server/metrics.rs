//! Counters and histograms for `/metrics`, in Prometheus's text format, kept and written
//! by the `metrics` crate's Prometheus exporter. Each instance counts what it served;
//! Prometheus adds the instances up. Labels are few and bounded (routes are the app's
//! route patterns, never raw paths).
//!
//! Each [`Metrics`] owns its recorder, which is never installed as the process-wide one:
//! the integration tests run many `Application`s in one process, and each `/metrics` must
//! show what its own instance served (a global recorder would mix them, and can be
//! installed only once). So the recorder is called directly, not through the `counter!`
//! macros, which go to the global one.

use metrics::{Key, Label, Level, Metadata, Recorder};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder};
use std::time::Duration;

/// Upper bounds (seconds) of the request latency buckets.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

const REQUESTS: &str = "phone_auth_http_requests_total";
const REQUEST_DURATION: &str = "phone_auth_http_request_duration_seconds";
const CODES_SENT: &str = "phone_auth_codes_sent_total";
const CODE_CHECKS: &str = "phone_auth_code_checks_total";
const SIGN_INS: &str = "phone_auth_sign_ins_total";
const RATE_LIMITED: &str = "phone_auth_rate_limited_total";
const DELIVERIES: &str = "phone_auth_deliveries_total";
const WEBHOOKS: &str = "phone_auth_webhooks_total";
const BRAKES: &str = "phone_auth_pumping_brakes_total";

/// Where a metric was registered from (the exporter does not use it).
static METADATA: Metadata<'static> = Metadata::new(module_path!(), Level::INFO, Some(module_path!()));

/// What happened to a code check, for `phone_auth_code_checks_total{result}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckResult {
    Ok,
    Wrong,
    Expired,
    TooManyTries,
    NoCode,
    ProviderError,
}

impl CheckResult {
    fn as_str(self) -> &'static str {
        match self {
            CheckResult::Ok => "ok",
            CheckResult::Wrong => "wrong",
            CheckResult::Expired => "expired",
            CheckResult::TooManyTries => "too_many_tries",
            CheckResult::NoCode => "no_code",
            CheckResult::ProviderError => "provider_error",
        }
    }
}

/// One instance's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
}

impl Default for Metrics {
    fn default() -> Self {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(REQUEST_DURATION.to_string()), &BUCKETS)
            .expect("the latency buckets are not empty")
            .build_recorder();
        let describe = |name: &'static str, help: &'static str| recorder.describe_counter(name.into(), None, help.into());
        describe(REQUESTS, "HTTP requests by route and status.");
        recorder.describe_histogram(REQUEST_DURATION.into(), None, "Time to answer, by route.".into());
        describe(
            CODES_SENT,
            "Codes handed to the SMS provider, by provider, channel and result (provider none: blind codes for numbers without an account).",
        );
        describe(CODE_CHECKS, "Codes checked, by result.");
        describe(SIGN_INS, "Sign-in attempts, by method and result.");
        describe(RATE_LIMITED, "Requests refused by a limit, by limit.");
        describe(
            BRAKES,
            "Sends met by the conversion watch, by what it did (challenge, challenge_solved, pause) and the scope that converts poorly (calling_code, prefix).",
        );
        describe(WEBHOOKS, "Webhook tries, by event type and result (delivered, failed, abandoned).");
        describe(DELIVERIES, "Delivery receipts that moved a code's state, by provider, destination country and state.");
        let handle = recorder.handle();
        Metrics { recorder, handle }
    }
}

impl Metrics {
    fn count(&self, name: &'static str, labels: &[(&'static str, &str)]) {
        let labels: Vec<Label> = labels.iter().map(|(k, v)| Label::new(*k, v.to_string())).collect();
        self.recorder.register_counter(&Key::from_parts(name, labels), &METADATA).increment(1);
    }

    pub fn request(&self, route: &str, status: u16, took: Duration) {
        self.count(REQUESTS, &[("route", route), ("status", &status.to_string())]);
        let key = Key::from_parts(REQUEST_DURATION, vec![Label::new("route", route.to_string())]);
        self.recorder.register_histogram(&key, &METADATA).record(took.as_secs_f64());
    }

    /// `result` is `ok` or `failed`; `provider` is `none` for blind codes (never sent).
    pub fn code_sent(&self, provider: &str, channel: &str, result: &str) {
        self.count(CODES_SENT, &[("provider", provider), ("channel", channel), ("result", result)]);
    }

    pub fn code_checked(&self, result: CheckResult) {
        self.count(CODE_CHECKS, &[("result", result.as_str())]);
    }

    /// `method`: password, code, second_factor, code_password (the password after a code);
    /// `result`: ok, failed, paused, second_factor_needed.
    pub fn sign_in(&self, method: &str, result: &str) {
        self.count(SIGN_INS, &[("method", method), ("result", result)]);
    }

    /// `limit`: cooldown, sends, daily_budget, country_cap, failed_sign_ins, second_factor,
    /// passkey_challenges.
    pub fn rate_limited(&self, limit: &str) {
        self.count(RATE_LIMITED, &[("limit", limit)]);
    }

    /// A delivery receipt moved a code to `state` (delivered, undelivered, ...).
    pub fn delivery(&self, provider: &str, country: &str, state: &str) {
        self.count(DELIVERIES, &[("provider", provider), ("country", country), ("state", state)]);
    }

    /// The conversion watch met a send: `action` challenge, challenge_solved or pause;
    /// `scope` calling_code or prefix.
    pub fn brake(&self, action: &str, scope: &str) {
        self.count(BRAKES, &[("action", action), ("scope", scope)]);
    }

    /// A webhook try: `result` delivered, failed (tried again later) or abandoned.
    pub fn webhook(&self, kind: &str, result: &str) {
        self.count(WEBHOOKS, &[("type", kind), ("result", result)]);
    }

    /// Folds the latencies recorded since the last call into their buckets. The exporter
    /// keeps each sample until then, so this runs every few seconds whether or not anyone
    /// scrapes (see `startup::Application::run_until`); rendering does it too.
    pub fn upkeep(&self) {
        self.handle.run_upkeep();
    }

    /// The whole exposition; `active_sessions` is read from the database by the caller.
    pub fn render(&self, active_sessions: Option<i64>, providers: &[crate::server::sms::ProviderHealth]) -> String {
        let mut out = self.handle.render();
        // Each provider's circuit breaker as it is now.
        out.push_str(
            "# HELP phone_auth_provider_breaker Circuit breaker of each SMS provider: 0 closed, 1 open (skipped), 2 half open (probing).\n",
        );
        out.push_str("# TYPE phone_auth_provider_breaker gauge\n");
        for p in providers {
            out.push_str(&format!("phone_auth_provider_breaker{{provider=\"{}\"}} {}\n", p.provider, p.state.gauge()));
        }
        // Written here, not kept as an exporter gauge: the count is read from the database
        // at each scrape, and when the database does not answer the gauge is left out
        // rather than shown with the last value the exporter would remember.
        if let Some(n) = active_sessions {
            out.push_str("# HELP phone_auth_active_sessions Live sessions in the database (all instances).\n");
            out.push_str("# TYPE phone_auth_active_sessions gauge\n");
            out.push_str(&format!("phone_auth_active_sessions {n}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_has_counters_and_cumulative_buckets() {
        let m = Metrics::default();
        m.request("/profile", 200, Duration::from_millis(3));
        m.request("/profile", 200, Duration::from_millis(30));
        m.request("/profile", 302, Duration::from_millis(1));
        m.code_sent("console", "sms", "ok");
        m.code_checked(CheckResult::Wrong);
        m.sign_in("password", "failed");
        m.rate_limited("cooldown");
        let text = m.render(Some(7), &[]);
        assert!(text.contains("phone_auth_http_requests_total{route=\"/profile\",status=\"200\"} 2"), "{text}");
        assert!(text.contains("phone_auth_http_request_duration_seconds_bucket{route=\"/profile\",le=\"0.005\"} 2"), "{text}");
        assert!(text.contains("phone_auth_http_request_duration_seconds_bucket{route=\"/profile\",le=\"0.05\"} 3"), "{text}");
        assert!(text.contains("phone_auth_http_request_duration_seconds_bucket{route=\"/profile\",le=\"+Inf\"} 3"), "{text}");
        assert!(text.contains("phone_auth_http_request_duration_seconds_count{route=\"/profile\"} 3"));
        assert!(text.contains("phone_auth_codes_sent_total{provider=\"console\",channel=\"sms\",result=\"ok\"} 1"));
        assert!(text.contains("phone_auth_code_checks_total{result=\"wrong\"} 1"));
        assert!(text.contains("phone_auth_sign_ins_total{method=\"password\",result=\"failed\"} 1"));
        assert!(text.contains("phone_auth_rate_limited_total{limit=\"cooldown\"} 1"));
        assert!(text.contains("# TYPE phone_auth_active_sessions gauge\nphone_auth_active_sessions 7"));
        assert!(text.contains("# TYPE phone_auth_http_requests_total counter\n"), "{text}");
        assert!(text.contains("# TYPE phone_auth_http_request_duration_seconds histogram\n"), "{text}");
        assert!(text.contains("# HELP phone_auth_sign_ins_total Sign-in attempts, by method and result.\n"), "{text}");
        assert!(!m.render(None, &[]).contains("phone_auth_active_sessions"), "no figure, no gauge");
    }

    #[test]
    fn label_values_are_escaped() {
        let m = Metrics::default();
        m.rate_limited("a\"b\\c\nd");
        let text = m.render(None, &[]);
        assert!(text.contains("phone_auth_rate_limited_total{limit=\"a\\\"b\\\\c\\nd\"} 1"), "{text}");
    }

    #[test]
    fn each_instance_counts_only_what_it_served() {
        let (a, b) = (Metrics::default(), Metrics::default());
        a.sign_in("code", "ok");
        a.upkeep();
        assert!(a.render(None, &[]).contains("phone_auth_sign_ins_total{method=\"code\",result=\"ok\"} 1"));
        assert!(!b.render(None, &[]).contains("phone_auth_sign_ins_total"));
    }

    #[test]
    fn latencies_survive_upkeep_between_scrapes() {
        let m = Metrics::default();
        m.request("/", 200, Duration::from_millis(2));
        m.upkeep();
        m.request("/", 200, Duration::from_millis(2));
        m.upkeep();
        assert!(m.render(None, &[]).contains("phone_auth_http_request_duration_seconds_count{route=\"/\"} 2"));
    }
}
