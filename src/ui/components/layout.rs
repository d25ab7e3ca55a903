//! Header and footer around every page.

use crate::api::{SignOut, Viewer};
use crate::ui::use_session;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    let session = use_session();
    let sign_out = ServerAction::<SignOut>::new();
    Effect::new(move |_| {
        if sign_out.version().get() > 0 {
            session.refresh();
        }
    });
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">"Phone Auth"</A>
            <nav aria-label="Account">
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match session.info.await.map(|i| i.viewer) {
                            Ok(Viewer::SignedIn(user)) => {
                                let who = user.name.clone().unwrap_or_else(|| user.phone.clone());
                                EitherOf3::A(view! {
                                    <span class="who" id="header-user">{who}</span>
                                    <A href="/profile" attr:id="nav-profile">"Profile"</A>
                                    <A href="/sessions" attr:id="nav-sessions">"Sessions"</A>
                                    <SignOutButton action=sign_out/>
                                })
                            }
                            Ok(Viewer::Pending { .. }) | Ok(Viewer::TwoFactor) => EitherOf3::B(view! {
                                <SignOutButton action=sign_out/>
                            }),
                            _ => EitherOf3::C(view! {
                                <A href="/signin">"Sign in"</A>
                                <A href="/signup" attr:class="button small">"Sign up"</A>
                            }),
                        }
                    })}
                </Suspense>
            </nav>
        </header>
    }
}

#[component]
fn SignOutButton(action: ServerAction<SignOut>) -> impl IntoView {
    view! {
        <ActionForm action=action attr:id="signout-form" attr:class="inline">
            <button type="submit" id="signout-submit" class="link-button" disabled=move || action.pending().get()>
                "Sign out"
            </button>
        </ActionForm>
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
