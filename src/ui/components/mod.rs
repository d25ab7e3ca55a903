//! Reusable pieces: layout, route guards, form fields, the countdown, times.

pub mod code;
pub mod countdown;
pub mod factors;
pub mod fields;
pub mod form;
pub mod guard;
pub mod layout;
pub mod passkey;
pub mod phone;
pub mod webotp;
pub mod when;
