//! The user interface: the HTML shell, the app with its routes, and the session context
//! every page reads.

pub mod components;
pub mod pages;

use crate::api::{get_session_info, SessionInfo};
use crate::domain::AppError;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The page's Content-Security-Policy must name this response's nonce, which Leptos
    // puts on the inline scripts it writes (the Wasm loader, resolved resources). The
    // security-headers middleware writes the header from the nonce left here.
    #[cfg(feature = "ssr")]
    if let (Some(parts), Some(nonce)) = (use_context::<http::request::Parts>(), leptos::nonce::use_nonce()) {
        if let Some(slot) = parts.extensions.get::<crate::server::middleware::PageNonce>() {
            slot.set(nonce.to_string());
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Marks `<body data-hydrated="true">` once the Wasm runs (tests wait for it).
#[cfg(feature = "hydrate")]
pub fn mark_hydrated() {
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}

/// The session as the server sees it, refetched on every navigation and after each
/// action that changes it.
#[derive(Clone, Copy)]
pub struct SessionCtx {
    pub info: Resource<Result<SessionInfo, AppError>>,
    refresh: RwSignal<u32>,
}

impl SessionCtx {
    pub fn refresh(&self) {
        self.refresh.update(|n| *n = n.wrapping_add(1));
    }
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/phone_auth.css"/>
        <Title text="Phone Auth"/>
        <Router>
            <SessionProvider>
                <components::layout::Header/>
                <main id="main" class="page">
                    <Routes fallback=|| view! { <pages::NotFound/> }>
                        <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/signup") view=pages::signup::SignUpPage ssr=SsrMode::Async/>
                        <Route path=path!("/verify") view=pages::verify::VerifyPage ssr=SsrMode::Async/>
                        <Route path=path!("/signin") view=pages::signin::SignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/signin/code") view=pages::signin_code::SignInCodePage ssr=SsrMode::Async/>
                        <Route path=path!("/signin/2fa") view=pages::two_factor::TwoFactorPage ssr=SsrMode::Async/>
                        <Route path=path!("/reset-password") view=pages::reset::ResetPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/profile") view=pages::profile::ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("/sessions") view=pages::sessions::SessionsPage ssr=SsrMode::Async/>
                    </Routes>
                </main>
                <components::layout::Footer/>
            </SessionProvider>
        </Router>
    }
}

#[component]
fn SessionProvider(children: Children) -> impl IntoView {
    let location = use_location();
    let refresh = RwSignal::new(0u32);
    // Every navigation (path or query: an action's redirect may change only the query)
    // asks the server again, so the header and the guards follow sign-ins and sign-outs.
    let info = Resource::new(move || (location.pathname.get(), location.search.get(), refresh.get()), |_| get_session_info());
    provide_context(SessionCtx { info, refresh });
    children()
}
