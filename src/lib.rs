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

/// The browser's entry point. Pages are rendered on the server (islands mode): the Wasm
/// makes only the `#[island]` components interactive, which the loader script hydrates
/// right after this returns.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    ui::provide_url_error();
    ui::mark_hydrated_after_islands();
}
