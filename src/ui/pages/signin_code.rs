use crate::api::{get_code_state, FinishCodeSignIn, RestartFlow, SignOut, Viewer};
use crate::domain::url::with_next;
use crate::domain::Field;
use crate::ui::components::code::{CodeEntry, CodeStep, FlowStart, FlowStartForm};
use crate::ui::components::fields::{query_value, url_error, ErrorSignal, FormError, Load, PasswordField, PostForm};
use crate::ui::components::guard::{ContinueTo, Guard, Need};
use crate::ui::components::phone::PhonePrefill;
use crate::ui::i18n::t;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/signin/code`: passwordless sign-in. First the phone number; then the code sent to it
/// (if it has an account: the page looks the same either way); for an account with
/// two-factor sign-in, after the right code, its password.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_code_state("sign-in".into()));
    let next = query_value("next");
    view! {
        <Title text=t("signincode-title")/>
        <crate::ui::Islands words=&["code", "phone"]/>
        <Guard need=Need::CodeSignIn children=move |info| {
            let next = next.clone();
            if info.viewer == Viewer::PasswordStep {
                return Either::Left(view! { <PasswordStep next=next/> });
            }
            let prefill = PhonePrefill::from_flash(&info.default_country);
            let next_start = next.clone();
            let (password_link, sign_up) = (with_next("/signin", &next), with_next("/signup", &next));
            Either::Right(view! {
                <section class="card">
                    <h1>{t("signincode-title")}</h1>
                    <ContinueTo info=info.clone()/>
                    <Load data=data
                        found=move |state| view! {
                            <CodeEntry step=CodeStep::SignIn { next: next.clone() } state=state/>
                            <RestartForm page="/signin/code"/>
                        }
                        missing=move || view! {
                            <p>{t("signincode-intro")}</p>
                            <FlowStartForm kind=FlowStart::SignIn prefill=prefill.clone() next=next_start.clone()/>
                        }/>
                    <p class="aside"><a href=password_link id="signin-password-link">{t("signincode-password-link")}</a> " · " <a href=sign_up id="signup-link">{t("signincode-signup-link")}</a></p>
                </section>
            })
        }/>
    }
}

/// The password step: the code was right and the account has two-factor sign-in on, so
/// its password is the second factor. Giving up signs the half session out.
#[component]
fn PasswordStep(next: String) -> impl IntoView {
    view! {
        <section class="card">
            <h1>{t("signincode-step-title")}</h1>
            <p id="password-step-intro">{t("signincode-step-intro")}</p>
            <PasswordStepForm next=next/>
            <PostForm path=SignOut::url() id="password-step-cancel" class="inline">
                <button type="submit" class="link-button">{t("signincode-step-cancel")}</button>
            </PostForm>
        </section>
    }
}

/// The password form: a plain post, whose error comes back in the flash and shows beside
/// the field (or above the form when it is not the password's). No island: nothing here
/// needs the Wasm.
#[component]
fn PasswordStepForm(next: String) -> impl IntoView {
    let path = FinishCodeSignIn::url();
    let error: ErrorSignal = Signal::stored(url_error(path));
    view! {
        <form method="post" action=path id="password-step-form" class="form">
            <FormError error=error/>
            <input type="hidden" name="next" value=next/>
            <PasswordField id="password" name="password" label=t("signincode-password") autocomplete="current-password"
                field=Field::Password error=error/>
            <button type="submit" id="password-step-submit" class="button">{t("signincode-step-submit")}</button>
        </form>
    }
}

/// "Use another number": forgets this browser's flow and shows the first step again.
#[component]
pub fn RestartForm(page: &'static str) -> impl IntoView {
    view! {
        <PostForm path=RestartFlow::url() id="restart-form" class="inline">
            <input type="hidden" name="page" value=page/>
            <button type="submit" class="link-button" id="restart-submit">{t("signincode-restart")}</button>
        </PostForm>
    }
}
