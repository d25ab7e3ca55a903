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
use crate::ui::i18n::{error_text, t, t_with, Arg};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_profile());
    view! {
        <Title text=t("profile-title")/>
        <crate::ui::Islands words=&["profile", "passkey", "code", "phone"]/>
        <Guard need=Need::SignedIn children=move |info| view! {
            <h1>{t("profile-title")}</h1>
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
            <h2 id="account-title">{t("profile-account")}</h2>
            <div class="profile-head">
                <Avatar version=profile.photo_version name=user.name.clone().unwrap_or_else(|| user.phone.clone())/>
                <dl class="facts">
                    <div><dt>{t("profile-phone-number")}</dt>
                        <dd><span id="profile-phone" dir="ltr">{user.phone.clone()}</span>
                            " " <span class="badge ok">{t(if user.phone_verified { "profile-verified" } else { "profile-not-verified" })}</span></dd></div>
                    <div><dt>{t("profile-name")}</dt><dd id="profile-name">{user.name.clone().unwrap_or_else(|| "—".into())}</dd></div>
                    <div><dt>{t("profile-member-since")}</dt><dd>{month_year(user.member_since, crate::ui::i18n::t_with)}</dd></div>
                </dl>
            </div>
            <div class="subsection">
                <h3 id="photo-title">{t("profile-photo")}</h3>
                <PhotoForm/>
                {profile.photo_version.is_some().then(|| view! {
                    <PostForm path=RemovePhoto::url() id="remove-photo-form" class="inline">
                        <button type="submit" id="remove-photo-submit" class="button secondary">{t("profile-remove-photo")}</button>
                    </PostForm>
                })}
            </div>
            <div class="subsection">
                <h3 id="name-title">{t("profile-name")}</h3>
                <NameForm name=user.name.clone().unwrap_or_default()/>
            </div>
            <PhoneSection pending=profile.pending_phone.clone() prefill=prefill/>
        </section>
        <section class="card section" id="security" aria-labelledby="security-title">
            <h2 id="security-title">{t("profile-security")}</h2>
            <div class="subsection">
                <h3 id="password-title">{t("profile-password")}</h3>
                <p class="hint">{t("profile-password-hint")}</p>
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
                    <span class="muted">" · " {t_with("profile-app-knows", &[("what", Arg::Text(&knows_words(&a.knows)))])} " · "
                        {before("profile-app-allowed-before")} <Time when=a.allowed_at.clone()/> {after("profile-app-allowed-after")}</span>
                    <PostForm path=DisconnectApp::url() class="inline">
                        <input type="hidden" name="client_id" value=a.client_id.clone()/>
                        <button type="submit" class="button secondary disconnect-app">{t("profile-app-disconnect")}</button>
                    </PostForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card section" id="apps" aria-labelledby="apps-title">
            <h2 id="apps-title">{t("profile-apps-title")}</h2>
            <p class="hint">{t("profile-apps-hint")}</p>
            <ul class="connected-apps">{rows}</ul>
        </section>
    }
}

