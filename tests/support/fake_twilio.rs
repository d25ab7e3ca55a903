//! A fake Twilio (REST API 2010-04-01 Messages and Calls, and Verify v2 Verifications and
//! VerificationCheck) for the tests: a real HTTP server on 127.0.0.1, checking what the
//! real one checks (basic auth, form encoding, required fields, SID shapes) and answering
//! in Twilio's shapes, including its error JSON. It records every request, can be told to
//! fail the next few (any error, a 500, or hanging), and in "scripted" mode (the
//! `fake_twilio` example used by the browser tests) fails by the number's last digits.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use base64::Engine as _;
use rand::Rng as _;
use serde_json::{json, Value};

/// Secret accepted by default, with any `AC` + 32 hex username.
pub const DEFAULT_SECRET: &str = "0123456789abcdef0123456789abcdef";

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub basic_user: Option<String>,
    pub basic_secret: Option<String>,
    pub content_type: Option<String>,
    /// Decoded form pairs in the order sent (empty when the body is not a form).
    pub form: Vec<(String, String)>,
    pub raw_body: String,
    /// The code of a Verify verification this request created or resent (not sent by the
    /// app: the fake remembers it so tests can "read the SMS").
    pub fake_code: Option<String>,
    /// The SID of the message or call this request created.
    pub fake_sid: Option<String>,
}

impl RecordedRequest {
    pub fn form_value(&self, key: &str) -> Option<String> {
        self.form.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    /// The form's keys, sorted (handy for "exactly these fields" assertions).
    pub fn form_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.form.iter().map(|(k, _)| k.clone()).collect();
        keys.sort();
        keys
    }
}

/// What the next request(s) should get instead of normal service.
#[derive(Debug, Clone)]
pub enum FakeFailure {
    /// A Twilio error JSON with this HTTP status and code.
    TwilioError { http_status: u16, code: u32, message: String },
    /// 500 with Twilio-style error JSON (code 20500).
    ServerError,
    /// Never answers (sleeps an hour).
    Hang,
}

enum Credentials {
    /// Any `AC` + 32 hex username with [`DEFAULT_SECRET`].
    Default,
    Exact {
        username: String,
        secret: String,
    },
}

struct Inner {
    credentials: Credentials,
    failure: Option<(FakeFailure, usize)>,
    /// Each request with the HTTP status it was answered with (`None` while hanging).
    requests: Vec<(RecordedRequest, Option<u16>)>,
    /// Pending Verify verifications by (service SID, To).
    verifications: HashMap<(String, String), Verification>,
    /// Fail by the `To` number's last digits (see [`scripted_failure`]).
    scripted: bool,
    /// Each request is answered after a pause drawn from this range (milliseconds), as a
    /// real provider across the internet takes.
    latency_ms: (u64, u64),
    /// The `StatusCallback` of each message and call created with one, by SID.
    callbacks: HashMap<String, String>,
}

/// A pending verification, as Twilio Verify keeps it: one per service and number, the
/// same code resent while it lives (10 minutes), at most 5 sends and 5 checks.
#[derive(Debug, Clone)]
struct Verification {
    sid: String,
    code: String,
    channel: String,
    created: Instant,
    sends: u32,
    checks: u32,
}

/// How long Verify keeps a verification pending.
const VERIFICATION_TTL: Duration = Duration::from_secs(600);
const VERIFY_MAX_SENDS: u32 = 5;
const VERIFY_MAX_CHECKS: u32 = 5;

/// In scripted mode, numbers ending in these digits get these answers (every time).
pub const SCRIPTED: &[(&str, u16, u32, &str)] = &[
    ("990211", 400, 21211, "The 'To' number is not a valid phone number."),
    ("990200", 400, 60200, "Invalid parameter `To`"),
    ("990408", 400, 21408, "Permission to send an SMS has not been enabled for the region indicated by the 'To' number"),
    ("990605", 403, 60605, "Verification delivery attempt blocked"),
    ("990610", 400, 21610, "Attempt to send to unsubscribed recipient"),
    ("990429", 429, 20429, "Too Many Requests"),
    ("990203", 429, 60203, "Max send attempts reached"),
    ("990003", 401, 20003, "Authenticate"),
    ("990500", 500, 20500, "An internal server error has occurred"),
];

