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

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Not found"/>
        <section class="card">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. " <a href="/">"Go to the home page"</a>"."</p>
        </section>
    }
}
