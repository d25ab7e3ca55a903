use crate::api::Viewer;
use crate::domain::time::date_time_utc;
use crate::ui::components::fields::ErrorNotice;
use crate::ui::use_session;
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    view! {
        <Title text="Phone Auth"/>
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match session.info.await.map(|i| i.viewer) {
                    Ok(Viewer::SignedIn(user)) => EitherOf5::A(view! {
                        <section class="card">
                            <h1>"Welcome back" {user.name.clone().map(|n| format!(", {n}"))}</h1>
                            <p id="whoami">"You are signed in as " <strong>{user.phone.clone()}</strong>
                                {user.name.clone().map(|n| format!(" ({n})"))}"."</p>
                            <ul class="facts">
                                <li>"Phone number: " <span id="phone-state">{if user.phone_verified { "verified" } else { "not verified" }}</span></li>
                                <li>"Two-factor sign-in: " <span id="two-factor-state">{if user.two_factor { "on" } else { "off" }}</span></li>
                                <li>"Member since " {date_time_utc(user.member_since)}</li>
                            </ul>
                            <p><a href="/profile" class="button">"Your profile"</a></p>
                        </section>
                    }),
                    Ok(Viewer::Pending { phone }) => EitherOf5::B(view! {
                        <section class="card">
                            <h1>"Almost there"</h1>
                            <p>"Confirm " <strong>{phone}</strong> " with the code we sent to finish signing up."</p>
                            <p><a href="/verify" class="button" id="verify-link">"Enter the code"</a></p>
                        </section>
                    }),
                    // A half session belongs on the second-factor page, nowhere else.
                    Ok(Viewer::TwoFactor) => EitherOf5::E(view! { <leptos_router::components::Redirect path="/signin/2fa"/> }),
                    Ok(Viewer::PasswordStep) => EitherOf5::E(view! { <leptos_router::components::Redirect path="/signin/code"/> }),
                    Ok(Viewer::Anonymous) => EitherOf5::C(view! {
                        <section class="card hero">
                            <h1>"Sign in with your phone"</h1>
                            <p>"Create an account with your phone number and a password. We text you a code to prove the number is yours."</p>
                            <p class="actions">
                                <a href="/signup" class="button" id="signup-link">"Create an account"</a>
                                <a href="/signin" class="button secondary" id="signin-link">"Sign in"</a>
                            </p>
                        </section>
                    }),
                    Err(e) => EitherOf5::D(view! { <ErrorNotice error=e/> }),
                }
            })}
        </Suspense>
    }
}