/// The scripted answer for a `To` number, if its last digits ask for one.
pub fn scripted_failure(to: &str) -> Option<FakeFailure> {
    SCRIPTED.iter().find(|(suffix, ..)| to.ends_with(suffix)).map(|(_, http_status, code, message)| {
        if *http_status == 500 {
            FakeFailure::ServerError
        } else {
            FakeFailure::TwilioError { http_status: *http_status, code: *code, message: message.to_string() }
        }
    })
}

/// Handle to a running fake. The server lives as long as the test's runtime.
#[derive(Clone)]
pub struct FakeTwilio {
    /// e.g. `http://127.0.0.1:40123` (no trailing slash): use as the API base.
    pub base_url: String,
    state: Arc<Mutex<Inner>>,
}

pub async fn start() -> FakeTwilio {
    FakeTwilio::start().await
}

impl FakeTwilio {
    pub async fn start() -> FakeTwilio {
        Self::start_on("127.0.0.1:0", false).await
    }

    /// A fake on `addr` (`host:port`); `scripted` fails requests by the number's last
    /// digits ([`SCRIPTED`]) instead of by [`FakeTwilio::fail_next`].
    pub async fn start_on(addr: &str, scripted: bool) -> FakeTwilio {
        let state = Arc::new(Mutex::new(Inner {
            credentials: Credentials::Default,
            failure: None,
            requests: Vec::new(),
            verifications: HashMap::new(),
            scripted,
            latency_ms: (0, 0),
            callbacks: HashMap::new(),
        }));
        let app = Router::new()
            .route(
                "/2010-04-01/Accounts/{account_sid}/Messages.json",
                post(|State(s): State<Shared>, req: Request| handle(s, Resource::Messages, req)),
            )
            .route(
                "/2010-04-01/Accounts/{account_sid}/Calls.json",
                post(|State(s): State<Shared>, req: Request| handle(s, Resource::Calls, req)),
            )
            .route(
                "/v2/Services/{service_sid}/Verifications",
                post(|State(s): State<Shared>, req: Request| handle(s, Resource::Verifications, req)),
            )
            .route(
                "/v2/Services/{service_sid}/VerificationCheck",
                post(|State(s): State<Shared>, req: Request| handle(s, Resource::VerificationCheck, req)),
            )
            .route("/_fake/codes", axum::routing::get(|State(s): State<Shared>, req: Request| codes_json(s, req)))
            .fallback(|State(s): State<Shared>, req: Request| handle(s, Resource::Unknown, req))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind fake twilio");
        let addr = listener.local_addr().expect("fake twilio address");
        tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake twilio server");
        });
        FakeTwilio { base_url: format!("http://{addr}"), state }
    }

    /// Accept exactly this basic-auth pair from now on (e.g. an API key `SK...` + secret).
    pub fn set_credentials(&self, username: impl Into<String>, secret: impl Into<String>) {
        self.lock().credentials = Credentials::Exact { username: username.into(), secret: secret.into() };
    }

    /// From now on each request is answered after a pause of `min..=max` (uniformly drawn).
    pub fn set_latency(&self, min: Duration, max: Duration) {
        self.lock().latency_ms = (min.as_millis() as u64, max.as_millis().max(min.as_millis()) as u64);
    }

    /// The next `times` requests get `f`; then normal service resumes.
    pub fn fail_next(&self, f: FakeFailure, times: usize) {
        self.lock().failure = if times == 0 { None } else { Some((f, times)) };
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.iter().map(|(r, _)| r.clone()).collect()
    }

    /// Value of `key` in the most recent request's form.
    pub fn last_form_value(&self, key: &str) -> Option<String> {
        self.lock().requests.last().and_then(|(r, _)| r.form_value(key))
    }

    /// `(To, code)` for each message, call or verification the fake accepted (answered
    /// 201), oldest first: the first 6-digit code in `Body`, in `Twiml` read as "1, 2, 3,
    /// 4, 5, 6", or the code of a Verify verification.
    pub fn sent_codes(&self) -> Vec<(String, String)> {
        sent_codes(&self.lock())
    }

    /// The newest code sent to `to`.
    pub fn code_for(&self, to: &str) -> Option<String> {
        self.sent_codes().into_iter().rev().find(|(t, _)| t == to).map(|(_, c)| c)
    }

    /// Texts without a code (notices) sent to `to` by SMS, oldest first.
    pub fn notices_to(&self, to: &str) -> Vec<String> {
        self.lock()
            .requests
            .iter()
            .filter(|(r, status)| *status == Some(201) && r.path.ends_with("/Messages.json") && r.form_value("To").as_deref() == Some(to))
            .filter_map(|(r, _)| r.form_value("Body"))
            .filter(|b| find_code(b).is_none())
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The SID of the newest message or call to `to` that asked for status callbacks.
    pub fn last_sid_to(&self, to: &str) -> Option<String> {
        self.lock()
            .requests
            .iter()
            .rev()
            .filter(|(r, status)| {
                *status == Some(201) && r.form_value("To").as_deref() == Some(to) && r.form_value("StatusCallback").is_some()
            })
            .find_map(|(r, _)| r.fake_sid.clone())
    }

    /// Posts a status callback for `sid` as Twilio does (to its `StatusCallback`, signed
    /// with the auth token): `status` is a MessageStatus (or CallStatus for a call),
    /// `error_code` Twilio's ErrorCode. Returns the app's HTTP status.
    pub async fn post_status(&self, sid: &str, status: &str, error_code: Option<&str>) -> u16 {
        let (url, token) = {
            let inner = self.lock();
            let url = inner.callbacks.get(sid).cloned().expect("no StatusCallback for that SID");
            (url, auth_token(&inner))
        };
        post_status_to(&url, &token, sid, status, error_code).await
    }
}

