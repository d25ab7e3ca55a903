//! Every "enter the code" step is one island: the code's state with its live countdown,
//! the form that checks the code, and the resend form with its own cooldown and the
//! SMS/voice choice. A resend answers with the new code's state, so the countdown starts
//! over in place.

use crate::api::{
    CodeState, ConfirmPhoneChange, ResendCode, ResetPassword, SendResetCode, SendSignInCode, SignInWithCode, VerifyPhone, VerifyTwoFactor,
};
use crate::domain::code::CodeNow;
use crate::domain::{AppError, Field};
use crate::ui::components::countdown::{seconds_left, use_server_clock, Countdown};
use crate::ui::components::fields::{ErrorSignal, FieldError, PasswordField};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use crate::ui::i18n::{error_text, t, t_with, Arg};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// Which code a page asks for, and what checking it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CodeStep {
    /// `/verify`: the new account's number, then on to `next` (or the profile).
    Verify { next: String },
    /// `/signin/code`: passwordless sign-in, then on to `next`.
    SignIn { next: String },
    /// `/signin/2fa`: the second factor, then on to `next`; the form offers to trust the
    /// browser (`trust_label`: the box's words, drawn by the server in the page's language
    /// with the number of days and its plural form).
    TwoFactor { next: String, trust_label: String },
    /// `/reset-password`: the code and a new password.
    Reset,
    /// `/profile`: the code sent to the new number; `focus` when the change was just
    /// started (the code field then takes the focus).
    ChangePhone { focus: bool },
}

impl CodeStep {
    fn purpose(&self) -> &'static str {
        match self {
            CodeStep::Verify { .. } => "verify-phone",
            CodeStep::SignIn { .. } => "sign-in",
            CodeStep::TwoFactor { .. } => "2fa",
            CodeStep::Reset => "reset-password",
            CodeStep::ChangePhone { .. } => "change-phone",
        }
    }

    /// The code field takes the focus when the page loads: on every page that is only
    /// this step (the profile's phone change decides for itself).
    fn focus_on_load(&self) -> bool {
        match self {
            CodeStep::ChangePhone { focus } => *focus,
            _ => true,
        }
    }

    /// Pages that tell the code's delivery (the server sends it only for these): a
    /// person already known, where it cannot tell whether a number has an account.
    fn tells_delivery(&self) -> bool {
        matches!(self, CodeStep::TwoFactor { .. } | CodeStep::ChangePhone { .. })
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
    /// What the last answer of the code form said about the code (expired, out of tries,
    /// gone), until a new code comes.
    told: RwSignal<Option<CodeNow>>,
}

