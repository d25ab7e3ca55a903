//! Passkeys in the browser: one island for the three ceremonies (add one on the profile,
//! sign in with one, the second step with one). It asks the server for the options
//! (`passkey-options`, a form of its own: the password step-up of adding one travels
//! with it), hands them to the WebAuthn API (`PublicKeyCredential.parse*OptionsFromJSON`,
//! `navigator.credentials.create/get`, `toJSON`: no JavaScript of ours), then posts the
//! answer with a hidden form to the server function that checks it, which answers as
//! every form does (a redirect, or the error beside the form). On the sign-in page it
//! also offers the site's passkeys in the phone field's autofill (conditional
//! mediation), stopped when the page is left or the button asks instead.
//!
//! Without scripts, or in a browser without these APIs, none of it is shown (`when-live`,
//! and the island hides itself): the page's other ways in remain.

use crate::api::{AddPasskey, GetPasskeyOptions, PasskeySignIn, VerifyTwoFactor};
use crate::ui::components::fields::url_error;
use crate::ui::i18n::{error_text, t};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// Which ceremony a [`PasskeyForm`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum PasskeyKind {
    /// The profile: add a passkey (after the password), with a name.
    Register,
    /// The sign-in page: sign in with a passkey (and the autofill offer).
    SignIn,
    /// The second step of a two-factor sign-in.
    SecondStep,
}

#[island]
pub fn PasskeyForm(kind: PasskeyKind, next: String) -> impl IntoView {
    let (finish_path, form_id, submit_id, label) = match kind {
        PasskeyKind::Register => (AddPasskey::url(), "add-passkey", "add-passkey-submit", t("live-passkey-add")),
        PasskeyKind::SignIn => (PasskeySignIn::url(), "passkey-signin", "passkey-signin-submit", t("live-passkey-sign-in")),
        PasskeyKind::SecondStep => (VerifyTwoFactor::url(), "passkey-2fa", "passkey-2fa-submit", t("live-passkey-use")),
    };
    let purpose = match kind {
        PasskeyKind::Register => "register",
        PasskeyKind::SignIn => "sign-in",
        PasskeyKind::SecondStep => "2fa",
    };
    let register = kind == PasskeyKind::Register;
    // The space between two words of a label: none in Chinese.
    let gap = if crate::ui::i18n::lang() == crate::domain::lang::Lang::ZhCn { "" } else { " " };
    // What the options, the browser's side (cancelled) or, after the page came back, the
    // check said: one line.
    let problem = RwSignal::new(url_error(finish_path));
    let busy = RwSignal::new(false);
    let ceremony_input = NodeRef::<leptos::html::Input>::new();
    let answer_input = NodeRef::<leptos::html::Input>::new();
    let password_input = NodeRef::<leptos::html::Input>::new();
    let options_form = NodeRef::<leptos::html::Form>::new();
    let supported = RwSignal::new(true);

    #[cfg(feature = "hydrate")]
    let start = {
        let running = browser::Ceremony::default();
        let leaving = running.clone();
        // Leaving the page stops a ceremony under way (the autofill offer above all).
        let _ = window_event_listener(leptos::ev::pagehide, move |_| leaving.abort());
        move |conditional: bool| {
            let Some(form) = options_form.get_untracked() else { return };
            let running = running.clone();
            leptos::task::spawn_local(async move {
                // The autofill offer waits in the background: the button stays usable.
                if !conditional {
                    busy.set(true);
                    problem.set(None);
                }
                let outcome = running.run(&form, register, conditional).await;
                if !conditional {
                    busy.set(false);
                }
                match outcome {
                    Ok((ceremony, answer)) => {
                        if let (Some(c), Some(a)) = (ceremony_input.get_untracked(), answer_input.get_untracked()) {
                            c.set_value(&ceremony);
                            a.set_value(&answer);
                            // The same form, now a plain post of the answer to the server
                            // function that checks it: it answers as any form's (on, or
                            // back here with the error). The password went with the
                            // options; it is not sent again.
                            if let Some(p) = password_input.get_untracked() {
                                p.set_value("");
                            }
                            form.set_action(finish_path);
                            let _ = form.submit();
                        }
                    }
                    Err(browser::Failed::Quiet) => {}
                    Err(browser::Failed::Said(e)) => problem.set(Some(e)),
                }
            });
        }
    };
    #[cfg(feature = "hydrate")]
    {
        // Without the WebAuthn JSON API there is nothing to offer.
        if !browser::supported() {
            supported.set(false);
        } else if kind == PasskeyKind::SignIn {
            // The autofill offer: asked for once the browser says it can show it.
            let start = start.clone();
            leptos::task::spawn_local(async move {
                if browser::conditional_available().await {
                    start(true);
                }
            });
        }
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        start(false);
    };
    view! {
        <div class="passkey when-live" hidden=move || !supported.get()>
            <form method="post" action=GetPasskeyOptions::url() id=form_id class="form" on:submit=on_submit node_ref=options_form>
                <input type="hidden" name="purpose" value=purpose/>
                <input type="hidden" name="ceremony" node_ref=ceremony_input/>
                // The answer goes where the checking server function reads it.
                <input type="hidden" name=if kind == PasskeyKind::SecondStep { "code" } else { "credential" } node_ref=answer_input/>
                {(kind == PasskeyKind::SecondStep).then(|| view! { <input type="hidden" name="method" value="passkey"/> })}
                {(!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next/> })}
                {register.then(|| view! {
                    <div class="field">
                        <label for="passkey-name">{t("live-passkey-name-it")} {gap} <span class="optional">{t("live-passkey-optional")}</span></label>
                        <input id="passkey-name" name="name" type="text" maxlength="64" placeholder=t("live-passkey-name-placeholder")/>
                    </div>
                    <div class="field">
                        <label for="add-passkey-current">{t("live-passkey-current-password")}</label>
                        <input id="add-passkey-current" name="current" type="password" autocomplete="current-password" required
                            node_ref=password_input/>
                    </div>
                })}
                <p class="field-error" id=format!("{form_id}-error") role="alert" hidden=move || problem.with(Option::is_none)>
                    {move || problem.get().map(|e| error_text(&e))}
                </p>
                <button type="submit" id=submit_id class=if register { "button secondary" } else { "button" } disabled=move || busy.get()>
                    {label}
                </button>
            </form>
        </div>
    }
}

