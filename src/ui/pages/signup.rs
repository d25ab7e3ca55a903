use crate::api::SignUp;
use crate::domain::url::with_next;
use crate::domain::Field;
use crate::ui::components::fields::{kept_value, query_value, FieldError};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::guard::{ContinueTo, Guard, Need};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SignUpPage() -> impl IntoView {
    view! {
        <Title text=t("signup-title")/>
        <crate::ui::Islands words=&["auth", "phone"]/>
        <Guard need=Need::SignedOut children=move |info| {
            // An app's sign-in request (or another page) the person was on their way to:
            // carried through sign-up and verification, and back to sign-in.
            let next = query_value("next");
            let sign_in = with_next("/signin", &next);
            view! {
            <section class="card">
                <h1>{t("signup-title")}</h1>
                <ContinueTo info=info.clone()/>
                <SignUpForm prefill=PhonePrefill::from_flash(&info.default_country) name=kept_value("name") next=next/>
                <p class="aside">{t("signup-have-account")}<a href=sign_in id="signin-link">{t("signup-signin-link")}</a></p>
            </section>
            }
        }/>
    }
}

#[island]
fn SignUpForm(prefill: PhonePrefill, name: String, next: String) -> impl IntoView {
    let form = Submitter::new(SignUp::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="signup-form">
            {(!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next/> })}
            <PhoneFields prefill=prefill error=error/>
            <div class="field">
                <label for="password">{t("live-auth-password")}</label>
                <input id="password" name="password" type="password" autocomplete="new-password"
                    required minlength="8" maxlength="128" aria-describedby="password-hint password-error"/>
                <p class="hint" id="password-hint">{t("live-auth-password-hint")}</p>
                <FieldError error=error field=Field::Password id="password"/>
            </div>
            <div class="field">
                <label for="confirm">{t("live-auth-confirm-password")}</label>
                <input id="confirm" name="confirm" type="password" autocomplete="new-password" required
                    aria-describedby="confirm-error"/>
                <FieldError error=error field=Field::Confirm id="confirm"/>
            </div>
            <div class="field">
                <label for="name">{t("live-auth-name")}<span class="optional">{t("live-auth-optional")}</span></label>
                <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=name
                    aria-describedby="name-error"/>
                <FieldError error=error field=Field::Name id="name"/>
            </div>
            <SubmitButton form=form id="signup-submit" label=t("live-auth-signup-submit") busy=t("live-auth-signup-busy")/>
        </EnhancedForm>
    }
}
