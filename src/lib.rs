//! phone-auth: phone-number authentication with Leptos (SSR + hydration), axum and sqlx.
//!
//! - `domain`: types that parse and the rules (compiles to Wasm too)
//! - `api`: server functions, thin: parse input, call one service, map the result
//! - `ui`: the pages and components
//! - `server` (ssr only): configuration, start-up, database, sessions, services, SMS

#![recursion_limit = "256"]

pub mod api;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(ui::App);
    ui::mark_hydrated();
}
