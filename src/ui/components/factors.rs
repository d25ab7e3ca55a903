//! The forms of the second factors: the password step-ups of the profile's two-factor
//! section (turn it off, add or remove the authenticator app, new recovery codes), and
//! the code forms of the authenticator app and the recovery codes (at set-up and at the
//! second step). They are plain forms drawn on the server, not islands: each posts and
//! the page comes back with the outcome (an error beside its field, from the flash), the
//! same with scripts or without, and they cost the Wasm nothing. Only the copy button
//! needs scripts.

use crate::api::{AddApp, ConfirmApp, DisableTwoFactor, NewRecoveryCodes, RemoveApp, VerifyTwoFactor};
use crate::domain::{AppError, Field};
use crate::ui::components::fields::{url_error, FieldError, FormError, PasswordField};
use crate::ui::i18n::{t, t_with, Arg};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The error a plain post to `path` came back with (the flash), as the field components
/// take it.
fn flash_error(path: &'static str) -> Signal<Option<AppError>> {
    Signal::stored(url_error(path))
}

/// A change of the profile's two-factor section that asks for the current password.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StepUp {
    TwoFactorOff,
    AddApp,
    RemoveApp,
    NewRecoveryCodes,
}

/// The form of a [`StepUp`]: the current password and one button. Ids: `<id>-form`,
/// `<id>-current`, `<id>-submit`.
#[component]
pub fn StepUpForm(action: StepUp) -> impl IntoView {
    let (path, form_id, field_id, submit_id, label, button) = match action {
        StepUp::TwoFactorOff => (
            DisableTwoFactor::url(),
            "disable-2fa-form",
            "disable-2fa-current",
            "disable-2fa-submit",
            "factors-current-password-off",
            "factors-turn-off",
        ),
        StepUp::AddApp => {
            (AddApp::url(), "add-app-form", "add-app-current", "add-app-submit", "factors-current-password", "factors-add-app")
        }
        StepUp::RemoveApp => (
            RemoveApp::url(),
            "remove-app-form",
            "remove-app-current",
            "remove-app-submit",
            "factors-current-password-remove",
            "factors-remove-app",
        ),
        StepUp::NewRecoveryCodes => (
            NewRecoveryCodes::url(),
            "recovery-codes-form",
            "recovery-codes-current",
            "recovery-codes-submit",
            "factors-current-password",
            "factors-new-recovery-codes",
        ),
    };
    let error = flash_error(path);
    view! {
        <form method="post" action=path id=form_id class="form">
            <FormError error=error/>
            <PasswordField id=field_id name="current" label=t(label) autocomplete="current-password" field=Field::CurrentPassword error=error/>
            <button type="submit" id=submit_id class="button secondary">{t(button)}</button>
        </form>
    }
}

/// Which code a [`FactorCodeForm`] asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FactorCode {
    /// The profile: the app's first code, which finishes its set-up.
    ConfirmApp,
    /// The second step with the app's code.
    App,
    /// The second step with a recovery code.
    Recovery,
}

/// A code typed from the authenticator app or the list of recovery codes; at the second
/// step (`App`, `Recovery`) then on to `next`, with the box to trust the browser for
/// `trust_days`.
#[component]
pub fn FactorCodeForm(kind: FactorCode, #[prop(optional)] next: String, #[prop(optional)] trust_days: u32) -> impl IntoView {
    let (path, form_id, submit_id, button, method) = match kind {
        FactorCode::ConfirmApp => (ConfirmApp::url(), "confirm-app-form", "confirm-app-submit", "factors-finish-set-up", None),
        FactorCode::App => (VerifyTwoFactor::url(), "app-code-form", "app-code-submit", "factors-sign-in", Some("app")),
        FactorCode::Recovery => (VerifyTwoFactor::url(), "recovery-code-form", "recovery-code-submit", "factors-sign-in", Some("recovery")),
    };
    let recovery = kind == FactorCode::Recovery;
    let second_step = kind != FactorCode::ConfirmApp;
    let error = flash_error(path);
    let invalid = error.with_untracked(|e| e.as_ref().is_some_and(|e| e.field() == Some(Field::Code)));
    let (label, hint) =
        if recovery { ("factors-recovery-code", "factors-recovery-code-hint") } else { ("factors-app-code", "factors-app-code-hint") };
    view! {
        <form method="post" action=path id=form_id class="form">
            {method.map(|m| view! { <input type="hidden" name="method" value=m/> })}
            {(!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next/> })}
            <div class="field">
                <label for="factor-code">{t(label)}</label>
                // On the second-step page the field is the page's one task (the focus).
                <input id="factor-code" name="code" type="text" required autofocus=second_step
                    inputmode=(!recovery).then_some("numeric")
                    autocomplete=if recovery { "off" } else { "one-time-code" }
                    autocapitalize=recovery.then_some("none") spellcheck=recovery.then_some("false")
                    pattern=(!recovery).then_some("[0-9 \\-]*") maxlength=if recovery { "16" } else { "9" }
                    aria-invalid=invalid.then_some("true") aria-describedby="factor-code-hint factor-code-error"/>
                <p class="hint" id="factor-code-hint">{t(hint)}</p>
                <FieldError error=error field=Field::Code id="factor-code"/>
            </div>
            {second_step.then(|| view! {
                <div class="field check">
                    <input type="checkbox" id="trust" name="trust" value="on"/>
                    <label for="trust">{trust_label(trust_days)}</label>
                </div>
            })}
            <FormError error=error/>
            <button type="submit" id=submit_id class="button">{t(button)}</button>
        </form>
    }
}

/// The words of the box that trusts this browser at the second step for `days` (also
/// handed to the SMS code's island, which has no plural forms of its own).
pub fn trust_label(days: u32) -> String {
    t_with("factors-trust-browser", &[("days", Arg::Number(i64::from(days)))])
}

/// "Copy the codes": the shell's click handler copies `data-copy` (see `ui/mod.rs`);
/// shown only where scripts run (`when-live`).
#[component]
pub fn CopyCodes(text: String) -> impl IntoView {
    view! { <button type="button" id="copy-codes" class="button secondary when-live" data-copy=text>{t("factors-copy-codes")}</button> }
}
