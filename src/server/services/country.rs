//! The country a phone field starts on, decided on the server for every page: the
//! country of the person's own number when the server knows it (signed in, or inside a
//! flow: a pending sign-up, a half session, a signed-out code flow's sealed cookie), else
//! the region of the browser's preferred language (`Accept-Language`), else the
//! operator's `DEFAULT_COUNTRY`.

use super::waiting::Visitor;
use crate::domain::locale::AcceptLanguage;
use crate::server::config::Config;
use crate::server::request::RequestMeta;

pub fn default_country(config: &Config, meta: &RequestMeta, visitor: Visitor<'_>) -> String {
    let own = visitor.session.map(|c| c.user.phone()).or_else(|| visitor.flow.map(|f| f.phone.clone()));
    if let Some(region) = own.and_then(|p| p.region()) {
        return region.to_string();
    }
    match AcceptLanguage::parse(&meta.accept_language).country(&config.allowed_countries) {
        Some(c) => c.iso.to_string(),
        None => config.default_country.clone(),
    }
}
