//! The user interface: the HTML shell, the app with its routes, and the session context
//! every page reads.
//!
//! Islands mode: the pages, the header and the guards are rendered on the server only
//! (every navigation is a page load, and every form also works as a plain post). The
//! parts that need the browser (forms with inline errors and pending buttons, code
//! countdowns, the photo upload) are `#[island]` components: only they are compiled into
//! the Wasm and hydrated.

pub mod components;
pub mod i18n;
pub mod pages;

use crate::api::{get_session_info, Branding, SessionInfo};
use crate::domain::AppError;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: only the islands hydrate (each turns hydration on for itself while it
    // renders), so the data the page's server components load (their resources) is not
    // written into the page for a hydration that never happens. Leptos's
    // `HydrationScripts` does this for islands; the pages' own loader replaced it
    // (`IslandLoader`), and without this every page carried its data again as JSON.
    #[cfg(feature = "ssr")]
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    // The page's Content-Security-Policy must name this response's nonce, which Leptos
    // puts on the inline scripts it writes (the Wasm loader, resolved resources). The
    // security-headers middleware writes the header from the nonce left here.
    #[cfg(feature = "ssr")]
    if let Some(nonce) = leptos::nonce::use_nonce() {
        with_context::<http::request::Parts, _>(|parts| {
            if let Some(slot) = parts.extensions.get::<crate::server::middleware::PageNonce>() {
                slot.set(nonce.to_string());
            }
        });
    }
    // The flash of a failed plain form post (sealed cookie, read by the middleware): its
    // error for the form, its values for the fields; the error also goes into the page
    // for the islands, which hydrate with it. (A success may leave values alone: the
    // number of a password reset for the sign-in form.)
    // The page's language (the `lang` cookie, else the browser's `Accept-Language`): every
    // component below reads it (`i18n::t`).
    #[cfg(feature = "ssr")]
    let lang = {
        let lang = crate::api::words::request_lang();
        provide_context(lang);
        lang
    };
    #[cfg(not(feature = "ssr"))]
    let lang = crate::domain::lang::Lang::default();
    #[cfg(feature = "ssr")]
    let flash =
        with_context::<http::request::Parts, _>(|p| p.extensions.get::<crate::server::flash::Flash>().cloned()).flatten().map(|f| {
            let error = f.error.map(|e| crate::api::words::said(e, lang));
            let flash = components::fields::FormFlash { path: f.path, error, kept: f.kept };
            provide_context(flash.clone());
            flash
        });
    #[cfg(not(feature = "ssr"))]
    let flash: Option<components::fields::FormFlash> = None;
    // Only an error goes into the page: values are drawn by the server.
    let flash_meta = flash.filter(|f| f.error.is_some()).and_then(|f| leptos::serde_json::to_string(&f).ok());
    let nonce = leptos::nonce::use_nonce();
    // For the pages' island loader (`Islands`): where the Wasm is.
    provide_context(options.clone());
    let brand = Branding::current();
    let accent_css = brand.accent_css.clone();
    provide_context(brand);
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=if lang.rtl() { "rtl" } else { "ltr" }>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <meta name="phone-auth-build" content=crate::BUILD_CFG/>
                {flash_meta.map(|json| view! { <meta name="phone-auth-form-error" content=json/> })}
                <AutoReload options=options.clone()/>
                <MetaTags/>
                // The brand's accent colours (custom properties main.css reads).
                <style nonce=nonce.clone() inner_html=accent_css></style>
                // The person's time zone for the times the server writes, and the copy
                // buttons (`data-copy`: the recovery codes) (no Wasm: a few lines that run
                // on every page, islands or not).
                <script nonce=nonce inner_html=TIME_ZONE_SCRIPT></script>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// A page that draws islands says so with this (once, with the families of words its
/// islands use): it loads the Wasm and hydrates the islands, and puts their words in the
/// head ([`i18n::IslandWords`]). A page without it fetches no Wasm and no JS at all.
///
/// The islands are not split into per-island chunks (`#[island(lazy)]` with `cargo leptos
/// --split`): measured on 2026-12-06, every island needs most of the same framework code,
/// the split's start-up module keeps all static data, and chunks compress apart, so the
/// largest first load grew from 245 to 291 KB gzip (all islands lazy) or 270 KB (the four
/// code and profile islands lazy). README, "Performance", has the figures.
#[component]
pub fn Islands(words: &'static [&'static str]) -> impl IntoView {
    view! {
        <IslandLoader/>
        <i18n::IslandWords families=words/>
    }
}

