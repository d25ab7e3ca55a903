use crate::api::SignIn;
use crate::domain::Field;
use crate::ui::components::fields::{error_of, query_value, FieldError, FormError, NoticeBanner, PhoneFields};
use crate::ui::components::guard::{Guard, Need};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let error = error_of(action.value());
    let next = query_value("next");
    view! {
        <Title text="Sign in · Phone Auth"/>
        <Guard need=Need::SignedOut children=move |info| { let next = next.clone(); view! {
            <section class="card">
                <h1>"Sign in"</h1>
                <NoticeBanner/>
                <ActionForm action=action attr:id="signin-form" attr:class="form">
                    <FormError error=error/>
                    <input type="hidden" name="next" value=next.clone()/>
                    <PhoneFields default_country=info.default_country.clone() error=error/>
                    <div class="field">
                        <label for="password">"Password"</label>
                        <input id="password" name="password" type="password" autocomplete="current-password" required
                            aria-describedby="password-error"/>
                        <FieldError error=error field=Field::Password id="password"/>
                    </div>
                    <button type="submit" id="signin-submit" class="button" disabled=move || action.pending().get()>
                        {move || if action.pending().get() { "Signing in…" } else { "Sign in" }}
                    </button>
                    <p class="aside">
                        <A href="/signin/code" attr:id="signin-code-link">"Sign in with a code instead"</A>
                        " · "
                        <A href="/reset-password" attr:id="reset-link">"Forgot your password?"</A>
                    </p>
                    <p class="aside">"New here? " <A href="/signup">"Create an account"</A></p>
                </ActionForm>
            </section>
        }}/>
    }
}
