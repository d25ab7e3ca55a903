//! `/profile`: who you are, and everything you can change about your account, in three
//! sections: Account (photo, name, phone number), Security (password, two-factor
//! sign-in, the recent activity), Devices (where you are signed in, in short) and, when
//! there are any, Connected apps (other apps that sign in with this account). The
//! page is drawn on the server; each form with fields is an island.

use crate::api::{
    get_profile, photo_url, ActivityItem, AppSetup, CancelApp, CancelPhoneChange, ChangePassword, CodeState, ConnectedApp, DisconnectApp,
    EnableTwoFactor, FactorsInfo, PasskeyItem, ProfileData, RemovePasskey, RemovePhoto, RenamePasskey, SessionItem, StartPhoneChange,
    UpdateName, UploadPhoto, RECOVERY_CODES_FLASH,
};
use crate::domain::time::month_year;
use crate::domain::Field;
use crate::ui::components::code::{CodeEntry, CodeStep};
use crate::ui::components::factors::{CopyCodes, FactorCode, FactorCodeForm, StepUp, StepUpForm};
use crate::ui::components::fields::{
    kept_value, query_value, url_error, FieldError, FormError, FormFlash, Load, NoticeBanner, PasswordField, PostForm, SessionEnded,
};
use crate::ui::components::form::{EnhancedForm, SubmitButton, Submitter};
use crate::ui::components::guard::{Guard, Need};
use crate::ui::components::passkey::{PasskeyForm, PasskeyKind};
use crate::ui::components::phone::{PhoneFields, PhonePrefill};
use crate::ui::components::when::Time;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_profile());
    view! {
        <Title text="Your profile"/>
        <Guard need=Need::SignedIn children=move |info| view! {
            <h1>"Your profile"</h1>
            <NoticeBanner/>
            <Load data=data
                found=move |profile| view! { <Sections profile=profile prefill=PhonePrefill::from_flash(&info.default_country)/> }
                missing=SessionEnded/>
        }/>
    }
}

/// Three sections, each with a heading and one primary action: Account (who you are:
/// photo, name, phone number), Security (password, two-factor sign-in, what happened
/// lately) and Devices (where you are signed in).
#[component]
fn Sections(profile: ProfileData, prefill: PhonePrefill) -> impl IntoView {
    let user = profile.user.clone();
    view! {
        <section class="card section" id="account" aria-labelledby="account-title">
            <h2 id="account-title">"Account"</h2>
            <div class="profile-head">
                <Avatar version=profile.photo_version name=user.name.clone().unwrap_or_else(|| user.phone.clone())/>
                <dl class="facts">
                    <div><dt>"Phone number"</dt>
                        <dd><span id="profile-phone" dir="ltr">{user.phone.clone()}</span>
                            " " <span class="badge ok">{if user.phone_verified { "verified" } else { "not verified" }}</span></dd></div>
                    <div><dt>"Name"</dt><dd id="profile-name">{user.name.clone().unwrap_or_else(|| "—".into())}</dd></div>
                    <div><dt>"Member since"</dt><dd>{month_year(user.member_since)}</dd></div>
                </dl>
            </div>
            <div class="subsection">
                <h3 id="photo-title">"Profile photo"</h3>
                <PhotoForm/>
                {profile.photo_version.is_some().then(|| view! {
                    <PostForm path=RemovePhoto::url() id="remove-photo-form" class="inline">
                        <button type="submit" id="remove-photo-submit" class="button secondary">"Remove photo"</button>
                    </PostForm>
                })}
            </div>
            <div class="subsection">
                <h3 id="name-title">"Name"</h3>
                <NameForm name=user.name.clone().unwrap_or_default()/>
            </div>
            <PhoneSection pending=profile.pending_phone.clone() prefill=prefill/>
        </section>
        <section class="card section" id="security" aria-labelledby="security-title">
            <h2 id="security-title">"Security"</h2>
            <div class="subsection">
                <h3 id="password-title">"Password"</h3>
                <p class="hint">"Changing it signs out your other devices."</p>
                <PasswordForm/>
            </div>
            {profile.passkeys.clone().map(|list| view! { <PasskeysSection list=list/> })}
            <TwoFactorSection on=user.two_factor factors=profile.factors.clone()/>
            <ActivitySection items=profile.activity.clone()/>
        </section>
        <DevicesSection sessions=profile.sessions.clone()/>
        {(!profile.apps.is_empty()).then(|| view! { <ConnectedApps apps=profile.apps.clone()/> })}
    }
}

