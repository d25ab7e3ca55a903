//! The phone number fields: a country and the number.
//!
//! Without JavaScript they are a plain `<select>` of countries (by name in the page's
//! language, so typing a name finds it) and a text field. In the browser the select
//! gives way to a searchable list (flag, name, calling code; type a name, a code or
//! "+44"; the names are read off the select: the Wasm has none of its own), the number
//! is grouped the way the country writes it as it is typed, a pasted `+…` number picks
//! its own country, and a first check of the length shows beside the field when it is
//! left. The select stays in the form (hidden) and carries the choice, so both ways post
//! the same fields. The server parses the number and has the last word.

use crate::domain::countries::{by_iso, flag, search_named, Country};
use crate::domain::markup::escape;
use crate::domain::phone::PhoneError;
use crate::domain::phone_format::{as_you_type, check};
use crate::domain::{AppError, Field};
use crate::ui::components::fields::{kept_value, ErrorSignal, FieldError};
use crate::ui::i18n::{t, t_with, Arg};
use leptos::prelude::*;

/// What the phone fields show when the page is drawn: the country and number a plain
/// form post came back with (or a success handed on: a reset's number for the sign-in
/// page), else the visitor's default country (decided on the server: see
/// `services::country`). Read on the server (from the sealed flash) and handed to the
/// island that draws the fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PhonePrefill {
    pub country: String,
    pub phone: String,
}

impl PhonePrefill {
    /// What the person typed before a plain form post failed, or what a success handed
    /// on (`country`, `phone`, from the flash), falling back to `default_country`.
    pub fn from_flash(default_country: &str) -> Self {
        let q = kept_value("country");
        let country = if q.is_empty() { default_country.to_string() } else { q.to_ascii_uppercase() };
        PhonePrefill { country, phone: kept_value("phone") }
    }
}

/// The number field's placeholder for `country`: its mobile pattern with sample digits.
fn placeholder(country: Option<&Country>) -> String {
    match country.filter(|c| !c.national.is_empty()) {
        Some(c) => {
            let mut sample = "1234567890".chars().cycle();
            let national: String = c.national.chars().map(|p| if p == '#' { sample.next().unwrap_or('0') } else { p }).collect();
            t_with("live-phone-placeholder", &[("sample", Arg::Text(&national)), ("code", Arg::Text(c.dial))])
        }
        None => t("live-phone-placeholder-none"),
    }
}

/// The sentence of what the browser's first check found wrong with the number.
fn phone_error_text(e: &PhoneError) -> String {
    t(match e {
        PhoneError::Empty => "live-err-phone-empty",
        PhoneError::NoCountry => "live-err-phone-no-country",
        PhoneError::Invalid => "live-err-phone-invalid",
        PhoneError::NotMobile => "live-err-phone-not-mobile",
        PhoneError::CountryNotAllowed => "live-err-phone-country-not-allowed",
    })
}

/// A calling code as shown: `+44`; kept left to right in a right-to-left page (isolated,
/// or the `+` would show after the digits).
fn dial_text(dial: &str, rtl: bool) -> String {
    if rtl {
        format!("\u{2066}+{dial}\u{2069}")
    } else {
        format!("+{dial}")
    }
}

/// The countries with their names as the page's select lists them (in the page's
/// language and order: the server wrote them, see `country_options_html`).
fn page_names(select: &leptos::web_sys::HtmlSelectElement) -> Vec<(&'static Country, String)> {
    (0..select.length())
        .filter_map(|i| select.item(i))
        .filter_map(|option| {
            let c = by_iso(&option.get_attribute("value")?)?;
            Some((c, option_name(&option.text_content().unwrap_or_default())))
        })
        .collect()
}

/// The name in an option's text ("Congo (DRC) (+243)": "Congo (DRC)").
fn option_name(text: &str) -> String {
    let text = text.trim();
    text.rsplit_once(" (").map_or(text, |(name, _)| name.trim_end()).to_string()
}

