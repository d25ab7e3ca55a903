//! What the profile and sessions pages show of an account's security activity and its
//! sessions: made by the services (sentences from [`crate::domain::audit`], times in the
//! person's zone from [`crate::domain::time`]), carried to the pages by the server
//! functions.

use crate::domain::time::When;
use serde::{Deserialize, Serialize};

/// One entry of the security activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityItem {
    pub at: When,
    /// The event as a sentence ("Signed in on Firefox on Windows").
    pub event: String,
    /// The device the event came from, in words ("Chrome on macOS").
    pub device: String,
    /// Whether `event` already names the device.
    pub names_device: bool,
    pub ip: String,
    /// Possibly someone else at work (a wrong password, a refused sign-in): marked.
    pub warning: bool,
}

/// One of the person's sessions (a device signed in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionItem {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub signed_in_at: When,
    pub last_active_at: When,
    /// The session of the browser asking.
    pub this_device: bool,
    /// What a session not fully signed in still waits for ("Password entered, waiting
    /// for the code"); `None` when it is signed in.
    pub waiting: Option<String>,
}

/// A browser where two-factor sign-in asks no code for a while, for the sessions page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedBrowser {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub trusted_at: When,
    pub until: When,
    /// The browser asking.
    pub this_device: bool,
}

/// An app the person allowed to sign them in (OpenID Connect), for "Connected apps".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectedApp {
    pub client_id: String,
    pub name: String,
    /// What it may know, in words ("your phone number and name").
    pub knows: String,
    pub allowed_at: When,
}
