//! The flows. Each takes parsed domain types and the request's metadata, and returns
//! `AppError` sentences; server functions only parse input and map the result.

pub mod account;
pub mod auth;
pub mod avatar;
pub mod brakes;
pub mod codes;
pub mod country;
pub mod devices;
pub mod factors;
pub mod forward;
pub mod limits;
pub mod oidc;
pub mod passkeys;
pub mod receipts;
pub mod recovery;
pub mod waiting;
pub mod webhooks;
