//! A moment on a page: `<time>` with the instant in `datetime`, the words the server
//! wrote for the person's zone ("2 minutes ago", "yesterday at 14:05") and the whole date
//! as its title.

use crate::domain::time::When;
use leptos::prelude::*;

#[component]
pub fn Time(when: When) -> impl IntoView {
    view! { <time datetime=when.iso title=when.full>{when.text}</time> }
}
