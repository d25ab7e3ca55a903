//! Showing a phone number: libphonenumber's international format, remembered.

use crate::domain::PhoneNumber;
use phonenumber::Mode;

impl PhoneNumber {
    /// The number as people write it internationally, e.g. `+44 7400 123456`.
    /// Formatting runs libphonenumber's regular expressions, and every page shows the
    /// visitor's number: results are remembered (a bounded cache).
    pub fn pretty(&self) -> String {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        static CACHE: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
        const CAPACITY: usize = 10_000;
        let cache = CACHE.get_or_init(Default::default);
        if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(self.as_str()) {
            return hit.clone();
        }
        let pretty = match phonenumber::parse(None, self.as_str()) {
            Ok(n) => n.format().mode(Mode::International).to_string(),
            Err(_) => self.as_str().to_string(),
        };
        let mut c = cache.lock().unwrap_or_else(|e| e.into_inner());
        if c.len() >= CAPACITY {
            c.clear();
        }
        c.insert(self.as_str().to_string(), pretty.clone());
        pretty
    }
}
