//! Form fields and how errors show beside them.

use crate::domain::{AppError, Field, Notice};
use crate::ui::i18n::{error_text, t};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A form's latest error, if any.
pub type ErrorSignal = Signal<Option<AppError>>;

/// A value from the page's query string (`next`). On the server, read from the request's
/// own query and decoded once: Leptos's query map decodes a value twice there, and a
/// `next` URL's own escapes (`?q=a%20b`, from forward auth) would come back undone.
pub fn query_value(key: &'static str) -> String {
    #[cfg(feature = "ssr")]
    if let Some(value) =
        with_context::<http::request::Parts, _>(|parts| crate::server::request::query_param(parts.uri.query(), key).unwrap_or_default())
    {
        return value;
    }
    use_query_map().with_untracked(|q| q.get(key)).unwrap_or_default()
}

/// The error (and, on the server, the typed values) a failed plain form post left for
/// this page load, or the values a success handed on to this page's form: from the
/// server's sealed flash cookie, never from the URL, so no link can put words of its own
/// in an error box.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormFlash {
    /// The server function's URL: only its form shows the error.
    pub path: String,
    pub error: Option<AppError>,
    /// What the person typed (server side only: the islands get it through their props).
    #[serde(skip)]
    pub kept: Vec<(String, String)>,
}

/// A value the person typed before a plain form post failed, so nothing typed is lost
/// (or one a success handed on, see [`FormFlash`]).
pub fn kept_value(key: &'static str) -> String {
    use_context::<FormFlash>().and_then(|f| f.kept.into_iter().find(|(k, _)| k == key).map(|(_, v)| v)).unwrap_or_default()
}

/// The error for one field, shown under it (`#<id>-error`).
#[component]
pub fn FieldError(error: ErrorSignal, field: Field, id: &'static str) -> impl IntoView {
    let text = move || error.get().filter(|e| e.field() == Some(field)).map(|e| error_text(&e));
    view! {
        <Show when=move || text().is_some()>
            <p class="field-error" id=format!("{id}-error") role="alert">{text}</p>
        </Show>
    }
}

/// An error that belongs to no single field, shown at the top of the form.
#[component]
pub fn FormError(error: ErrorSignal) -> impl IntoView {
    let text = move || error.get().filter(|e| e.field().is_none()).map(|e| error_text(&e));
    view! {
        <Show when=move || text().is_some()>
            <p class="form-error" data-testid="form-error" role="alert">{text}</p>
        </Show>
    }
}

/// The error a plain form post to `path` came back with (see [`FormFlash`]), if any.
pub fn url_error(path: &str) -> Option<AppError> {
    use_context::<FormFlash>().filter(|f| f.path == path).and_then(|f| f.error)
}

/// The error a plain form post to `path` came back with, at the top of its form.
#[component]
pub fn UrlFormError(path: &'static str) -> impl IntoView {
    url_error(path).map(|e| view! { <p class="form-error" data-testid="form-error" role="alert">{error_text(&e)}</p> })
}

/// A form that needs no Wasm: a plain post to a server function (`path`, its URL), which
/// answers with a redirect. An error comes back in the URL and shows at the top.
#[component]
pub fn PostForm(
    path: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(default = "form")] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <form method="post" action=path id=id class=class>
            <UrlFormError path=path/>
            {children()}
        </form>
    }
}

/// The notice a successful action left in the URL (`?notice=...`), shown politely.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let query = use_query_map();
    let notice = move || query.with(|q| q.get("notice").and_then(|k| Notice::parse(&k, q.get("n").as_deref())));
    view! {
        <Show when=move || notice().is_some()>
            <p class="notice ok toast" id="notice" role="status" aria-live="polite" data-notice=move || notice().map(|n| n.key())>
                {move || notice().map(|n| { let (key, args) = n.message(); let args: Vec<_> = args.iter().map(|(name, v)| (*name, crate::ui::i18n::Arg::Number(*v))).collect(); crate::ui::i18n::t_with(key, &args) })}
            </p>
        </Show>
    }
}

/// A password field (current or new) with its error. `label` and `hint` are already in
/// the page's language (`live-` messages inside an island).
#[component]
pub fn PasswordField(
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    autocomplete: &'static str,
    field: Field,
    error: ErrorSignal,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let new = autocomplete == "new-password";
    let described = if hint.is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-error") };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id name=name type="password" autocomplete=autocomplete required
                minlength=new.then_some("8") maxlength=new.then_some("128") aria-describedby=described/>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <FieldError error=error field=field id=id/>
        </div>
    }
}

/// A page-level failure (the database is down, say): its sentence, and on the server the
/// HTTP status that goes with it (503 for "unavailable"), so monitors see it too.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(status)) = (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(error.status())) {
        res.set_status(status);
    }
    view! { <p class="form-error" role="alert" id="page-error">{error_text(&error)}</p> }
}

/// A page's data from the server: "Loading…" until it is there, then `found` with it,
/// `missing` when there is none (no code waiting, the session gone), or the error's one
/// sentence (with its HTTP status) if loading failed.
#[component]
pub fn Load<T, F, V, M, W>(data: Resource<Result<Option<T>, AppError>>, found: F, missing: M) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    M: Fn() -> W + Clone + Send + Sync + 'static,
    W: IntoView + 'static,
{
    use leptos::either::EitherOf3;
    // The child is the `Suspend` itself, not a function making one: the server calls a
    // function child twice (once to find what it waits for, once to draw it), and when
    // the data was already there the first call drew the whole page for nothing. Drawn
    // on the server only, so there is nothing to redraw when the data changes.
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("form-loading")}</p> }>
            {Suspend::new(async move {
                match data.await {
                    Ok(Some(value)) => EitherOf3::A(found(value)),
                    Ok(None) => EitherOf3::B(missing()),
                    Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                }
            })}
        </Suspense>
    }
}

/// What a signed-in page shows when the session ended while it loaded.
#[component]
pub fn SessionEnded() -> impl IntoView {
    view! {
        <p>
            {t("form-session-ended-before")}
            <a href="/signin">{t("form-session-ended-link")}</a>
            {t("form-session-ended-after")}
        </p>
    }
}
