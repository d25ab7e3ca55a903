use crate::api::SignUp;
use crate::domain::Field;
use crate::ui::components::fields::{error_of, query_value, FieldError, FormError, PhoneFields};
use crate::ui::components::guard::{Guard, Need};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    let error = error_of(action.value());
    view! {
        <Title text="Create an account · Phone Auth"/>
        <Guard need=Need::SignedOut children=move |info| view! {
            <section class="card">
                <h1>"Create an account"</h1>
                <ActionForm action=action attr:id="signup-form" attr:class="form">
                    <FormError error=error/>
                    <PhoneFields default_country=info.default_country.clone() error=error/>
                    <div class="field">
                        <label for="password">"Password"</label>
                        <input id="password" name="password" type="password" autocomplete="new-password"
                            required minlength="8" maxlength="128" aria-describedby="password-hint password-error"/>
                        <p class="hint" id="password-hint">"At least 8 characters. Long phrases are good."</p>
                        <FieldError error=error field=Field::Password id="password"/>
                    </div>
                    <div class="field">
                        <label for="confirm">"Confirm password"</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required
                            aria-describedby="confirm-error"/>
                        <FieldError error=error field=Field::Confirm id="confirm"/>
                    </div>
                    <div class="field">
                        <label for="name">"Your name " <span class="optional">"(optional)"</span></label>
                        <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=query_value("name")
                            aria-describedby="name-error"/>
                        <FieldError error=error field=Field::Name id="name"/>
                    </div>
                    <button type="submit" id="signup-submit" class="button" disabled=move || action.pending().get()>
                        {move || if action.pending().get() { "Creating account…" } else { "Create account" }}
                    </button>
                    <p class="aside">"Already have an account? " <A href="/signin">"Sign in"</A></p>
                </ActionForm>
            </section>
        }/>
    }
}
