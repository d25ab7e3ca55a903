//! Forms that work without the Wasm and get better with it.
//!
//! Every form is a plain `<form method="post">` to its server function, which answers a
//! browser's post with a redirect (to the next page, or back with the error in the URL).
//! In an island, [`Submitter`] takes the submit over: it posts the same fields with
//! `fetch`, shows the error beside its field without a reload, keeps the button busy
//! meanwhile, and follows the redirect a success answers with.
//!
//! This is deliberately small: the server functions' own typed client (`ActionForm`)
//! would put a form decoder, an encoder and a JSON decoder per server function into the
//! Wasm; the browser's `FormData` and one error type do the same job here.

use crate::domain::AppError;
use crate::ui::components::fields::{url_error, ErrorSignal, FormError};
use leptos::prelude::*;

/// One form's submission state.
#[derive(Clone, Copy)]
pub struct Submitter {
    /// The server function's URL (the form's `action`).
    pub path: &'static str,
    pending: RwSignal<bool>,
    error: RwSignal<Option<AppError>>,
    /// How many answers without a redirect came back (each success bumps it).
    successes: RwSignal<u32>,
    /// The body of the latest answer without a redirect (JSON).
    answer: RwSignal<Option<String>>,
}

impl Submitter {
    /// For the server function at `path`. A plain post that came back with an error for
    /// this form shows it from the start.
    pub fn new(path: &'static str) -> Self {
        Submitter {
            path,
            pending: RwSignal::new(false),
            error: RwSignal::new(url_error(path)),
            successes: RwSignal::new(0),
            answer: RwSignal::new(None),
        }
    }

    pub fn pending(&self) -> bool {
        self.pending.get()
    }

    pub fn error(&self) -> ErrorSignal {
        let error = self.error;
        Signal::derive(move || error.get())
    }

    /// The latest answer (that did not redirect) decoded as `T`.
    pub fn answer<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        self.answer.with(|a| a.as_deref().and_then(|a| leptos::serde_json::from_str(a).ok()))
    }

    /// Answers without a redirect so far.
    pub fn successes(&self) -> u32 {
        self.successes.get()
    }

    /// The `submit` handler of the form: posts it in place.
    pub fn on_submit(self) -> impl Fn(leptos::ev::SubmitEvent) + Clone + 'static {
        move |ev: leptos::ev::SubmitEvent| {
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                let Some(form) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok()) else {
                    return;
                };
                ev.prevent_default();
                if self.pending.get_untracked() {
                    return;
                }
                let multipart = form.enctype() == "multipart/form-data";
                self.pending.set(true);
                leptos::task::spawn_local(async move {
                    let mut answer = post(self.path, &form, multipart, &[]).await;
                    // Sends to numbers that convert poorly need the browser's proof of
                    // work: solved in a worker (a second or so), then the form goes again.
                    if answer.as_ref().is_err_and(|e| e.plain() == &AppError::ChallengeNeeded) && solve_challenge().await {
                        answer = post(self.path, &form, multipart, &[]).await;
                    }
                    match answer {
                        Ok(Outcome::Redirect(location)) => {
                            // The page is leaving: the button stays busy until it has.
                            let _ = window().location().set_href(&location);
                        }
                        Ok(Outcome::Answer(body)) => {
                            self.error.set(None);
                            self.answer.set(Some(body));
                            self.successes.update(|n| *n += 1);
                            self.pending.set(false);
                        }
                        Err(e) => {
                            self.error.set(Some(e));
                            self.pending.set(false);
                        }
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = ev;
        }
    }
}

/// The `<form>` of an island: a plain post to `form`'s server function, which `form` takes
/// over once the Wasm runs; the error that belongs to no single field shows at the top.
#[component]
pub fn EnhancedForm(form: Submitter, id: &'static str, #[prop(default = "form")] class: &'static str, children: Children) -> impl IntoView {
    view! {
        <form method="post" action=form.path id=id class=class on:submit=form.on_submit()>
            <FormError error=form.error()/>
            {children()}
        </form>
    }
}

