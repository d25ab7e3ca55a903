use crate::api::SignIn;
use crate::domain::url::with_next;
use crate::domain::Field;
use crate::ui::components::fields::{query_value, FieldError, NoticeBanner};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::guard::{ContinueTo, Guard, Need};
use crate::ui::components::passkey::{PasskeyForm, PasskeyKind};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <Title text=t("signin-title")/>
        <crate::ui::Islands words=&["auth", "phone", "passkey"]/>
        <Guard need=Need::SignedOut children=move |info| {
            let next = query_value("next");
            // Passwordless sign-in goes on to the same place.
            let (code_link, sign_up) = (with_next("/signin/code", &next), with_next("/signup", &next));
            view! {
            <section class="card">
                <h1>{t("signin-title")}</h1>
                <ContinueTo info=info.clone()/>
                <NoticeBanner/>
                <SignInForm prefill=PhonePrefill::from_flash(&info.default_country) next=next.clone() passkeys=info.passkeys/>
                {info.passkeys.then(|| view! {
                    <div class="or-passkey when-live"><p class="divider"><span>{t("signin-or")}</span></p>
                        <PasskeyForm kind=PasskeyKind::SignIn next=next.clone()/></div>
                })}
                <p class="aside">
                    <a href=code_link id="signin-code-link">{t("signin-code-link")}</a>
                    " · "
                    <a href="/reset-password" id="reset-link">{t("signin-reset-link")}</a>
                </p>
                <p class="aside">{t("signin-new-here")}<a href=sign_up id="signup-link">{t("signin-signup-link")}</a></p>
            </section>
            }
        }/>
    }
}

#[island]
fn SignInForm(prefill: PhonePrefill, next: String, passkeys: bool) -> impl IntoView {
    let form = Submitter::new(SignIn::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="signin-form">
            <input type="hidden" name="next" value=next/>
            // With passkeys, the number field is where the browser offers them too.
            <PhoneFields prefill=prefill error=error autocomplete=if passkeys { "username webauthn" } else { "tel" }/>
            <div class="field">
                <label for="password">{t("live-auth-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                    aria-describedby="password-error"/>
                <FieldError error=error field=Field::Password id="password"/>
            </div>
            <SubmitButton form=form id="signin-submit" label=t("live-auth-signin-submit") busy=t("live-auth-signin-busy")/>
        </EnhancedForm>
    }
}
