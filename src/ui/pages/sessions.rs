//! `/sessions`: where this account is signed in, and ending those sessions. Each session
//! is a card (a list item) with its action beside it: at any width, nothing to scroll.

use crate::api::{get_sessions, get_trusted_browsers, EndSessions, ForgetBrowser, SessionItem, TrustedBrowser};
use crate::ui::components::fields::{Load, NoticeBanner, SessionEnded, UrlFormError};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::when::Time;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_sessions());
    let trusted = Resource::new(|| (), |_| get_trusted_browsers());
    view! {
        <Title text="Your sessions"/>
        <Guard need=Need::SignedIn children=move |_info| view! {
            <h1>"Your sessions"</h1>
            <NoticeBanner/>
            <section class="card" aria-labelledby="sessions-title">
                <h2 id="sessions-title">"Signed-in devices"</h2>
                <p class="hint">"Sign out any device you do not recognise, then change your password."</p>
                <UrlFormError path=EndSessions::url()/>
                <Load data=data found=|rows| view! { <SessionList rows=rows/> } missing=SessionEnded/>
                <div class="actions">
                    <form method="post" action=EndSessions::url() id="end-others-form" class="inline">
                        <input type="hidden" name="which" value="others"/>
                        <button type="submit" id="end-others-submit" class="button secondary">"Sign out all other devices"</button>
                    </form>
                    <form method="post" action=EndSessions::url() id="end-all-form" class="inline">
                        <input type="hidden" name="which" value="all"/>
                        <button type="submit" id="end-all-submit" class="button danger">"Sign out everywhere"</button>
                    </form>
                </div>
            </section>
            <Load data=trusted found=|rows| view! { <TrustedBrowsers rows=rows/> } missing=|| ()/>
        }/>
    }
}

/// The browsers two-factor sign-in asks no code for now, each with "Forget"; nothing
/// when there are none.
#[component]
fn TrustedBrowsers(rows: Vec<TrustedBrowser>) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let rows = rows
            .into_iter()
            .map(|b| {
                view! {
                    <li class="session-row trusted-row" data-this-device=b.this_device.to_string()>
                        <div class="session-what">
                            <p class="session-device">
                                <span class="device">{b.device.clone()}</span>
                                {b.this_device.then(|| view! { " " <span class="badge ok this-device">"this browser"</span> })}
                            </p>
                            <dl class="meta">
                                <div><dt>"IP address"</dt><dd>{b.ip.clone()}</dd></div>
                                <div><dt>"Trusted"</dt><dd><Time when=b.trusted_at.clone()/></dd></div>
                                <div><dt>"Until"</dt><dd><Time when=b.until.clone()/></dd></div>
                            </dl>
                        </div>
                        <form method="post" action=ForgetBrowser::url() class="inline forget-browser-form">
                            <input type="hidden" name="id" value=b.id.to_string()/>
                            <button type="submit" class="button secondary small forget-browser"
                                aria-label=format!("Forget {} ({})", b.device, b.ip)>"Forget"</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="trusted-title" id="trusted">
                <h2 id="trusted-title">"Trusted browsers"</h2>
                <p class="hint">"Two-factor sign-in asks these browsers for no code until the date shown. Forget one you no longer use; changing your password forgets them all."</p>
                <UrlFormError path=ForgetBrowser::url()/>
                <ul id="trusted-browsers" class="card-list sessions">{rows}</ul>
            </section>
        }
    })
}

/// The sessions, one card each: the device, where and when, and its own sign-out.
#[component]
pub fn SessionList(rows: Vec<SessionItem>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|s| {
            let label = if s.this_device { "Sign out" } else { "End session" };
            view! {
                <li class="session-row" data-session-id=s.id.to_string() data-this-device=s.this_device.to_string()>
                    <div class="session-what">
                        <p class="session-device">
                            <span class="device">{s.device.clone()}</span>
                            {s.this_device.then(|| view! { " " <span class="badge ok this-device">"this device"</span> })}
                        </p>
                        {s.waiting.clone().map(|w| view! { <p class="muted session-state">{w}</p> })}
                        <dl class="meta">
                            <div><dt>"IP address"</dt><dd>{s.ip.clone()}</dd></div>
                            <div><dt>"Signed in"</dt><dd><Time when=s.signed_in_at.clone()/></dd></div>
                            <div><dt>"Last active"</dt><dd><Time when=s.last_active_at.clone()/></dd></div>
                        </dl>
                    </div>
                    <form method="post" action=EndSessions::url() class="inline end-session-form">
                        <input type="hidden" name="which" value=s.id.to_string()/>
                        <button type="submit" class="button secondary small end-session"
                            aria-label=format!("{label}: {} ({})", s.device, s.ip)>{label}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! { <ul id="sessions" class="card-list sessions">{rows}</ul> }
}
