//! `/sessions`: where this account is signed in, and ending those sessions.

use crate::api::{get_sessions, EndSessions, SessionItem};
use crate::domain::time::date_time_utc;
use crate::ui::components::fields::{Load, NoticeBanner, SessionEnded, UrlFormError};
use crate::ui::components::guard::{Guard, Need};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_sessions());
    view! {
        <Title text="Your sessions · Phone Auth"/>
        <Guard need=Need::SignedIn children=move |_info| view! {
            <h1>"Your sessions"</h1>
            <NoticeBanner/>
            <section class="card wide">
                <p>"These devices are signed in to your account. Sign out any you do not recognise, then change your password."</p>
                <UrlFormError path=EndSessions::url()/>
                <Load data=data found=|rows| view! { <SessionTable rows=rows/> } missing=SessionEnded/>
                <div class="actions">
                    <form method="post" action=EndSessions::url() id="end-others-form" class="inline">
                        <input type="hidden" name="which" value="others"/>
                        <button type="submit" id="end-others-submit" class="button secondary">"Sign out all other sessions"</button>
                    </form>
                    <form method="post" action=EndSessions::url() id="end-all-form" class="inline">
                        <input type="hidden" name="which" value="all"/>
                        <button type="submit" id="end-all-submit" class="button danger">"Sign out everywhere"</button>
                    </form>
                </div>
            </section>
        }/>
    }
}

#[component]
fn SessionTable(rows: Vec<SessionItem>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|s| {
            let label = if s.this_device { "Sign out" } else { "End session" };
            view! {
                <tr class="session-row" data-session-id=s.id.to_string() data-this-device=s.this_device.to_string()>
                    <td>
                        <span class="device">{s.device.clone()}</span>
                        {s.this_device.then(|| view! { " " <span class="badge ok this-device">"this device"</span> })}
                        <br/><span class="muted">{s.state.clone()}</span>
                    </td>
                    <td>{s.ip.clone()}</td>
                    <td>{date_time_utc(s.signed_in_at)}</td>
                    <td>{date_time_utc(s.last_active_at)}</td>
                    <td>
                        <form method="post" action=EndSessions::url() class="inline end-session-form">
                            <input type="hidden" name="which" value=s.id.to_string()/>
                            <button type="submit" class="link-button end-session"
                                aria-label=format!("{label}: {} ({})", s.device, s.ip)>{label}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table id="sessions" class="data">
                <thead>
                    <tr><th scope="col">"Device"</th><th scope="col">"IP address"</th><th scope="col">"Signed in (UTC)"</th>
                        <th scope="col">"Last active (UTC)"</th><th scope="col"><span class="visually-hidden">"Actions"</span></th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
