//! The operator's brand colour (`BRAND_COLOR`) and the accent colours the pages derive
//! from it, light and dark, so that text on the accent and the accent on the page keep
//! a contrast of at least 4.5:1 (WCAG AA) whatever colour was chosen.

/// A colour `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);
    pub const BLACK: Rgb = Rgb(0, 0, 0);

    /// `#rrggbb` (case-insensitive).
    pub fn parse(s: &str) -> Result<Rgb, &'static str> {
        let hex = s.trim().strip_prefix('#').ok_or("must be a colour like #2f5bea")?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("must be a colour like #2f5bea");
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| "must be a colour like #2f5bea");
        Ok(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// `self` moved `t` (0 to 1) of the way towards `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round().clamp(0.0, 255.0) as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// The contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The least contrast the accent keeps: with its text, and with the page behind it.
pub const MIN_CONTRAST: f64 = 4.5;

/// An accent and the text written on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub accent: Rgb,
    pub text: Rgb,
}

/// The page surfaces of `style/main.css` that the accent is drawn on (links, outlined
/// buttons): the background and the cards, light and dark.
pub const LIGHT_SURFACES: [Rgb; 2] = [Rgb(0xf6, 0xf7, 0xfb), Rgb(0xff, 0xff, 0xff)];
pub const DARK_SURFACES: [Rgb; 2] = [Rgb(0x11, 0x13, 0x1a), Rgb(0x1b, 0x1e, 0x29)];

/// The accent for pages with `surfaces`: the brand colour, moved towards black (light
/// pages) or white (dark pages) just enough that it reads on every surface and on a
/// faint tint of itself (notices), and black or white text on it, whichever contrasts
/// more.
pub fn accent_on(brand: Rgb, surfaces: &[Rgb], toward: Rgb) -> Accent {
    let fits = |c: Rgb| {
        let text = best_text(c);
        contrast(c, text) >= MIN_CONTRAST
            && surfaces.iter().all(|&s| contrast(c, s) >= MIN_CONTRAST && contrast(c, s.mix(c, 0.1)) >= MIN_CONTRAST)
    };
    let accent = (0..=100).map(|step| brand.mix(toward, f64::from(step) / 100.0)).find(|&c| fits(c)).unwrap_or(toward);
    Accent { accent, text: best_text(accent) }
}

/// Black or white, whichever reads better on `c`.
pub fn best_text(c: Rgb) -> Rgb {
    if contrast(c, Rgb::WHITE) >= contrast(c, Rgb::BLACK) {
        Rgb::WHITE
    } else {
        Rgb::BLACK
    }
}

/// The custom properties `style/main.css` reads for the accent, light and dark, as a
/// style sheet for the page's head.
pub fn accent_css(brand: Rgb) -> String {
    let light = accent_on(brand, &LIGHT_SURFACES, Rgb::BLACK);
    let dark = accent_on(brand, &DARK_SURFACES, Rgb::WHITE);
    format!(
        ":root{{--brand-accent:{};--brand-accent-text:{};--brand-accent-dark:{};--brand-accent-text-dark:{}}}",
        light.accent.hex(),
        light.text.hex(),
        dark.accent.hex(),
        dark.text.hex()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_as_hash_and_six_hex_digits() {
        assert_eq!(Rgb::parse("#2f5bea"), Ok(Rgb(0x2f, 0x5b, 0xea)));
        assert_eq!(Rgb::parse(" #FFA500 ").map(Rgb::hex), Ok("#ffa500".to_string()));
        for bad in ["2f5bea", "#2f5bе", "#fff", "#2f5beaff", "red", "", "#gggggg"] {
            assert!(Rgb::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(Rgb::WHITE, Rgb::BLACK) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), Rgb::WHITE) - 4.48).abs() < 0.01);
    }

    /// Every brand colour, light or dark, pale or saturated, gives accents that keep
    /// 4.5:1 with their text and with every surface, in both schemes.
    #[test]
    fn any_brand_colour_keeps_the_contrast_light_and_dark() {
        let mut samples = vec![Rgb::WHITE, Rgb::BLACK, Rgb(0xff, 0xff, 0x00), Rgb(0x2f, 0x5b, 0xea), Rgb(0x77, 0x77, 0x77)];
        for r in (0..=255).step_by(51) {
            for g in (0..=255).step_by(51) {
                for b in (0..=255).step_by(51) {
                    samples.push(Rgb(r, g, b));
                }
            }
        }
        for brand in samples {
            for (surfaces, toward) in [(LIGHT_SURFACES, Rgb::BLACK), (DARK_SURFACES, Rgb::WHITE)] {
                let a = accent_on(brand, &surfaces, toward);
                assert!(contrast(a.accent, a.text) >= MIN_CONTRAST, "{} text on {}", a.text.hex(), a.accent.hex());
                for s in surfaces {
                    assert!(contrast(a.accent, s) >= MIN_CONTRAST, "{} on {} (brand {})", a.accent.hex(), s.hex(), brand.hex());
                }
            }
        }
    }

    #[test]
    fn a_colour_that_already_reads_is_kept() {
        // The default blue reads on the light page nearly as it is (a hair darker, for
        // the notices' tint), with white text.
        let a = accent_on(Rgb(0x2f, 0x5b, 0xea), &LIGHT_SURFACES, Rgb::BLACK);
        let near = |x: u8, y: u8| x.abs_diff(y) <= 3;
        assert!(near(a.accent.0, 0x2f) && near(a.accent.1, 0x5b) && near(a.accent.2, 0xea), "{}", a.accent.hex());
        assert_eq!(a.text, Rgb::WHITE);
        assert_eq!(accent_on(Rgb(0x1d, 0x4e, 0xd8), &LIGHT_SURFACES, Rgb::BLACK).accent.hex(), "#1d4ed8", "a dark enough blue is kept");
        // On the dark page it is lightened, and takes black text.
        let d = accent_on(Rgb(0x2f, 0x5b, 0xea), &DARK_SURFACES, Rgb::WHITE);
        assert!(d.accent.luminance() > Rgb(0x2f, 0x5b, 0xea).luminance() && d.text == Rgb::BLACK, "{}", d.accent.hex());
        // A pale yellow is darkened for the light page.
        let y = accent_on(Rgb(0xff, 0xe0, 0x66), &LIGHT_SURFACES, Rgb::BLACK);
        assert!(contrast(y.accent, Rgb::WHITE) >= MIN_CONTRAST, "{}", y.accent.hex());
        assert!(accent_css(Rgb(0x1d, 0x4e, 0xd8)).starts_with(":root{--brand-accent:#1d4ed8;--brand-accent-text:#ffffff;"));
    }
}
