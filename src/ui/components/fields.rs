//! Form fields and how errors show beside them.

use crate::domain::countries::{flag, COUNTRIES};
use crate::domain::{AppError, Field, Notice};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The latest result of an action, as an error signal.
pub type ErrorSignal = Signal<Option<AppError>>;

pub fn error_of<T, S>(value: S) -> ErrorSignal
where
    T: Clone + Send + Sync + 'static,
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}

/// A value from the query string: what a form post without JavaScript sends back after
/// an error, so nothing typed is lost.
pub fn query_value(key: &'static str) -> String {
    use_query_map().with_untracked(|q| q.get(key)).unwrap_or_default()
}

/// The error for one field, shown under it (`#<id>-error`).
#[component]
pub fn FieldError(error: ErrorSignal, field: Field, id: &'static str) -> impl IntoView {
    let text = move || error.get().filter(|e| e.field() == Some(field)).map(|e| e.to_string());
    view! {
        <Show when=move || text().is_some()>
            <p class="field-error" id=format!("{id}-error") role="alert">{text}</p>
        </Show>
    }
}

/// An error that belongs to no single field, shown at the top of the form.
#[component]
pub fn FormError(error: ErrorSignal) -> impl IntoView {
    let text = move || error.get().filter(|e| e.field().is_none()).map(|e| e.to_string());
    view! {
        <Show when=move || text().is_some()>
            <p class="form-error" data-testid="form-error" role="alert">{text}</p>
        </Show>
    }
}

/// Country picker plus the number. A full number with + needs no country.
#[component]
pub fn PhoneFields(default_country: String, error: ErrorSignal, #[prop(default = "Phone number")] label: &'static str) -> impl IntoView {
    let chosen = {
        let q = query_value("country");
        if q.is_empty() {
            default_country
        } else {
            q.to_ascii_uppercase()
        }
    };
    let phone = query_value("phone");
    let options = COUNTRIES
        .iter()
        .map(|c| {
            let selected = c.iso == chosen;
            view! { <option value=c.iso selected=selected>{format!("{} {} (+{})", flag(c.iso), c.name, c.dial)}</option> }
        })
        .collect_view();
    view! {
        <div class="field phone-field">
            <label for="phone">{label}</label>
            <div class="phone-row">
                <select id="country" name="country" aria-label="Country">{options}</select>
                <input id="phone" name="phone" type="tel" autocomplete="tel-national" inputmode="tel"
                    required value=phone placeholder="07400 123456 or +44 7400 123456"
                    aria-describedby="phone-error"/>
            </div>
            <FieldError error=error field=Field::Phone id="phone"/>
        </div>
    }
}

/// The notice a successful action left in the URL (`?notice=...`), shown politely.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let query = use_query_map();
    let notice = move || query.with(|q| q.get("notice").and_then(|k| Notice::parse(&k, q.get("n").as_deref())));
    view! {
        <Show when=move || notice().is_some()>
            <p class="notice ok" id="notice" role="status" data-notice=move || notice().map(|n| n.key())>
                {move || notice().map(Notice::sentence)}
            </p>
        </Show>
    }
}

/// A password field (current or new) with its error.
#[component]
pub fn PasswordField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    field: Field,
    error: ErrorSignal,
    #[prop(optional)] hint: Option<&'static str>,
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
    view! { <p class="form-error" role="alert" id="page-error">{error.to_string()}</p> }
}
