//! The small, serializable error the UI matches on. Each variant's `Display` is the one
//! clear sentence a person sees. Internal causes never travel in it: the server logs
//! them with a reference id and sends `Internal { reference }`.

use serde::{Deserialize, Serialize};

/// Which form field an error belongs to, so the UI can show it next to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Phone,
    Password,
    Confirm,
    Name,
    Code,
    CurrentPassword,
    Photo,
    /// A passkey's ceremony (the browser's answer, the challenge).
    Passkey,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Input that does not parse: the message says what is wrong with it.
    #[error("{message}")]
    Invalid { field: Field, message: String },
    #[error("Wrong phone number or password.")]
    BadCredentials,
    #[error("That code is not right. {tries_left} {} left.", if *tries_left == 1 { "try" } else { "tries" })]
    WrongCode { tries_left: u32 },
    #[error("The code has expired. Request a new one.")]
    CodeExpired,
    #[error("Too many wrong tries for this code. Request a new one.")]
    TooManyTries,
    #[error("There is no active code. Request a new one.")]
    NoActiveCode,
    #[error("Please wait {seconds} {} before asking for another code.", if *seconds == 1 { "second" } else { "seconds" })]
    Cooldown { seconds: u64 },
    #[error("Too many codes were sent. Try again in {minutes} {}.", if *minutes == 1 { "minute" } else { "minutes" })]
    TooManySends { minutes: u64 },
    #[error("{0}")]
    Delivery(DeliveryProblem),
    /// Codes to numbers like this one are rarely used right now (SMS pumping): a send
    /// needs the browser's proof of work (which the page does by itself with JavaScript).
    #[error("Numbers like this one need a quick check by your browser before we send a code. Turn JavaScript on and try again.")]
    ChallengeNeeded,
    /// Codes to numbers like this one are almost never used right now: sends there pause.
    #[error("We are not sending codes to numbers like this one right now. Try again in {minutes} {}.", if *minutes == 1 { "minute" } else { "minutes" })]
    SendsPaused { minutes: u64 },
    #[error("Too many failed sign-ins for this number. Try again in {minutes} {}.", if *minutes == 1 { "minute" } else { "minutes" })]
    TooManySignIns { minutes: u64 },
    #[error("Your session has ended. Please sign in again.")]
    NotSignedIn,
    #[error("You are already signed in.")]
    AlreadySignedIn,
    #[error("That session has already ended.")]
    SessionGone,
    #[error("This page has expired. Enter your phone number again.")]
    StartOver,
    #[error("Something went wrong on our side (reference {reference}). Please try again.")]
    Internal { reference: String },
    #[error("The service is unavailable right now. Please try again in a minute.")]
    Unavailable,
    /// Too much work is queued (password hashing): refused at once, not queued.
    #[error("The service is busy right now. Please try again in a moment.")]
    Busy,
    /// Transport-level failures of the server-function machinery itself (for example the
    /// network dropped); the text is produced by Leptos, not by the server.
    #[error("The request could not be completed. Check your connection and try again.")]
    Transport(String),
    /// An error with its sentence in the person's language: how the server answers a page
    /// that is not in English (the Wasm carries no catalog). Everything else about it is
    /// the inner error's ([`AppError::plain`]).
    #[error("{text}")]
    Said { text: String, error: Box<AppError> },
}

/// Why a code could not be delivered, in words a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DeliveryProblem {
    #[error("This phone number is not valid.")]
    InvalidNumber,
    #[error("We cannot send messages to this number's region.")]
    RegionNotAllowed,
    #[error("This number has opted out of messages. Text START to re-enable them.")]
    OptedOut,
    #[error("Too many codes were requested for this number. Try again later.")]
    TooMany,
    #[error("Too many code checks. Request a new code later.")]
    TooManyChecks,
    /// The provider refuses a new code because the last one was tried too often (Twilio
    /// Verify's 60202 on a send).
    #[error("Too many wrong codes were tried for this number. Wait 10 minutes, then ask for a new code.")]
    LockedAfterChecks,
    #[error("The code could not be sent, try again later.")]
    ProviderMisconfigured,
    #[error("Codes cannot be read out by a voice call here. Choose a text message.")]
    NoVoice,
    #[error("The code could not be sent, try again.")]
    Unavailable,
    #[error("The code could not be checked right now, try again.")]
    CheckUnavailable,
}

impl AppError {
    pub fn invalid(field: Field, message: impl Into<String>) -> Self {
        AppError::Invalid { field, message: message.into() }
    }

    /// The error itself, without the words of [`AppError::Said`].
    pub fn plain(&self) -> &AppError {
        match self {
            AppError::Said { error, .. } => error.plain(),
            other => other,
        }
    }

