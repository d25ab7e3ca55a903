//! A fake Vonage SMS API (`POST /sms/json`) for the tests: a real HTTP server on
//! 127.0.0.1 that checks what Vonage checks (form encoding, the API key and secret, the
//! required fields) and answers in Vonage's shape, including its in-body error statuses
//! (HTTP 200 with `messages[].status` other than "0"). It records every request, can be
//! told to fail the next few, and posts delivery receipts to the request's `callback` as
//! Vonage does (JSON, signed when a signature secret is set).

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::json;

pub const API_KEY: &str = "abcd1234";
pub const API_SECRET: &str = "abcdef0123456789";

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct VonageRequest {
    pub path: String,
    pub content_type: Option<String>,
    pub form: Vec<(String, String)>,
    /// The message id the fake gave it (when accepted).
    pub message_id: Option<String>,
}

impl VonageRequest {
    pub fn value(&self, key: &str) -> Option<String> {
        self.form.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
}

/// What the next request(s) get instead of normal service.
#[derive(Debug, Clone)]
pub enum VonageFailure {
    /// HTTP 200 with this `messages[0].status` and `error-text`.
    Status(&'static str, &'static str),
    /// An HTTP error status with an empty body.
    Http(u16),
    /// Never answers.
    Hang,
}

struct Inner {
    requests: Vec<VonageRequest>,
    failure: Option<(VonageFailure, usize)>,
    /// Receipts' signature secret (HMAC-SHA256), when the account signs its webhooks.
    signature_secret: Option<String>,
}

#[derive(Clone)]
pub struct FakeVonage {
    /// e.g. `http://127.0.0.1:40123`: use as `VONAGE_API_BASE`.
    pub base_url: String,
    state: Arc<Mutex<Inner>>,
}

type Shared = Arc<Mutex<Inner>>;

impl FakeVonage {
    pub async fn start() -> FakeVonage {
        let state = Arc::new(Mutex::new(Inner { requests: Vec::new(), failure: None, signature_secret: None }));
        let app = Router::new()
            .route("/sms/json", post(|State(s): State<Shared>, req: Request| handle(s, req)))
            .fallback(|| async { (StatusCode::NOT_FOUND, "Not Found") })
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind fake vonage");
        let addr = listener.local_addr().expect("fake vonage address");
        tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake vonage server");
        });
        FakeVonage { base_url: format!("http://{addr}"), state }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn fail_next(&self, f: VonageFailure, times: usize) {
        self.lock().failure = if times == 0 { None } else { Some((f, times)) };
    }

    /// Sign receipts with `secret` (the account's signature secret).
    pub fn sign_receipts(&self, secret: &str) {
        self.lock().signature_secret = Some(secret.to_string());
    }

    pub fn requests(&self) -> Vec<VonageRequest> {
        self.lock().requests.clone()
    }

    /// The accepted messages' (to, text), oldest first.
    pub fn sent(&self) -> Vec<(String, String)> {
        self.lock()
            .requests
            .iter()
            .filter(|r| r.message_id.is_some())
            .map(|r| (r.value("to").unwrap_or_default(), r.value("text").unwrap_or_default()))
            .collect()
    }

    /// The newest 6-digit code sent to `to` (written without `+`, as Vonage takes it).
    pub fn code_for(&self, to: &str) -> Option<String> {
        let to = to.trim_start_matches('+');
        self.sent().into_iter().rev().find(|(t, _)| t == to).and_then(|(_, text)| {
            text.as_bytes().windows(6).position(|w| w.iter().all(u8::is_ascii_digit)).map(|i| text[i..i + 6].to_string())
        })
    }

    /// The newest accepted request to `to` (`+` or not).
    pub fn last_to(&self, to: &str) -> Option<VonageRequest> {
        let to = to.trim_start_matches('+');
        self.lock().requests.iter().rev().find(|r| r.message_id.is_some() && r.value("to").as_deref() == Some(to)).cloned()
    }

