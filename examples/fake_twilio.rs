//! The fake Twilio of the integration tests as a process, for the browser tests: it
//! answers Messages, Calls, Verifications and VerificationCheck like Twilio, fails numbers
//! by their last digits (see `SCRIPTED` in `tests/support/fake_twilio.rs`: ...990211 is an
//! invalid number, ...990500 a Twilio outage), and shows what it sent at
//! `GET /_fake/codes?to=+44...`.
//!
//! Usage: `cargo run --example fake_twilio --features ssr -- 127.0.0.1:3320`

#[path = "../tests/support/fake_twilio.rs"]
mod fake_twilio;

#[tokio::main]
async fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3320".to_string());
    let fake = fake_twilio::FakeTwilio::start_on(&addr, true).await;
    println!("fake Twilio listening on {}", fake.base_url);
    let _ = tokio::signal::ctrl_c().await;
}