/// The browser's WebAuthn API, reached through `Reflect` (web-sys's bindings of it are
/// large and have no JSON parsing).
#[cfg(feature = "hydrate")]
mod browser {
    use crate::domain::{AppError, Field};
    use crate::ui::components::form::{post, Outcome};
    use js_sys::{Function, Object, Promise, Reflect, JSON};
    use leptos::web_sys::{AbortController, HtmlFormElement};
    use std::sync::{Arc, Mutex};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn get(target: &JsValue, key: &str) -> JsValue {
        Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn function(target: &JsValue, key: &str) -> Option<Function> {
        get(target, key).dyn_into::<Function>().ok()
    }

    fn pkc() -> JsValue {
        get(&leptos::prelude::window(), "PublicKeyCredential")
    }

    /// The JSON forms of the API (WebAuthn Level 3) are there.
    pub fn supported() -> bool {
        let pkc = pkc();
        function(&pkc, "parseCreationOptionsFromJSON").is_some() && function(&pkc, "parseRequestOptionsFromJSON").is_some()
    }

    /// The browser can offer passkeys in a field's autofill.
    pub async fn conditional_available() -> bool {
        let pkc = pkc();
        let Some(f) = function(&pkc, "isConditionalMediationAvailable") else { return false };
        let Some(promise) = f.call0(&pkc).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else { return false };
        JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
    }

    pub enum Failed {
        /// Stopped or dismissed: nothing to say.
        Quiet,
        Said(AppError),
    }

    /// A problem said in the page's words (`key`: a `live-passkey-err-` message).
    fn said(key: &str) -> Failed {
        Failed::Said(AppError::invalid(Field::Passkey, crate::ui::i18n::t(key)))
    }

    /// The ceremony under way, which a new one (or leaving the page) stops.
    #[derive(Clone, Default)]
    pub struct Ceremony(Arc<Mutex<Option<AbortController>>>);

    impl Ceremony {
        pub fn abort(&self) {
            if let Some(c) = self.0.lock().ok().and_then(|mut c| c.take()) {
                c.abort();
            }
        }

        /// Posts the options `form`, then `navigator.credentials.create` (or `.get`) with
        /// the options it answers: the ceremony's id and the credential's `toJSON()`.
        pub async fn run(&self, form: &HtmlFormElement, create: bool, conditional: bool) -> Result<(String, String), Failed> {
            self.abort();
            // `{"ceremony": "...", "options": "<JSON>"}`, read by the browser's JSON parser
            // (no decoder for it in the Wasm).
            let purpose: &[(&str, &str)] = if conditional { &[("purpose", "sign-in-conditional")] } else { &[] };
            let started = match post(&form.action(), form, false, purpose).await {
                Ok(Outcome::Answer(body)) => JSON::parse(&body).map_err(|_| said("live-passkey-err-options"))?,
                Ok(Outcome::Redirect(_)) => return Err(Failed::Quiet),
                Err(e) if conditional => return Err(if e.field().is_some() { Failed::Said(e) } else { Failed::Quiet }),
                Err(e) => return Err(Failed::Said(e)),
            };
            let text = |key| get(&started, key).as_string().unwrap_or_default();
            let answer = self.credential(create, &text("options"), conditional).await?;
            Ok((text("ceremony"), answer))
        }

        async fn credential(&self, create: bool, options: &str, conditional: bool) -> Result<String, Failed> {
            let controller = AbortController::new().map_err(|_| Failed::Quiet)?;
            let signal = controller.signal();
            if let Ok(mut c) = self.0.lock() {
                *c = Some(controller);
            }
            let window = leptos::prelude::window();
            let pkc = pkc();
            let options = JSON::parse(options).map_err(|_| said("live-passkey-err-options"))?;
            let parse = function(&pkc, if create { "parseCreationOptionsFromJSON" } else { "parseRequestOptionsFromJSON" })
                .ok_or_else(|| said("live-passkey-err-unsupported"))?;
            let public_key = parse.call1(&pkc, &get(&options, "publicKey")).map_err(|_| said("live-passkey-err-bad-options"))?;
            let arg = Object::new();
            let _ = Reflect::set(&arg, &"publicKey".into(), &public_key);
            let _ = Reflect::set(&arg, &"signal".into(), &signal);
            if conditional {
                let _ = Reflect::set(&arg, &"mediation".into(), &"conditional".into());
            }
            let credentials = get(&get(&window, "navigator"), "credentials");
            let call = function(&credentials, if create { "create" } else { "get" }).ok_or_else(|| said("live-passkey-err-unsupported"))?;
            let promise = call.call1(&credentials, &arg).ok().and_then(|p| p.dyn_into::<Promise>().ok()).ok_or(Failed::Quiet)?;
            let credential = match JsFuture::from(promise).await {
                Ok(c) if !c.is_null() => c,
                Ok(_) => return Err(Failed::Quiet),
                Err(e) => {
                    let name = get(&e, "name").as_string().unwrap_or_default();
                    return Err(match name.as_str() {
                        "AbortError" => Failed::Quiet,
                        "NotAllowedError" if conditional => Failed::Quiet,
                        "NotAllowedError" => said("live-passkey-err-not-used"),
                        "InvalidStateError" => said("live-passkey-err-exists"),
                        _ => said("live-passkey-err-failed"),
                    });
                }
            };
            let json = function(&credential, "toJSON")
                .and_then(|f| f.call0(&credential).ok())
                .ok_or_else(|| said("live-passkey-err-unsupported"))?;
            JSON::stringify(&json).ok().and_then(|s| s.as_string()).ok_or_else(|| said("live-passkey-err-answer"))
        }
    }
}
