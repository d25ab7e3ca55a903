//! Where a code's message is on its way to the phone, as the providers' delivery receipts
//! tell it: it only moves forward (queued → sent → delivered, undelivered or failed), so
//! receipts arriving late or twice change nothing.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeliveryState {
    /// The provider took it.
    Queued,
    /// Handed to the carrier (or the call is ringing).
    Sent,
    /// The phone has it (the call was answered).
    Delivered,
    /// The carrier could not deliver it (unreachable, expired, busy, no answer).
    Undelivered,
    /// The provider gave up on it.
    Failed,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Queued => "queued",
            DeliveryState::Sent => "sent",
            DeliveryState::Delivered => "delivered",
            DeliveryState::Undelivered => "undelivered",
            DeliveryState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<DeliveryState> {
        [Self::Queued, Self::Sent, Self::Delivered, Self::Undelivered, Self::Failed].into_iter().find(|d| d.as_str() == s)
    }

    /// How far along: a receipt may only raise it (the end states are all 2).
    pub fn rank(self) -> i64 {
        match self {
            DeliveryState::Queued => 0,
            DeliveryState::Sent => 1,
            DeliveryState::Delivered | DeliveryState::Undelivered | DeliveryState::Failed => 2,
        }
    }

    /// The message did not reach the phone.
    pub fn is_failure(self) -> bool {
        matches!(self, DeliveryState::Undelivered | DeliveryState::Failed)
    }

    /// A Twilio `MessageStatus` or `CallStatus`; `None` for states that say nothing of
    /// delivery (`receiving`, `scheduled`...).
    pub fn from_twilio(status: &str) -> Option<DeliveryState> {
        Some(match status {
            "queued" | "accepted" => DeliveryState::Queued,
            "sending" | "sent" | "initiated" | "ringing" => DeliveryState::Sent,
            "delivered" | "read" | "in-progress" | "completed" => DeliveryState::Delivered,
            "undelivered" | "busy" | "no-answer" => DeliveryState::Undelivered,
            "failed" | "canceled" => DeliveryState::Failed,
            _ => return None,
        })
    }

    /// A Vonage delivery receipt's `status`; `None` for `unknown`.
    pub fn from_vonage(status: &str) -> Option<DeliveryState> {
        Some(match status {
            "accepted" | "buffered" => DeliveryState::Sent,
            "delivered" => DeliveryState::Delivered,
            "expired" | "rejected" => DeliveryState::Undelivered,
            "failed" => DeliveryState::Failed,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::DeliveryState::{self, *};

    #[test]
    fn states_read_back_and_only_move_forward() {
        for d in [Queued, Sent, Delivered, Undelivered, Failed] {
            assert_eq!(DeliveryState::parse(d.as_str()), Some(d));
        }
        assert!(Queued.rank() < Sent.rank() && Sent.rank() < Delivered.rank());
        assert_eq!(Delivered.rank(), Failed.rank(), "an end state is never replaced");
        assert_eq!(DeliveryState::parse("lost"), None);
    }

    #[test]
    fn provider_words() {
        assert_eq!(DeliveryState::from_twilio("delivered"), Some(Delivered));
        assert_eq!(DeliveryState::from_twilio("undelivered"), Some(Undelivered));
        assert_eq!(DeliveryState::from_twilio("no-answer"), Some(Undelivered));
        assert_eq!(DeliveryState::from_twilio("completed"), Some(Delivered));
        assert_eq!(DeliveryState::from_twilio("receiving"), None);
        assert_eq!(DeliveryState::from_vonage("expired"), Some(Undelivered));
        assert_eq!(DeliveryState::from_vonage("accepted"), Some(Sent));
        assert_eq!(DeliveryState::from_vonage("unknown"), None);
        assert!(Undelivered.is_failure() && Failed.is_failure() && !Delivered.is_failure());
    }
}