/// The auth token the fake signs its callbacks with: the secret it accepts.
fn auth_token(inner: &Inner) -> String {
    match &inner.credentials {
        Credentials::Default => DEFAULT_SECRET.to_string(),
        Credentials::Exact { secret, .. } => secret.clone(),
    }
}

/// Twilio's webhook signature, written here from Twilio's documentation (not the app's
/// code): base64(HMAC-SHA1(token, url + each param name and value, sorted by name)).
pub fn sign(token: &str, url: &str, params: &[(String, String)]) -> String {
    use hmac::Mac;
    let mut sorted = params.to_vec();
    sorted.sort();
    let mut data = url.to_string();
    for (k, v) in &sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).unwrap();
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// One status callback, form-encoded and signed, as Twilio posts it.
pub async fn post_status_to(url: &str, token: &str, sid: &str, status: &str, error_code: Option<&str>) -> u16 {
    let call = sid.starts_with("CA");
    let mut params: Vec<(String, String)> = vec![
        ("AccountSid".into(), "AC0123456789abcdef0123456789abcdef".into()),
        ("ApiVersion".into(), "2010-04-01".into()),
        (if call { "CallSid" } else { "MessageSid" }.into(), sid.into()),
        (if call { "CallStatus" } else { "MessageStatus" }.into(), status.into()),
    ];
    if !call {
        params.push(("SmsSid".into(), sid.into()));
        params.push(("SmsStatus".into(), status.into()));
    }
    if let Some(code) = error_code {
        params.push(("ErrorCode".into(), code.into()));
    }
    let signature = sign(token, url, &params);
    match reqwest::Client::new().post(url).header("X-Twilio-Signature", signature).form(&params).send().await {
        Ok(r) => r.status().as_u16(),
        Err(_) => 0,
    }
}

/// In scripted mode, numbers ending in this get an "undelivered" receipt (30003,
/// unreachable handset) instead of "delivered".
pub const SCRIPTED_UNDELIVERED: &str = "990730";

/// What a scripted fake reports of a message with a callback: "sent", then after a
/// moment "delivered" (or "undelivered" for [`SCRIPTED_UNDELIVERED`] numbers).
fn scripted_receipts(url: String, token: String, sid: String, to: String) {
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let call = sid.starts_with("CA");
        post_status_to(&url, &token, &sid, if call { "ringing" } else { "sent" }, None).await;
        tokio::time::sleep(Duration::from_millis(1200)).await;
        if to.ends_with(SCRIPTED_UNDELIVERED) {
            post_status_to(&url, &token, &sid, if call { "no-answer" } else { "undelivered" }, Some("30003")).await;
        } else {
            post_status_to(&url, &token, &sid, if call { "completed" } else { "delivered" }, None).await;
        }
    });
}

type Shared = Arc<Mutex<Inner>>;

fn sent_codes(inner: &Inner) -> Vec<(String, String)> {
    inner
        .requests
        .iter()
        .filter(|(_, status)| *status == Some(201))
        .filter_map(|(r, _)| {
            let to = r.form_value("To")?;
            if r.path.ends_with("/Verifications") {
                return Some((to, r.fake_code.clone()?));
            }
            if r.path.ends_with("/VerificationCheck") {
                return None;
            }
            let text = r.form_value("Body").or_else(|| r.form_value("Twiml"))?;
            Some((to, find_code(&text)?))
        })
        .collect()
}

