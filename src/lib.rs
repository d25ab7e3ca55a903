//! phone-auth: phone-number authentication with Leptos (SSR + hydration), axum and sqlx.
//!
//! - `domain`: types that parse and the rules (compiles to Wasm too)
//! - `api`: server functions, thin: parse input, call one service, map the result
//! - `ui`: the pages and components
//! - `server` (ssr only): configuration, start-up, database, sessions, services, SMS

#![forbid(unsafe_code)]
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

/// The cfg flags this crate was compiled with that change how islands are rendered and
/// hydrated. The server writes its own into every page (`<meta name="phone-auth-build">`)
/// and the Wasm refuses to hydrate a page from a server built differently, with a message
/// that says so (an `erase_components` mismatch otherwise traps as `unreachable`).
pub const BUILD_CFG: &str = if cfg!(erase_components) { "erase_components" } else { "typed_components" };

/// The browser's entry point. Pages are rendered on the server (islands mode): the Wasm
/// makes only the `#[island]` components interactive, which the loader script hydrates
/// right after this returns `true` (`false`: this Wasm cannot hydrate this server's page).
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() -> bool {
    // Panics print their message and place to the console, in release builds too.
    console_error_panic_hook::set_once();
    if let Some(server) = ui::server_build_cfg() {
        if server != BUILD_CFG {
            leptos::logging::error!(
                "phone-auth: this page comes from a server built with {server} but this Wasm was built with {BUILD_CFG}; \
                 the page is left without its interactive parts. Build both with the same flags (./x run or ./x test does)."
            );
            return false;
        }
    }
    leptos::mount::hydrate_islands();
    ui::provide_url_error();
    true
}
