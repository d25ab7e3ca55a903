//! What the profile and sessions pages show of an account's security activity and its
//! sessions: made by the services, carried to the pages by the server functions.

use serde::{Deserialize, Serialize};

/// One line of the security activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityItem {
    pub at: i64,
    /// The event in words, with its detail.
    pub event: String,
    /// The device, in words ("Chrome on macOS").
    pub device: String,
    pub ip: String,
}

/// One row of the sessions table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionItem {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub signed_in_at: i64,
    pub last_active_at: i64,
    /// The session of the browser asking.
    pub this_device: bool,
    /// "Signed in", or what the session still waits for.
    pub state: String,
}
