use crate::api::{get_verify_page, ResendCode, VerifyPage as VerifyData, VerifyPhone};
use crate::domain::time::clock_utc;
use crate::domain::Field;
use crate::ui::components::countdown::{seconds_left, use_server_clock, Countdown};
use crate::ui::components::fields::{error_of, FieldError, FormError};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn VerifyPage() -> impl IntoView {
    let verify = ServerAction::<VerifyPhone>::new();
    let resend = ServerAction::<ResendCode>::new();
    let data = Resource::new(move || (verify.version().get(), resend.version().get()), |_| get_verify_page());
    view! {
        <Title text="Enter your code · Phone Auth"/>
        <Guard need=Need::Pending children=move |_info| view! {
            <section class="card">
                <h1>"Enter your code"</h1>
                <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(Some(page)) => EitherOf3::A(view! { <VerifyForms page=page verify=verify resend=resend/> }),
                            Ok(None) => EitherOf3::B(view! {
                                <p>"There is nothing to verify. " <a href="/signin">"Sign in"</a>"."</p>
                            }),
                            Err(e) => EitherOf3::C(view! { <p class="form-error" role="alert">{e.to_string()}</p> }),
                        }
                    })}
                </Suspense>
            </section>
        }/>
    }
}

#[component]
fn VerifyForms(page: VerifyData, verify: ServerAction<VerifyPhone>, resend: ServerAction<ResendCode>) -> impl IntoView {
    let (now, live) = use_server_clock(page.server_now_ms);
    let expires_at = page.expires_at_ms;
    let expired = move || expires_at.is_none_or(|e| seconds_left(e, now.get()) == 0);
    // Shown only once the browser runs the page: without JavaScript the static time says it.
    let expired_live = move || live.get() && expired();
    let resend_at = page.resend_at_ms;
    let cooldown = move || if live.get() { seconds_left(resend_at, now.get()) } else { 0 };
    let verify_error = error_of(verify.value());
    let resend_error = error_of(resend.value());
    let verify_blocked = move || verify.pending().get() || expired_live();
    let resend_blocked = move || resend.pending().get() || cooldown() > 0;
    let resent = move || matches!(resend.value().get(), Some(Ok(())));

    view! {
        <p>"We sent a 6-digit code to " <strong id="verify-phone">{page.phone.clone()}</strong>"."</p>
        {match expires_at {
            Some(e) => Either::Left(view! {
                <p class="expiry">
                    "The code expires in " <Countdown expires_at_ms=e now=now/>
                    <br/><span id="code-expires-at" class="muted">{format!("Expires at {}", clock_utc(e / 1000))}</span>
                </p>
            }),
            None => Either::Right(view! {
                <p class="notice" id="no-code">"There is no usable code right now. Request a new one below."</p>
            }),
        }}
        <Show when=expired_live>
            <p class="notice warn" id="code-expired" role="status">"The code has expired. Request a new one."</p>
        </Show>
        <ActionForm action=verify attr:id="verify-form" attr:class="form">
            <FormError error=verify_error/>
            <div class="field">
                <label for="code">"Code"</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                    pattern="[0-9 ]*" maxlength="9" required class="code-input" aria-describedby="code-error"/>
                <FieldError error=verify_error field=Field::Code id="code"/>
            </div>
            <button type="submit" id="verify-submit" class="button"
                disabled=verify_blocked>
                {move || if verify.pending().get() { "Checking…" } else { "Verify" }}
            </button>
        </ActionForm>
        <ActionForm action=resend attr:id="resend-form" attr:class="form resend">
            <FormError error=resend_error/>
            <fieldset class="channel">
                <legend>"Didn't get it? Send a new code by"</legend>
                <label><input type="radio" id="channel-sms" name="channel" value="sms" checked/>" text message"</label>
                <label><input type="radio" id="channel-voice" name="channel" value="voice"/>" voice call"</label>
            </fieldset>
            <button type="submit" id="resend-submit" class="button secondary"
                disabled=resend_blocked>
                {move || {
                    let c = cooldown();
                    if c > 0 {
                        Either::Left(view! { "Resend in " <span id="resend-cooldown">{format!("{}:{:02}", c / 60, c % 60)}</span> })
                    } else {
                        Either::Right(view! { "Resend code" })
                    }
                }}
            </button>
            <Show when=resent>
                <p class="notice ok" role="status" id="resent">"A new code is on its way."</p>
            </Show>
        </ActionForm>
    }
}
