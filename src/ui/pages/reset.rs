use crate::api::{get_code_state, ResendCode, ResetPassword, RestartFlow, SendResetCode};
use crate::domain::Field;
use crate::ui::components::code::{CodeClock, CodeInput, CodeStatus, ResendForm};
use crate::ui::components::fields::ErrorNotice;
use crate::ui::components::fields::{error_of, FormError, PasswordField, PhoneFields};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// `/reset-password`: the phone number, then the code sent to it and a new password.
/// The answer to the first step is the same whether the number has an account or not.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let send = ServerAction::<SendResetCode>::new();
    let reset = ServerAction::<ResetPassword>::new();
    let resend = ServerAction::<ResendCode>::new();
    let restart = ServerAction::<RestartFlow>::new();
    let data = Resource::new(
        move || (send.version().get(), reset.version().get(), resend.version().get(), restart.version().get()),
        |_| get_code_state("reset-password".into()),
    );
    let send_error = error_of(send.value());
    let reset_error = error_of(reset.value());
    view! {
        <Title text="Reset your password · Phone Auth"/>
        <Guard need=Need::SignedOut children=move |info| view! {
            <section class="card">
                <h1>"Reset your password"</h1>
                <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                    {move || {
                        let country = info.default_country.clone();
                        Suspend::new(async move {
                            match data.await {
                                Ok(Some(state)) => {
                                    let clock = CodeClock::new(&state);
                                    EitherOf3::A(view! {
                                        <CodeStatus state=state clock=clock if_account=true/>
                                        <ActionForm action=reset attr:id="reset-form" attr:class="form">
                                            <FormError error=reset_error/>
                                            <CodeInput error=reset_error/>
                                            <PasswordField id="password" name="password" label="New password" autocomplete="new-password"
                                                field=Field::Password error=reset_error hint="At least 8 characters. Long phrases are good."/>
                                            <PasswordField id="confirm" name="confirm" label="Confirm new password" autocomplete="new-password"
                                                field=Field::Confirm error=reset_error/>
                                            <button type="submit" id="reset-submit" class="button"
                                                disabled=move || reset.pending().get() || clock.expired()>
                                                {move || if reset.pending().get() { "Saving…" } else { "Set new password" }}
                                            </button>
                                        </ActionForm>
                                        <ResendForm action=resend purpose="reset-password" clock=clock/>
                                        <ActionForm action=restart attr:id="restart-form" attr:class="inline">
                                            <input type="hidden" name="page" value="/reset-password"/>
                                            <button type="submit" class="link-button" id="restart-submit">"Use another number"</button>
                                        </ActionForm>
                                    })
                                }
                                Ok(None) => EitherOf3::B(view! {
                                    <p>"Enter the number of your account. We text you a code to set a new password."</p>
                                    <ActionForm action=send attr:id="send-reset-form" attr:class="form">
                                        <FormError error=send_error/>
                                        <PhoneFields default_country=country error=send_error/>
                                        <button type="submit" id="send-reset-submit" class="button" disabled=move || send.pending().get()>
                                            {move || if send.pending().get() { "Sending…" } else { "Send me a code" }}
                                        </button>
                                    </ActionForm>
                                }),
                                Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                            }
                        })
                    }}
                </Suspense>
                <p class="aside"><A href="/signin">"Back to sign in"</A></p>
            </section>
        }/>
    }
}
