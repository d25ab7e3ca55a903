//! `/profile`: who you are, and everything you can change about your account: photo,
//! name, two-factor sign-in, password, phone number; plus the recent security activity.

use crate::api::{
    get_profile, photo_url, ActivityItem, CancelPhoneChange, ChangePassword, CodeState, ConfirmPhoneChange, DisableTwoFactor,
    EnableTwoFactor, ProfileData, RemovePhoto, ResendCode, StartPhoneChange, UpdateName, UploadPhoto,
};
use crate::domain::time::date_time_utc;
use crate::domain::{AppError, Field};
use crate::ui::components::code::{CodeClock, CodeInput, CodeStatus, ResendForm};
use crate::ui::components::fields::ErrorNotice;
use crate::ui::components::fields::{error_of, ErrorSignal, FieldError, FormError, NoticeBanner, PasswordField, PhoneFields};
use crate::ui::components::guard::{Guard, Need};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos::server_fn::error::ServerFnUrlError;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use send_wrapper::SendWrapper;

/// Every action of the page; the page data is loaded again after any of them.
#[derive(Clone, Copy)]
struct Actions {
    name: ServerAction<UpdateName>,
    password: ServerAction<ChangePassword>,
    start_phone: ServerAction<StartPhoneChange>,
    confirm_phone: ServerAction<ConfirmPhoneChange>,
    cancel_phone: ServerAction<CancelPhoneChange>,
    resend: ServerAction<ResendCode>,
    enable_2fa: ServerAction<EnableTwoFactor>,
    disable_2fa: ServerAction<DisableTwoFactor>,
    remove_photo: ServerAction<RemovePhoto>,
    /// The photo upload sends multipart form data, which an `ActionForm` cannot: the
    /// browser's `FormData` goes through this action instead (the Wasm is single-threaded,
    /// hence the `SendWrapper`).
    upload: Action<SendWrapper<leptos::web_sys::FormData>, Result<(), AppError>>,
}

impl Actions {
    fn new() -> Self {
        Actions {
            name: ServerAction::new(),
            password: ServerAction::new(),
            start_phone: ServerAction::new(),
            confirm_phone: ServerAction::new(),
            cancel_phone: ServerAction::new(),
            resend: ServerAction::new(),
            enable_2fa: ServerAction::new(),
            disable_2fa: ServerAction::new(),
            remove_photo: ServerAction::new(),
            upload: Action::new(|data: &SendWrapper<leptos::web_sys::FormData>| {
                let data = (**data).clone();
                SendWrapper::new(async move { crate::api::upload_photo(data.into()).await })
            }),
        }
    }

    fn version(&self) -> usize {
        self.name.version().get()
            + self.password.version().get()
            + self.start_phone.version().get()
            + self.confirm_phone.version().get()
            + self.cancel_phone.version().get()
            + self.resend.version().get()
            + self.enable_2fa.version().get()
            + self.disable_2fa.version().get()
            + self.remove_photo.version().get()
            + self.upload.version().get()
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let actions = Actions::new();
    let data = Resource::new(move || actions.version(), |_| get_profile());
    view! {
        <Title text="Your profile · Phone Auth"/>
        <Guard need=Need::SignedIn children=move |info| view! {
            <h1>"Your profile"</h1>
            <NoticeBanner/>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || {
                    let country = info.default_country.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(Some(profile)) => EitherOf3::A(view! { <Sections profile=profile actions=actions country=country/> }),
                            Ok(None) => EitherOf3::B(view! { <p>"Your session has ended. " <a href="/signin">"Sign in"</a>"."</p> }),
                            Err(e) => EitherOf3::C(view! { <ErrorNotice error=e/> }),
                        }
                    })
                }}
            </Suspense>
        }/>
    }
}

#[component]
fn Sections(profile: ProfileData, actions: Actions, country: String) -> impl IntoView {
    let user = profile.user.clone();
    view! {
        <section class="card" aria-labelledby="overview-title">
            <h2 id="overview-title" class="visually-hidden">"Overview"</h2>
            <div class="profile-head">
                <Avatar version=profile.photo_version name=user.name.clone().unwrap_or_else(|| user.phone.clone())/>
                <dl class="facts">
                    <dt>"Phone number"</dt>
                    <dd><span id="profile-phone">{user.phone.clone()}</span>
                        " " <span class="badge ok">{if user.phone_verified { "verified" } else { "not verified" }}</span></dd>
                    <dt>"Name"</dt>
                    <dd id="profile-name">{user.name.clone().unwrap_or_else(|| "—".into())}</dd>
                    <dt>"Two-factor sign-in"</dt>
                    <dd id="profile-2fa">{if user.two_factor { "on" } else { "off" }}</dd>
                    <dt>"Member since"</dt>
                    <dd>{date_time_utc(user.member_since)}</dd>
                </dl>
            </div>
        </section>
        <PhotoSection has_photo=profile.photo_version.is_some() actions=actions/>
        <NameSection name=user.name.clone().unwrap_or_default() action=actions.name/>
        <TwoFactorSection on=user.two_factor actions=actions/>
        <PasswordSection action=actions.password/>
        <PhoneSection pending=profile.pending_phone.clone() actions=actions country=country/>
        <ActivitySection items=profile.activity.clone()/>
    }
}