impl CodeClock {
    /// What the code is doing now: the server's word, the countdown reaching zero in the
    /// browser, or what checking it just found out.
    fn code_now(&self) -> CodeNow {
        if let Some(told) = self.told.get() {
            return told;
        }
        let (now, expires) = self.state.with(|s| (s.now, s.expires_at_ms));
        match (now, expires) {
            (CodeNow::Live, Some(e)) if self.live.get() && seconds_left(e, self.now.get()) == 0 => CodeNow::Expired,
            _ => now,
        }
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

/// What an answer of the code form says about the code itself (not about the guess).
fn code_now_of(error: &AppError) -> Option<CodeNow> {
    match error.plain() {
        AppError::CodeExpired => Some(CodeNow::Expired),
        AppError::TooManyTries => Some(CodeNow::Spent),
        AppError::NoActiveCode => Some(CodeNow::Missing),
        _ => None,
    }
}

/// One code step: the form for `step`, then one status block that tells what the code is
/// doing (sent at, expires in, expired, out of tries, none) with the resend control and
/// its answers beside it. The code field takes the focus when the page loads (see
/// [`CodeStep::focus_on_load`]).
#[island]
pub fn CodeEntry(step: CodeStep, state: CodeState) -> impl IntoView {
    let (now, live) = use_server_clock(state.server_now_ms);
    let state = RwSignal::new(state);
    let told = RwSignal::new(None);
    let clock = CodeClock { now, live, state, told };
    let resend = Submitter::new(ResendCode::url());
    Effect::new(move |_| {
        if resend.successes() > 0 {
            if let Some(Some(fresh)) = resend.answer::<Option<CodeState>>() {
                told.set(None);
                state.set(fresh);
            }
        }
    });
    let purpose = step.purpose();
    let if_account = step.if_account();
    let focus = step.focus_on_load();
    let voice = state.get_untracked().voice;
    if step.tells_delivery() {
        watch_delivery(purpose, state);
    }
    view! {
        <CodeForm step=step clock=clock focus=focus/>
        <div class="code-status" id="code-status" data-state=move || clock.code_now().key()>
            <CodeStatus clock=clock if_account=if_account/>
            <ResendForm form=resend purpose=purpose clock=clock voice=voice/>
        </div>
    }
}

/// How often, and for how long at most, the page asks whether a message on its way has
/// arrived (every 3 s for 5 minutes: a code's whole life).
#[cfg(feature = "hydrate")]
const DELIVERY_POLL_MS: u32 = 3_000;
#[cfg(feature = "hydrate")]
const DELIVERY_POLLS: u32 = 100;

/// While the code is live and its message on its way (queued or sent), asks the server
/// every few seconds where it is: the provider's receipt may have come. (A timer and a
/// plain `fetch` of the code-state server function: its typed client would add a
/// decoder and an encoder to the Wasm.)
fn watch_delivery(purpose: &'static str, state: RwSignal<CodeState>) {
    #[cfg(feature = "hydrate")]
    {
        use crate::domain::delivery::DeliveryState;
        use leptos::server_fn::ServerFn;
        let polls = StoredValue::new_local(0u32);
        let asking = StoredValue::new_local(false);
        let interval = gloo_timers::callback::Interval::new(DELIVERY_POLL_MS, move || {
            let on_its_way = state
                .try_with_untracked(|s| s.now == CodeNow::Live && matches!(s.delivery, Some(DeliveryState::Queued | DeliveryState::Sent)));
            let (Some(true), Some(n), Some(false)) = (on_its_way, polls.try_get_value(), asking.try_get_value()) else { return };
            if n >= DELIVERY_POLLS {
                return;
            }
            polls.set_value(n + 1);
            asking.set_value(true);
            leptos::task::spawn_local(async move {
                let body = format!("purpose={purpose}");
                if let Some(Some(fresh)) =
                    crate::ui::components::form::fetch_json::<Option<CodeState>>(crate::api::GetCodeState::PATH, &body).await
                {
                    if fresh.delivery != state.with_untracked(|s| s.delivery) {
                        state.update(|s| {
                            s.delivery = fresh.delivery;
                            s.delivered_at = fresh.delivered_at;
                        });
                    }
                }
                asking.set_value(false);
            });
        });
        // The page's island lives as long as the page: the timer with it.
        std::mem::forget(interval);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (purpose, state);
}

/// Whether the code's message could not be delivered (the voice call is then offered first).
fn undelivered(clock: CodeClock) -> bool {
    clock.state.with(|s| s.delivery.is_some_and(|d| d.is_failure()))
}

/// The one sentence about the code, and while it is live its countdown (with the expiry
/// as a clock time for pages without JavaScript). One template whose words change with
/// the state (not one view per state: each costs Wasm).
#[component]
fn CodeStatus(clock: CodeClock, if_account: bool) -> impl IntoView {
    let words = move || clock.state.with(|s| sentence(clock.code_now(), if_account, s.sent_at.as_deref()));
    let live = move || clock.code_now() == CodeNow::Live;
    let expires_at_ms = Signal::derive(move || if live() { clock.state.with(|s| s.expires_at_ms.unwrap_or(0)) } else { 0 });
    let expires_at = move || if live() { clock.state.with(|s| s.expires_at.clone()) } else { None };
    view! {
        <p class="code-sentence" role="status">
            <span id=move || words().0>
                {move || words().1}
                <strong id="code-phone" dir="ltr">{move || clock.state.with(|s| s.phone.clone())}</strong>
                {move || words().2}
            </span>
        </p>
        <p class="expiry" id="code-expiry" hidden=move || expires_at().is_none()>
            <span class="when-live">
                {t("live-code-expires-in-before")}
                <Countdown expires_at_ms=expires_at_ms now=clock.now/>
                {format!("{} ", t("live-code-expires-in-after"))}
            </span>
            <span id="code-expires-at" class="muted when-static">
                {move || expires_at().map(|at| t_with("live-code-expires-at", &[("time", Arg::Text(&at))])).unwrap_or_default()}
            </span>
        </p>
        <p class="delivery" id="code-delivery" role="status" data-delivery=move || clock.state.with(|s| s.delivery.map(|d| d.as_str()))>
            {move || delivery_sentence(clock)}
        </p>
    }
}

/// What the provider's receipts say of the code's message, in a sentence (empty while
/// it is on its way, or when nothing will be told).
fn delivery_sentence(clock: CodeClock) -> String {
    use crate::domain::delivery::DeliveryState;
    clock.state.with(|s| match (s.delivery, &s.delivered_at) {
        (Some(DeliveryState::Delivered), Some(at)) => t_with("live-code-delivered-at", &[("time", Arg::Text(at))]),
        (Some(DeliveryState::Delivered), None) => t("live-code-delivered"),
        (Some(d), _) if d.is_failure() && s.voice => t("live-code-undelivered-voice"),
        (Some(d), _) if d.is_failure() => t("live-code-undelivered"),
        _ => String::new(),
    })
}

/// The status sentence of a code page: its element id, and the words before and after
/// the number (`live-code-<state>-before` and `-after`, or `-after-at` with the time the
/// code was sent).
fn sentence(now: CodeNow, if_account: bool, sent_at: Option<&str>) -> (&'static str, String, String) {
    let after = |key: &str, key_at: &str| match sent_at {
        Some(at) => t_with(key_at, &[("time", Arg::Text(at))]),
        None => t(key),
    };
    match now {
        CodeNow::Live if if_account => {
            ("code-live", t("live-code-live-account-before"), after("live-code-live-account-after", "live-code-live-account-after-at"))
        }
        CodeNow::Live => ("code-live", t("live-code-live-before"), after("live-code-live-after", "live-code-live-after-at")),
        CodeNow::Expired => ("code-expired", t("live-code-expired-before"), after("live-code-expired-after", "live-code-expired-after-at")),
        CodeNow::Spent => ("code-spent", t("live-code-spent-before"), t("live-code-spent-after")),
        CodeNow::Missing => ("no-code", t("live-code-missing-before"), t("live-code-missing-after")),
    }
}

/// The labelled code input, with its error beside it: six cells drawn by the style sheet
/// over one field when scripts run (a plain field without). In the browser a pasted code
/// loses its spaces and dashes, and with `auto_submit` the form is sent as soon as all
/// the digits are in; a browser that reads the code from the SMS fills it in (WebOTP,
/// [`webotp`](crate::ui::components::webotp)). Errors about the code itself (expired, out of tries) are the status
/// block's to tell, not the field's.
#[component]
fn CodeInput(error: ErrorSignal, #[prop(optional)] auto_submit: bool, #[prop(optional)] focus: bool) -> impl IntoView {
    let on_input = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok()) else { return };
            let value = input.value();
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if digits != value && digits.len() <= crate::domain::code::CODE_LEN {
                input.set_value(&digits);
            }
            if digits.len() == crate::domain::code::CODE_LEN && auto_submit {
                if let Some(form) = input.form() {
                    let _ = form.request_submit();
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, auto_submit);
    };
    let guess_error: ErrorSignal = Signal::derive(move || error.get().filter(|e| code_now_of(e).is_none()));
    let input = NodeRef::new();
    crate::ui::components::webotp::fill_from_sms(input, auto_submit);
    view! {
        <div class="field">
            <label for="code">{t("live-code-label")}</label>
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                pattern="[0-9 \\-]*" maxlength="9" required class="code-input" dir="ltr" aria-describedby="code-error"
                autofocus=focus on:input=on_input node_ref=input/>
            <FieldError error=guess_error field=Field::Code id="code"/>
        </div>
    }
}

/// The form that checks the code of `step`. Only the password reset asks for more than
/// the code; every other one sends itself at the sixth digit. Its button is off while the
/// request runs or once the code no longer works.
#[component]
fn CodeForm(step: CodeStep, clock: CodeClock, focus: bool) -> impl IntoView {
    let (path, id, submit_id, label) = match &step {
        CodeStep::Verify { .. } => (VerifyPhone::url(), "verify-form", "verify-submit", "live-code-verify"),
        CodeStep::SignIn { .. } => (SignInWithCode::url(), "signin-code-form", "signin-code-submit", "live-code-sign-in"),
        CodeStep::TwoFactor { .. } => (VerifyTwoFactor::url(), "two-factor-form", "two-factor-submit", "live-code-sign-in"),
        CodeStep::Reset => (ResetPassword::url(), "reset-form", "reset-submit", "live-code-set-password"),
        CodeStep::ChangePhone { .. } => {
            (ConfirmPhoneChange::url(), "confirm-phone-form", "confirm-phone-submit", "live-code-change-number")
        }
    };
    let reset = step == CodeStep::Reset;
    let trust_label = match &step {
        CodeStep::TwoFactor { trust_label, .. } => Some(trust_label.clone()),
        _ => None,
    };
    let next = match step {
        CodeStep::Verify { next } | CodeStep::SignIn { next } | CodeStep::TwoFactor { next, .. } => Some(next),
        _ => None,
    };
    let form = Submitter::new(path);
    let error = form.error();
    // The code form's answer about the code moves the status block.
    Effect::new(move |_| {
        if let Some(now) = error.get().as_ref().and_then(code_now_of) {
            clock.told.set(Some(now));
        }
    });
    view! {
        <EnhancedForm form=form id=id>
            {next.map(|next| view! { <input type="hidden" name="next" value=next/> })}
            // Before the code field: the form sends itself at the sixth digit.
            {trust_label.map(|words| view! {
                <div class="field check">
                    <input type="checkbox" id="trust" name="trust" value="on"/>
                    <label for="trust">{words}</label>
                </div>
            })}
            <CodeInput error=error auto_submit=!reset focus=focus/>
            {reset.then(|| view! {
                <PasswordField id="password" name="password" label=t("live-code-new-password") autocomplete="new-password"
                    field=Field::Password error=error hint=t("live-code-password-hint")/>
                <PasswordField id="confirm" name="confirm" label=t("live-code-confirm-password") autocomplete="new-password"
                    field=Field::Confirm error=error/>
            })}
            <SubmitButton form=form id=submit_id label=t(label) busy=t(if reset { "live-code-saving" } else { "live-code-checking" })
                blocked=Signal::derive(move || clock.live.get() && clock.code_now() != CodeNow::Live)/>
        </EnhancedForm>
    }
}

/// The resend control inside the status block: SMS or voice call, a button that counts
/// its cooldown down, and its answers (a new code is on its way, too early, a limit)
/// right under it.
#[component]
fn ResendForm(form: Submitter, purpose: &'static str, clock: CodeClock, voice: bool) -> impl IntoView {
    let error = form.error();
    let blocked = move || form.pending() || clock.cooldown() > 0;
    let resent = move || form.successes() > 0 && error.get().is_none();
    let wait_until = clock.state.get_untracked().resend_at;
    let (new_code_in, send_new) = (t("live-code-new-code-in"), t("live-code-send-new"));
    view! {
        <form id="resend-form" class="form resend" method="post" action=form.path on:submit=form.on_submit()>
            <input type="hidden" name="purpose" value=purpose/>
            {if voice {
                Either::Left(view! {
                    <fieldset class="channel">
                        <legend>{t("live-code-resend-by")}</legend>
                        <label><input type="radio" id="channel-sms" name="channel" value="sms"
                            checked=!undelivered(clock) prop:checked=move || !undelivered(clock)/>{format!(" {}", t("live-code-by-sms"))}</label>
                        <label><input type="radio" id="channel-voice" name="channel" value="voice"
                            checked=undelivered(clock) prop:checked=move || undelivered(clock)/>{format!(" {}", t("live-code-by-voice"))}</label>
                    </fieldset>
                })
            } else {
                Either::Right(view! { <input type="hidden" id="channel-sms" name="channel" value="sms"/> })
            }}
            <div class="resend-row">
                <button type="submit" id="resend-submit" disabled=blocked
                    class=move || if undelivered(clock) { "button" } else { "button secondary" }>
                    {move || if clock.cooldown() > 0 { new_code_in.clone() } else { send_new.clone() }}
                    <span id="resend-cooldown" hidden=move || clock.cooldown() == 0>
                        {move || { let c = clock.cooldown(); format!("{}:{:02}", c / 60, c % 60) }}
                    </span>
                </button>
                {wait_until.map(|at| view! {
                    <span class="hint when-static" id="resend-wait">{t_with("live-code-resend-from", &[("time", Arg::Text(&at))])}</span>
                })}
            </div>
            <p class="form-error" data-testid="form-error" role="alert" id="resend-error" hidden=move || error.with(Option::is_none)>
                {move || error.get().map(|e| error_text(&e))}
            </p>
            <p class="notice ok" role="status" id="resent" hidden=move || !resent()>{t("live-code-resent")}</p>
        </form>
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

/// `next`: where passwordless sign-in goes once it is done (the sign-in page's `next`,
/// such as an OpenID authorization request), carried to the code page; empty for none.
#[island]
pub fn FlowStartForm(kind: FlowStart, prefill: PhonePrefill, next: String) -> impl IntoView {
    let (path, id, submit_id) = match kind {
        FlowStart::SignIn => (SendSignInCode::url(), "send-code-form", "send-code-submit"),
        FlowStart::Reset => (SendResetCode::url(), "send-reset-form", "send-reset-submit"),
    };
    let form = Submitter::new(path);
    let error = form.error();
    view! {
        <EnhancedForm form=form id=id>
            {(!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next/> })}
            <PhoneFields prefill=prefill error=error/>
            <SubmitButton form=form id=submit_id label=t("live-code-send-me") busy=t("live-code-sending")/>
        </EnhancedForm>
    }
}

#[cfg(test)]
mod tests {
    use super::{sentence, CodeNow};

    /// The status sentence of each state, with the number between its two parts.
    #[test]
    fn one_sentence_per_state() {
        let read = |now, if_account, at| {
            let (id, before, after) = sentence(now, if_account, at);
            (id, format!("{before}+44 7400 123456{after}"))
        };
        assert_eq!(
            read(CodeNow::Live, true, Some("14:05")),
            ("code-live", "If +44 7400 123456 has an account, we sent it a 6-digit code at 14:05.".into())
        );
        assert_eq!(read(CodeNow::Live, false, None), ("code-live", "We sent a 6-digit code to +44 7400 123456.".into()));
        assert_eq!(
            read(CodeNow::Expired, false, Some("14:05")),
            ("code-expired", "The code for +44 7400 123456, sent at 14:05, has expired. Ask for a new one.".into())
        );
        assert_eq!(
            read(CodeNow::Expired, true, None),
            ("code-expired", "The code for +44 7400 123456 has expired. Ask for a new one.".into())
        );
        assert_eq!(
            read(CodeNow::Spent, false, Some("14:05")),
            (
                "code-spent",
                "The code for +44 7400 123456 was entered wrongly too many times and no longer works. Ask for a new one.".into()
            )
        );
        assert_eq!(read(CodeNow::Missing, true, None), ("no-code", "No code is waiting for +44 7400 123456. Ask for a new one.".into()));
    }
}
