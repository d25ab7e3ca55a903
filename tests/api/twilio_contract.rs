//! The app cannot drift from Twilio's contract: every request it sends to the fake in the
//! flows of both Twilio providers is checked against Twilio's own OpenAPI documents
//! (`tests/twilio-oai/`, unmodified copies): the operation exists, path parameters match
//! their patterns (SIDs of the right shape), the body is form-encoded, required fields are
//! there, no field is unknown, and each value fits its schema (enums, patterns, lengths,
//! E.164 numbers, TwiML, absolute callback URLs).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::Value;

use crate::fake_twilio::{FakeTwilio, RecordedRequest};
use crate::helpers::*;
use crate::on_both;

fn spec(file: &str) -> Value {
    let path = format!("{}/tests/twilio-oai/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn specs() -> &'static [Value; 2] {
    static SPECS: OnceLock<[Value; 2]> = OnceLock::new();
    SPECS.get_or_init(|| [spec("twilio_api_v2010.json"), spec("twilio_verify_v2.json")])
}

/// A spec path matched by a request path.
struct PathMatch {
    item: &'static Value,
    template: &'static str,
    /// (name, value) of each path parameter.
    params: Vec<(String, String)>,
}

/// The spec path template matching `path`, with its path parameters.
fn find_operation(path: &str) -> Option<PathMatch> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    for doc in specs() {
        for (template, item) in doc["paths"].as_object()? {
            let parts: Vec<&str> = template.trim_start_matches('/').split('/').collect();
            if parts.len() != segments.len() {
                continue;
            }
            let mut params = vec![];
            let matched = parts.iter().zip(&segments).all(|(t, s)| {
                // A segment is either literal or holds one parameter, maybe with a suffix
                // ("{AccountSid}" or "{Sid}.json").
                match (t.find('{'), t.find('}')) {
                    (Some(open), Some(close)) => {
                        let (prefix, suffix) = (&t[..open], &t[close + 1..]);
                        if s.len() < prefix.len() + suffix.len() || !s.starts_with(prefix) || !s.ends_with(suffix) {
                            return false;
                        }
                        params.push((t[open + 1..close].to_string(), s[prefix.len()..s.len() - suffix.len()].to_string()));
                        true
                    }
                    _ => t == s,
                }
            });
            if matched {
                return Some(PathMatch { item, template: template.as_str(), params });
            }
        }
    }
    None
}

