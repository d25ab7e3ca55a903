use crate::api::Viewer;
use crate::domain::time::Wall;
use crate::ui::components::fields::ErrorNotice;
use crate::ui::i18n::{t, t_with, Arg};
use crate::ui::{use_branding, use_session};
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    view! {
        <Title text=""/>
        <Suspense fallback=|| view! { <p class="loading">{t("home-loading")}</p> }>
            // The `Suspend` itself, not a function making one (see `Load`): drawn once.
            {Suspend::new(async move {
                match session.info.await.map(|i| i.viewer) {
                    Ok(Viewer::SignedIn(user)) => EitherOf5::A(view! {
                        <section class="card">
                            <h1>{match &user.name {
                                Some(n) => t_with("home-welcome-back-name", &[("name", Arg::Text(n))]),
                                None => t("home-welcome-back"),
                            }}</h1>
                            <p id="whoami">{t("home-signed-in-as-before")}<strong dir="ltr">{user.phone.clone()}</strong>
                                {match &user.name {
                                    Some(n) => t_with("home-signed-in-as-after-name", &[("name", Arg::Text(n))]),
                                    None => t("home-signed-in-as-after"),
                                }}</p>
                            <ul class="facts">
                                <li>{t("home-fact-phone")}<span id="phone-state">{t(if user.phone_verified { "home-phone-verified" } else { "home-phone-not-verified" })}</span></li>
                                <li>{t("home-fact-two-factor")}<span id="two-factor-state">{t(if user.two_factor { "home-two-factor-on" } else { "home-two-factor-off" })}</span></li>
                                <li>{member_since(user.member_since)}</li>
                            </ul>
                            <p><a href="/profile" class="button">{t("home-profile")}</a></p>
                        </section>
                    }),
                    Ok(Viewer::Pending { phone }) => EitherOf5::B(view! {
                        <section class="card">
                            <h1>{t("home-pending-title")}</h1>
                            <p>{t("home-pending-before")}<strong dir="ltr">{phone}</strong>{t("home-pending-after")}</p>
                            <p><a href="/verify" class="button" id="verify-link">{t("home-pending-enter-code")}</a></p>
                        </section>
                    }),
                    // A half session belongs on the second-factor page, nowhere else.
                    Ok(Viewer::TwoFactor) => EitherOf5::E(view! { <leptos_router::components::Redirect path="/signin/2fa"/> }),
                    Ok(Viewer::PasswordStep) => EitherOf5::E(view! { <leptos_router::components::Redirect path="/signin/code"/> }),
                    Ok(Viewer::Anonymous) => EitherOf5::C(view! { <Welcome/> }),
                    Err(e) => EitherOf5::D(view! { <ErrorNotice error=e/> }),
                }
            })}
        </Suspense>
    }
}

/// The home page of a visitor who is not signed in: what the site is, how an account and
/// its codes work, and the ways in.
#[component]
fn Welcome() -> impl IntoView {
    let name = use_branding().app_name;
    view! {
        <section class="card hero" aria-labelledby="home-title">
            <h1 id="home-title">{t("home-title")}</h1>
            <p class="lead">{t_with("home-lead", &[("app", Arg::Text(&name))])}</p>
            <p class="actions">
                <a href="/signup" class="button" id="signup-link">{t("home-signup")}</a>
                <a href="/signin" class="button secondary" id="signin-link">{t("home-signin")}</a>
            </p>
        </section>
        <div class="explainers">
            <section class="card explainer" aria-labelledby="how-title">
                <h2 id="how-title">{t("home-how-title")}</h2>
                <ol class="steps">
                    <li>{t("home-how-step-1")}</li>
                    <li>{t("home-how-step-2")}</li>
                    <li>{t("home-how-step-3")}</li>
                </ol>
            </section>
            <section class="card explainer" aria-labelledby="ways-title">
                <h2 id="ways-title">{t("home-ways-title")}</h2>
                <ul class="ticks">
                    <li>{t("home-ways-password")}</li>
                    <li>{t("home-ways-code-before")}<a href="/signin/code" id="home-code-link">{t("home-ways-code-link")}</a>{t("home-ways-code-after")}</li>
                    <li>{t("home-ways-both")}</li>
                    <li>{t("home-ways-reset-before")}<a href="/reset-password" id="home-reset-link">{t("home-ways-reset-link")}</a>{t("home-ways-reset-after")}</li>
                </ul>
            </section>
            <section class="card explainer" aria-labelledby="private-title">
                <h2 id="private-title">{t("home-private-title")}</h2>
                <p>{t("home-private-never-say")}</p>
                <p>{t("home-private-once")}</p>
            </section>
        </div>
    }
}

/// "Member since March 2026", the month named in the page's language.
fn member_since(unix: i64) -> String {
    let wall = Wall::utc(unix);
    t_with("home-member-since", &[("month", Arg::Number(i64::from(wall.month))), ("year", Arg::Number(wall.year))])
}