/// The name `names` give the country `iso` (its code if none does).
fn name_in<'a>(names: &'a [(&'static Country, String)], iso: &'a str) -> &'a str {
    names.iter().find(|(c, _)| c.iso == iso).map_or(iso, |(_, name)| name.as_str())
}

/// Country picker plus the number. A full number with + needs no country.
#[component]
pub fn PhoneFields(
    prefill: PhonePrefill,
    error: ErrorSignal,
    /// The field's label ("Phone number" when not given).
    #[prop(optional, into)]
    label: Option<String>,
    /// The number field's `autocomplete` (`username webauthn` on the sign-in page, where
    /// the browser may offer passkeys in it).
    #[prop(default = "tel")]
    autocomplete: &'static str,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| t("live-phone-label"));
    // The select's options are drawn on the server only (the browser keeps them as they
    // came: the names in the page's language are not in the Wasm).
    #[cfg(feature = "ssr")]
    let options = country_options_html(&prefill.country);
    #[cfg(not(feature = "ssr"))]
    let options = String::new();
    let country = RwSignal::new(prefill.country);
    let chosen = move || by_iso(&country.get());
    // The check made in the browser when the field is left; a new answer from the
    // server replaces it.
    let checked = RwSignal::new(None::<AppError>);
    Effect::new(move |_| {
        error.track();
        checked.set(None);
    });
    let shown: ErrorSignal = Signal::derive(move || checked.get().or_else(|| error.get()));
    let number = NodeRef::<leptos::html::Input>::new();
    let select = NodeRef::<leptos::html::Select>::new();
    // Only in the browser, once the island runs: the searchable picker, starting from
    // what the select shows (someone may have changed it before the page ran).
    let enhanced = RwSignal::new(false);
    let names = StoredValue::new(Vec::<(&'static Country, String)>::new());
    Effect::new(move |_| {
        if let Some(select) = select.get_untracked() {
            names.set_value(page_names(&select));
            let shown = select.value();
            if !shown.is_empty() {
                country.set(shown);
            }
        }
        enhanced.set(true);
    });
    // The hidden select carries the choice into the form.
    Effect::watch(
        move || country.get(),
        move |iso, _, _| {
            if let Some(select) = select.get_untracked() {
                select.set_value(iso);
            }
        },
        false,
    );
    let picked = Callback::new(move |c: &'static Country| {
        country.set(c.iso.to_string());
        checked.set(None);
        if let Some(input) = number.get_untracked() {
            let value = input.value();
            let typed = as_you_type(Some(c), &value);
            if typed.text != value && typed.country.is_none() {
                input.set_value(&typed.text);
            }
            let _ = input.focus();
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        checked.set(None);
        #[cfg(feature = "hydrate")]
        reformat(&ev, country);
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    let on_change = move |_| {
        if let Some(input) = number.get_untracked() {
            checked.set(
                check(by_iso(&country.get_untracked()), &input.value())
                    .err()
                    .map(|e| AppError::Invalid { field: Field::Phone, message: phone_error_text(&e) }),
            );
        }
    };
    let invalid = move || shown.with(|e| e.as_ref().is_some_and(|e| e.field() == Some(Field::Phone))).then_some("true");
    view! {
        <div class="field phone-field">
            <label for="phone">{label}</label>
            <div class="phone-row">
                <select id="country" name="country" aria-label=t("live-phone-country") inner_html=options node_ref=select
                    hidden=move || enhanced.get()></select>
                <Show when=move || enhanced.get()>
                    <CountryPicker country=country names=names picked=picked/>
                </Show>
                <input id="phone" name="phone" type="tel" dir="ltr" autocomplete=autocomplete inputmode="tel" node_ref=number
                    required value=prefill.phone placeholder=move || placeholder(chosen())
                    aria-describedby="phone-error" aria-invalid=invalid on:input=on_input on:change=on_change/>
            </div>
            <FieldError error=shown field=Field::Phone id="phone"/>
        </div>
    }
}

/// After a keystroke or a paste: the number regrouped (the caret kept after the same
/// digit), and the country of a `+…` number picked. A deletion is left as it is, so
/// a separator can be removed.
#[cfg(feature = "hydrate")]
fn reformat(ev: &leptos::ev::Event, country: RwSignal<String>) {
    use crate::domain::phone_format::{caret_after, digits_before};
    use wasm_bindgen::JsCast;
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok()) else { return };
    let raw = input.value();
    let typed = as_you_type(by_iso(&country.get_untracked()), &raw);
    if let Some(c) = typed.country {
        if c.iso != country.get_untracked() {
            country.set(c.iso.to_string());
        }
    }
    let deleting = ev.dyn_ref::<leptos::web_sys::InputEvent>().is_some_and(|e| e.input_type().starts_with("delete"));
    if deleting || typed.text == raw {
        return;
    }
    let caret = input.selection_start().ok().flatten().map(|c| c as usize);
    input.set_value(&typed.text);
    if let Some(caret) = caret.filter(|&c| c < raw.encode_utf16().count()) {
        let at = caret_after(&typed.text, digits_before(&raw, caret)) as u32;
        let _ = input.set_selection_range(at, at);
    }
}

/// The searchable country list (the WAI-ARIA combobox pattern): a button with the
/// chosen flag and calling code opens a search box over a list box. Arrow keys move,
/// Enter picks, Escape closes; typing a letter on the button starts a search. `names`:
/// the countries as the page's select lists them (names in the page's language).
#[component]
fn CountryPicker(
    country: RwSignal<String>,
    names: StoredValue<Vec<(&'static Country, String)>>,
    picked: Callback<&'static Country>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<&'static str>);
    let found = Memo::new(move |_| query.with(|q| names.with_value(|n| search_named(q, n))));
    let rtl = crate::ui::i18n::lang().rtl();
    let button = NodeRef::<leptos::html::Button>::new();
    let search_box = NodeRef::<leptos::html::Input>::new();
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let chosen = move || by_iso(&country.get());

    let show = move |start: String| {
        query.set(start);
        let first = found.with_untracked(|f| f.first().map(|c| c.iso));
        let current = country.get_untracked();
        let keep = found.with_untracked(|f| f.iter().find(|c| c.iso == current).map(|c| c.iso));
        active.set(keep.or(first));
        open.set(true);
    };
    let close = move |refocus: bool| {
        open.set(false);
        query.set(String::new());
        if refocus {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let pick = move |c: &'static Country| {
        close(false);
        picked.run(c);
    };
    // The search box takes the focus when it appears, the caret after the letter that
    // opened it.
    Effect::new(move |_| {
        if let Some(input) = search_box.get() {
            let _ = input.focus();
            let end = input.value().encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    });
    // The active option is marked (and kept in view) as the arrow keys move. A new search
    // redraws the list in this same turn, after this effect: the mark and the scroll wait
    // for the next frame, or they would scroll the old, longer list and leave the new
    // first match above the fold.
    let marked = StoredValue::new(None::<&'static str>);
    Effect::new(move |_| {
        found.track();
        if let (Some(iso), true) = (active.get(), open.get()) {
            let from = marked.get_value();
            marked.set_value(Some(iso));
            request_animation_frame(move || mark_active(from, iso));
        }
    });
    let step = move |by: isize| {
        found.with_untracked(|f| {
            if f.is_empty() {
                return;
            }
            let at = active.get_untracked().and_then(|a| f.iter().position(|c| c.iso == a));
            let next = match at {
                Some(i) => (i as isize + by).clamp(0, f.len() as isize - 1) as usize,
                None => 0,
            };
            active.set(Some(f[next].iso));
        });
    };
    let on_button_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "ArrowDown" || key == "ArrowUp" {
            ev.prevent_default();
            show(String::new());
        } else if key.chars().count() == 1 && key != " " && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            show(key);
        }
    };
    let on_search_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            step(1);
        }
        "ArrowUp" => {
            ev.prevent_default();
            step(-1);
        }
        "PageDown" => {
            ev.prevent_default();
            step(8);
        }
        "PageUp" => {
            ev.prevent_default();
            step(-8);
        }
        "Enter" => {
            ev.prevent_default();
            if let Some(c) = active.get_untracked().and_then(by_iso) {
                pick(c);
            }
        }
        "Escape" => {
            ev.prevent_default();
            close(true);
        }
        "Tab" => close(false),
        _ => {}
    };
    let on_search_input = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        active.set(found.with_untracked(|f| f.first().map(|c| c.iso)));
    };
    // Focus leaving the picker (a click elsewhere, say) closes it.
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let inside = match (ev.related_target(), wrapper.get_untracked()) {
                (Some(to), Some(w)) => to.dyn_ref::<leptos::web_sys::Node>().is_some_and(|n| w.contains(Some(n))),
                _ => false,
            };
            if !inside {
                close(false);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, wrapper);
    };
    let label = move || {
        chosen()
            .map(|c| {
                names.with_value(|n| t_with("live-phone-chosen", &[("country", Arg::Text(name_in(n, c.iso))), ("code", Arg::Text(c.dial))]))
            })
            .unwrap_or_else(|| t("live-phone-none-chosen"))
    };
    view! {
        <div class="country-picker" node_ref=wrapper on:focusout=on_focus_out>
            <button type="button" id="country-button" class="country-button" node_ref=button
                aria-haspopup="listbox" aria-expanded=move || open.get().to_string() aria-controls="country-list"
                aria-label=label
                on:click=move |_| if open.get_untracked() { close(false) } else { show(String::new()) }
                on:keydown=on_button_key>
                <span class="flag" aria-hidden="true">{move || flag(&country.get())}</span>
                <span class="dial">{move || chosen().map(|c| dial_text(c.dial, rtl))}</span>
                <span class="caret" aria-hidden="true"></span>
            </button>
            <Show when=move || open.get()>
                <div class="country-popup">
                    <input id="country-search" type="text" role="combobox" node_ref=search_box
                        aria-label=t("live-phone-search") placeholder=t("live-phone-search-placeholder") autocomplete="off" spellcheck="false"
                        aria-expanded="true" aria-controls="country-list" aria-autocomplete="list"
                        aria-activedescendant=move || active.get().map(|iso| format!("country-option-{iso}"))
                        value=query.get_untracked() on:input=on_search_input on:keydown=on_search_key/>
                    // The options are written as HTML in one go and clicks are read off the
                    // list (a view per option would cost the Wasm more than the rest of the
                    // picker); only the active option's mark changes in place.
                    <ul id="country-list" role="listbox" aria-label=t("live-phone-list")
                        inner_html=move || names.with_value(|n| options_html(&found.get(), n, active.get_untracked(), &country.get_untracked(), rtl))
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |ev| {
                            if let Some(c) = clicked_option(&ev).and_then(|iso| by_iso(&iso)) {
                                pick(c);
                            }
                        }></ul>
                    <p class="muted none" role="status" hidden=move || !found.with(Vec::is_empty)>{t("live-phone-no-match")}</p>
                </div>
            </Show>
        </div>
    }
}

