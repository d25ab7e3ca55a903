//! The security suite: one file per requirement, named after the OWASP ASVS 4.0.3 item it
//! checks where one applies. Each test tries the attack and asserts it is refused.

mod asvs_11_1_4_send_quota;
mod asvs_12_1_bounded_work;
mod asvs_13_1_body_limits;
mod asvs_14_4_headers;
mod asvs_2_2_1;
mod asvs_2_2_1_atomic_tries;
mod asvs_2_7_2;
mod asvs_2_7_3;
mod asvs_2_7_5;
mod asvs_2_7_6;
mod asvs_3_2_1;
mod asvs_3_3_1;
mod asvs_3_3_3;
mod asvs_3_3_4;
mod asvs_3_3_sessions_follow_the_password;
mod asvs_3_4_1;
mod asvs_3_4_2;
mod asvs_3_4_3;
mod asvs_3_4_4;
mod asvs_3_4_5;
mod asvs_3_5_3_sealed_flow_cookie;
mod asvs_3_7_1;
mod asvs_4_2_2;
mod asvs_5_1_nothing_forged_in_urls;
mod client_ip;
mod enumeration;
mod fuzz_inputs;
mod half_session;
mod passwordless_two_factor;
mod sms_pumping;

use crate::helpers::*;

/// All `Set-Cookie` headers of a response.
pub fn set_cookies(r: &reqwest::Response) -> Vec<String> {
    r.headers().get_all(reqwest::header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect()
}

/// An app with a verified account signed in on `app.client`; returns the number.
pub async fn signed_in(app: &TestApp) -> String {
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    phone
}
