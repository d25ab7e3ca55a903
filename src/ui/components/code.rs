//! The pieces of every "enter the code" page: the code's state with its live countdown,
//! the code field, and the resend form with its own cooldown and the SMS/voice choice.

use crate::api::{CodeState, ResendCode};
use crate::domain::time::clock_utc;
use crate::domain::Field;
use crate::ui::components::countdown::{seconds_left, use_server_clock, Countdown};
use crate::ui::components::fields::{error_of, ErrorSignal, FieldError, FormError};
use leptos::either::Either;
use leptos::prelude::*;

/// The ticking clock of one code page.
#[derive(Clone, Copy)]
pub struct CodeClock {
    pub now: ReadSignal<i64>,
    /// True once the page runs in the browser (the countdowns tick only then).
    pub live: ReadSignal<bool>,
    expires_at_ms: Option<i64>,
    resend_at_ms: i64,
}

impl CodeClock {
    pub fn new(state: &CodeState) -> Self {
        let (now, live) = use_server_clock(state.server_now_ms);
        CodeClock { now, live, expires_at_ms: state.expires_at_ms, resend_at_ms: state.resend_at_ms }
    }

    /// The code has run out (or there is none), as seen in the browser. Without
    /// JavaScript the static expiry time says it instead.
    pub fn expired(&self) -> bool {
        self.live.get() && self.expires_at_ms.is_none_or(|e| seconds_left(e, self.now.get()) == 0)
    }

    /// Seconds until a resend is allowed (0 without JavaScript: the server decides).
    pub fn cooldown(&self) -> i64 {
        if self.live.get() {
            seconds_left(self.resend_at_ms, self.now.get())
        } else {
            0
        }
    }
}

/// "We sent a code to …", the countdown to its expiry (with the expiry time for pages
/// without JavaScript), and the expired notice.
#[component]
pub fn CodeStatus(
    state: CodeState,
    clock: CodeClock,
    /// Signed-out flows cannot say whether the number has an account.
    #[prop(optional)]
    if_account: bool,
) -> impl IntoView {
    let expired = move || clock.expired();
    let phone = view! { <strong id="code-phone">{state.phone.clone()}</strong> };
    view! {
        {if if_account {
            Either::Left(view! { <p>"If " {phone} " has an account, we sent it a 6-digit code."</p> })
        } else {
            Either::Right(view! { <p>"We sent a 6-digit code to " {phone} "."</p> })
        }}
        {match state.expires_at_ms {
            Some(e) => Either::Left(view! {
                <p class="expiry">
                    "The code expires in " <Countdown expires_at_ms=e now=clock.now/>
                    <br/><span id="code-expires-at" class="muted">{format!("Expires at {}", clock_utc(e / 1000))}</span>
                </p>
            }),
            None => Either::Right(view! {
                <p class="notice" id="no-code">"There is no usable code right now. Request a new one below."</p>
            }),
        }}
        <Show when=expired>
            <p class="notice warn" id="code-expired" role="status">"The code has expired. Request a new one."</p>
        </Show>
    }
}

/// The labelled code input, with its error beside it.
#[component]
pub fn CodeInput(error: ErrorSignal) -> impl IntoView {
    view! {
        <div class="field">
            <label for="code">"Code"</label>
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                pattern="[0-9 \\-]*" maxlength="9" required class="code-input" aria-describedby="code-error"/>
            <FieldError error=error field=Field::Code id="code"/>
        </div>
    }
}

/// The resend form: SMS or voice call, and a button that counts its cooldown down.
#[component]
pub fn ResendForm(action: ServerAction<ResendCode>, purpose: &'static str, clock: CodeClock) -> impl IntoView {
    let error = error_of(action.value());
    let blocked = move || action.pending().get() || clock.cooldown() > 0;
    let resent = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <ActionForm action=action attr:id="resend-form" attr:class="form resend">
            <FormError error=error/>
            <input type="hidden" name="purpose" value=purpose/>
            <fieldset class="channel">
                <legend>"Didn't get it? Send a new code by"</legend>
                <label><input type="radio" id="channel-sms" name="channel" value="sms" checked/>" text message"</label>
                <label><input type="radio" id="channel-voice" name="channel" value="voice"/>" voice call"</label>
            </fieldset>
            <button type="submit" id="resend-submit" class="button secondary" disabled=blocked>
                {move || {
                    let c = clock.cooldown();
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