/// `GET /_fake/codes?to=+44...`: what the fake sent there, for the browser tests.
async fn codes_json(state: Shared, req: Request) -> Response {
    let to = req.uri().query().map(parse_form).unwrap_or_default().into_iter().find(|(k, _)| k == "to").map(|(_, v)| v);
    let inner = state.lock().unwrap_or_else(|e| e.into_inner());
    let codes: Vec<Value> = sent_codes(&inner)
        .into_iter()
        .filter(|(t, _)| to.as_deref().is_none_or(|want| want == t))
        .map(|(to, code)| json!({"to": to, "code": code}))
        .collect();
    axum::Json(codes).into_response()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Resource {
    Messages,
    Calls,
    Verifications,
    VerificationCheck,
    Unknown,
}

async fn handle(state: Shared, resource: Resource, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, 1024 * 1024).await.unwrap_or_default();
    let raw_body = String::from_utf8_lossy(&bytes).into_owned();
    let content_type = header_str(&parts.headers, header::CONTENT_TYPE);
    let is_form = content_type
        .as_deref()
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"));
    let (basic_user, basic_secret) = basic_auth(&parts.headers);
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        basic_user,
        basic_secret,
        content_type,
        form: if is_form { parse_form(&raw_body) } else { Vec::new() },
        raw_body,
        fake_code: None,
        fake_sid: None,
    };

    let (low, high) = state.lock().unwrap_or_else(|e| e.into_inner()).latency_ms;
    if high > 0 {
        // A real random draw: the clock's nanoseconds, used before, follow the spacing of
        // the requests (each starts when the last answer came), so the "random" latencies
        // of a timed series were correlated and their median wandered far from the middle.
        let ms = rand::thread_rng().gen_range(low..=high);
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }

    // Record, and take a scripted failure if one is due, in one go.
    let (index, failure) = {
        let mut inner = state.lock().unwrap_or_else(|e| e.into_inner());
        inner.requests.push((recorded.clone(), None));
        let scripted = if inner.scripted { recorded.form_value("To").and_then(|to| scripted_failure(&to)) } else { None };
        let failure = match &mut inner.failure {
            _ if scripted.is_some() => scripted,
            Some((f, left)) => {
                let f = f.clone();
                *left -= 1;
                if *left == 0 {
                    inner.failure = None;
                }
                Some(f)
            }
            None => None,
        };
        (inner.requests.len() - 1, failure)
    };

    let response = match failure {
        Some(FakeFailure::Hang) => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            twilio_error(500, 20500, "An internal server error has occurred")
        }
        Some(FakeFailure::ServerError) => twilio_error(500, 20500, "An internal server error has occurred"),
        Some(FakeFailure::TwilioError { http_status, code, message }) => twilio_error(http_status, code, &message),
        None => match resource {
            Resource::Verifications | Resource::VerificationCheck => serve_verify(&state, resource, &recorded, is_form, index),
            _ => serve(&state, resource, &recorded, is_form, index),
        },
    };

    let status = response.status().as_u16();
    state.lock().unwrap_or_else(|e| e.into_inner()).requests[index].1 = Some(status);
    response
}

fn authorised(state: &Shared, req: &RecordedRequest) -> bool {
    let inner = state.lock().unwrap_or_else(|e| e.into_inner());
    match (&inner.credentials, &req.basic_user, &req.basic_secret) {
        (_, None, _) | (_, _, None) => false,
        (Credentials::Default, Some(u), Some(s)) => is_sid(u, "AC") && s == DEFAULT_SECRET,
        (Credentials::Exact { username, secret }, Some(u), Some(s)) => u == username && s == secret,
    }
}

