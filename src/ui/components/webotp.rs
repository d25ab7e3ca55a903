//! WebOTP: a phone whose browser can read the code from the SMS (Chrome on Android; the
//! SMS ends with the `@host #123456` line, see `server/sms`) offers to fill it in. Only
//! the code pages ask, from their island; where the browser has no `OTPCredential`
//! nothing happens, and without JavaScript the field is a plain one
//! (`autocomplete="one-time-code"` still lets iOS offer the code).

use leptos::html::Input;
use leptos::prelude::*;

/// Once the code field is in the page, asks the browser for the code of an incoming SMS
/// (`navigator.credentials.get({ otp: { transport: ["sms"] }, signal })`); puts its
/// digits in the field and, with `submit`, sends the form as typing the sixth digit
/// does. The request is aborted when the page is left; refused or aborted, nothing
/// changes.
pub fn fill_from_sms(input: NodeRef<Input>, submit: bool) {
    #[cfg(feature = "hydrate")]
    input.on_load(move |el| ask(el, submit));
    #[cfg(not(feature = "hydrate"))]
    let _ = (input, submit);
}

#[cfg(feature = "hydrate")]
fn ask(el: leptos::web_sys::HtmlInputElement, submit: bool) {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = leptos::web_sys::window() else { return };
    if !Reflect::has(&window, &JsValue::from_str("OTPCredential")).unwrap_or(false) {
        return;
    }
    let Ok(controller) = leptos::web_sys::AbortController::new() else { return };
    let otp = Object::new();
    let options = Object::new();
    let set = |o: &Object, k: &str, v: &JsValue| Reflect::set(o, &JsValue::from_str(k), v).is_ok();
    if !(set(&otp, "transport", &Array::of1(&JsValue::from_str("sms")))
        && set(&options, "otp", &otp)
        && set(&options, "signal", &controller.signal()))
    {
        return;
    }
    let navigator = Reflect::get(&window, &JsValue::from_str("navigator")).unwrap_or(JsValue::UNDEFINED);
    let credentials = Reflect::get(&navigator, &JsValue::from_str("credentials")).unwrap_or(JsValue::UNDEFINED);
    let Some(get) = Reflect::get(&credentials, &JsValue::from_str("get")).ok().and_then(|f| f.dyn_into::<Function>().ok()) else {
        return;
    };
    let Some(promise) = get.call1(&credentials, &options).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else { return };
    let _ = window_event_listener(leptos::ev::pagehide, move |_| controller.abort());
    leptos::task::spawn_local(async move {
        let Ok(credential) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let code = Reflect::get(&credential, &JsValue::from_str("code")).ok().and_then(|c| c.as_string()).unwrap_or_default();
        let digits: String = code.chars().filter(char::is_ascii_digit).collect();
        if digits.len() != crate::domain::code::CODE_LEN {
            return;
        }
        el.set_value(&digits);
        if submit {
            if let Some(form) = el.form() {
                let _ = form.request_submit();
            }
        }
    });
}
