//! One module per route.

pub mod home;
pub mod profile;
pub mod reset;
pub mod sessions;
pub mod signin;
pub mod signin_code;
pub mod signup;
pub mod two_factor;
pub mod verify;

use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("notfound-title")/>
        <section class="card">
            <h1>{t("notfound-heading")}</h1>
            <p>{t("notfound-before")}<a href="/">{t("notfound-link")}</a>{t("notfound-after")}</p>
        </section>
    }
}
