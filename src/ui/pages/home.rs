use crate::api::Viewer;
use crate::domain::time::month_year;
use crate::ui::components::fields::ErrorNotice;
use crate::ui::{use_branding, use_session};
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    view! {
        <Title text=""/>
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match session.info.await.map(|i| i.viewer) {
                    Ok(Viewer::SignedIn(user)) => EitherOf5::A(view! {
                        <section class="card">
                            <h1>"Welcome back" {user.name.clone().map(|n| format!(", {n}"))}</h1>
                            <p id="whoami">"You are signed in as " <strong dir="ltr">{user.phone.clone()}</strong>
                                {user.name.clone().map(|n| format!(" ({n})"))}"."</p>
                            <ul class="facts">
                                <li>"Phone number: " <span id="phone-state">{if user.phone_verified { "verified" } else { "not verified" }}</span></li>
                                <li>"Two-factor sign-in: " <span id="two-factor-state">{if user.two_factor { "on" } else { "off" }}</span></li>
                                <li>"Member since " {month_year(user.member_since)}</li>
                            </ul>
                            <p><a href="/profile" class="button">"Your profile"</a></p>
                        </section>
                    }),
                    Ok(Viewer::Pending { phone }) => EitherOf5::B(view! {
                        <section class="card">
                            <h1>"Almost there"</h1>
                            <p>"Confirm " <strong dir="ltr">{phone}</strong> " with the code we sent to finish signing up."</p>
                            <p><a href="/verify" class="button" id="verify-link">"Enter the code"</a></p>
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
            <h1 id="home-title">"Sign in with your phone number"</h1>
            <p class="lead">{name}" keeps your account safe with the phone you already carry: your account is your mobile "
                "number and a password, and a 6-digit code sent to that number proves it is yours."</p>
            <p class="actions">
                <a href="/signup" class="button" id="signup-link">"Create an account"</a>
                <a href="/signin" class="button secondary" id="signin-link">"Sign in"</a>
            </p>
        </section>
        <div class="explainers">
            <section class="card explainer" aria-labelledby="how-title">
                <h2 id="how-title">"How sign-up works"</h2>
                <ol class="steps">
                    <li>"Enter your mobile number and choose a password."</li>
                    <li>"We send a 6-digit code by text message, or read it out in a phone call if you prefer."</li>
                    <li>"Type the code within a few minutes. Your number is verified and you are signed in."</li>
                </ol>
            </section>
            <section class="card explainer" aria-labelledby="ways-title">
                <h2 id="ways-title">"Ways to sign in"</h2>
                <ul class="ticks">
                    <li>"Your number and your password."</li>
                    <li><a href="/signin/code" id="home-code-link">"A one-time code"</a>" sent to your number, no password needed."</li>
                    <li>"Both, with two-factor sign-in turned on in your profile."</li>
                    <li>"Forgot your password? " <a href="/reset-password" id="home-reset-link">"Reset it with a code"</a>"."</li>
                </ul>
            </section>
            <section class="card explainer" aria-labelledby="private-title">
                <h2 id="private-title">"Your number stays private"</h2>
                <p>"We never say whether a number has an account: every page answers the same for any number, "
                    "so nobody can use this site to find out if you are a member."</p>
                <p>"Each code works once, for a few minutes, and only for the step it was sent for."</p>
            </section>
        </div>
    }
}