#[component]
fn Avatar(version: Option<i64>, name: String) -> impl IntoView {
    let initial = name.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_uppercase().to_string()).unwrap_or_else(|| "?".into());
    match version {
        Some(v) => Either::Left(view! {
            <img class="avatar" id="profile-photo" src=photo_url(v) alt=t("profile-photo-alt") width="96" height="96"/>
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
                <label for="photo">{t("live-profile-photo-choose")}</label>
                <input id="photo" name="photo" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="photo-hint photo-error"/>
                <p class="hint" id="photo-hint">{t("live-profile-photo-hint")}</p>
                <FieldError error=error field=Field::Photo id="photo"/>
            </div>
            <FormError error=error/>
            <SubmitButton form=form id="photo-submit" class="button secondary" label=t("live-profile-photo-upload") busy=t("live-profile-photo-uploading")/>
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
                <label for="name">{t("profile-your-name")} {gap()} <span class="optional">{t("profile-optional")}</span></label>
                <input id="name" name="name" type="text" autocomplete="name" maxlength="64" value=value aria-describedby="name-error"/>
                <FieldError error=error field=Field::Name id="name"/>
            </div>
            <button type="submit" id="name-submit" class="button secondary">{t("profile-save-name")}</button>
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
            <p id="app-status">{before("profile-app-added-before")} <Time when=added/> {after("profile-app-added-after")}
                {used.map(|u| view! { {before("profile-app-used-before")} <Time when=u/> {after("profile-app-used-after")} })}
                {t("profile-app-end")}</p>
            <StepUpForm action=StepUp::RemoveApp/>
        }),
        (None, Some(setup)) => EitherOf3::B(view! { <AppSetupSteps setup=setup/> }),
        (None, None) => EitherOf3::C(view! {
            <p class="hint">{t("profile-app-none-hint")}</p>
            <StepUpForm action=StepUp::AddApp/>
        }),
    };
    view! {
        <div class="subsection" id="two-factor">
            <h3 id="two-factor-title">{t("profile-2fa-title")}</h3>
            <p>{before("profile-2fa-is-before")} <strong id="profile-2fa">{t(if on { "profile-2fa-on" } else { "profile-2fa-off" })}</strong>
                {after("profile-2fa-is-after")} {gap()}
                {t(if on { "profile-2fa-on-text" } else { "profile-2fa-off-text" })}</p>
            {if on {
                Either::Left(view! { <StepUpForm action=StepUp::TwoFactorOff/>
                    <p class="hint">{t("profile-2fa-off-hint")}</p> })
            } else {
                Either::Right(view! {
                    <PostForm path=EnableTwoFactor::url() id="enable-2fa-form" class="form compact">
                        <button type="submit" id="enable-2fa-submit" class="button secondary">{t("profile-2fa-turn-on")}</button>
                    </PostForm>
                })
            }}
            <h4 id="app-title">{t("profile-app-title")}</h4>
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
                    <p class="meta muted"><span>{before("profile-passkey-added-before")} <Time when=p.added_at.clone()/>
                        {after("profile-passkey-added-after")}</span>
                        <span>{match p.last_used_at.clone() {
                            Some(u) => view! { {before("profile-passkey-used-before")} <Time when=u/> {after("profile-passkey-used-after")} }
                                .into_any(),
                            None => view! { {t("profile-passkey-unused")} }.into_any(),
                        }}</span></p>
                    <details class="passkey-edit">
                        <summary>{t("profile-passkey-edit")}</summary>
                        <form method="post" action=RenamePasskey::url() class="form compact rename-passkey">
                            <input type="hidden" name="id" value=id.clone()/>
                            <div class="field">
                                <label for=format!("passkey-name-{id}")>{t("profile-name")}</label>
                                <input id=format!("passkey-name-{id}") name="name" type="text" maxlength="64" value=p.name.clone() required/>
                            </div>
                            <button type="submit" class="button secondary">{t("profile-passkey-rename")}</button>
                        </form>
                        <form method="post" action=RemovePasskey::url() class="form compact remove-passkey">
                            <input type="hidden" name="id" value=id.clone()/>
                            <div class="field">
                                <label for=format!("remove-passkey-current-{id}")>{t("profile-passkey-remove-password")}</label>
                                <input id=format!("remove-passkey-current-{id}") name="current" type="password" autocomplete="current-password" required/>
                            </div>
                            <button type="submit" class="button danger">{t("profile-passkey-remove")}</button>
                        </form>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="subsection" id="passkeys">
            <h3 id="passkeys-title">{t("profile-passkeys-title")}</h3>
            <p class="hint">{t("profile-passkeys-hint")}</p>
            {rename_error.or(remove_error).map(|e| view! { <p class="form-error" data-testid="form-error" role="alert">{error_text(&e)}</p> })}
            <ul id="passkey-list" class="card-list">{rows}</ul>
            <PasskeyForm kind=PasskeyKind::Register next=String::new()/>
            <p class="hint when-static">{t("profile-passkey-needs-js")}</p>
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
                <p>{t("profile-app-scan")}</p>
                <div class="qr" id="app-qr" role="img" aria-label=t("profile-app-qr-label") inner_html=setup.qr_svg/>
                <p class="hint">{before("profile-app-key-before")}
                    <code id="app-secret" class="secret">{setup.secret}</code>
                    " · " <a href=setup.uri id="app-link">{t("profile-app-open-link")}</a></p>
            </li>
            <li>
                <p>{t("profile-app-enter-code")}</p>
                <FactorCodeForm kind=FactorCode::ConfirmApp/>
            </li>
        </ol>
        <PostForm path=CancelApp::url() id="cancel-app-form" class="inline">
            <button type="submit" id="cancel-app-submit" class="link-button">{t("profile-app-cancel")}</button>
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
        let app = crate::api::Branding::current().app_name;
        let text = format!(
            "{}\n\n{}\n\n{}\n",
            t_with("profile-recovery-file-title", &[("app", Arg::Text(&app))]),
            list.join("\n"),
            t("profile-recovery-file-note")
        );
        let href = format!("data:text/plain;charset=utf-8,{}", crate::domain::url::encode_component(&text));
        view! {
            <div class="recovery-shown" id="recovery-shown">
                <p><strong>{t("profile-recovery-save")}</strong>
                    {gap()} {t("profile-recovery-save-why")}</p>
                <ol class="recovery-list" id="recovery-list">
                    {list.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                </ol>
                <p class="actions">
                    <a href=href download="recovery-codes.txt" class="button secondary" id="download-codes">{t("profile-recovery-download")}</a>
                    <CopyCodes text=text/>
                </p>
            </div>
        }
    });
    let count = match left {
        None => t("profile-recovery-none"),
        Some(0) => t("profile-recovery-used-up"),
        Some(n) => t_with("profile-recovery-left", &[("n", Arg::Number(i64::from(n)))]),
    };
    view! {
        <h4 id="recovery-title">{t("profile-recovery-title")}</h4>
        {shown}
        <p id="recovery-left" class:warning=left.is_some_and(|n| n <= 2)>{count}</p>
        <StepUpForm action=StepUp::NewRecoveryCodes/>
        {left.is_some().then(|| view! { <p class="hint">{t("profile-recovery-replace")}</p> })}
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
            <PasswordField id="password-current" name="current" label=t("profile-current-password") autocomplete="current-password"
                field=Field::CurrentPassword error=error/>
            <PasswordField id="password-new" name="password" label=t("profile-new-password") autocomplete="new-password"
                field=Field::Password error=error hint=t("profile-new-password-hint")/>
            <PasswordField id="password-confirm" name="confirm" label=t("profile-confirm-password") autocomplete="new-password"
                field=Field::Confirm error=error/>
            <button type="submit" id="password-submit" class="button">{t("profile-change-password")}</button>
        </form>
    }
}

