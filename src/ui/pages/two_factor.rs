use crate::api::{get_code_state, ResendCode, SignOut, VerifyTwoFactor};
use crate::ui::components::code::{CodeClock, CodeInput, CodeStatus, ResendForm};
use crate::ui::components::fields::ErrorNotice;
use crate::ui::components::fields::{error_of, query_value, FormError};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/signin/2fa`: the second factor after a correct password, for accounts with
/// two-factor sign-in. Only a half session gets here; it can also give up (sign out).
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let verify = ServerAction::<VerifyTwoFactor>::new();
    let resend = ServerAction::<ResendCode>::new();
    let cancel = ServerAction::<SignOut>::new();
    let data = Resource::new(move || (verify.version().get(), resend.version().get()), |_| get_code_state("2fa".into()));
    let error = error_of(verify.value());
    let next = query_value("next");
    view! {
        <Title text="Two-factor sign-in · Phone Auth"/>
        <Guard need=Need::TwoFactor children=move |_info| {
            let next = next.clone();
            view! {
                <section class="card">
                    <h1>"One more step"</h1>
                    <p>"Your password was right. Two-factor sign-in is on for this account, so enter the code we sent to your phone too."</p>
                    <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                        {move || {
                            let next = next.clone();
                            Suspend::new(async move {
                                match data.await {
                                    Ok(Some(state)) => {
                                        let clock = CodeClock::new(&state);
                                        EitherOf3::A(view! {
                                            <CodeStatus state=state clock=clock/>
                                            <ActionForm action=verify attr:id="two-factor-form" attr:class="form">
                                                <FormError error=error/>
                                                <input type="hidden" name="next" value=next/>
                                                <CodeInput error=error/>
                                                <button type="submit" id="two-factor-submit" class="button"
                                                    disabled=move || verify.pending().get() || clock.expired()>
                                                    {move || if verify.pending().get() { "Checking…" } else { "Sign in" }}
                                                </button>
                                            </ActionForm>
                                            <ResendForm action=resend purpose="2fa" clock=clock/>
                                        })
                                    }
                                    Ok(None) => EitherOf3::B(view! {
                                        <p>"There is no sign-in waiting for a code. " <a href="/signin">"Sign in"</a>"."</p>
                                    }),
                                    Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                                }
                            })
                        }}
                    </Suspense>
                    <ActionForm action=cancel attr:id="two-factor-cancel" attr:class="inline">
                        <button type="submit" class="link-button">"Cancel and sign out"</button>
                    </ActionForm>
                </section>
            }
        }/>
    }
}
