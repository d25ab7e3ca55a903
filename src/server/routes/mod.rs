//! The router: the Leptos pages and server functions, the few plain routes beside them
//! (health, metrics, the profile photo, the console provider's outbox, the OpenID
//! provider's endpoints, forward auth), and the middleware every answer passes through.

mod forward;
mod health;
mod hooks;
mod metrics;
mod oidc;
mod outbox;
mod photo;
mod pow;

use crate::server::middleware;
use crate::server::sms::Outbox;
use crate::server::state::AppState;
use axum::routing::{any, get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};

/// The app's route list, generated once per process. Generating it renders the app with
/// resource loading switched off by a process-wide flag in `leptos_server`; a resource
/// whose future is first polled while that flag is up never resolves, so a second
/// generation (another `Application` in the same process, as in the integration tests)
/// could hang a page that another instance is rendering at that moment.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(crate::ui::App)).clone()
}

/// The sign-in form's server function path, for the flash that prefills it (the OpenID
/// `login_hint`). Set here because only the router names the layers above the server.
static SIGN_IN_FORM: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

pub fn router(state: AppState, outbox: Option<Outbox>) -> Router {
    SIGN_IN_FORM.get_or_init(|| <crate::api::SignIn as leptos::server_fn::ServerFn>::PATH);
    let leptos_routes = route_list();
    let mut router = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::metrics))
        .route("/profile/photo", get(photo::profile_photo))
        // Forward auth for reverse proxies (services/forward.rs).
        // Any method: nginx's auth_request asks with the method of the request it guards.
        .route("/auth/forward", any(forward::forward_auth))
        // The OpenID provider (services/oidc.rs).
        .route("/.well-known/openid-configuration", get(oidc::discovery))
        .route("/oauth/jwks", get(oidc::jwks))
        .route("/oauth/authorize", get(oidc::authorize).post(oidc::authorize))
        .route("/oauth/consent", get(oidc::consent_page).post(oidc::consent_answer))
        .route("/oauth/token", post(oidc::token))
        .route("/oauth/userinfo", get(oidc::userinfo).post(oidc::userinfo))
        .route("/oauth/logout", get(oidc::logout).post(oidc::logout))
        .route("/oauth/logout/confirm", post(oidc::logout_confirm))
        // The proof of work of the SMS-pumping brakes (services/brakes.rs).
        .route("/pow/challenge", get(pow::challenge))
        // The providers' delivery receipts (services/receipts.rs).
        .route(crate::server::config::TWILIO_RECEIPTS_PATH, post(hooks::twilio))
        .route(crate::server::config::VONAGE_RECEIPTS_PATH, get(hooks::vonage).post(hooks::vonage));
    if let Some(outbox) = outbox {
        router = router.merge(
            Router::new()
                .route("/dev/outbox", get(outbox::outbox_page))
                .route("/dev/outbox.json", get(outbox::outbox_json))
                .with_state(outbox),
        );
    }
    let context_state = state.clone();
    let fallback_state = state.clone();
    router
        .leptos_routes_with_context(&state, leptos_routes, move || provide_context(context_state.clone()), {
            let options = state.leptos_options.clone();
            move || crate::ui::shell(options.clone())
        })
        // The not-found page is the app's too: its header, brand and session.
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            move || provide_context(fallback_state.clone()),
            crate::ui::shell,
        ))
        // Outermost last: headers on every answer, then the client IP, the flash of a failed
        // form post, the CSRF check, the body cap, and real redirects for guarded pages.
        .layer(axum::middleware::from_fn(middleware::page_redirects))
        .layer(axum::middleware::from_fn(middleware::body_limit))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::same_origin_writes))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::flash))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::client_ip))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::server::telemetry::trace_requests))
        .with_state(state)
}
