use crate::api::{get_code_state, ResendCode, VerifyPhone};
use crate::ui::components::code::{CodeClock, CodeInput, CodeStatus, ResendForm};
use crate::ui::components::fields::ErrorNotice;
use crate::ui::components::fields::{error_of, FormError};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/verify`: the code sent to the number of a new (or not yet verified) account.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let verify = ServerAction::<VerifyPhone>::new();
    let resend = ServerAction::<ResendCode>::new();
    let data = Resource::new(move || (verify.version().get(), resend.version().get()), |_| get_code_state("verify-phone".into()));
    let error = error_of(verify.value());
    view! {
        <Title text="Enter your code · Phone Auth"/>
        <Guard need=Need::Pending children=move |_info| view! {
            <section class="card">
                <h1>"Enter your code"</h1>
                <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(Some(state)) => {
                                let clock = CodeClock::new(&state);
                                EitherOf3::A(view! {
                                    <CodeStatus state=state clock=clock/>
                                    <ActionForm action=verify attr:id="verify-form" attr:class="form">
                                        <FormError error=error/>
                                        <CodeInput error=error/>
                                        <button type="submit" id="verify-submit" class="button"
                                            disabled=move || verify.pending().get() || clock.expired()>
                                            {move || if verify.pending().get() { "Checking…" } else { "Verify" }}
                                        </button>
                                    </ActionForm>
                                    <ResendForm action=resend purpose="verify-phone" clock=clock/>
                                })
                            }
                            Ok(None) => EitherOf3::B(view! {
                                <p>"There is nothing to verify. " <a href="/signin">"Sign in"</a>"."</p>
                            }),
                            Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                        }
                    })}
                </Suspense>
            </section>
        }/>
    }
}
