//! Route guards. The server renders a redirect (HTTP 302) when the page is not for this
//! visitor. Pages are drawn on the server only (islands, no client-side navigation), so
//! the check runs there alone.

use crate::api::{SessionInfo, Viewer};
use crate::domain::url::encode_component;
use crate::ui::components::fields::ErrorNotice;
use crate::ui::i18n::t;
use crate::ui::use_session;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Sign-up, sign-in: a signed-in visitor goes to /profile.
    SignedOut,
    /// /signin/code: signed out, or in its password step (code right, password
    /// outstanding, 2FA on).
    CodeSignIn,
    /// /verify: only a session whose phone is not verified yet.
    Pending,
    /// /profile and friends: signed in, else /signin?next=...
    SignedIn,
    /// /signin/2fa: only a half session (password right, code outstanding).
    TwoFactor,
}

/// Where a visitor who may not see the page goes instead.
pub fn redirect_for(need: Need, viewer: &Viewer, here: &str) -> Option<String> {
    match (need, viewer) {
        // A half session may go only to its own step (or sign out).
        (Need::TwoFactor, Viewer::TwoFactor) | (Need::CodeSignIn, Viewer::PasswordStep) => None,
        (_, Viewer::TwoFactor) => Some("/signin/2fa".into()),
        (_, Viewer::PasswordStep) => Some("/signin/code".into()),
        (Need::TwoFactor, Viewer::SignedIn(_)) => Some("/profile".into()),
        (Need::TwoFactor, _) => Some("/signin".into()),
        (Need::SignedOut | Need::CodeSignIn, Viewer::SignedIn(_)) => Some("/profile".into()),
        (Need::SignedOut | Need::CodeSignIn, _) => None,
        (Need::Pending, Viewer::Pending { .. }) => None,
        (Need::Pending, Viewer::SignedIn(_)) => Some("/profile".into()),
        (Need::Pending, _) => Some("/signin".into()),
        (Need::SignedIn, Viewer::SignedIn(_)) => None,
        (Need::SignedIn, Viewer::Pending { .. }) => Some("/verify".into()),
        (Need::SignedIn, _) => Some(format!("/signin?next={}", encode_component(here))),
    }
}

/// "to continue to <app>" under a sign-in page's heading, when the page serves an app's
/// sign-in request (see [`SessionInfo::continue_to`]).
#[component]
pub fn ContinueTo(info: SessionInfo) -> impl IntoView {
    info.continue_to.map(|app| view! { <p class="continue-to" id="continue-to">{t("guard-continue-to-before")}<strong>{app}</strong>{t("guard-continue-to-after")}</p> })
}

/// Renders `children` with the session info when the visitor may see the page.
#[component]
pub fn Guard<F, V>(need: Need, children: F) -> impl IntoView
where
    F: Fn(SessionInfo) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    let session = use_session();
    let location = use_location();
    let here = location.pathname.get_untracked();
    // The `Suspend` itself, not a function making one (see `Load`): drawn once.
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("guard-loading")}</p> }>
            {Suspend::new(async move {
                match session.info.await {
                    Err(e) => EitherOf3::A(view! { <ErrorNotice error=e/> }),
                    Ok(info) => match redirect_for(need, &info.viewer, &here) {
                        Some(path) => EitherOf3::B(view! { <Redirect path=path/> }),
                        None => EitherOf3::C(children(info)),
                    },
                }
            })}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::CurrentUser;

    fn signed_in() -> Viewer {
        Viewer::SignedIn(CurrentUser { phone: "+44".into(), name: None, phone_verified: true, two_factor: false, member_since: 0 })
    }

    #[test]
    fn guards_send_each_visitor_to_their_page() {
        assert_eq!(redirect_for(Need::SignedOut, &signed_in(), "/signin"), Some("/profile".into()));
        assert_eq!(redirect_for(Need::SignedOut, &Viewer::Anonymous, "/signin"), None);
        assert_eq!(redirect_for(Need::SignedIn, &Viewer::Anonymous, "/profile"), Some("/signin?next=%2Fprofile".into()));
        assert_eq!(redirect_for(Need::SignedIn, &Viewer::Pending { phone: "x".into() }, "/profile"), Some("/verify".into()));
        assert_eq!(redirect_for(Need::Pending, &Viewer::Anonymous, "/verify"), Some("/signin".into()));
        assert_eq!(redirect_for(Need::Pending, &signed_in(), "/verify"), Some("/profile".into()));
        assert_eq!(redirect_for(Need::SignedIn, &signed_in(), "/profile"), None);
        assert_eq!(redirect_for(Need::TwoFactor, &Viewer::TwoFactor, "/signin/2fa"), None);
        assert_eq!(redirect_for(Need::TwoFactor, &Viewer::Anonymous, "/signin/2fa"), Some("/signin".into()));
        assert_eq!(redirect_for(Need::TwoFactor, &signed_in(), "/signin/2fa"), Some("/profile".into()));
        for need in [Need::SignedOut, Need::CodeSignIn, Need::Pending, Need::SignedIn] {
            assert_eq!(redirect_for(need, &Viewer::TwoFactor, "/x"), Some("/signin/2fa".into()), "{need:?}");
        }
    }

    #[test]
    fn the_password_step_of_a_code_sign_in_is_its_only_page() {
        assert_eq!(redirect_for(Need::CodeSignIn, &Viewer::PasswordStep, "/signin/code"), None);
        for need in [Need::SignedOut, Need::Pending, Need::SignedIn, Need::TwoFactor] {
            assert_eq!(redirect_for(need, &Viewer::PasswordStep, "/x"), Some("/signin/code".into()), "{need:?}");
        }
        // The code sign-in page itself is for signed-out visitors as before.
        assert_eq!(redirect_for(Need::CodeSignIn, &Viewer::Anonymous, "/signin/code"), None);
        assert_eq!(redirect_for(Need::CodeSignIn, &signed_in(), "/signin/code"), Some("/profile".into()));
        assert_eq!(redirect_for(Need::CodeSignIn, &Viewer::TwoFactor, "/signin/code"), Some("/signin/2fa".into()));
    }
}
