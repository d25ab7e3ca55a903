//! Every "enter the code" step is one island: the code's state with its live countdown,
//! the form that checks the code, and the resend form with its own cooldown and the
//! SMS/voice choice. A resend answers with the new code's state, so the countdown starts
//! over in place.

use crate::api::{
    CodeState, ConfirmPhoneChange, ResendCode, ResetPassword, SendResetCode, SendSignInCode, SignInWithCode, VerifyPhone, VerifyTwoFactor,
};
use crate::domain::time::clock_utc;
use crate::domain::Field;
use crate::ui::components::countdown::{seconds_left, use_server_clock, Countdown};
use crate::ui::components::fields::{ErrorSignal, FieldError, PasswordField};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// Which code a page asks for, and what checking it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CodeStep {
    /// `/verify`: the new account's number.
    Verify,
    /// `/signin/code`: passwordless sign-in, then on to `next`.
    SignIn { next: String },
    /// `/signin/2fa`: the second factor, then on to `next`.
    TwoFactor { next: String },
    /// `/reset-password`: the code and a new password.
    Reset,
    /// `/profile`: the code sent to the new number.
    ChangePhone,
}

impl CodeStep {
    fn purpose(&self) -> &'static str {
        match self {
            CodeStep::Verify => "verify-phone",
            CodeStep::SignIn { .. } => "sign-in",
            CodeStep::TwoFactor { .. } => "2fa",
            CodeStep::Reset => "reset-password",
            CodeStep::ChangePhone => "change-phone",
        }
    }

    /// Signed-out flows cannot say whether the number has an account.
    fn if_account(&self) -> bool {
        matches!(self, CodeStep::SignIn { .. } | CodeStep::Reset)
    }
}

/// The ticking clock of one code step, over the code's (changing) state.
#[derive(Clone, Copy)]
struct CodeClock {
    now: ReadSignal<i64>,
    /// True once the island runs in the browser (the countdowns tick only then).
    live: ReadSignal<bool>,
    state: RwSignal<CodeState>,
}

impl CodeClock {
    /// The code has run out (or there is none), as seen in the browser. Without
    /// JavaScript the static expiry time says it instead.
    fn expired(&self) -> bool {
        self.live.get() && self.state.with(|s| s.expires_at_ms).is_none_or(|e| seconds_left(e, self.now.get()) == 0)
    }

    /// Seconds until a resend is allowed (0 without JavaScript: the server decides).
    fn cooldown(&self) -> i64 {
        if self.live.get() {
            seconds_left(self.state.with(|s| s.resend_at_ms), self.now.get())
        } else {
            0
        }
    }
}

/// One code step: status and countdown, the form for `step`, the resend form.
#[island]
pub fn CodeEntry(step: CodeStep, state: CodeState) -> impl IntoView {
    let (now, live) = use_server_clock(state.server_now_ms);
    let state = RwSignal::new(state);
    let clock = CodeClock { now, live, state };
    let resend = Submitter::new(ResendCode::url());
    Effect::new(move |_| {
        if resend.successes() > 0 {
            if let Some(Some(fresh)) = resend.answer::<Option<CodeState>>() {
                state.set(fresh);
            }
        }
    });
    let purpose = step.purpose();
    let if_account = step.if_account();
    let voice = state.get_untracked().voice;
    view! {
        <CodeStatus clock=clock if_account=if_account/>
        <CodeForm step=step clock=clock/>
        <ResendForm form=resend purpose=purpose clock=clock voice=voice/>
    }
}

