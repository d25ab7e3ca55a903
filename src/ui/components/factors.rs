//! The forms of the second factors: the password step-ups of the profile's two-factor
//! section (turn it off, add or remove the authenticator app, new recovery codes), and
//! the code forms of the authenticator app and the recovery codes (at set-up and at the
//! second step). Each kind is one island with its words chosen by an enum: one copy of
//! the code in the Wasm for all of them.

use crate::api::{AddApp, ConfirmApp, DisableTwoFactor, NewRecoveryCodes, RemoveApp, VerifyTwoFactor};
use crate::domain::Field;
use crate::ui::components::fields::{FieldError, FormError, PasswordField};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// A change of the profile's two-factor section that asks for the current password.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum StepUp {
    TwoFactorOff,
    AddApp,
    RemoveApp,
    NewRecoveryCodes,
}

/// The form of a [`StepUp`]: the current password and one button. Ids: `<id>-form`,
/// `<id>-current`, `<id>-submit`.
#[island]
pub fn StepUpForm(action: StepUp) -> impl IntoView {
    let (path, form_id, field_id, submit_id, label, button) = match action {
        StepUp::TwoFactorOff => (
            DisableTwoFactor::url(),
            "disable-2fa-form",
            "disable-2fa-current",
            "disable-2fa-submit",
            "Current password (to turn it off)",
            "Turn off two-factor sign-in",
        ),
        StepUp::AddApp => {
            (AddApp::url(), "add-app-form", "add-app-current", "add-app-submit", "Current password", "Set up an authenticator app")
        }
        StepUp::RemoveApp => (
            RemoveApp::url(),
            "remove-app-form",
            "remove-app-current",
            "remove-app-submit",
            "Current password (to remove it)",
            "Remove the authenticator app",
        ),
        StepUp::NewRecoveryCodes => (
            NewRecoveryCodes::url(),
            "recovery-codes-form",
            "recovery-codes-current",
            "recovery-codes-submit",
            "Current password",
            "Make new recovery codes",
        ),
    };
    let form = Submitter::new(path);
    let error = form.error();
    view! {
        <EnhancedForm form=form id=form_id>
            <PasswordField id=field_id name="current" label=label autocomplete="current-password" field=Field::CurrentPassword error=error/>
            <SubmitButton form=form id=submit_id class="button secondary" label=button/>
        </EnhancedForm>
    }
}

/// A code typed from the authenticator app or the list of recovery codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FactorCode {
    /// The profile: the app's first code, which finishes its set-up.
    ConfirmApp,
    /// The second step with the app's code, then on to `next`.
    SignInApp { next: String, trust_days: u32 },
    /// The second step with a recovery code, then on to `next`.
    SignInRecovery { next: String, trust_days: u32 },
}

#[island]
pub fn FactorCodeForm(kind: FactorCode) -> impl IntoView {
    let (path, form_id, submit_id, button) = match &kind {
        FactorCode::ConfirmApp => (ConfirmApp::url(), "confirm-app-form", "confirm-app-submit", "Finish set-up"),
        FactorCode::SignInApp { .. } => (VerifyTwoFactor::url(), "app-code-form", "app-code-submit", "Sign in"),
        FactorCode::SignInRecovery { .. } => (VerifyTwoFactor::url(), "recovery-code-form", "recovery-code-submit", "Sign in"),
    };
    let recovery = matches!(kind, FactorCode::SignInRecovery { .. });
    // On the second-step page the field is the page's one task.
    let focus = kind != FactorCode::ConfirmApp;
    let (next, trust_days, method) = match kind {
        FactorCode::ConfirmApp => (None, None, None),
        FactorCode::SignInApp { next, trust_days } => (Some(next), Some(trust_days), Some("app")),
        FactorCode::SignInRecovery { next, trust_days } => (Some(next), Some(trust_days), Some("recovery")),
    };
    let form = Submitter::new(path);
    let error = form.error();
    let (label, hint) = if recovery {
        ("Recovery code", "10 letters and digits, like abcde-12345. Each code works once.")
    } else {
        ("6-digit code from your authenticator app", "The app shows a new code every 30 seconds.")
    };
    view! {
        <EnhancedForm form=form id=form_id>
            {method.map(|m| view! { <input type="hidden" name="method" value=m/> })}
            {next.filter(|n| !n.is_empty()).map(|next| view! { <input type="hidden" name="next" value=next/> })}
            <div class="field">
                <label for="factor-code">{label}</label>
                {if recovery {
                    view! {
                        <input id="factor-code" name="code" type="text" autocomplete="off" autocapitalize="none" spellcheck="false"
                            maxlength="16" required autofocus=focus aria-describedby="factor-code-hint factor-code-error"/>
                    }.into_any()
                } else {
                    view! {
                        <input id="factor-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                            pattern="[0-9 \\-]*" maxlength="9" required autofocus=focus aria-describedby="factor-code-hint factor-code-error"/>
                    }.into_any()
                }}
                <p class="hint" id="factor-code-hint">{hint}</p>
                <FieldError error=error field=Field::Code id="factor-code"/>
            </div>
            {trust_days.map(|days| view! {
                <div class="field check">
                    <input type="checkbox" id="trust" name="trust" value="on"/>
                    <label for="trust">{format!("Don't ask for a code on this browser for {days} days")}</label>
                </div>
            })}
            <FormError error=error/>
            <SubmitButton form=form id=submit_id label=button busy="Checking…"/>
        </EnhancedForm>
    }
}

/// "Copy the codes": only where scripts run (without them the button could do nothing,
/// so it is not there; the codes can be selected or downloaded).
#[island]
pub fn CopyCodes(text: String) -> impl IntoView {
    let live = RwSignal::new(false);
    let copied = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsValue;
            let navigator = js_sys::Reflect::get(&window(), &JsValue::from_str("navigator")).ok();
            let clipboard = navigator.and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok());
            let write = clipboard.as_ref().and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok());
            if let (Some(c), Some(f)) = (clipboard, write.and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())) {
                if f.call1(&c, &JsValue::from_str(&text)).is_ok() {
                    copied.set(true);
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &text;
    };
    view! {
        <Show when=move || live.get()>
            <button type="button" id="copy-codes" class="button secondary" on:click=copy.clone()>
                {move || if copied.get() { "Copied" } else { "Copy the codes" }}
            </button>
        </Show>
    }
}