/// The apps that sign in with this account (OpenID Connect), each with a plain form
/// (no Wasm) to disconnect it. Shown only when there is one.
#[component]
fn ConnectedApps(apps: Vec<ConnectedApp>) -> impl IntoView {
    let rows = apps
        .into_iter()
        .map(|a| {
            view! {
                <li class="connected-app">
                    <span class="app-name">{a.name.clone()}</span>
                    <span class="muted">" · knows " {a.knows.clone()} " · allowed " <Time when=a.allowed_at.clone()/></span>
                    <PostForm path=DisconnectApp::url() class="inline">
                        <input type="hidden" name="client_id" value=a.client_id.clone()/>
                        <button type="submit" class="button secondary disconnect-app">"Disconnect"</button>
                    </PostForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card section" id="apps" aria-labelledby="apps-title">
            <h2 id="apps-title">"Connected apps"</h2>
            <p class="hint">"These apps sign you in with this account. Disconnecting one ends its access to your account; it asks again next time you use it."</p>
            <ul class="connected-apps">{rows}</ul>
        </section>
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
            <SubmitButton form=form id="photo-submit" class="button secondary" label="Upload photo" busy="Uploading…"/>
        </form>
    }
}

/// The name: a plain form drawn on the server (no island: a save reloads the page with
/// its notice, or with the error beside the field, from the flash).
#[component]
fn NameForm(name: String) -> impl IntoView {
    let error = Signal::stored(url_error(UpdateName::url()));
    // What was typed comes back with an error.
    let typed = kept_value("name");
    let value = if error.with_untracked(Option::is_some) { typed } else { name };
    view! {
        <form method="post" action=UpdateName::url() id="name-form" class="form">
            <FormError error=error/>
            <div class="field">
                <label for="name">"Your name " <span class="optional">"(optional)"</span></label>
                <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=value aria-describedby="name-error"/>
                <FieldError error=error field=Field::Name id="name"/>
            </div>
            <button type="submit" id="name-submit" class="button secondary">"Save name"</button>
        </form>
    }
}

/// Two-factor sign-in: on or off, the authenticator app (add, finish its set-up, remove)
/// and, while it is on, the recovery codes (how many are left, new ones; just made, the
/// codes themselves, this once).
#[component]
fn TwoFactorSection(on: bool, factors: FactorsInfo) -> impl IntoView {
    let app = match (factors.app, factors.setup) {
        (Some((added, used)), _) => EitherOf3::A(view! {
            <p id="app-status">"Added " <Time when=added/>
                {used.map(|u| view! { ", last used " <Time when=u/> })} "."</p>
            <StepUpForm action=StepUp::RemoveApp/>
        }),
        (None, Some(setup)) => EitherOf3::B(view! { <AppSetupSteps setup=setup/> }),
        (None, None) => EitherOf3::C(view! {
            <p class="hint">"An app such as Google Authenticator, Microsoft Authenticator or 1Password makes a new code every 30 seconds, with no signal needed. Setting one up turns two-factor sign-in on."</p>
            <StepUpForm action=StepUp::AddApp/>
        }),
    };
    view! {
        <div class="subsection" id="two-factor">
            <h3 id="two-factor-title">"Two-factor sign-in"</h3>
            <p>"Two-factor sign-in is " <strong id="profile-2fa">{if on { "on" } else { "off" }}</strong> ". "
                {if on {
                    "After your password, signing in also needs a second step: a code sent to your phone, or from your authenticator app, or a recovery code."
                } else {
                    "Turn it on and signing in with your password will also need a code sent to your phone."
                }}</p>
            {if on {
                Either::Left(view! { <StepUpForm action=StepUp::TwoFactorOff/>
                    <p class="hint">"Turning it off also removes your authenticator app and recovery codes."</p> })
            } else {
                Either::Right(view! {
                    <PostForm path=EnableTwoFactor::url() id="enable-2fa-form" class="form compact">
                        <button type="submit" id="enable-2fa-submit" class="button secondary">"Turn on two-factor sign-in"</button>
                    </PostForm>
                })
            }}
            <h4 id="app-title">"Authenticator app"</h4>
            {app}
            {on.then(|| view! { <RecoveryCodes left=factors.recovery_left/> })}
        </div>
    }
}

/// The passkeys: each with its name (rename), when added and last used, and removal
/// (after the password); adding one needs scripts (the WebAuthn API), so without them
/// the page says so.
#[component]
fn PasskeysSection(list: Vec<PasskeyItem>) -> impl IntoView {
    let rename_error = url_error(RenamePasskey::url());
    let remove_error = url_error(RemovePasskey::url());
    let rows = list
        .into_iter()
        .map(|p| {
            let id = p.id.to_string();
            view! {
                <li class="passkey-row">
                    <p class="device passkey-name">{p.name.clone()}</p>
                    <p class="meta muted"><span>"added " <Time when=p.added_at.clone()/></span>
                        <span>{match p.last_used_at.clone() {
                            Some(u) => view! { "last used " <Time when=u/> }.into_any(),
                            None => view! { "not used yet" }.into_any(),
                        }}</span></p>
                    <details class="passkey-edit">
                        <summary>"Rename or remove"</summary>
                        <form method="post" action=RenamePasskey::url() class="form compact rename-passkey">
                            <input type="hidden" name="id" value=id.clone()/>
                            <div class="field">
                                <label for=format!("passkey-name-{id}")>"Name"</label>
                                <input id=format!("passkey-name-{id}") name="name" type="text" maxlength="64" value=p.name.clone() required/>
                            </div>
                            <button type="submit" class="button secondary">"Rename"</button>
                        </form>
                        <form method="post" action=RemovePasskey::url() class="form compact remove-passkey">
                            <input type="hidden" name="id" value=id.clone()/>
                            <div class="field">
                                <label for=format!("remove-passkey-current-{id}")>"Current password (to remove it)"</label>
                                <input id=format!("remove-passkey-current-{id}") name="current" type="password" autocomplete="current-password" required/>
                            </div>
                            <button type="submit" class="button danger">"Remove this passkey"</button>
                        </form>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="subsection" id="passkeys">
            <h3 id="passkeys-title">"Passkeys"</h3>
            <p class="hint">"A passkey signs you in with your fingerprint, face or screen lock: no number or password to type, and nothing a fake site can catch. With two-factor sign-in on, it is both steps in one."</p>
            {rename_error.or(remove_error).map(|e| view! { <p class="form-error" data-testid="form-error" role="alert">{e.to_string()}</p> })}
            <ul id="passkey-list" class="card-list">{rows}</ul>
            <PasskeyForm kind=PasskeyKind::Register next=String::new()/>
            <p class="hint when-static">"Adding a passkey needs JavaScript."</p>
        </div>
    }
}

/// Setting up the authenticator app: the QR code (drawn on the server) and the secret to
/// type, then the app's first code.
#[component]
fn AppSetupSteps(setup: AppSetup) -> impl IntoView {
    view! {
        <ol class="steps" id="app-setup">
            <li>
                <p>"Scan this QR code with your authenticator app."</p>
                <div class="qr" id="app-qr" role="img" aria-label="QR code for your authenticator app" inner_html=setup.qr_svg/>
                <p class="hint">"Can't scan it? Enter this key in the app instead (time-based): "
                    <code id="app-secret" class="secret">{setup.secret}</code>
                    " · " <a href=setup.uri id="app-link">"open in an authenticator app on this device"</a></p>
            </li>
            <li>
                <p>"Enter the 6-digit code the app shows."</p>
                <FactorCodeForm kind=FactorCode::ConfirmApp/>
            </li>
        </ol>
        <PostForm path=CancelApp::url() id="cancel-app-form" class="inline">
            <button type="submit" id="cancel-app-submit" class="link-button">"Cancel the set-up"</button>
        </PostForm>
    }
}

/// The recovery codes: just made, the codes (read from the flash, this page load only),
/// to save; then how many are left, and new ones.
#[component]
fn RecoveryCodes(left: Option<u32>) -> impl IntoView {
    let fresh = use_context::<FormFlash>()
        .filter(|f| f.path == RECOVERY_CODES_FLASH)
        .and_then(|f| f.kept.into_iter().find(|(k, _)| k == "codes").map(|(_, v)| v));
    let shown = fresh.map(|codes| {
        let list: Vec<String> = codes.split(' ').map(str::to_string).collect();
        let text = format!("{} recovery codes\n\n{}\n\nEach code works once.\n", crate::api::Branding::current().app_name, list.join("\n"));
        let href = format!("data:text/plain;charset=utf-8,{}", crate::domain::url::encode_component(&text));
        view! {
            <div class="recovery-shown" id="recovery-shown">
                <p><strong>"Save these codes now: they are shown only this once."</strong>
                    " If your phone is out of reach, each one signs you in once, in place of a code."</p>
                <ol class="recovery-list" id="recovery-list">
                    {list.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                </ol>
                <p class="actions">
                    <a href=href download="recovery-codes.txt" class="button secondary" id="download-codes">"Download as a text file"</a>
                    <CopyCodes text=text/>
                </p>
            </div>
        }
    });
    let count = match left {
        None => "You have no recovery codes. Make some: each one signs you in once if your phone is out of reach.".to_string(),
        Some(0) => "You have used all your recovery codes. Make new ones.".to_string(),
        Some(1) => "1 recovery code left.".to_string(),
        Some(n) => format!("{n} recovery codes left."),
    };
    view! {
        <h4 id="recovery-title">"Recovery codes"</h4>
        {shown}
        <p id="recovery-left" class:warning=left.is_some_and(|n| n <= 2)>{count}</p>
        <StepUpForm action=StepUp::NewRecoveryCodes/>
        {left.is_some().then(|| view! { <p class="hint">"New codes replace every earlier one."</p> })}
    }
}

/// The password change: a plain form drawn on the server (no island; the answer reloads
/// the page with its notice, or with the error beside its field, from the flash).
#[component]
fn PasswordForm() -> impl IntoView {
    let error = Signal::stored(url_error(ChangePassword::url()));
    view! {
        <form method="post" action=ChangePassword::url() id="password-form" class="form">
            <FormError error=error/>
            <PasswordField id="password-current" name="current" label="Current password" autocomplete="current-password"
                field=Field::CurrentPassword error=error/>
            <PasswordField id="password-new" name="password" label="New password" autocomplete="new-password"
                field=Field::Password error=error hint="At least 8 characters. Long phrases are good."/>
            <PasswordField id="password-confirm" name="confirm" label="Confirm new password" autocomplete="new-password"
                field=Field::Confirm error=error/>
            <button type="submit" id="password-submit" class="button">"Change password"</button>
        </form>
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
        <div class="subsection">
            <h3 id="phone-title">"Change phone number"</h3>
            {body}
        </div>
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

/// The latest security events, newest first: one card each, a sentence and when, from
/// which device and address. Events that may be someone else are marked.
#[component]
fn ActivitySection(items: Vec<ActivityItem>) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|e| {
            let device = (!e.names_device).then(|| view! { <span>{e.device.clone()}</span> });
            view! {
                <li class="activity-row" class:warning=e.warning>
                    {e.warning.then(|| view! { <p class="badge warn">"Was this you?"</p> })}
                    <p class="activity-event">{e.event.clone()}</p>
                    <p class="meta muted"><Time when=e.at.clone()/>{device}<span>{e.ip.clone()}</span></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="subsection">
            <h3 id="activity-title">"Recent activity"</h3>
            <ol id="activity" class="card-list activity">{rows}</ol>
        </div>
    }
}

/// Where the account is signed in, in short; the sessions page lists and ends them.
#[component]
fn DevicesSection(sessions: Vec<SessionItem>) -> impl IntoView {
    let count = sessions.len();
    let summary = match count {
        0 | 1 => "You are signed in on this device only.".to_string(),
        n => format!("You are signed in on {n} devices."),
    };
    let rows = sessions
        .into_iter()
        .take(DEVICES_SHOWN)
        .map(|s| {
            view! {
                <li>
                    <span class="device">{s.device.clone()}</span>
                    {s.this_device.then(|| view! { " " <span class="badge ok this-device">"this device"</span> })}
                    <span class="muted">" · last active " <Time when=s.last_active_at.clone()/></span>
                </li>
            }
        })
        .collect_view();
    let more = count.checked_sub(DEVICES_SHOWN).filter(|n| *n > 0).map(|n| view! { <p class="muted">{format!("and {n} more")}</p> });
    view! {
        <section class="card section" id="devices" aria-labelledby="devices-title">
            <h2 id="devices-title">"Devices"</h2>
            <p id="devices-summary">{summary}</p>
            <ul class="device-summary">{rows}</ul>
            {more}
            <p class="actions"><a href="/sessions" class="button" id="manage-sessions">"Review your devices"</a></p>
        </section>
    }
}

/// How many sessions the profile names before "and N more".
const DEVICES_SHOWN: usize = 3;
