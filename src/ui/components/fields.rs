//! Form fields and how errors show beside them.

use crate::domain::countries::{flag, COUNTRIES};
use crate::domain::{AppError, Field};
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
pub fn PhoneFields(default_country: String, error: ErrorSignal) -> impl IntoView {
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
            <label for="phone">"Phone number"</label>
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
