use crate::api::{get_code_state, SignOut};
use crate::ui::components::code::{CodeEntry, CodeStep};
use crate::ui::components::fields::{query_value, Load, PostForm};
use crate::ui::components::guard::{Guard, Need};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/signin/2fa`: the second factor after a correct password, for accounts with
/// two-factor sign-in. Only a half session gets here; it can also give up (sign out).
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_code_state("2fa".into()));
    let next = query_value("next");
    view! {
        <Title text="Two-factor sign-in"/>
        <Guard need=Need::TwoFactor children=move |info| {
            let next = next.clone();
            let trust_days = info.trusted_browser_days;
            view! {
                <section class="card">
                    <h1>"One more step"</h1>
                    <p>"Your password was right. Two-factor sign-in is on for this account, so enter the code we sent to your phone too."</p>
                    <Load data=data
                        found=move |state| view! { <CodeEntry step=CodeStep::TwoFactor { next: next.clone(), trust_days } state=state/> }
                        missing=|| view! { <p>"There is no sign-in waiting for a code. " <a href="/signin">"Sign in"</a>"."</p> }/>
                    <PostForm path=SignOut::url() id="two-factor-cancel" class="inline">
                        <button type="submit" class="link-button">"Cancel and sign out"</button>
                    </PostForm>
                </section>
            }
        }/>
    }
}