/// The list's options: flag, name (from `names`) and calling code of each country found,
/// `active` the one the arrow keys are on, `chosen` the one picked before; `rtl` for a
/// right-to-left page.
fn options_html(found: &[&Country], names: &[(&'static Country, String)], active: Option<&str>, chosen: &str, rtl: bool) -> String {
    let mut html = String::with_capacity(found.len() * 160);
    for c in found {
        html.push_str(&format!(
            "<li role=\"option\" id=\"country-option-{iso}\" data-iso=\"{iso}\" aria-selected=\"{}\"{}>\
             <span class=\"flag\" aria-hidden=\"true\">{}</span><span class=\"name\">{}</span><span class=\"dial\">{}</span></li>",
            active == Some(c.iso),
            if c.iso == chosen { " class=\"chosen\"" } else { "" },
            flag(c.iso),
            escape(name_in(names, c.iso)),
            dial_text(c.dial, rtl),
            iso = c.iso,
        ));
    }
    html
}

/// The ISO code of the option a click landed in.
fn clicked_option(ev: &leptos::ev::MouseEvent) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let target = ev.target()?.dyn_into::<leptos::web_sys::Element>().ok()?;
        target.closest("li[data-iso]").ok()??.get_attribute("data-iso")
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = ev;
        None
    }
}