#[component]
fn Avatar(version: Option<i64>, name: String) -> impl IntoView {
    let initial = name.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_uppercase().to_string()).unwrap_or_else(|| "?".into());
    match version {
        Some(v) => Either::Left(view! {
            <img class="avatar" id="profile-photo" src=photo_url(v) alt="Your profile photo" width="96" height="96"/>
        }),
        None => {
            Either::Right(view! { <span class="avatar placeholder" id="profile-photo-placeholder" aria-hidden="true">{initial}</span> })
        }
    }
}

/// The upload's error: from the action when the Wasm sent it, or from the URL when a
/// plain form post came back with `?__err=`.
fn upload_error(upload: Action<SendWrapper<leptos::web_sys::FormData>, Result<(), AppError>>) -> ErrorSignal {
    let from_url = use_context::<ServerActionError>()
        .filter(|e| e.path() == <UploadPhoto as ServerFn>::PATH)
        .map(|e| ServerFnUrlError::<AppError>::decode_err(e.err()));
    Signal::derive(move || match upload.value().get() {
        Some(Err(e)) => Some(e),
        Some(Ok(())) => None,
        None if upload.version().get() == 0 => from_url.clone(),
        None => None,
    })
}

#[component]
fn PhotoSection(has_photo: bool, actions: Actions) -> impl IntoView {
    let upload = actions.upload;
    let error = upload_error(upload);
    let remove_error = error_of(actions.remove_photo.value());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // With the Wasm running, send in place; without it the browser posts the form.
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            ev.prevent_default();
            let Some(form) = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok()) else { return };
            if let Ok(data) = leptos::web_sys::FormData::new_with_form(&form) {
                upload.dispatch(SendWrapper::new(data));
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, upload);
    };
    let upload_path = <UploadPhoto as ServerFn>::PATH;
    view! {
        <section class="card" aria-labelledby="photo-title">
            <h2 id="photo-title">"Profile photo"</h2>
            <form id="photo-form" class="form" method="post" action=upload_path enctype="multipart/form-data"
                on:submit=on_submit>
                <div class="field">
                    <label for="photo">"Choose a picture"</label>
                    <input id="photo" name="photo" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="photo-hint photo-error"/>
                    <p class="hint" id="photo-hint">"PNG, JPEG or WebP, up to 2 MB. It is shown at most 256 by 256 pixels."</p>
                    <FieldError error=error field=Field::Photo id="photo"/>
                </div>
                <FormError error=error/>
                <button type="submit" id="photo-submit" class="button" disabled=move || upload.pending().get()>
                    {move || if upload.pending().get() { "Uploading…" } else { "Upload photo" }}
                </button>
            </form>
            {has_photo.then(|| view! {
                <ActionForm action=actions.remove_photo attr:id="remove-photo-form" attr:class="inline">
                    <FormError error=remove_error/>
                    <button type="submit" id="remove-photo-submit" class="button secondary">"Remove photo"</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
fn NameSection(name: String, action: ServerAction<UpdateName>) -> impl IntoView {
    let error = error_of(action.value());
    view! {
        <section class="card" aria-labelledby="name-title">
            <h2 id="name-title">"Name"</h2>
            <ActionForm action=action attr:id="name-form" attr:class="form">
                <FormError error=error/>
                <div class="field">
                    <label for="name">"Your name " <span class="optional">"(optional)"</span></label>
                    <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=name aria-describedby="name-error"/>
                    <FieldError error=error field=Field::Name id="name"/>
                </div>
                <button type="submit" id="name-submit" class="button" disabled=move || action.pending().get()>"Save name"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn TwoFactorSection(on: bool, actions: Actions) -> impl IntoView {
    let enable_error = error_of(actions.enable_2fa.value());
    let disable_error = error_of(actions.disable_2fa.value());
    view! {
        <section class="card" aria-labelledby="two-factor-title">
            <h2 id="two-factor-title">"Two-factor sign-in"</h2>
            {if on {
                Either::Left(view! {
                    <p>"On: after your password, signing in also needs a code sent to your phone."</p>
                    <ActionForm action=actions.disable_2fa attr:id="disable-2fa-form" attr:class="form">
                        <FormError error=disable_error/>
                        <PasswordField id="disable-2fa-current" name="current" label="Current password (to turn it off)"
                            autocomplete="current-password" field=Field::CurrentPassword error=disable_error/>
                        <button type="submit" id="disable-2fa-submit" class="button secondary"
                            disabled=move || actions.disable_2fa.pending().get()>"Turn off two-factor sign-in"</button>
                    </ActionForm>
                })
            } else {
                Either::Right(view! {
                    <p>"Off. Turn it on and signing in with your password will also need a code sent to your phone."</p>
                    <ActionForm action=actions.enable_2fa attr:id="enable-2fa-form" attr:class="form">
                        <FormError error=enable_error/>
                        <button type="submit" id="enable-2fa-submit" class="button"
                            disabled=move || actions.enable_2fa.pending().get()>"Turn on two-factor sign-in"</button>
                    </ActionForm>
                })
            }}
        </section>
    }
}

#[component]
fn PasswordSection(action: ServerAction<ChangePassword>) -> impl IntoView {
    let error = error_of(action.value());
    view! {
        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">"Change password"</h2>
            <p class="hint">"Your other devices will be signed out."</p>
            <ActionForm action=action attr:id="password-form" attr:class="form">
                <FormError error=error/>
                <PasswordField id="password-current" name="current" label="Current password" autocomplete="current-password"
                    field=Field::CurrentPassword error=error/>
                <PasswordField id="password-new" name="password" label="New password" autocomplete="new-password"
                    field=Field::Password error=error hint="At least 8 characters. Long phrases are good."/>
                <PasswordField id="password-confirm" name="confirm" label="Confirm new password" autocomplete="new-password"
                    field=Field::Confirm error=error/>
                <button type="submit" id="password-submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Saving…" } else { "Change password" }}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn PhoneSection(pending: Option<CodeState>, actions: Actions, country: String) -> impl IntoView {
    let start_error = error_of(actions.start_phone.value());
    let confirm_error = error_of(actions.confirm_phone.value());
    let body = match pending {
        Some(state) => {
            let clock = CodeClock::new(&state);
            Either::Left(view! {
                <p>"Your number changes once you enter the code we sent to the new number."</p>
                <CodeStatus state=state clock=clock/>
                <ActionForm action=actions.confirm_phone attr:id="confirm-phone-form" attr:class="form">
                    <FormError error=confirm_error/>
                    <CodeInput error=confirm_error/>
                    <button type="submit" id="confirm-phone-submit" class="button"
                        disabled=move || actions.confirm_phone.pending().get() || clock.expired()>"Change my number"</button>
                </ActionForm>
                <ResendForm action=actions.resend purpose="change-phone" clock=clock/>
                <ActionForm action=actions.cancel_phone attr:id="cancel-phone-form" attr:class="inline">
                    <button type="submit" id="cancel-phone-submit" class="link-button">"Cancel the change"</button>
                </ActionForm>
            })
        }
        None => Either::Right(view! {
            <p class="hint">"We send a code to the new number. Your old number is told, and your other devices are signed out."</p>
            <ActionForm action=actions.start_phone attr:id="phone-form" attr:class="form">
                <FormError error=start_error/>
                <PhoneFields default_country=country error=start_error label="New phone number"/>
                <PasswordField id="phone-current" name="current" label="Current password" autocomplete="current-password"
                    field=Field::CurrentPassword error=start_error/>
                <button type="submit" id="phone-submit" class="button" disabled=move || actions.start_phone.pending().get()>
                    {move || if actions.start_phone.pending().get() { "Sending…" } else { "Send a code to the new number" }}
                </button>
            </ActionForm>
        }),
    };
    view! {
        <section class="card" aria-labelledby="phone-title">
            <h2 id="phone-title">"Change phone number"</h2>
            {body}
        </section>
    }
}

#[component]
fn ActivitySection(items: Vec<ActivityItem>) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|e| {
            view! {
                <tr class="activity-row">
                    <td>{date_time_utc(e.at)}</td>
                    <td>{e.event}</td>
                    <td>{e.device}</td>
                    <td>{e.ip}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card wide" aria-labelledby="activity-title">
            <h2 id="activity-title">"Recent security activity"</h2>
            <div class="table-scroll">
                <table id="activity" class="data">
                    <thead><tr><th scope="col">"When (UTC)"</th><th scope="col">"What"</th><th scope="col">"Device"</th><th scope="col">"IP address"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