/// Verify v2: what real Verify checks and answers.
fn serve_verify(state: &Shared, resource: Resource, req: &RecordedRequest, is_form: bool, index: usize) -> Response {
    let service = req.path.strip_prefix("/v2/Services/").and_then(|r| r.split('/').next()).map(percent_decode).unwrap_or_default();
    if !authorised(state, req) {
        return twilio_error(401, 20003, "Authenticate");
    }
    if !is_sid(&service, "VA") {
        return twilio_error(404, 20404, &format!("The requested resource {} was not found", req.path));
    }
    if !is_form {
        return twilio_error(400, 20001, "Content-Type must be application/x-www-form-urlencoded for this resource.");
    }
    let value = |key: &str| req.form_value(key).filter(|v| !v.is_empty());
    let account_sid = req.basic_user.clone().filter(|u| u.starts_with("AC")).unwrap_or_else(|| "AC00000000000000000000000000000000".into());
    let Some(to) = value("To") else {
        return twilio_error(400, 60200, "Invalid parameter `To`: required");
    };
    if !to.starts_with('+') || to.len() < 8 || !to[1..].bytes().all(|b| b.is_ascii_digit()) {
        return twilio_error(400, 60200, "Invalid parameter `To`");
    }
    let now = rfc2822_now();
    let mut inner = state.lock().unwrap_or_else(|e| e.into_inner());
    let key = (service.clone(), to.clone());
    if inner.verifications.get(&key).is_some_and(|v| v.created.elapsed() > VERIFICATION_TTL) {
        inner.verifications.remove(&key);
    }
    let resource_json = |v: &Verification, status: &str| {
        json!({
            "sid": v.sid,
            "service_sid": service,
            "account_sid": account_sid,
            "to": to,
            "channel": v.channel,
            "status": status,
            "valid": status == "approved",
            "amount": null,
            "payee": null,
            "date_created": now,
            "date_updated": now,
        })
    };
    match resource {
        Resource::Verifications => {
            let Some(channel) = value("Channel") else {
                return twilio_error(400, 60200, "Invalid parameter `Channel`: required");
            };
            if !["sms", "call", "email", "whatsapp", "sna", "auto"].contains(&channel.as_str()) {
                return twilio_error(400, 60200, "Invalid parameter `Channel`");
            }
            let v = inner.verifications.entry(key).or_insert_with(|| Verification {
                sid: new_sid("VE"),
                code: format!("{:06}", rand::thread_rng().gen_range(0..1_000_000)),
                channel: channel.clone(),
                created: Instant::now(),
                sends: 0,
                checks: 0,
            });
            if v.sends >= VERIFY_MAX_SENDS {
                return twilio_error(429, 60203, "Max send attempts reached");
            }
            // The same pending verification is sent again, with the same code.
            v.sends += 1;
            v.channel = channel;
            let v = v.clone();
            inner.requests[index].0.fake_code = Some(v.code.clone());
            with_request_id((StatusCode::CREATED, axum::Json(resource_json(&v, "pending"))).into_response())
        }
        Resource::VerificationCheck => {
            let Some(code) = value("Code") else {
                return twilio_error(400, 60200, "Invalid parameter `Code`: required");
            };
            let Some(v) = inner.verifications.get_mut(&key) else {
                return twilio_error(404, 20404, &format!("The requested resource /Services/{service}/VerificationCheck was not found"));
            };
            if v.checks >= VERIFY_MAX_CHECKS {
                return twilio_error(429, 60202, "Max check attempts reached");
            }
            v.checks += 1;
            let v = v.clone();
            if code == v.code {
                inner.verifications.remove(&key);
                with_request_id((StatusCode::CREATED, axum::Json(resource_json(&v, "approved"))).into_response())
            } else {
                with_request_id((StatusCode::CREATED, axum::Json(resource_json(&v, "pending"))).into_response())
            }
        }
        _ => unreachable!("only Verify resources come here"),
    }
}

