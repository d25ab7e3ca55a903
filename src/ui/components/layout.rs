//! Header and footer around every page (rendered on the server; no Wasm).

use crate::api::{SetLanguage, SignOut, Viewer};
use crate::domain::lang::Lang;
use crate::ui::components::fields::PostForm;
use crate::ui::i18n::{self, t, t_with, Arg};
use crate::ui::{use_branding, use_session};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn Header() -> impl IntoView {
    let session = use_session();
    let brand = use_branding();
    // With a logo, the image carries the name for screen readers and the text beside it
    // is for the eye only (read once, not twice).
    let logo = brand.logo_url.clone().map(|src| view! { <img class="brand-logo" src=src alt=brand.app_name.clone() height="32"/> });
    let has_logo = logo.is_some();
    view! {
        <header class="site-header">
            <a href="/" class="brand" id="brand">
                {logo}
                <span class="brand-name" aria-hidden=has_logo.then_some("true")>{brand.app_name.clone()}</span>
            </a>
            <LanguageMenu id="header-language"/>
            <nav aria-label=t("nav-account")>
                // The `Suspend` itself, not a function making one (see `Load`): drawn once.
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        match session.info.await.map(|i| i.viewer) {
                            Ok(Viewer::SignedIn(user)) => {
                                let who = user.name.clone().unwrap_or_else(|| user.phone.clone());
                                // A menu that needs no script: <details> opens and closes itself.
                                EitherOf3::A(view! {
                                    <details class="menu" id="account-menu">
                                        <summary><span class="who" id="header-user" dir="auto">{who}</span></summary>
                                        <div class="menu-items">
                                            <a href="/profile" id="nav-profile">{t("nav-profile")}</a>
                                            <a href="/sessions" id="nav-sessions">{t("nav-sessions")}</a>
                                            <SignOutButton/>
                                        </div>
                                    </details>
                                })
                            }
                            Ok(Viewer::Pending { .. }) | Ok(Viewer::TwoFactor) | Ok(Viewer::PasswordStep) => EitherOf3::B(view! { <SignOutButton/> }),
                            _ => EitherOf3::C(view! {
                                <a href="/signin">{t("nav-sign-in")}</a>
                                <a href="/signup" class="button small">{t("nav-sign-up")}</a>
                            }),
                        }
                    })}
                </Suspense>
            </nav>
        </header>
    }
}

#[component]
fn SignOutButton() -> impl IntoView {
    view! {
        <PostForm path=SignOut::url() id="signout-form" class="inline">
            <button type="submit" id="signout-submit" class="link-button">{t("nav-sign-out")}</button>
        </PostForm>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let name = use_branding().app_name;
    view! {
        <footer class="site-footer">
            <p>{t_with("footer-purpose", &[("app", Arg::Text(&name))])}</p>
            <LanguageMenu id="footer-language"/>
        </footer>
    }
}

/// The language menu: a plain form (no script needed) with one button per language, each
/// written in its own language. Choosing one stores it (cookie, and the account when
/// signed in) and comes back to this page.
#[component]
fn LanguageMenu(id: &'static str) -> impl IntoView {
    let current = i18n::lang();
    let back = current_path();
    view! {
        <details class="menu language-menu" id=id>
            <summary>
                <span aria-hidden="true" class="globe">"🌐"</span>
                <span class="visually-hidden">{t("language-menu")}": "</span>
                <span lang=current.tag()>{current.name()}</span>
            </summary>
            <form method="post" action=SetLanguage::url() class="menu-items">
                <input type="hidden" name="back" value=back/>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <button name="lang" value=l.tag() lang=l.tag() aria-current=(l == current).then_some("true")>
                                {l.name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
        </details>
    }
}

/// The page being drawn, where the language menu comes back to: its path, and of its
/// query only `next` (where a sign-in goes on to). Nothing else a link carries is put in
/// the page.
fn current_path() -> String {
    #[cfg(feature = "ssr")]
    if let Some(path) = with_context::<http::request::Parts, _>(|parts| parts.uri.path().to_string()) {
        let next = crate::ui::components::fields::query_value("next");
        return if next.is_empty() {
            path
        } else {
            format!("{path}?{}", url::form_urlencoded::Serializer::new(String::new()).append_pair("next", &next).finish())
        };
    }
    "/".into()
}
