//! Header and footer around every page (rendered on the server; no Wasm).

use crate::api::{SignOut, Viewer};
use crate::ui::components::fields::PostForm;
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
            <nav aria-label="Account">
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match session.info.await.map(|i| i.viewer) {
                            Ok(Viewer::SignedIn(user)) => {
                                let who = user.name.clone().unwrap_or_else(|| user.phone.clone());
                                // A menu that needs no script: <details> opens and closes itself.
                                EitherOf3::A(view! {
                                    <details class="menu" id="account-menu">
                                        <summary><span class="who" id="header-user">{who}</span></summary>
                                        <div class="menu-items">
                                            <a href="/profile" id="nav-profile">"Profile"</a>
                                            <a href="/sessions" id="nav-sessions">"Sessions"</a>
                                            <SignOutButton/>
                                        </div>
                                    </details>
                                })
                            }
                            Ok(Viewer::Pending { .. }) | Ok(Viewer::TwoFactor) | Ok(Viewer::PasswordStep) => EitherOf3::B(view! { <SignOutButton/> }),
                            _ => EitherOf3::C(view! {
                                <a href="/signin">"Sign in"</a>
                                <a href="/signup" class="button small">"Sign up"</a>
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
            <button type="submit" id="signout-submit" class="link-button">"Sign out"</button>
        </PostForm>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let name = use_branding().app_name;
    view! {
        <footer class="site-footer">
            <p>{format!("{name} uses your phone number only to sign you in and to tell you about changes to your account.")}</p>
        </footer>
    }
}