    /// The field this error should be shown beside, if any.
    pub fn field(&self) -> Option<Field> {
        match self.plain() {
            AppError::Invalid { field, .. } => Some(*field),
            AppError::WrongCode { .. } | AppError::CodeExpired | AppError::TooManyTries | AppError::NoActiveCode => Some(Field::Code),
            _ => None,
        }
    }

    /// Seconds to wait before trying again, for a refusal that passes (a limit, a
    /// cooldown, a moment of overload): the `Retry-After` of an API caller's answer.
    pub fn retry_after(&self) -> Option<u64> {
        match self.plain() {
            AppError::Cooldown { seconds } => Some((*seconds).max(1)),
            AppError::TooManySends { minutes } | AppError::TooManySignIns { minutes } | AppError::SendsPaused { minutes } => {
                Some((*minutes).max(1) * 60)
            }
            // The provider's own limits do not say how long: a minute.
            AppError::Delivery(DeliveryProblem::TooMany | DeliveryProblem::TooManyChecks) => Some(60),
            // Twilio Verify's lock after too many checks: the sentence says 10 minutes.
            AppError::Delivery(DeliveryProblem::LockedAfterChecks) => Some(600),
            AppError::Busy
            | AppError::Unavailable
            | AppError::Delivery(DeliveryProblem::Unavailable | DeliveryProblem::CheckUnavailable) => Some(1),
            _ => None,
        }
    }

    /// HTTP status for API (non-form) callers.
    pub fn status(&self) -> u16 {
        match self.plain() {
            AppError::Invalid { .. } => 422,
            AppError::BadCredentials | AppError::NotSignedIn => 401,
            AppError::AlreadySignedIn => 409,
            AppError::SessionGone => 404,
            AppError::StartOver => 410,
            AppError::WrongCode { .. } | AppError::CodeExpired | AppError::TooManyTries | AppError::NoActiveCode => 422,
            AppError::Cooldown { .. } | AppError::TooManySends { .. } | AppError::TooManySignIns { .. } | AppError::SendsPaused { .. } => {
                429
            }
            // Precondition Required: the proof of work.
            AppError::ChallengeNeeded => 428,
            AppError::Delivery(
                DeliveryProblem::Unavailable | DeliveryProblem::CheckUnavailable | DeliveryProblem::ProviderMisconfigured,
            ) => 503,
            AppError::Delivery(DeliveryProblem::TooMany | DeliveryProblem::TooManyChecks | DeliveryProblem::LockedAfterChecks) => 429,
            AppError::Delivery(_) => 422,
            AppError::Internal { .. } => 500,
            AppError::Unavailable | AppError::Busy => 503,
            AppError::Transport(_) => 400,
            AppError::Said { error, .. } => error.status(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_that_pass_say_when_to_come_back() {
        assert_eq!(AppError::Cooldown { seconds: 42 }.retry_after(), Some(42));
        assert_eq!(AppError::TooManySends { minutes: 3 }.retry_after(), Some(180));
        assert_eq!(AppError::TooManySignIns { minutes: 0 }.retry_after(), Some(60));
        assert_eq!(AppError::Busy.retry_after(), Some(1));
        assert_eq!(AppError::Delivery(DeliveryProblem::TooMany).retry_after(), Some(60));
        assert_eq!(AppError::Delivery(DeliveryProblem::LockedAfterChecks).retry_after(), Some(600));
        assert_eq!(AppError::BadCredentials.retry_after(), None);
        // Every 429 says when.
        for e in [
            AppError::Cooldown { seconds: 5 },
            AppError::TooManySends { minutes: 1 },
            AppError::TooManySignIns { minutes: 1 },
            AppError::Delivery(DeliveryProblem::TooMany),
            AppError::Delivery(DeliveryProblem::TooManyChecks),
            AppError::Delivery(DeliveryProblem::LockedAfterChecks),
        ] {
            assert_eq!(e.status(), 429);
            assert!(e.retry_after().is_some());
        }
    }

    #[test]
    fn wrong_code_sentence_counts_tries() {
        assert_eq!(AppError::WrongCode { tries_left: 1 }.to_string(), "That code is not right. 1 try left.");
        assert_eq!(AppError::WrongCode { tries_left: 3 }.to_string(), "That code is not right. 3 tries left.");
    }

    #[test]
    fn code_errors_belong_to_the_code_field() {
        assert_eq!(AppError::CodeExpired.field(), Some(Field::Code));
        assert_eq!(AppError::BadCredentials.field(), None);
    }

    #[test]
    fn internal_error_names_only_the_reference() {
        let e = AppError::Internal { reference: "ab12".into() };
        assert!(e.to_string().contains("ab12"));
        assert_eq!(e.status(), 500);
    }
}
