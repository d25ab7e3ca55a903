//! `/dev/outbox` and `/dev/outbox.json`: what the console provider would have sent (only
//! with `SMS_PROVIDER=console`).

use crate::server::sms::Outbox;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};

#[derive(serde::Deserialize)]
pub struct OutboxQuery {
    pub to: Option<String>,
}

pub async fn outbox_json(State(outbox): State<Outbox>, Query(q): Query<OutboxQuery>) -> Response {
    axum::Json(outbox.list(q.to.as_deref())).into_response()
}

pub async fn outbox_page(State(outbox): State<Outbox>, Query(q): Query<OutboxQuery>) -> Response {
    let esc = crate::domain::markup::escape;
    let mut rows = String::new();
    for m in outbox.list(q.to.as_deref()).iter().rev() {
        rows.push_str(&format!(
            "<tr class=\"outbox-message\" data-to=\"{to}\" data-code=\"{code}\" data-channel=\"{ch}\"><td>{time}</td><td>{to}</td><td>{ch}</td><td>{purpose}</td><td class=\"code\">{code}</td><td><pre>{body}</pre></td></tr>",
            to = esc(&m.to),
            code = esc(&m.code),
            ch = m.channel,
            purpose = m.purpose,
            time = crate::domain::time::clock_utc(m.sent_at),
            body = esc(&m.body),
        ));
    }
    if rows.is_empty() {
        rows.push_str("<tr><td colspan=\"6\">No messages yet. Sign up and the code appears here.</td></tr>");
    }
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Outbox (console SMS provider)</title><link rel=\"stylesheet\" href=\"/pkg/phone_auth.css\"></head><body><main class=\"page wide\">\
         <h1>Outbox</h1><p>Messages the <code>console</code> SMS provider would have sent, newest first. This page exists only with \
         <code>SMS_PROVIDER=console</code>.</p><p><a href=\"/dev/outbox\">Refresh</a> · <a href=\"/\">Back to the app</a></p>\
         <table class=\"outbox\"><thead><tr><th>Sent</th><th>To</th><th>Channel</th><th>Purpose</th><th>Code</th><th>Message</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    );
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'self'; frame-ancestors 'none'"),
        ],
        Html(html),
    )
        .into_response()
}
