use crate::api::{get_second_step, SecondStep, SendTwoFactorCode, SignOut};
use crate::domain::factor::SecondFactor;
use crate::domain::url::with_next;
use crate::ui::components::code::{CodeEntry, CodeStep};
use crate::ui::components::factors::{trust_label, FactorCode, FactorCodeForm};
use crate::ui::components::fields::{query_value, Load, PostForm};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::passkey::{PasskeyForm, PasskeyKind};
use crate::ui::i18n::t;
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/signin/2fa`: the second step after a correct password, for accounts with two-factor
/// sign-in. It asks for the method the account used last (`?method=` picks another the
/// account has: `sms`, `app`, `recovery`) and lists the other ways. Only a half session
/// gets here; it can also give up (sign out).
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_second_step());
    let next = query_value("next");
    let asked = query_value("method");
    view! {
        <Title text=t("twofa-title")/>
        <crate::ui::Islands words=&["code", "passkey"]/>
        <Guard need=Need::TwoFactor children=move |info| {
            let (next, asked) = (next.clone(), asked.clone());
            let trust_days = info.trusted_browser_days;
            view! {
                <section class="card">
                    <h1>{t("twofa-heading")}</h1>
                    <Load data=data
                        found=move |step| view! { <Step step=step asked=asked.clone() next=next.clone() trust_days=trust_days/> }
                        missing=|| view! {
                            <p>
                                {t("twofa-none-before")}
                                <a href="/signin">{t("twofa-none-link")}</a>
                                {t("twofa-none-after")}
                            </p>
                        }/>
                    <PostForm path=SignOut::url() id="two-factor-cancel" class="inline">
                        <button type="submit" class="link-button">{t("twofa-cancel")}</button>
                    </PostForm>
                </section>
            }
        }/>
    }
}

/// The chosen method's form, then the other ways in.
#[component]
fn Step(step: SecondStep, asked: String, next: String, trust_days: u32) -> impl IntoView {
    let first = step.methods.first().copied().unwrap_or(SecondFactor::Sms);
    let method = SecondFactor::parse(&asked).filter(|m| step.methods.contains(m)).unwrap_or(first);
    let sent = step.code.is_some();
    let body = match (method, step.code) {
        (SecondFactor::Sms, Some(state)) => EitherOf5::A(view! {
            <p id="step-intro">{t("twofa-intro-sms-sent")}</p>
            <CodeEntry step=CodeStep::TwoFactor { next: next.clone(), trust_label: trust_label(trust_days) } state=state/>
        }),
        (SecondFactor::Sms, None) => EitherOf5::B(view! {
            <p id="step-intro">{t("twofa-intro-sms")}</p>
            <SendCodeForm next=next.clone() label=t("twofa-text-me") id="send-2fa-code" class="button"/>
        }),
        (SecondFactor::App, _) => EitherOf5::C(view! {
            <p id="step-intro">{t("twofa-intro-app")}</p>
            <FactorCodeForm kind=FactorCode::App next=next.clone() trust_days=trust_days/>
        }),
        (SecondFactor::Passkey, _) => EitherOf5::E(view! {
            <p id="step-intro">{t("twofa-intro-passkey")}</p>
            <PasskeyForm kind=PasskeyKind::SecondStep next=next.clone()/>
            <p class="when-static" id="passkey-needs-scripts">{t("twofa-passkey-needs-scripts")}</p>
        }),
        (SecondFactor::Recovery, _) => EitherOf5::D(view! {
            <p id="step-intro">{t("twofa-intro-recovery")}</p>
            <FactorCodeForm kind=FactorCode::Recovery next=next.clone() trust_days=trust_days/>
        }),
    };
    let has_others = step.methods.len() > 1;
    let others = step
        .methods
        .iter()
        .copied()
        .filter(|m| *m != method)
        .map(|m| {
            let href = with_next(&format!("/signin/2fa?method={}", m.as_str()), &next);
            let id = format!("use-{}", m.as_str());
            // A text is sent only when asked for; one already sent is shown again.
            if m == SecondFactor::Sms && !sent {
                view! { <li><SendCodeForm next=next.clone() label=switch_label(m) id="use-sms" class="link-button"/></li> }.into_any()
            } else {
                // A passkey needs scripts: without them it is not offered.
                let class = (m == SecondFactor::Passkey).then_some("when-live");
                view! { <li class=class><a href=href id=id>{switch_label(m)}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        {body}
        {has_others.then(|| view! {
            <nav class="other-ways" aria-labelledby="other-ways-title">
                <h2 id="other-ways-title">{t("twofa-other-ways")}</h2>
                <ul>{others}</ul>
            </nav>
        })}
    }
}

/// The link to switch to `m` ("Use ... instead"),
/// in the page's language.
fn switch_label(m: SecondFactor) -> String {
    t(match m {
        SecondFactor::Sms => "twofa-use-sms",
        SecondFactor::App => "twofa-use-app",
        SecondFactor::Passkey => "twofa-use-passkey",
        SecondFactor::Recovery => "twofa-use-recovery",
    })
}

/// Texts a code to the half session's number (a plain form: it works without scripts),
/// then the SMS code form.
#[component]
fn SendCodeForm(next: String, label: String, id: &'static str, class: &'static str) -> impl IntoView {
    view! {
        <PostForm path=SendTwoFactorCode::url() class="inline">
            {(!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next/> })}
            <button type="submit" id=id class=class>{label}</button>
        </PostForm>
    }
}