#[component]
fn PhoneSection(pending: Option<CodeState>, prefill: PhonePrefill) -> impl IntoView {
    // Right after "Send a code to the new number", the code field takes the focus.
    let change_phone = CodeStep::ChangePhone { focus: query_value("notice") == "phone-code-sent" };
    let body = match pending {
        Some(state) => Either::Left(view! {
            <p>{t("profile-phone-pending")}</p>
            <CodeEntry step=change_phone state=state/>
            <PostForm path=CancelPhoneChange::url() id="cancel-phone-form" class="inline">
                <button type="submit" id="cancel-phone-submit" class="link-button">{t("profile-phone-cancel")}</button>
            </PostForm>
        }),
        None => Either::Right(view! {
            <p class="hint">{t("profile-phone-hint")}</p>
            <PhoneChangeForm prefill=prefill/>
        }),
    };
    view! {
        <div class="subsection">
            <h3 id="phone-title">{t("profile-phone-change-title")}</h3>
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
            <PhoneFields prefill=prefill error=error label=t("live-profile-new-phone")/>
            <PasswordField id="phone-current" name="current" label=t("live-profile-current-password") autocomplete="current-password"
                field=Field::CurrentPassword error=error/>
            <SubmitButton form=form id="phone-submit" label=t("live-profile-send-code") busy=t("live-profile-sending")/>
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
                    {e.warning.then(|| view! { <p class="badge warn">{t("profile-activity-was-you")}</p> })}
                    <p class="activity-event">{e.event.clone()}</p>
                    <p class="meta muted"><Time when=e.at.clone()/>{device}<span>{e.ip.clone()}</span></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="subsection">
            <h3 id="activity-title">{t("profile-activity-title")}</h3>
            <ol id="activity" class="card-list activity">{rows}</ol>
        </div>
    }
}

