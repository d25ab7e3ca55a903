//! Counters and histograms for `/metrics`, in Prometheus's text format. Each instance
//! counts what it served; Prometheus adds the instances up. Labels are few and bounded
//! (routes are the app's route patterns, never raw paths).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds (seconds) of the request latency buckets.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.counts[i] += 1;
            }
        }
        self.sum += secs;
        self.count += 1;
    }
}

/// A counter family: label values → count.
type Family = Mutex<BTreeMap<Vec<String>, u64>>;

#[derive(Default)]
pub struct Metrics {
    requests: Family,
    latency: Mutex<BTreeMap<String, Histogram>>,
    codes_sent: Family,
    code_checks: Family,
    sign_ins: Family,
    rate_limited: Family,
}

fn bump(family: &Family, labels: &[&str]) {
    let mut m = family.lock().unwrap_or_else(|e| e.into_inner());
    *m.entry(labels.iter().map(|s| s.to_string()).collect()).or_insert(0) += 1;
}

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

impl Metrics {
    pub fn request(&self, route: &str, status: u16, took: Duration) {
        bump(&self.requests, &[route, &status.to_string()]);
        let mut l = self.latency.lock().unwrap_or_else(|e| e.into_inner());
        l.entry(route.to_string()).or_default().observe(took.as_secs_f64());
    }

    /// `result` is `ok` or `failed`; `provider` is `none` for blind codes (never sent).
    pub fn code_sent(&self, provider: &str, channel: &str, result: &str) {
        bump(&self.codes_sent, &[provider, channel, result]);
    }

    pub fn code_checked(&self, result: CheckResult) {
        bump(&self.code_checks, &[result.as_str()]);
    }

    /// `method`: password, code, second_factor; `result`: ok, failed, paused.
    pub fn sign_in(&self, method: &str, result: &str) {
        bump(&self.sign_ins, &[method, result]);
    }

    /// `limit`: cooldown, sends, failed_sign_ins.
    pub fn rate_limited(&self, limit: &str) {
        bump(&self.rate_limited, &[limit]);
    }

    /// The whole exposition; `active_sessions` is read from the database by the caller.
    pub fn render(&self, active_sessions: Option<i64>) -> String {
        let mut out = String::new();
        family(&mut out, "phone_auth_http_requests_total", "HTTP requests by route and status.", &["route", "status"], &self.requests);
        out.push_str("# HELP phone_auth_http_request_duration_seconds Time to answer, by route.\n");
        out.push_str("# TYPE phone_auth_http_request_duration_seconds histogram\n");
        for (route, h) in self.latency.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let route = escape(route);
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ =
                    writeln!(out, "phone_auth_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {}", h.counts[i]);
            }
            let _ = writeln!(out, "phone_auth_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}", h.count);
            let _ = writeln!(out, "phone_auth_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
            let _ = writeln!(out, "phone_auth_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.count);
        }
        family(
            &mut out,
            "phone_auth_codes_sent_total",
            "Codes handed to the SMS provider, by provider, channel and result (provider none: blind codes for numbers without an account).",
            &["provider", "channel", "result"],
            &self.codes_sent,
        );
        family(&mut out, "phone_auth_code_checks_total", "Codes checked, by result.", &["result"], &self.code_checks);
        family(&mut out, "phone_auth_sign_ins_total", "Sign-in attempts, by method and result.", &["method", "result"], &self.sign_ins);
        family(&mut out, "phone_auth_rate_limited_total", "Requests refused by a limit, by limit.", &["limit"], &self.rate_limited);
        if let Some(n) = active_sessions {
            out.push_str("# HELP phone_auth_active_sessions Live sessions in the database (all instances).\n");
            out.push_str("# TYPE phone_auth_active_sessions gauge\n");
            let _ = writeln!(out, "phone_auth_active_sessions {n}");
        }
        out
    }
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn family(out: &mut String, name: &str, help: &str, labels: &[&str], values: &Family) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} counter");
    for (vals, n) in values.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        let pairs: Vec<String> = labels.iter().zip(vals).map(|(k, v)| format!("{k}=\"{}\"", escape(v))).collect();
        let _ = writeln!(out, "{name}{{{}}} {n}", pairs.join(","));
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
        let text = m.render(Some(7));
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
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
