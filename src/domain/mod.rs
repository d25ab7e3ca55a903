//! Domain types and rules. Pure Rust: no sqlx, no tokio, no I/O. Everything here also
//! compiles to WebAssembly, except the pieces gated on `ssr` that need server-only crates
//! (libphonenumber's data, to parse a phone number). No global state, no server files.

pub mod activity;
pub mod audit;
pub mod brand;
pub mod code;
pub mod countries;
pub mod delivery;
pub mod device;
pub mod error;
pub mod factor;
pub mod lang;
pub mod locale;
pub mod markup;
pub mod name;
pub mod notice;
pub mod oidc;
pub mod password;
pub mod phone;
pub mod phone_format;
pub mod rate;
pub mod time;
pub mod url;

pub use audit::AuditKind;
pub use code::{Channel, CodePurpose, OtpCode};
pub use error::{AppError, Field};
pub use name::DisplayName;
pub use notice::Notice;
pub use password::Password;
pub use phone::PhoneNumber;