/// Loads the Wasm and hydrates the page's islands (in place of Leptos's
/// `HydrationScripts`, whose unconditional `<link rel="preload">` made browsers with
/// JavaScript off download the Wasm for nothing). The hints ask for the module and the
/// Wasm only where scripts run (`media="(scripting: enabled)"`); the module script
/// starts both anyway. Once every island is hydrated, `<body data-hydrated="true">`
/// (tests wait for it; the style sheet swaps static texts for live ones on it). In the
/// head through leptos_meta, from the page's body.
#[component]
fn IslandLoader() -> impl IntoView {
    let options = expect_context::<LeptosOptions>();
    let (pkg, name) = (&options.site_pkg_dir, &options.output_name);
    let js = format!("/{pkg}/{name}.js");
    // Leptos names the Wasm `<name>_bg.wasm` unless the build set LEPTOS_OUTPUT_NAME
    // (./x and cargo-leptos do). File hashing (`hash-files`) is off in Leptos.toml.
    let bg = if option_env!("LEPTOS_OUTPUT_NAME").is_some() { "" } else { "_bg" };
    let wasm = format!("/{pkg}/{name}{bg}.wasm");
    let script = format!(
        "import({js:?}).then(async (m) => {{\
         await m.default({{ module_or_path: {wasm:?} }}); if (!m.hydrate()) {{ return; }}\
         for (const el of document.querySelectorAll('leptos-island')) {{\
         const island = m[el.dataset.component];\
         if (island) {{ await island(el); }} else {{ console.warn('phone-auth: no island ' + el.dataset.component); }} }}\
         document.body.dataset.hydrated = 'true'; }});"
    );
    // (leptos_meta's `Script` carries the response's nonce itself.)
    view! {
        <leptos_meta::Link rel="modulepreload" href=js media="(scripting: enabled)"/>
        <leptos_meta::Link rel="preload" href=wasm as_="fetch" type_="application/wasm" crossorigin="" media="(scripting: enabled)"/>
        <leptos_meta::Script type_="module">{script}</leptos_meta::Script>
    }
}

/// Tells the server the browser's time zone: the `tz` cookie (an IANA name, checked on
/// the server by `server/zone.rs`), set when it is missing or has changed. The first page
/// a browser ever loads is drawn before the cookie exists, in UTC, and says so. Then the
/// one click handler of the copy buttons: a `<button data-copy="...">` puts its text on
/// the clipboard and says "Copied" (the buttons are `when-live`: not shown without
/// scripts). As an island it cost 1.1 KB of Wasm gzip; here, under 200 bytes of HTML.
/// Last, `paSolve()`: the proof of work a send may need (SMS-pumping brakes): fetches a
/// challenge, solves it in a Web Worker (`/pow.js`, loaded only then) and leaves the
/// solution in the `pa_pow` cookie; the form's [`Submitter`](components::form::Submitter)
/// calls it and sends again.
const TIME_ZONE_SCRIPT: &str = "try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;\
if(z&&document.cookie.split('; ').indexOf('tz='+z)<0)document.cookie='tz='+z+'; path=/; max-age=31536000; samesite=lax'+\
(location.protocol==='https:'?'; secure':'')}catch(e){}\
document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-copy]');\
if(b&&navigator.clipboard)navigator.clipboard.writeText(b.dataset.copy).then(function(){b.textContent='Copied'})});\
window.paSolve=function(){return fetch('/pow/challenge',{cache:'no-store'}).then(function(r){return r.json()}).then(function(c){\
return new Promise(function(ok,ko){var w=new Worker('/pow.js');w.onerror=function(){w.terminate();ko()};w.onmessage=function(e){w.terminate();\
if(e.data===null)return ko();c.number=e.data;document.cookie='pa_pow='+btoa(JSON.stringify(c))+'; path=/; max-age=300; samesite=strict'+\
(location.protocol==='https:'?'; secure':'');ok()};w.postMessage(c)})})};";

/// The brand of the page being drawn (see [`Branding`]).
pub fn use_branding() -> Branding {
    use_context::<Branding>().unwrap_or_else(Branding::current)
}

/// The build cfg the server wrote into the page (see [`crate::BUILD_CFG`]).
#[cfg(feature = "hydrate")]
pub fn server_build_cfg() -> Option<String> {
    document().query_selector("meta[name=phone-auth-build]").ok().flatten()?.get_attribute("content")
}

/// A plain form post that failed comes back with its error in a sealed flash cookie,
/// which the server renders into the page (`<meta name="phone-auth-form-error">`); the
/// islands' forms find it here (in the root context every island descends from). The URL
/// is never read for it.
#[cfg(feature = "hydrate")]
pub fn provide_url_error() {
    let Some(json) = document().query_selector("meta[name=phone-auth-form-error]").ok().flatten().and_then(|m| m.get_attribute("content"))
    else {
        return;
    };
    if let Ok(flash) = leptos::serde_json::from_str::<components::fields::FormFlash>(&json) {
        provide_context(flash);
    }
}

/// The session as the server sees it, for the page being rendered.
#[derive(Clone, Copy)]
pub struct SessionCtx {
    pub info: Resource<Result<SessionInfo, AppError>>,
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let name = use_branding().app_name;
    view! {
        <Stylesheet id="leptos" href="/pkg/phone_auth.css"/>
        <Title formatter=move |text: String| page_title(&name, &text)/>
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

/// "Your profile · Acme", or the app's name alone for a page that gives no title.
fn page_title(name: &str, text: &str) -> String {
    if text.is_empty() {
        name.to_string()
    } else {
        format!("{text} · {name}")
    }
}

#[component]
fn SessionProvider(children: Children) -> impl IntoView {
    let info = Resource::new(|| (), |_| get_session_info());
    provide_context(SessionCtx { info });
    children()
}