/// A form's submit button: off and saying `busy` (if given) while the request runs, and
/// off while `blocked` says so. Inside an island its words are `live-` messages.
#[component]
pub fn SubmitButton(
    form: Submitter,
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] busy: Option<String>,
    #[prop(default = "button")] class: &'static str,
    #[prop(optional)] blocked: Option<Signal<bool>>,
) -> impl IntoView {
    let busy = busy.unwrap_or_else(|| label.clone());
    view! {
        <button type="submit" id=id class=class disabled=move || form.pending() || blocked.is_some_and(|b| b.get())>
            {move || if form.pending() { busy.clone() } else { label.clone() }}
        </button>
    }
}

/// Posts `body` (URL-encoded) to the server function at `path` and decodes its JSON
/// answer: `None` when the request fails or the answer does not decode.
#[cfg(feature = "hydrate")]
pub(crate) async fn fetch_json<T: serde::de::DeserializeOwned>(path: &str, body: &str) -> Option<T> {
    use leptos::web_sys::{RequestInit, Response};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = leptos::web_sys::Headers::new().ok()?;
    headers.set("Accept", "application/json").ok()?;
    headers.set("Content-Type", "application/x-www-form-urlencoded").ok()?;
    init.set_headers(&headers);
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(path, &init)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    leptos::serde_json::from_str(&text).ok()
}

/// Runs the shell's `paSolve()` (see `ui/mod.rs`): `true` once the proof of work's
/// solution is in its cookie.
#[cfg(feature = "hydrate")]
async fn solve_challenge() -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(solve) =
        js_sys::Reflect::get(&window(), &JsValue::from_str("paSolve")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Some(promise) = solve.call0(&JsValue::NULL).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[cfg(feature = "hydrate")]
#[derive(PartialEq)]
pub(crate) enum Outcome {
    Redirect(String),
    Answer(String),
}

/// Posts `form` to `path` as the server function's client would: URL-encoded (or
/// multipart for uploads), asking for JSON; `set` replaces fields' values. A success carries the next page in
/// `Location`; a failure is the `AppError` in JSON.
#[cfg(feature = "hydrate")]
pub(crate) async fn post(
    path: &str,
    form: &leptos::web_sys::HtmlFormElement,
    multipart: bool,
    set: &[(&str, &str)],
) -> Result<Outcome, AppError> {
    use leptos::web_sys::{FormData, RequestInit, Response, UrlSearchParams};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let offline = |_| AppError::Transport("fetch failed".into());
    let data = FormData::new_with_form(form).map_err(offline)?;
    for (name, value) in set {
        data.set_with_str(name, value).map_err(offline)?;
    }
    let init = RequestInit::new();
    init.set_method("POST");
    if multipart {
        init.set_body(&data);
    } else {
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data).map_err(offline)?;
        init.set_body(&params);
    }
    let headers = leptos::web_sys::Headers::new().map_err(offline)?;
    headers.set("Accept", "application/json").map_err(offline)?;
    init.set_headers(&headers);
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(path, &init))
        .await
        .map_err(offline)?
        .dyn_into()
        .map_err(|_: JsValue| AppError::Transport("not a response".into()))?;
    let redirect = response.headers().get("serverfnredirect").ok().flatten().is_some();
    if let (true, Ok(Some(location))) = (redirect, response.headers().get("location")) {
        return Ok(Outcome::Redirect(location));
    }
    let text = JsFuture::from(response.text().map_err(offline)?).await.map_err(offline)?.as_string().unwrap_or_default();
    if response.ok() {
        Ok(Outcome::Answer(text))
    } else {
        Err(leptos::serde_json::from_str(&text).unwrap_or_else(|_| AppError::Transport(format!("status {}", response.status()))))
    }
}
