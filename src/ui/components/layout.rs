//! Header and footer around every page (rendered on the server; no Wasm).

use crate::api::{SignOut, Viewer};
use crate::ui::components::fields::PostForm;
use crate::ui::use_session;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn Header() -> impl IntoView {
    let session = use_session();
    view! {
        <header class="site-header">
            <a href="/" class="brand">"Phone Auth"</a>
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
    view! {
        <footer class="site-footer">
            <p>"Phone Auth: self-hosted phone-number sign-in. Codes are never stored in the clear."</p>
        </footer>
    }
}
