use crate::api::{get_code_state, ResendCode, RestartFlow, SendSignInCode, SignInWithCode};
use crate::ui::components::code::{CodeClock, CodeInput, CodeStatus, ResendForm};
use crate::ui::components::fields::ErrorNotice;
use crate::ui::components::fields::{error_of, query_value, FormError, PhoneFields};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// `/signin/code`: passwordless sign-in. First the phone number; then the code sent to it
/// (if it has an account: the page looks the same either way).
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let send = ServerAction::<SendSignInCode>::new();
    let check = ServerAction::<SignInWithCode>::new();
    let resend = ServerAction::<ResendCode>::new();
    let restart = ServerAction::<RestartFlow>::new();
    let data = Resource::new(
        move || (send.version().get(), check.version().get(), resend.version().get(), restart.version().get()),
        |_| get_code_state("sign-in".into()),
    );
    let send_error = error_of(send.value());
    let check_error = error_of(check.value());
    let next = query_value("next");
    view! {
        <Title text="Sign in with a code · Phone Auth"/>
        <Guard need=Need::SignedOut children=move |info| {
            let next = next.clone();
            view! {
                <section class="card">
                    <h1>"Sign in with a code"</h1>
                    <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                        {move || {
                            let next = next.clone();
                            let country = info.default_country.clone();
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Some(state)) => {
                                        let clock = CodeClock::new(&state);
                                        EitherOf3::A(view! {
                                            <CodeStatus state=state clock=clock if_account=true/>
                                            <ActionForm action=check attr:id="signin-code-form" attr:class="form">
                                                <FormError error=check_error/>
                                                <input type="hidden" name="next" value=next/>
                                                <CodeInput error=check_error/>
                                                <button type="submit" id="signin-code-submit" class="button"
                                                    disabled=move || check.pending().get() || clock.expired()>
                                                    {move || if check.pending().get() { "Checking…" } else { "Sign in" }}
                                                </button>
                                            </ActionForm>
                                            <ResendForm action=resend purpose="sign-in" clock=clock/>
                                            <ActionForm action=restart attr:id="restart-form" attr:class="inline">
                                                <input type="hidden" name="page" value="/signin/code"/>
                                                <button type="submit" class="link-button" id="restart-submit">"Use another number"</button>
                                            </ActionForm>
                                        })
                                    }
                                    Ok(None) => EitherOf3::B(view! {
                                        <p>"We text a 6-digit code to your number. No password needed."</p>
                                        <ActionForm action=send attr:id="send-code-form" attr:class="form">
                                            <FormError error=send_error/>
                                            <PhoneFields default_country=country error=send_error/>
                                            <button type="submit" id="send-code-submit" class="button" disabled=move || send.pending().get()>
                                                {move || if send.pending().get() { "Sending…" } else { "Send me a code" }}
                                            </button>
                                        </ActionForm>
                                    }),
                                    Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                                }
                            })
                        }}
                    </Suspense>
                    <p class="aside"><A href="/signin">"Sign in with your password"</A> " · " <A href="/signup">"Create an account"</A></p>
                </section>
            }
        }/>
    }
}
