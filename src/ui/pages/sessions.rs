//! `/sessions`: where this account is signed in, and ending those sessions. Each session
//! is a card (a list item) with its action beside it: at any width, nothing to scroll.

use crate::api::{get_sessions, get_trusted_browsers, EndSessions, ForgetBrowser, SessionItem, TrustedBrowser};
use crate::ui::components::fields::{Load, NoticeBanner, SessionEnded, UrlFormError};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::when::Time;
use crate::ui::i18n::{t, t_with, Arg};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_sessions());
    let trusted = Resource::new(|| (), |_| get_trusted_browsers());
    view! {
        <Title text=t("sessions-title")/>
        <Guard need=Need::SignedIn children=move |_info| view! {
            <h1>{t("sessions-title")}</h1>
            <NoticeBanner/>
            <section class="card" aria-labelledby="sessions-title">
                <h2 id="sessions-title">{t("sessions-devices-title")}</h2>
                <p class="hint">{t("sessions-devices-hint")}</p>
                <UrlFormError path=EndSessions::url()/>
                <Load data=data found=|rows| view! { <SessionList rows=rows/> } missing=SessionEnded/>
                <div class="actions">
                    <form method="post" action=EndSessions::url() id="end-others-form" class="inline">
                        <input type="hidden" name="which" value="others"/>
                        <button type="submit" id="end-others-submit" class="button secondary">{t("sessions-end-others")}</button>
                    </form>
                    <form method="post" action=EndSessions::url() id="end-all-form" class="inline">
                        <input type="hidden" name="which" value="all"/>
                        <button type="submit" id="end-all-submit" class="button danger">{t("sessions-end-all")}</button>
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
                // Named in English by the server (see `Device::from_label`).
                let device = crate::domain::device::Device::from_label(&b.device).label_with(&|k, a| t_with(k, a));
                let forget = t_with("sessions-forget-label", &[("device", Arg::Text(&device)), ("ip", Arg::Text(&b.ip))]);
                view! {
                    <li class="session-row trusted-row" data-this-device=b.this_device.to_string()>
                        <div class="session-what">
                            <p class="session-device">
                                <span class="device">{device}</span>
                                {b.this_device.then(|| view! { " " <span class="badge ok this-device">{t("sessions-this-browser")}</span> })}
                            </p>
                            <dl class="meta">
                                <div><dt>{t("sessions-ip")}</dt><dd>{b.ip.clone()}</dd></div>
                                <div><dt>{t("sessions-trusted-at")}</dt><dd><Time when=b.trusted_at.clone()/></dd></div>
                                <div><dt>{t("sessions-trusted-until")}</dt><dd><Time when=b.until.clone()/></dd></div>
                            </dl>
                        </div>
                        <form method="post" action=ForgetBrowser::url() class="inline forget-browser-form">
                            <input type="hidden" name="id" value=b.id.to_string()/>
                            <button type="submit" class="button secondary small forget-browser"
                                aria-label=forget>{t("sessions-forget")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="trusted-title" id="trusted">
                <h2 id="trusted-title">{t("sessions-trusted-title")}</h2>
                <p class="hint">{t("sessions-trusted-hint")}</p>
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
            let (label, aria) = if s.this_device {
                ("sessions-sign-out", "sessions-sign-out-label")
            } else {
                ("sessions-end-session", "sessions-end-session-label")
            };
            let aria = t_with(aria, &[("device", Arg::Text(&s.device)), ("ip", Arg::Text(&s.ip))]);
            view! {
                <li class="session-row" data-session-id=s.id.to_string() data-this-device=s.this_device.to_string()>
                    <div class="session-what">
                        <p class="session-device">
                            <span class="device">{s.device.clone()}</span>
                            {s.this_device.then(|| view! { " " <span class="badge ok this-device">{t("sessions-this-device")}</span> })}
                        </p>
                        {s.waiting.clone().map(|w| view! { <p class="muted session-state">{w}</p> })}
                        <dl class="meta">
                            <div><dt>{t("sessions-ip")}</dt><dd>{s.ip.clone()}</dd></div>
                            <div><dt>{t("sessions-signed-in")}</dt><dd><Time when=s.signed_in_at.clone()/></dd></div>
                            <div><dt>{t("sessions-last-active")}</dt><dd><Time when=s.last_active_at.clone()/></dd></div>
                        </dl>
                    </div>
                    <form method="post" action=EndSessions::url() class="inline end-session-form">
                        <input type="hidden" name="which" value=s.id.to_string()/>
                        <button type="submit" class="button secondary small end-session"
                            aria-label=aria>{t(label)}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! { <ul id="sessions" class="card-list sessions">{rows}</ul> }
}
