use crate::api::get_code_state;
use crate::ui::components::code::{CodeEntry, CodeStep, FlowStart, FlowStartForm};
use crate::ui::components::fields::Load;
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::phone::PhonePrefill;
use crate::ui::i18n::t;
use crate::ui::pages::signin_code::RestartForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/reset-password`: the phone number, then the code sent to it and a new password.
/// The answer to the first step is the same whether the number has an account or not.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_code_state("reset-password".into()));
    view! {
        <Title text=t("reset-title")/>
        <crate::ui::Islands words=&["code", "phone"]/>
        <Guard need=Need::SignedOut children=move |info| view! {
            <section class="card">
                <h1>{t("reset-title")}</h1>
                <Load data=data
                    found=|state| view! {
                        <CodeEntry step=CodeStep::Reset state=state/>
                        <RestartForm page="/reset-password"/>
                    }
                    missing=move || view! {
                        <p>{t("reset-intro")}</p>
                        <FlowStartForm kind=FlowStart::Reset prefill=PhonePrefill::from_flash(&info.default_country) next=String::new()/>
                    }/>
                <p class="aside"><a href="/signin">{t("reset-back")}</a></p>
            </section>
        }/>
    }
}
