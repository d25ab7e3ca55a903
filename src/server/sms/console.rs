//! The `console` provider: messages go to the log and to an in-memory outbox shown at
//! `/dev/outbox`, so anyone can run the app without an SMS account. The outbox exists
//! only in this mode; it is a developer tool, never a production feature.

use super::{DeliveryError, MessageSender, MessageTexts, Outgoing};
use async_trait::async_trait;
use serde::Serialize;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Oldest messages are dropped past this many, so a long-running dev server stays small.
const OUTBOX_CAPACITY: usize = 500;

#[derive(Debug, Clone, Serialize)]
pub struct OutboxMessage {
    pub to: String,
    pub channel: &'static str,
    pub purpose: &'static str,
    pub code: String,
    pub body: String,
    pub sent_at: i64,
}

#[derive(Clone, Default)]
pub struct Outbox {
    messages: Arc<Mutex<VecDeque<OutboxMessage>>>,
}

impl Outbox {
    pub fn push(&self, m: OutboxMessage) {
        let mut q = self.messages.lock().unwrap_or_else(|p| p.into_inner());
        if q.len() == OUTBOX_CAPACITY {
            q.pop_front();
        }
        q.push_back(m);
    }

    /// Messages oldest first, optionally only those to one number.
    pub fn list(&self, to: Option<&str>) -> Vec<OutboxMessage> {
        let q = self.messages.lock().unwrap_or_else(|p| p.into_inner());
        q.iter().filter(|m| to.is_none_or(|t| m.to == t)).cloned().collect()
    }
}

pub struct ConsoleSender {
    outbox: Outbox,
}

impl ConsoleSender {
    pub fn new(outbox: Outbox) -> Self {
        ConsoleSender { outbox }
    }
}

#[async_trait]
impl MessageSender for ConsoleSender {
    async fn send(&self, msg: &Outgoing, texts: &MessageTexts) -> Result<Option<String>, DeliveryError> {
        // The console provider exists to show the code to the person running the app, so
        // here (and only here) the message text is logged.
        match msg.channel {
            crate::domain::Channel::Sms => {
                tracing::info!(to = %msg.to.masked(), "console SMS:\n{}", texts.sms_body)
            }
            crate::domain::Channel::Voice => {
                tracing::info!(to = %msg.to.masked(), "console voice call: {}", texts.twiml)
            }
        }
        self.outbox.push(OutboxMessage {
            to: msg.to.as_str().to_string(),
            channel: msg.channel.as_str(),
            purpose: msg.purpose.as_str(),
            code: msg.code.expose().to_string(),
            body: match msg.channel {
                crate::domain::Channel::Sms => texts.sms_body.clone(),
                crate::domain::Channel::Voice => texts.twiml.clone(),
            },
            sent_at: crate::server::clock::now(),
        });
        // The log reports on nothing: no receipt will come.
        Ok(None)
    }

    async fn send_notice(&self, to: &crate::domain::PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        tracing::info!(to = %to.masked(), "console SMS (notice):\n{body}");
        self.outbox.push(OutboxMessage {
            to: to.as_str().to_string(),
            channel: "sms",
            purpose: "notice",
            code: String::new(),
            body: body.to_string(),
            sent_at: crate::server::clock::now(),
        });
        Ok(())
    }
}
