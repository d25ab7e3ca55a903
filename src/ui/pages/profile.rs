//! `/profile`: who you are, and everything you can change about your account: photo,
//! name, two-factor sign-in, password, phone number; plus the recent security activity.
//! The page is drawn on the server; each form with fields is an island.

use crate::api::{
    get_profile, photo_url, ActivityItem, CancelPhoneChange, ChangePassword, CodeState, DisableTwoFactor, EnableTwoFactor, ProfileData,
    RemovePhoto, StartPhoneChange, UpdateName, UploadPhoto,
};
use crate::domain::time::date_time_utc;
use crate::domain::Field;
use crate::ui::components::code::{CodeEntry, CodeStep};
use crate::ui::components::fields::{query_value, FieldError, FormError, Load, NoticeBanner, PasswordField, PostForm, SessionEnded};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_profile());
    view! {
        <Title text="Your profile · Phone Auth"/>
        <Guard need=Need::SignedIn children=move |info| view! {
            <h1>"Your profile"</h1>
            <NoticeBanner/>
            <Load data=data
                found=move |profile| view! { <Sections profile=profile prefill=PhonePrefill::from_flash(&info.default_country)/> }
                missing=SessionEnded/>
        }/>
    }
}

#[component]
fn Sections(profile: ProfileData, prefill: PhonePrefill) -> impl IntoView {
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
        <section class="card" aria-labelledby="photo-title">
            <h2 id="photo-title">"Profile photo"</h2>
            <PhotoForm/>
            {profile.photo_version.is_some().then(|| view! {
                <PostForm path=RemovePhoto::url() id="remove-photo-form" class="inline">
                    <button type="submit" id="remove-photo-submit" class="button secondary">"Remove photo"</button>
                </PostForm>
            })}
        </section>
        <section class="card" aria-labelledby="name-title">
            <h2 id="name-title">"Name"</h2>
            <NameForm name=user.name.clone().unwrap_or_default()/>
        </section>
        <TwoFactorSection on=user.two_factor/>
        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">"Change password"</h2>
            <p class="hint">"Your other devices will be signed out."</p>
            <PasswordForm/>
        </section>
        <PhoneSection pending=profile.pending_phone.clone() prefill=prefill/>
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

/// The photo upload: multipart form data (the browser's `FormData`, as posted).
#[island]
fn PhotoForm() -> impl IntoView {
    let form = Submitter::new(UploadPhoto::url());
    let error = form.error();
    view! {
        <form id="photo-form" class="form" method="post" action=form.path enctype="multipart/form-data" on:submit=form.on_submit()>
            <div class="field">
                <label for="photo">"Choose a picture"</label>
                <input id="photo" name="photo" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="photo-hint photo-error"/>
                <p class="hint" id="photo-hint">"PNG, JPEG or WebP, up to 2 MB. It is shown at most 256 by 256 pixels."</p>
                <FieldError error=error field=Field::Photo id="photo"/>
            </div>
            <FormError error=error/>
            <SubmitButton form=form id="photo-submit" label="Upload photo" busy="Uploading…"/>
        </form>
    }
}

#[island]
fn NameForm(name: String) -> impl IntoView {
    let form = Submitter::new(UpdateName::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="name-form">
            <div class="field">
                <label for="name">"Your name " <span class="optional">"(optional)"</span></label>
                <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=name aria-describedby="name-error"/>
                <FieldError error=error field=Field::Name id="name"/>
            </div>
            <SubmitButton form=form id="name-submit" label="Save name"/>
        </EnhancedForm>
    }
}

#[component]
fn TwoFactorSection(on: bool) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="two-factor-title">
            <h2 id="two-factor-title">"Two-factor sign-in"</h2>
            {if on {
                Either::Left(view! {
                    <p>"On: after your password, signing in also needs a code sent to your phone."</p>
                    <DisableTwoFactorForm/>
                })
            } else {
                Either::Right(view! {
                    <p>"Off. Turn it on and signing in with your password will also need a code sent to your phone."</p>
                    <PostForm path=EnableTwoFactor::url() id="enable-2fa-form">
                        <button type="submit" id="enable-2fa-submit" class="button">"Turn on two-factor sign-in"</button>
                    </PostForm>
                })
            }}
        </section>
    }
}

#[island]
fn DisableTwoFactorForm() -> impl IntoView {
    let form = Submitter::new(DisableTwoFactor::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="disable-2fa-form">
            <PasswordField id="disable-2fa-current" name="current" label="Current password (to turn it off)"
                autocomplete="current-password" field=Field::CurrentPassword error=error/>
            <SubmitButton form=form id="disable-2fa-submit" class="button secondary" label="Turn off two-factor sign-in"/>
        </EnhancedForm>
    }
}

#[island]
fn PasswordForm() -> impl IntoView {
    let form = Submitter::new(ChangePassword::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="password-form">
            <PasswordField id="password-current" name="current" label="Current password" autocomplete="current-password"
                field=Field::CurrentPassword error=error/>
            <PasswordField id="password-new" name="password" label="New password" autocomplete="new-password"
                field=Field::Password error=error hint="At least 8 characters. Long phrases are good."/>
            <PasswordField id="password-confirm" name="confirm" label="Confirm new password" autocomplete="new-password"
                field=Field::Confirm error=error/>
            <SubmitButton form=form id="password-submit" label="Change password" busy="Saving…"/>
        </EnhancedForm>
    }
}

#[component]
fn PhoneSection(pending: Option<CodeState>, prefill: PhonePrefill) -> impl IntoView {
    // Right after "Send a code to the new number", the code field takes the focus.
    let change_phone = CodeStep::ChangePhone { focus: query_value("notice") == "phone-code-sent" };
    let body = match pending {
        Some(state) => Either::Left(view! {
            <p>"Your number changes once you enter the code we sent to the new number."</p>
            <CodeEntry step=change_phone state=state/>
            <PostForm path=CancelPhoneChange::url() id="cancel-phone-form" class="inline">
                <button type="submit" id="cancel-phone-submit" class="link-button">"Cancel the change"</button>
            </PostForm>
        }),
        None => Either::Right(view! {
            <p class="hint">"We send a code to the new number. Your old number is told, and your other devices are signed out."</p>
            <PhoneChangeForm prefill=prefill/>
        }),
    };
    view! {
        <section class="card" aria-labelledby="phone-title">
            <h2 id="phone-title">"Change phone number"</h2>
            {body}
        </section>
    }
}

#[island]
fn PhoneChangeForm(prefill: PhonePrefill) -> impl IntoView {
    let form = Submitter::new(StartPhoneChange::url());
    let error = form.error();
    view! {
        <EnhancedForm form=form id="phone-form">
            <PhoneFields prefill=prefill error=error label="New phone number"/>
            <PasswordField id="phone-current" name="current" label="Current password" autocomplete="current-password"
                field=Field::CurrentPassword error=error/>
            <SubmitButton form=form id="phone-submit" label="Send a code to the new number" busy="Sending…"/>
        </EnhancedForm>
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
