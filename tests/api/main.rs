//! Integration tests: the real server on port 0 with a fresh database (SQLite always,
//! PostgreSQL too when TEST_DATABASE_URL is set) and a fake Twilio, driven over HTTP.

#[path = "../support/fake_twilio.rs"]
mod fake_twilio;
#[path = "../support/fake_vonage.rs"]
mod fake_vonage;
mod helpers;
mod leptos_toml;
mod startup;
mod test_numbers;
mod twilio_messaging;

mod brakes;
mod country;
mod delivery;
mod devices;
mod factors;
mod flows;
mod forward_auth;
mod languages;
mod lifecycle;
mod oidc;
mod ops;
mod pages;
mod passkeys;
mod process;
mod security;
mod trusted;
mod twilio_contract;
mod twilio_flows;
mod twilio_verify;
mod webhooks;