    /// Posts a delivery receipt for `req`'s message to its `callback`, as Vonage does
    /// (JSON; signed with `timestamp`, `nonce` and `sig` when a secret is set).
    /// `overrides` replace fields (a wrong id, an old timestamp). Returns the HTTP status.
    pub async fn post_receipt(&self, req: &VonageRequest, status: &str, err_code: &str, overrides: &[(&str, &str)]) -> u16 {
        let url = req.value("callback").expect("the message asked for a receipt");
        let mut fields: Vec<(String, String)> = vec![
            ("msisdn".into(), req.value("to").unwrap_or_default()),
            ("to".into(), req.value("from").unwrap_or_default()),
            ("network-code".into(), "23410".into()),
            ("messageId".into(), req.message_id.clone().unwrap_or_default()),
            ("price".into(), "0.03330000".into()),
            ("status".into(), status.into()),
            ("scts".into(), "2001011400".into()),
            ("err-code".into(), err_code.into()),
            ("api-key".into(), API_KEY.into()),
            ("message-timestamp".into(), "2020-01-01 12:00:00".into()),
        ];
        if let Some(ref c) = req.value("client-ref") {
            fields.push(("client-ref".into(), c.clone()));
        }
        let secret = self.lock().signature_secret.clone();
        if secret.is_some() {
            let ts = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
            fields.push(("timestamp".into(), ts.to_string()));
            fields.push(("nonce".into(), "ec11dd3e-1e7f-4db5-9467-82b02cd223b9".into()));
        }
        for (k, v) in overrides {
            fields.retain(|(f, _)| f != k);
            fields.push((k.to_string(), v.to_string()));
        }
        if let Some(secret) = secret {
            if !overrides.iter().any(|(k, _)| *k == "sig") {
                fields.push(("sig".into(), sign(&secret, &fields)));
            }
        }
        let body: serde_json::Map<String, serde_json::Value> = fields.into_iter().map(|(k, v)| (k, json!(v))).collect();
        match reqwest::Client::new().post(url).json(&body).send().await {
            Ok(r) => r.status().as_u16(),
            Err(_) => 0,
        }
    }
}

/// Vonage's signature, from its "signing messages" guide (not the app's code): HMAC-SHA256
/// with the secret over `&key=value` of each field but `sig`, sorted by key, `&` and `=`
/// in values replaced by `_`; hex (Vonage sends it in upper case).
pub fn sign(secret: &str, fields: &[(String, String)]) -> String {
    use hmac::Mac;
    let mut sorted: Vec<&(String, String)> = fields.iter().filter(|(k, _)| k != "sig").collect();
    sorted.sort();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    for (k, v) in sorted {
        mac.update(format!("&{k}={}", v.replace(['&', '='], "_")).as_bytes());
    }
    hex::encode(mac.finalize().into_bytes()).to_ascii_uppercase()
}

fn message_id() -> String {
    use rand::Rng;
    format!("{:016X}", rand::thread_rng().gen::<u64>())
}

fn error(status: &str, text: &str) -> Response {
    axum::Json(json!({"message-count": "1", "messages": [{"status": status, "error-text": text}]})).into_response()
}

async fn handle(state: Shared, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, 1024 * 1024).await.unwrap_or_default();
    let content_type = parts.headers.get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let is_form = content_type.as_deref().is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    let form: Vec<(String, String)> = if is_form { url::form_urlencoded::parse(&bytes).into_owned().collect() } else { Vec::new() };
    let mut recorded = VonageRequest { path: parts.uri.path().to_string(), content_type, form, message_id: None };
    let failure = {
        let mut inner = state.lock().unwrap_or_else(|e| e.into_inner());
        match &mut inner.failure {
            Some((f, left)) => {
                let f = f.clone();
                *left -= 1;
                if *left == 0 {
                    inner.failure = None;
                }
                Some(f)
            }
            None => None,
        }
    };
    let answer = |recorded: VonageRequest, response: Response| {
        state.lock().unwrap_or_else(|e| e.into_inner()).requests.push(recorded);
        response
    };
    match failure {
        Some(VonageFailure::Hang) => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return answer(recorded, StatusCode::GATEWAY_TIMEOUT.into_response());
        }
        Some(VonageFailure::Http(code)) => return answer(recorded, StatusCode::from_u16(code).unwrap().into_response()),
        Some(VonageFailure::Status(status, text)) => return answer(recorded, error(status, text)),
        None => {}
    }
    if !is_form {
        return answer(recorded, error("2", "Missing api_key"));
    }
    let value = |k: &str| recorded.value(k).filter(|v| !v.is_empty());
    if value("api_key").as_deref() != Some(API_KEY) || value("api_secret").as_deref() != Some(API_SECRET) {
        return answer(recorded, error("4", "Bad Credentials"));
    }
    let (Some(_from), Some(to), Some(_text)) = (value("from"), value("to"), value("text")) else {
        return answer(recorded, error("2", "Missing from, to or text"));
    };
    if !(7..=15).contains(&to.len()) || !to.bytes().all(|b| b.is_ascii_digit()) {
        return answer(recorded, error("3", "Invalid to"));
    }
    let id = message_id();
    recorded.message_id = Some(id.clone());
    answer(
        recorded,
        axum::Json(json!({
            "message-count": "1",
            "messages": [{
                "to": to,
                "message-id": id,
                "status": "0",
                "remaining-balance": "3.14159265",
                "message-price": "0.03330000",
                "network": "23410",
            }]
        }))
        .into_response(),
    )
}
