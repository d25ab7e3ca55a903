use crate::api::Viewer;
use crate::domain::time::date_time_utc;
use crate::ui::components::guard::{Guard, Need};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <Title text="Your profile · Phone Auth"/>
        <Guard need=Need::SignedIn children=move |info| {
            let Viewer::SignedIn(user) = info.viewer else { return None };
            Some(view! {
                <section class="card">
                    <h1>"Your profile"</h1>
                    <dl class="facts">
                        <dt>"Phone number"</dt>
                        <dd><span id="profile-phone">{user.phone.clone()}</span>
                            " " <span class="badge ok">{if user.phone_verified { "verified" } else { "not verified" }}</span></dd>
                        <dt>"Name"</dt>
                        <dd id="profile-name">{user.name.clone().unwrap_or_else(|| "—".into())}</dd>
                        <dt>"Two-factor sign-in"</dt>
                        <dd>{if user.two_factor { "on" } else { "off" }}</dd>
                        <dt>"Member since"</dt>
                        <dd>{date_time_utc(user.member_since)}</dd>
                    </dl>
                </section>
            })
        }/>
    }
}
