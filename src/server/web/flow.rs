//! This browser's signed-out code flow (passwordless sign-in, password reset): its
//! sealed cookie.

use super::Ctx;
use crate::domain::{CodePurpose, PhoneNumber};
use crate::server::flow::{self, Flow};
use http::header::SET_COOKIE;

impl Ctx {
    /// How long a signed-out code flow lasts: the flow cookie's `Max-Age`, and the age past
    /// which its start time is refused.
    fn flow_ttl(&self) -> i64 {
        self.state.config.limits.flow_ttl
    }

    /// The signed-out code flow this browser started for `purpose`, if it is still valid.
    pub fn flow(&self, purpose: CodePurpose) -> Option<Flow> {
        self.any_flow().filter(|f| f.purpose == purpose)
    }

    /// The signed-out code flow this browser started, whatever it is for, if it is still
    /// valid.
    pub fn any_flow(&self) -> Option<Flow> {
        let secure = self.state.config.is_https();
        let value = flow::COOKIE.read(&self.meta.cookies, secure)?;
        Flow::decode(value, &self.state.cookie_keys, crate::server::clock::now(), self.flow_ttl())
    }

    pub fn set_flow(&self, purpose: CodePurpose, phone: &PhoneNumber) {
        let f = Flow { purpose, phone: phone.clone(), started_at: crate::server::clock::now() };
        let secure = self.state.config.is_https();
        self.append_header(SET_COOKIE, &flow::COOKIE.set(&f.encode(&self.state.cookie_keys), self.flow_ttl(), secure));
    }

    pub fn clear_flow(&self) {
        self.append_header(SET_COOKIE, &flow::COOKIE.clear(self.state.config.is_https()));
    }
}