/// Normal service: what real Twilio would check and answer.
fn serve(state: &Shared, resource: Resource, req: &RecordedRequest, is_form: bool, index: usize) -> Response {
    let account_sid = match account_sid_in_path(&req.path) {
        Some(sid) if resource != Resource::Unknown => sid,
        _ => {
            return twilio_error(404, 20404, &format!("The requested resource {} was not found", req.path));
        }
    };

    let authorised = authorised(state, req);
    // An account SID as username must be the account in the path (an API key may act
    // for the account in the path).
    let user_matches_path = req.basic_user.as_deref().is_none_or(|u| !u.starts_with("AC") || u == account_sid);
    if !authorised || !user_matches_path {
        return twilio_error(401, 20003, "Authenticate");
    }
    if !is_sid(&account_sid, "AC") {
        return twilio_error(404, 20404, &format!("The requested resource {} was not found", req.path));
    }

    if !is_form {
        return twilio_error(400, 20001, "Content-Type must be application/x-www-form-urlencoded for this resource.");
    }
    let value = |key: &str| req.form_value(key).filter(|v| !v.is_empty());

    match resource {
        Resource::Messages => {
            let Some(to) = value("To") else {
                return twilio_error(400, 21604, "A 'To' phone number is required.");
            };
            let Some(body) = value("Body") else {
                return twilio_error(400, 21602, "Message body is required.");
            };
            let from = value("From");
            let service = value("MessagingServiceSid");
            if from.is_none() && service.is_none() {
                return twilio_error(400, 21603, "A 'From' phone number or a 'MessagingServiceSid' is required.");
            }
            if let Some(mg) = &service {
                if !is_sid(mg, "MG") {
                    return twilio_error(400, 21701, &format!("The Messaging Service Sid {mg} is invalid."));
                }
            }
            let sid = new_sid("SM");
            created_with_callback(state, req, index, &sid);
            let now = rfc2822_now();
            created(json!({
                "account_sid": account_sid,
                "api_version": "2010-04-01",
                "body": body,
                "date_created": now,
                "date_sent": null,
                "date_updated": now,
                "direction": "outbound-api",
                "error_code": null,
                "error_message": null,
                "from": from,
                "messaging_service_sid": service,
                "num_media": "0",
                "num_segments": "1",
                "price": null,
                "price_unit": null,
                "sid": sid,
                "status": "queued",
                "subresource_uris": {
                    "media": format!("/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media.json"),
                },
                "to": to,
                "uri": format!("/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json"),
            }))
        }
        Resource::Calls => {
            let Some(to) = value("To") else {
                return twilio_error(400, 21201, "No 'To' number is specified");
            };
            let Some(from) = value("From") else {
                return twilio_error(400, 21213, "No 'From' number is specified");
            };
            if value("Url").is_none() && value("Twiml").is_none() && value("ApplicationSid").is_none() {
                return twilio_error(400, 21205, "Url parameter is required.");
            }
            let sid = new_sid("CA");
            created_with_callback(state, req, index, &sid);
            let now = rfc2822_now();
            let base = format!("/2010-04-01/Accounts/{account_sid}/Calls/{sid}");
            created(json!({
                "account_sid": account_sid,
                "annotation": null,
                "answered_by": null,
                "api_version": "2010-04-01",
                "caller_name": null,
                "date_created": now,
                "date_updated": now,
                "direction": "outbound-api",
                "duration": null,
                "end_time": null,
                "forwarded_from": null,
                "from": from,
                "from_formatted": from,
                "group_sid": null,
                "parent_call_sid": null,
                "phone_number_sid": new_sid("PN"),
                "price": null,
                "price_unit": "USD",
                "queue_time": "0",
                "sid": sid,
                "start_time": null,
                "status": "queued",
                "subresource_uris": {
                    "notifications": format!("{base}/Notifications.json"),
                    "recordings": format!("{base}/Recordings.json"),
                    "payments": format!("{base}/Payments.json"),
                    "events": format!("{base}/Events.json"),
                    "siprec": format!("{base}/Siprec.json"),
                    "streams": format!("{base}/Streams.json"),
                    "transcriptions": format!("{base}/Transcriptions.json"),
                    "user_defined_message_subscriptions": format!("{base}/UserDefinedMessageSubscriptions.json"),
                    "user_defined_messages": format!("{base}/UserDefinedMessages.json"),
                },
                "to": to,
                "to_formatted": to,
                "trunk_sid": null,
                "uri": format!("{base}.json"),
            }))
        }
        Resource::Unknown | Resource::Verifications | Resource::VerificationCheck => unreachable!("handled above"),
    }
}

/// Remembers what `req` created (its SID, and its `StatusCallback` if it asked for one);
/// a scripted fake then reports on its delivery by itself.
fn created_with_callback(state: &Shared, req: &RecordedRequest, index: usize, sid: &str) {
    let mut inner = state.lock().unwrap_or_else(|e| e.into_inner());
    inner.requests[index].0.fake_sid = Some(sid.to_string());
    if let Some(url) = req.form_value("StatusCallback").filter(|u| !u.is_empty()) {
        inner.callbacks.insert(sid.to_string(), url.clone());
        if inner.scripted {
            scripted_receipts(url, auth_token(&inner), sid.to_string(), req.form_value("To").unwrap_or_default());
        }
    }
}

