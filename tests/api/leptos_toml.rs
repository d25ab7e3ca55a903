//! Leptos.toml (read by the built server) and Cargo.toml's [package.metadata.leptos]
//! (read by cargo-leptos) must describe the same site.

#[test]
fn leptos_toml_matches_cargo_metadata() {
    let runtime = leptos::config::get_config_from_str(include_str!("../../Leptos.toml")).expect("Leptos.toml parses");
    let build = leptos::config::get_config_from_str(include_str!("../../Cargo.toml")).expect("Cargo.toml metadata parses");
    assert_eq!(runtime.output_name, build.output_name, "output-name");
    assert_eq!(runtime.site_root, build.site_root, "site-root");
    assert_eq!(runtime.site_pkg_dir, build.site_pkg_dir, "site-pkg-dir");
    assert_eq!(runtime.site_addr, build.site_addr, "site-addr");
    assert_eq!(runtime.reload_port, build.reload_port, "reload-port");
    if std::env::var_os("LEPTOS_SITE_ADDR").is_none() {
        assert_eq!(runtime.site_addr.to_string(), "127.0.0.1:3000");
    }
}
