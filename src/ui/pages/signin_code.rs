use crate::api::{get_code_state, RestartFlow};
use crate::ui::components::code::{CodeEntry, CodeStep, FlowStart, FlowStartForm};
use crate::ui::components::fields::{query_value, Load, PostForm};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::phone::PhonePrefill;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/signin/code`: passwordless sign-in. First the phone number; then the code sent to it
/// (if it has an account: the page looks the same either way).
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_code_state("sign-in".into()));
    let next = query_value("next");
    view! {
        <Title text="Sign in with a code"/>
        <Guard need=Need::SignedOut children=move |info| {
            let next = next.clone();
            let prefill = PhonePrefill::from_flash(&info.default_country);
            view! {
                <section class="card">
                    <h1>"Sign in with a code"</h1>
                    <Load data=data
                        found=move |state| view! {
                            <CodeEntry step=CodeStep::SignIn { next: next.clone() } state=state/>
                            <RestartForm page="/signin/code"/>
                        }
                        missing=move || view! {
                            <p>"We text a 6-digit code to your number. No password needed."</p>
                            <FlowStartForm kind=FlowStart::SignIn prefill=prefill.clone()/>
                        }/>
                    <p class="aside"><a href="/signin">"Sign in with your password"</a> " · " <a href="/signup">"Create an account"</a></p>
                </section>
            }
        }/>
    }
}

/// "Use another number": forgets this browser's flow and shows the first step again.
#[component]
pub fn RestartForm(page: &'static str) -> impl IntoView {
    view! {
        <PostForm path=RestartFlow::url() id="restart-form" class="inline">
            <input type="hidden" name="page" value=page/>
            <button type="submit" class="link-button" id="restart-submit">"Use another number"</button>
        </PostForm>
    }
}