fn created(body: Value) -> Response {
    with_request_id((StatusCode::CREATED, axum::Json(body)).into_response())
}

/// Twilio's error answer: `{"code", "message", "more_info", "status"}`.
fn twilio_error(http_status: u16, code: u32, message: &str) -> Response {
    let status = StatusCode::from_u16(http_status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": http_status,
    });
    with_request_id((status, axum::Json(body)).into_response())
}

fn with_request_id(mut response: Response<Body>) -> Response<Body> {
    let id = HeaderValue::from_str(&new_sid("RQ")).expect("request id is ASCII");
    response.headers_mut().insert("Twilio-Request-Id", id);
    response
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

fn basic_auth(headers: &HeaderMap) -> (Option<String>, Option<String>) {
    let Some(value) = header_str(headers, header::AUTHORIZATION) else {
        return (None, None);
    };
    let Some((scheme, encoded)) = value.split_once(' ') else {
        return (None, None);
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return (None, None);
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
        return (None, None);
    };
    let decoded = String::from_utf8_lossy(&decoded).into_owned();
    match decoded.split_once(':') {
        Some((user, secret)) => (Some(user.to_string()), Some(secret.to_string())),
        None => (Some(decoded), None),
    }
}

fn account_sid_in_path(path: &str) -> Option<String> {
    let rest = path.strip_prefix("/2010-04-01/Accounts/")?;
    let (sid, _) = rest.split_once('/')?;
    Some(percent_decode(sid))
}

fn is_sid(s: &str, prefix: &str) -> bool {
    s.len() == 34 && s.starts_with(prefix) && s.as_bytes()[2..].iter().all(u8::is_ascii_hexdigit)
}

fn new_sid(prefix: &str) -> String {
    let mut rng = rand::thread_rng();
    let hex: String = (0..32).map(|_| char::from_digit(rng.gen_range(0..16), 16).unwrap()).collect();
    format!("{prefix}{hex}")
}

/// `application/x-www-form-urlencoded` → pairs, in order.
fn parse_form(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex_val(bytes[i + 1]), hex_val(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_val(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Finds a 6-digit code: six digits in a row standing alone ("is 123456."), or six single
/// digits separated by ", " as the voice TwiML reads them ("1, 2, 3, 4, 5, 6").
pub fn find_code(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    for start in 0..chars.len() {
        if !digit(start) || (start > 0 && digit(start - 1)) {
            continue;
        }
        let mut end = start;
        while digit(end) {
            end += 1;
        }
        if end - start == 6 {
            return Some(chars[start..end].iter().collect());
        }
        if end - start == 1 {
            // Spoken form: d, d, d, d, d, d
            let mut code = String::from(chars[start]);
            let mut i = start + 1;
            while code.len() < 7 && chars.get(i) == Some(&',') && chars.get(i + 1) == Some(&' ') && digit(i + 2) && !digit(i + 3) {
                code.push(chars[i + 2]);
                i += 3;
            }
            if code.len() == 6 {
                return Some(code);
            }
        }
    }
    None
}

/// Now as RFC 2822, the way Twilio writes dates: `Thu, 24 Aug 2023 05:01:45 +0000`.
fn rfc2822_now() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) as i64;
    rfc2822(secs)
}

fn rfc2822(unix: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} +0000",
        DAYS[days.rem_euclid(7) as usize],
        day,
        MONTHS[(month - 1) as usize],
        year,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[test]
fn fake_helpers_decode_forms_dates_and_codes() {
    assert_eq!(
        parse_form("To=%2B447400123456&Body=Phone+Auth%3A+code+is+123456%0A%0A%40example.com+%23123456&X="),
        vec![
            ("To".to_string(), "+447400123456".to_string()),
            ("Body".to_string(), "Phone Auth: code is 123456\n\n@example.com #123456".to_string()),
            ("X".to_string(), String::new()),
        ]
    );
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(rfc2822(0), "Thu, 01 Jan 1970 00:00:00 +0000");
    assert_eq!(rfc2822(1_692_853_305), "Thu, 24 Aug 2023 05:01:45 +0000");
    assert_eq!(find_code("Phone Auth: your code is 654321. It expires in 5 min."), Some("654321".into()));
    assert_eq!(find_code("<Say>1, 2, 3, 4, 5, 6.</Say><Say>1, 2, 3, 4, 5, 6.</Say>"), Some("123456".into()));
    assert_eq!(find_code("call 1234567 or 12345"), None);
}