/// "We sent a code to …", the countdown to its expiry (with the expiry time for pages
/// without JavaScript), and the expired notice.
#[component]
fn CodeStatus(clock: CodeClock, if_account: bool) -> impl IntoView {
    let phone = view! { <strong id="code-phone">{clock.state.get_untracked().phone}</strong> };
    view! {
        {if if_account {
            Either::Left(view! { <p>"If " {phone} " has an account, we sent it a 6-digit code."</p> })
        } else {
            Either::Right(view! { <p>"We sent a 6-digit code to " {phone} "."</p> })
        }}
        {move || match clock.state.with(|s| s.expires_at_ms) {
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
        <Show when=move || clock.expired()>
            <p class="notice warn" id="code-expired" role="status">"The code has expired. Request a new one."</p>
        </Show>
    }
}

/// The labelled code input, with its error beside it. In the browser a pasted code loses
/// its spaces and dashes, and with `auto_submit` the form is sent as soon as all the
/// digits are in.
#[component]
fn CodeInput(error: ErrorSignal, #[prop(optional)] auto_submit: bool) -> impl IntoView {
    let on_input = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok()) else { return };
            let value = input.value();
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() == crate::domain::code::CODE_LEN {
                if digits != value {
                    input.set_value(&digits);
                }
                if auto_submit {
                    if let Some(form) = input.form() {
                        let _ = form.request_submit();
                    }
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, auto_submit);
    };
    view! {
        <div class="field">
            <label for="code">"Code"</label>
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                pattern="[0-9 \\-]*" maxlength="9" required class="code-input" aria-describedby="code-error"
                on:input=on_input/>
            <FieldError error=error field=Field::Code id="code"/>
        </div>
    }
}

/// The form that checks the code of `step`. Only the password reset asks for more than
/// the code; every other one sends itself at the sixth digit. Its button is off while the
/// request runs or once the code has expired.
#[component]
fn CodeForm(step: CodeStep, clock: CodeClock) -> impl IntoView {
    let (path, id, submit_id, label) = match &step {
        CodeStep::Verify => (VerifyPhone::url(), "verify-form", "verify-submit", "Verify"),
        CodeStep::SignIn { .. } => (SignInWithCode::url(), "signin-code-form", "signin-code-submit", "Sign in"),
        CodeStep::TwoFactor { .. } => (VerifyTwoFactor::url(), "two-factor-form", "two-factor-submit", "Sign in"),
        CodeStep::Reset => (ResetPassword::url(), "reset-form", "reset-submit", "Set new password"),
        CodeStep::ChangePhone => (ConfirmPhoneChange::url(), "confirm-phone-form", "confirm-phone-submit", "Change my number"),
    };
    let reset = step == CodeStep::Reset;
    let next = match step {
        CodeStep::SignIn { next } | CodeStep::TwoFactor { next } => Some(next),
        _ => None,
    };
    let form = Submitter::new(path);
    let error = form.error();
    view! {
        <EnhancedForm form=form id=id>
            {next.map(|next| view! { <input type="hidden" name="next" value=next/> })}
            <CodeInput error=error auto_submit=!reset/>
            {reset.then(|| view! {
                <PasswordField id="password" name="password" label="New password" autocomplete="new-password"
                    field=Field::Password error=error hint="At least 8 characters. Long phrases are good."/>
                <PasswordField id="confirm" name="confirm" label="Confirm new password" autocomplete="new-password"
                    field=Field::Confirm error=error/>
            })}
            <SubmitButton form=form id=submit_id label=label busy=if reset { "Saving…" } else { "Checking…" }
                blocked=Signal::derive(move || clock.expired())/>
        </EnhancedForm>
    }
}

/// The resend form: SMS or voice call, and a button that counts its cooldown down.
#[component]
fn ResendForm(form: Submitter, purpose: &'static str, clock: CodeClock, voice: bool) -> impl IntoView {
    let error = form.error();
    let blocked = move || form.pending() || clock.cooldown() > 0;
    let resent = move || form.successes() > 0 && error.get().is_none();
    view! {
        <EnhancedForm form=form id="resend-form" class="form resend">
            <input type="hidden" name="purpose" value=purpose/>
            {if voice {
                Either::Left(view! {
                    <fieldset class="channel">
                        <legend>"Didn't get it? Send a new code by"</legend>
                        <label><input type="radio" id="channel-sms" name="channel" value="sms" checked/>" text message"</label>
                        <label><input type="radio" id="channel-voice" name="channel" value="voice"/>" voice call"</label>
                    </fieldset>
                })
            } else {
                Either::Right(view! {
                    <p class="hint">"Didn't get it? Ask for a new code by text message."</p>
                    <input type="hidden" id="channel-sms" name="channel" value="sms"/>
                })
            }}
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
        </EnhancedForm>
    }
}

/// The first step of a signed-out code flow: the phone number to send the code to.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum FlowStart {
    /// `/signin/code`
    SignIn,
    /// `/reset-password`
    Reset,
}

#[island]
pub fn FlowStartForm(kind: FlowStart, prefill: PhonePrefill) -> impl IntoView {
    let (path, id, submit_id) = match kind {
        FlowStart::SignIn => (SendSignInCode::url(), "send-code-form", "send-code-submit"),
        FlowStart::Reset => (SendResetCode::url(), "send-reset-form", "send-reset-submit"),
    };
    let form = Submitter::new(path);
    let error = form.error();
    view! {
        <EnhancedForm form=form id=id>
            <PhoneFields prefill=prefill error=error/>
            <SubmitButton form=form id=submit_id label="Send me a code" busy="Sending…"/>
        </EnhancedForm>
    }
}
