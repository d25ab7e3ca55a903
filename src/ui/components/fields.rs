//! Form fields and how errors show beside them.

use crate::domain::countries::{flag, COUNTRIES};
use crate::domain::{AppError, Field, Notice};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A form's latest error, if any.
pub type ErrorSignal = Signal<Option<AppError>>;

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

/// What the phone fields show when the page is drawn: the country and number a plain
/// form post came back with, else the default country. Read on the server (from the
/// URL) and handed to the island that draws the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PhonePrefill {
    pub country: String,
    pub phone: String,
}

impl PhonePrefill {
    /// From the query string (`country`, `phone`), falling back to `default_country`.
    pub fn from_query(default_country: &str) -> Self {
        let q = query_value("country");
        let country = if q.is_empty() { default_country.to_string() } else { q.to_ascii_uppercase() };
        PhonePrefill { country, phone: query_value("phone") }
    }
}

/// Country picker plus the number. A full number with + needs no country.
#[component]
pub fn PhoneFields(prefill: PhonePrefill, error: ErrorSignal, #[prop(default = "Phone number")] label: &'static str) -> impl IntoView {
    let options = country_options_html(&prefill.country);
    view! {
        <div class="field phone-field">
            <label for="phone">{label}</label>
            <div class="phone-row">
                <select id="country" name="country" aria-label="Country" inner_html=options></select>
                <input id="phone" name="phone" type="tel" autocomplete="tel-national" inputmode="tel"
                    required value=prefill.phone placeholder="07400 123456 or +44 7400 123456"
                    aria-describedby="phone-error"/>
            </div>
            <FieldError error=error field=Field::Phone id="phone"/>
        </div>
    }
}

/// The `<option>`s of the country picker with `chosen` selected. Every page with a phone
/// field has the same 250 options: they are written once per process (the HTML as a
/// string), and a page only marks its choice.
pub fn country_options_html(chosen: &str) -> String {
    use std::sync::OnceLock;
    static OPTIONS: OnceLock<String> = OnceLock::new();
    let all = OPTIONS.get_or_init(|| {
        let mut html = String::new();
        for c in COUNTRIES {
            let text = format!("{} {} (+{})", flag(c.iso), c.name, c.dial);
            html.push_str(&format!("<option value=\"{}\">{}</option>", c.iso, escape_html(&text)));
        }
        html
    });
    let marker = format!("<option value=\"{}\">", chosen.to_ascii_uppercase());
    match all.find(&marker) {
        Some(at) if chosen.len() == 2 => {
            let mut html = String::with_capacity(all.len() + 9);
            html.push_str(&all[..at + marker.len() - 1]);
            html.push_str(" selected>");
            html.push_str(&all[at + marker.len()..]);
            html
        }
        _ => all.clone(),
    }
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The error a plain form post to `path` came back with (`?__path=…&__err=…`), if any.
/// Rendered on the server, for the forms that need no Wasm.
pub fn url_error(path: &str) -> Option<AppError> {
    use leptos::server::ServerActionError;
    use leptos::server_fn::error::ServerFnUrlError;
    use_context::<ServerActionError>().filter(|e| e.path() == path).map(|e| ServerFnUrlError::<AppError>::decode_err(e.err()))
}

/// The error a plain form post to `path` came back with, at the top of its form.
#[component]
pub fn UrlFormError(path: &'static str) -> impl IntoView {
    url_error(path).map(|e| view! { <p class="form-error" data-testid="form-error" role="alert">{e.to_string()}</p> })
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

#[cfg(test)]
mod tests {
    use super::country_options_html;

    use crate::domain::countries::COUNTRIES;

    #[test]
    fn the_country_options_mark_only_the_chosen_country() {
        let html = country_options_html("gb");
        assert_eq!(html.matches("<option ").count(), COUNTRIES.len());
        assert_eq!(html.matches(" selected>").count(), 1);
        assert!(html.contains("<option value=\"GB\" selected>"), "{}", &html[..200]);
        // An unknown or malformed choice selects nothing (the browser shows the first).
        for bad in ["ZZ", "", "G\"B", "GBR"] {
            assert_eq!(country_options_html(bad).matches(" selected").count(), 0, "{bad}");
        }
        // Text is escaped on its way into the HTML.
        assert_eq!(super::escape_html("Trinidad & <b>\"x\""), "Trinidad &amp; &lt;b&gt;&quot;x&quot;");
    }
}
