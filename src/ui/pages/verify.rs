use crate::api::get_code_state;
use crate::ui::components::code::{CodeEntry, CodeStep};
use crate::ui::components::fields::{query_value, Load};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/verify`: the code sent to the number of a new (or not yet verified) account.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_code_state("verify-phone".into()));
    view! {
        <Title text=t("verify-title")/>
        <crate::ui::Islands words=&["code"]/>
        <Guard need=Need::Pending children=move |_info| view! {
            <section class="card">
                <h1>{t("verify-title")}</h1>
                <Load data=data
                    found=|state| view! { <CodeEntry step=CodeStep::Verify { next: query_value("next") } state=state/> }
                    missing=|| view! { <p>{t("verify-nothing-before")}<a href="/signin">{t("verify-nothing-link")}</a>{t("verify-nothing-after")}</p> }/>
            </section>
        }/>
    }
}