fn e164(v: &str) -> bool {
    v.starts_with('+') && (8..=16).contains(&v.len()) && v[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Checks one value against its property schema; the problem, if any.
fn check_value(name: &str, schema: &Value, value: &str) -> Option<String> {
    if let Some(pattern) = schema["pattern"].as_str() {
        if !Regex::new(pattern).unwrap().is_match(value) {
            return Some(format!("{name}={value:?} does not match {pattern}"));
        }
    }
    if let Some(min) = schema["minLength"].as_u64() {
        if (value.chars().count() as u64) < min {
            return Some(format!("{name} shorter than {min}"));
        }
    }
    if let Some(max) = schema["maxLength"].as_u64() {
        if value.chars().count() as u64 > max {
            return Some(format!("{name} longer than {max}"));
        }
    }
    if let Some(options) = schema["enum"].as_array() {
        if !options.iter().any(|o| o.as_str() == Some(value)) {
            return Some(format!("{name}={value:?} is not one of {options:?}"));
        }
    }
    match schema["type"].as_str() {
        Some("boolean") if value != "true" && value != "false" => return Some(format!("{name} is not a boolean")),
        Some("integer") if value.parse::<i64>().is_err() => return Some(format!("{name} is not an integer")),
        _ => {}
    }
    match schema["format"].as_str() {
        Some("phone-number") | Some("endpoint") if !e164(value) => Some(format!("{name}={value:?} is not an E.164 number")),
        Some("uri") if !(value.starts_with("https://") || value.starts_with("http://")) => {
            Some(format!("{name}={value:?} is not an absolute URL"))
        }
        Some("twiml") if !(value.starts_with("<Response>") && value.ends_with("</Response>")) => Some(format!("{name} is not TwiML")),
        _ => None,
    }
}

/// Every way `req` breaks Twilio's contract (empty when it keeps it).
pub fn contract_problems(req: &RecordedRequest) -> Vec<String> {
    let mut problems = vec![];
    let Some(PathMatch { item, template, params }) = find_operation(&req.path) else {
        return vec![format!("{} {} is no Twilio operation", req.method, req.path)];
    };
    let Some(op) = item.get(req.method.to_ascii_lowercase()) else {
        return vec![format!("{template} has no {}", req.method)];
    };
    for (name, value) in &params {
        let declared = op["parameters"].as_array().and_then(|ps| ps.iter().find(|p| p["in"] == "path" && p["name"] == name.as_str()));
        match declared {
            Some(p) => problems.extend(check_value(name, &p["schema"], value)),
            None => problems.push(format!("{template}: undeclared path parameter {name}")),
        }
    }
    match (&req.basic_user, &req.basic_secret) {
        (Some(u), Some(s)) if (u.starts_with("AC") || u.starts_with("SK")) && u.len() == 34 && !s.is_empty() => {}
        _ => problems.push("no basic auth with an AC/SK SID".into()),
    }
    let form_ct = "application/x-www-form-urlencoded";
    if !req.content_type.as_deref().unwrap_or("").starts_with(form_ct) {
        problems.push(format!("content type {:?}, not {form_ct}", req.content_type));
    }
    let schema = &op["requestBody"]["content"][form_ct]["schema"];
    let props = schema["properties"].as_object();
    let sent: BTreeSet<&str> = req.form.iter().map(|(k, _)| k.as_str()).collect();
    for required in schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        if !sent.contains(required) {
            problems.push(format!("{template}: required {required} missing"));
        }
    }
    for (k, v) in &req.form {
        match props.and_then(|p| p.get(k)) {
            Some(prop) => problems.extend(check_value(k, prop, v)),
            None => problems.push(format!("{template}: unknown field {k}")),
        }
    }
    problems
}

/// Runs the flows that talk to Twilio on `app` (signed-up number `phone`), reading codes
/// from `fake`.
async fn run_flows(app: &TestApp, fake: &FakeTwilio) {
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let wrong = app.call("verify", &[("code", "000001")]).await;
    assert_ne!(wrong.status(), 500);
    app.age_codes(&phone, 31).await;
    assert_eq!(app.call("resend-code", &[("channel", "voice")]).await.status(), 200);
    let code = fake.code_for(&phone).unwrap();
    assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200);
    // Passwordless sign-in, 2FA, reset and a phone change (with the notice to the old number).
    let other = new_client();
    app.call_with(&other, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    app.call_with(&other, "sign-in-with-code", &[("code", &fake.code_for(&phone).unwrap())]).await;
    app.call("enable-2fa", &[]).await;
    let half = new_client();
    app.sign_in_with(&half, &phone, PASSWORD).await;
    app.call_with(&half, "verify-2fa", &[("code", &fake.code_for(&phone).unwrap())]).await;
    let reset = new_client();
    app.call_with(&reset, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    let new = random_phone();
    app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", PASSWORD)]).await;
    let r = app.call("confirm-phone-change", &[("code", &fake.code_for(&new).unwrap())]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

fn assert_all_keep_the_contract(fake: &FakeTwilio, at_least: &[&str]) {
    let reqs = fake.requests();
    let mut seen = BTreeSet::new();
    for r in &reqs {
        let problems = contract_problems(r);
        assert!(problems.is_empty(), "{} {} breaks Twilio's contract: {problems:#?}\nform: {:?}", r.method, r.path, r.form);
        seen.insert(r.path.rsplit('/').next().unwrap().to_string());
    }
    for resource in at_least {
        assert!(seen.contains(*resource), "no {resource} request was checked: {seen:?}");
    }
}

async fn messaging_requests_keep_twilios_contract(b: Backend) {
    let (app, fake) = crate::twilio_flows::twilio_app(b).await;
    run_flows(&app, &fake).await;
    assert_all_keep_the_contract(&fake, &["Messages.json", "Calls.json"]);
}
on_both!(messaging_requests_keep_twilios_contract);

async fn verify_requests_keep_twilios_contract(b: Backend) {
    let (app, fake) = crate::twilio_verify::verify_app(b).await;
    run_flows(&app, &fake).await;
    assert_all_keep_the_contract(&fake, &["Verifications", "VerificationCheck", "Messages.json"]);
}
on_both!(verify_requests_keep_twilios_contract);

/// The checker itself catches what it must (so a passing contract test means something).
#[test]
fn the_contract_check_catches_broken_requests() {
    let good = RecordedRequest {
        method: "POST".into(),
        path: "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json".into(),
        basic_user: Some("AC0123456789abcdef0123456789abcdef".into()),
        basic_secret: Some("secret".into()),
        content_type: Some("application/x-www-form-urlencoded".into()),
        form: vec![("To".into(), "+447400123456".into()), ("From".into(), "+15005550006".into()), ("Body".into(), "hi".into())],
        raw_body: String::new(),
        fake_code: None,
        fake_sid: None,
    };
    assert_eq!(contract_problems(&good), Vec::<String>::new());
    let broken = |f: &dyn Fn(&mut RecordedRequest)| {
        let mut r = good.clone();
        f(&mut r);
        contract_problems(&r)
    };
    assert_eq!(broken(&|r| r.path = r.path.replace("AC0123", "AC01")).len(), 1, "short account SID");
    assert!(!broken(&|r| r.form.retain(|(k, _)| k != "To")).is_empty(), "missing To");
    assert!(!broken(&|r| r.form.push(("Colour".into(), "red".into()))).is_empty(), "unknown field");
    assert!(!broken(&|r| r.form.push(("StatusCallback".into(), "/twilio/status".into()))).is_empty(), "relative callback URL");
    assert!(broken(&|r| r.form.push(("StatusCallback".into(), "https://example.com/s".into()))).is_empty(), "absolute callback URL");
    assert!(!broken(&|r| r.form.push(("MessagingServiceSid".into(), "MG123".into()))).is_empty(), "bad MG SID");
    assert!(!broken(&|r| r.content_type = Some("application/json".into())).is_empty(), "JSON body");
    assert!(!broken(&|r| r.basic_user = None).is_empty(), "no basic auth");
    assert!(!broken(&|r| r.path = "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Nope.json".into()).is_empty());
    let verify = RecordedRequest {
        path: "/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications".into(),
        form: vec![("To".into(), "+447400123456".into())],
        ..good.clone()
    };
    assert_eq!(contract_problems(&verify), vec!["/v2/Services/{ServiceSid}/Verifications: required Channel missing".to_string()]);
}

/// The default base URLs are the servers the specs name.
#[test]
fn default_bases_are_twilios_servers() {
    let [api, verify] = specs();
    let server = |doc: &Value, path: &str| doc["paths"][path]["servers"][0]["url"].as_str().unwrap().to_string();
    let vars = |k: &str| match k {
        "SMS_PROVIDER" => Some("twilio-verify".to_string()),
        "TWILIO_ACCOUNT_SID" => Some("AC0123456789abcdef0123456789abcdef".into()),
        "TWILIO_AUTH_TOKEN" => Some("0123456789abcdef0123456789abcdef".into()),
        "TWILIO_VERIFY_SERVICE_SID" => Some("VA0123456789abcdef0123456789abcdef".into()),
        "TWILIO_FROM_NUMBER" => Some("+15005550006".into()),
        _ => None,
    };
    let config = phone_auth::server::config::Config::from_vars(vars, "127.0.0.1:3000".parse().unwrap()).unwrap();
    let [phone_auth::server::config::SmsProvider::TwilioVerify(v)] = &config.sms[..] else { panic!("twilio-verify expected") };
    assert_eq!(v.verify_base, server(verify, "/v2/Services/{ServiceSid}/Verifications"));
    assert_eq!(v.messaging.clone().unwrap().api_base, server(api, "/2010-04-01/Accounts/{AccountSid}/Messages.json"));
}