/// Moves the active mark from option `from` to option `to` and scrolls `to` into the
/// list's view, as little as needed.
fn mark_active(from: Option<&str>, to: &str) {
    #[cfg(feature = "hydrate")]
    {
        let by_id = |iso: &str| document().get_element_by_id(&format!("country-option-{iso}"));
        if let Some(old) = from.filter(|f| *f != to).and_then(by_id) {
            let _ = old.set_attribute("aria-selected", "false");
        }
        if let Some(el) = by_id(to) {
            let _ = el.set_attribute("aria-selected", "true");
            let options = leptos::web_sys::ScrollIntoViewOptions::new();
            options.set_block(leptos::web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (from, to);
}

/// The `<option>`s of the country select with `chosen` selected, in the page's language.
#[cfg(feature = "ssr")]
pub fn country_options_html(chosen: &str) -> String {
    country_options_html_in(chosen, crate::ui::i18n::lang())
}

/// The `<option>`s of the country select with `chosen` selected, the countries named in
/// `lang` and sorted by those names. Every page with a phone field in a language has the
/// same 245 options: they are written once per process and language (the HTML as a
/// string), and a page only marks its choice. Each option's text starts with the
/// country's name, so the browser's type-to-find in a select ("Fra" for France) reaches
/// it; the flag, decoration only, stays out (the searchable picker shows it). The
/// browser's picker reads the names back from these options.
#[cfg(feature = "ssr")]
pub fn country_options_html_in(chosen: &str, lang: crate::domain::lang::Lang) -> String {
    use crate::api::words::{country_name, sorted_regions};
    use crate::domain::lang::Lang;
    use std::sync::OnceLock;
    /// The options' HTML, and where each country's option ends its opening tag (at its
    /// `>`): a page's choice is found in a short list, not by searching 12 KB of HTML.
    struct Options {
        html: String,
        tag_ends: Vec<(&'static str, usize)>,
    }
    static OPTIONS: [OnceLock<Options>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let all = OPTIONS[lang.index()].get_or_init(|| {
        let (mut html, mut tag_ends) = (String::new(), vec![]);
        for c in sorted_regions(lang).into_iter().filter_map(by_iso) {
            let name = country_name(c.iso, lang).unwrap_or(c.name);
            let text = format!("{name} ({})", dial_text(c.dial, lang.rtl()));
            html.push_str(&format!("<option value=\"{}\"", c.iso));
            tag_ends.push((c.iso, html.len()));
            html.push_str(&format!(">{}</option>", escape(&text)));
        }
        Options { html, tag_ends }
    });
    let at = all.tag_ends.iter().find(|(iso, _)| iso.eq_ignore_ascii_case(chosen)).map(|(_, at)| *at);
    match at {
        Some(at) => {
            let mut html = String::with_capacity(all.html.len() + 9);
            html.push_str(&all.html[..at]);
            html.push_str(" selected");
            html.push_str(&all.html[at..]);
            html
        }
        None => all.html.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::{option_name, options_html, placeholder};
    use crate::domain::countries::{by_iso, Country};

    #[cfg(feature = "ssr")]
    #[test]
    fn the_country_options_mark_only_the_chosen_country() {
        use super::{country_options_html, country_options_html_in};
        use crate::domain::countries::COUNTRIES;
        use crate::domain::lang::Lang;
        let html = country_options_html("gb");
        assert_eq!(html.matches("<option ").count(), COUNTRIES.len());
        assert_eq!(html.matches(" selected>").count(), 1);
        assert!(html.contains("<option value=\"GB\" selected>"), "{}", &html[..200]);
        // Each option's text is the country's name first (type-to-find), then its code.
        assert!(html.contains("<option value=\"GB\" selected>United Kingdom (+44)</option>"), "{}", &html[..200]);
        assert!(html.contains("<option value=\"FR\">France (+33)</option>"));
        for c in COUNTRIES.iter().filter(|c| c.iso != "GB") {
            let escaped = crate::domain::markup::escape(c.name);
            assert!(html.contains(&format!("<option value=\"{}\">{escaped} (+{})</option>", c.iso, c.dial)), "{}", c.iso);
        }
        // In English, in the table's order.
        let values: Vec<&str> = html.split("<option value=\"").skip(1).map(|o| &o[..2]).collect();
        assert_eq!(values, COUNTRIES.iter().map(|c| c.iso).collect::<Vec<_>>());
        // An unknown or malformed choice selects nothing (the browser shows the first).
        for bad in ["ZZ", "", "G\"B", "GBR"] {
            assert_eq!(country_options_html(bad).matches(" selected").count(), 0, "{bad}");
        }
        // Text is escaped on its way into the HTML.
        assert_eq!(crate::domain::markup::escape("Trinidad & <b>\"x\""), "Trinidad &amp; &lt;b&gt;&quot;x&quot;");
        // Other languages: the names in that language, sorted by them; the values are the codes.
        let german = country_options_html_in("de", Lang::De);
        assert!(german.contains("<option value=\"DE\" selected>Deutschland (+49)</option>"), "{}", &german[..300]);
        assert!(german.find("value=\"EG\"") < german.find("value=\"AL\""), "Ägypten before Albanien");
        assert_eq!(german.matches("<option ").count(), COUNTRIES.len());
        // Right to left, the calling code is isolated (or "+20" would show as "20+").
        let arabic = country_options_html_in("EG", Lang::Ar);
        assert!(arabic.contains("<option value=\"EG\" selected>مصر (\u{2066}+20\u{2069})</option>"), "{}", &arabic[..300]);
        assert!(country_options_html_in("CN", Lang::ZhCn).contains("<option value=\"CN\" selected>中国 (+86)</option>"));
        // The browser's picker reads each name back.
        assert_eq!(option_name("مصر (\u{2066}+20\u{2069})"), "مصر");
    }

    #[test]
    fn the_picker_reads_the_names_from_the_options() {
        assert_eq!(option_name("United Kingdom (+44)"), "United Kingdom");
        assert_eq!(option_name(" Congo (DRC) (+243)\n"), "Congo (DRC)");
        assert_eq!(option_name("Deutschland"), "Deutschland");
    }

    #[test]
    fn the_list_options_mark_the_active_and_the_chosen_country() {
        let (tt, gb) = (by_iso("TT").unwrap(), by_iso("GB").unwrap());
        let names: Vec<(&'static Country, String)> = vec![(gb, "United Kingdom".into()), (tt, "Trinidad and Tobago".into())];
        let found = [tt, gb];
        let html = options_html(&found, &names, Some("GB"), "TT", false);
        assert_eq!(html.matches("<li role=\"option\"").count(), 2);
        assert!(html.contains("id=\"country-option-TT\" data-iso=\"TT\" aria-selected=\"false\" class=\"chosen\">"), "{html}");
        assert!(html.contains("id=\"country-option-GB\" data-iso=\"GB\" aria-selected=\"true\">"), "{html}");
        assert!(html.contains("<span class=\"name\">Trinidad and Tobago</span><span class=\"dial\">+1</span>"), "{html}");
        assert_eq!(options_html(&[], &names, None, "GB", false), "");
        // Names come from the page (here Arabic), escaped; right to left the code is isolated.
        let names: Vec<(&'static Country, String)> = vec![(tt, "ترينيداد & توباغو".into())];
        let html = options_html(&[tt], &names, None, "GB", true);
        assert!(html.contains("<span class=\"name\">ترينيداد &amp; توباغو</span><span class=\"dial\">\u{2066}+1\u{2069}</span>"), "{html}");
    }

    #[test]
    fn the_placeholder_follows_the_country() {
        assert_eq!(placeholder(by_iso("GB")), "01234 567890 or +44 …");
        assert_eq!(placeholder(by_iso("US")), "(123) 456-7890 or +1 …");
        assert_eq!(placeholder(None), "+ and the country code, then the number");
    }
}