/// Where the account is signed in, in short; the sessions page lists and ends them.
#[component]
fn DevicesSection(sessions: Vec<SessionItem>) -> impl IntoView {
    let count = sessions.len();
    let summary = match count {
        0 | 1 => t("profile-devices-only-this"),
        n => t_with("profile-devices-count", &[("n", Arg::Number(n as i64))]),
    };
    let rows = sessions
        .into_iter()
        .take(DEVICES_SHOWN)
        .map(|s| {
            view! {
                <li>
                    <span class="device">{s.device.clone()}</span>
                    {s.this_device.then(|| view! { " " <span class="badge ok this-device">{t("profile-this-device")}</span> })}
                    <span class="muted">" · " {before("profile-device-active-before")} <Time when=s.last_active_at.clone()/>
                        {after("profile-device-active-after")}</span>
                </li>
            }
        })
        .collect_view();
    let more = count
        .checked_sub(DEVICES_SHOWN)
        .filter(|n| *n > 0)
        .map(|n| view! { <p class="muted">{t_with("profile-devices-more", &[("n", Arg::Number(n as i64))])}</p> });
    view! {
        <section class="card section" id="devices" aria-labelledby="devices-title">
            <h2 id="devices-title">{t("profile-devices-title")}</h2>
            <p id="devices-summary">{summary}</p>
            <ul class="device-summary">{rows}</ul>
            {more}
            <p class="actions"><a href="/sessions" class="button" id="manage-sessions">{t("profile-devices-review")}</a></p>
        </section>
    }
}

/// How many sessions the profile names before "and N more".
const DEVICES_SHOWN: usize = 3;

/// What a connected app may know, in the page's language (the OpenID Connect service
/// names it in English); words it does not know are shown as they are.
fn knows_words(english: &str) -> String {
    match english {
        "your phone number and name" => t("profile-knows-phone-name"),
        "your phone number" => t("profile-knows-phone"),
        "your name" => t("profile-knows-name"),
        "who you are" => t("profile-knows-identity"),
        other => other.to_string(),
    }
}

/// The space between two pieces of a sentence: none in Chinese.
fn gap() -> &'static str {
    if crate::ui::i18n::lang() == crate::domain::lang::Lang::ZhCn {
        ""
    } else {
        " "
    }
}

/// The words before a moment (`<Time>`) or a value: with the space that follows them,
/// or nothing when the language puts none there.
fn before(key: &str) -> String {
    let words = t(key);
    if words.is_empty() {
        words
    } else {
        words + gap()
    }
}

/// The words after a moment or a value: with the space before them (none before
/// punctuation), or nothing.
fn after(key: &str) -> String {
    let words = t(key);
    if words.is_empty() || words.starts_with(['.', ',', ';', ':', '!', '?', '。', '，', '、', '।', '،', ')', '）']) {
        words
    } else {
        format!("{}{words}", gap())
    }
}
