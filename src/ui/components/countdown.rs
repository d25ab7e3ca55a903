//! Time that moves: a clock that ticks in the browser after hydration, and the countdown
//! to a code's expiry. The server renders the same text once (no JavaScript needed to
//! read it); after hydration it ticks every half second.

use crate::domain::time::mm_ss;
use crate::ui::i18n::{t, t_with, Arg};
use leptos::prelude::*;

/// Milliseconds on the server's clock, ticking in the browser. It starts at
/// `server_now_ms` (so the first render matches the server's HTML) and then moves with
/// the browser's clock, which corrects for any skew between the two.
pub fn use_server_clock(server_now_ms: i64) -> (ReadSignal<i64>, ReadSignal<bool>) {
    let (now, set_now) = signal(server_now_ms);
    let (live, set_live) = signal(false);
    #[cfg(feature = "hydrate")]
    {
        let started = js_sys::Date::now() as i64;
        let interval = StoredValue::new_local(None::<gloo_timers::callback::Interval>);
        Effect::new(move |_| {
            set_live.set(true);
            let tick = move || set_now.set(server_now_ms + (js_sys::Date::now() as i64 - started));
            tick();
            interval.set_value(Some(gloo_timers::callback::Interval::new(500, tick)));
        });
        on_cleanup(move || interval.set_value(None));
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (set_now, set_live);
    }
    (now, live)
}

/// Seconds left until `deadline_ms`, rounded up, never below zero.
pub fn seconds_left(deadline_ms: i64, now_ms: i64) -> i64 {
    ((deadline_ms - now_ms).max(0) + 999) / 1000
}

/// `mm:ss` until `expires_at_ms`; `aria-live` is polite and only announces whole minutes
/// and the end, not every second.
#[component]
pub fn Countdown(#[prop(into)] expires_at_ms: Signal<i64>, now: ReadSignal<i64>) -> impl IntoView {
    let left = move || seconds_left(expires_at_ms.get(), now.get());
    let text = move || mm_ss(left());
    let spoken = move || {
        let s = left();
        if s == 0 {
            t("live-code-expired-spoken")
        } else {
            // Two messages (islands' words have no plural forms): one minute, and more.
            match (s + 59) / 60 {
                1 => t("live-code-expires-about-one"),
                minutes => t_with("live-code-expires-about", &[("minutes", Arg::Number(minutes))]),
            }
        }
    };
    view! {
        <span class="countdown" id="code-countdown" data-expires-at=move || expires_at_ms.get().to_string() aria-hidden="true">{text}</span>
        <span class="visually-hidden" aria-live="polite">{spoken}</span>
    }
}

#[cfg(test)]
mod tests {
    use super::seconds_left;

    #[test]
    fn seconds_round_up_and_stop_at_zero() {
        assert_eq!(seconds_left(10_000, 0), 10);
        assert_eq!(seconds_left(10_000, 9_001), 1);
        assert_eq!(seconds_left(10_000, 10_000), 0);
        assert_eq!(seconds_left(10_000, 20_000), 0);
    }
}
