//! Profile photos. An upload is judged by its content, never its name or declared type:
//! only PNG, JPEG and WebP that decode within size limits are accepted. What is stored is
//! a re-encoding (at most 256x256, turned upright, metadata such as GPS dropped): JPEG for
//! opaque pictures, PNG when there is transparency.

use super::auth::{audit, Current};
use crate::domain::audit::AuditDetail;
use crate::domain::{AppError, AuditKind, Field};
use crate::server::clock::now_ms;
use crate::server::request::RequestMeta;
use crate::server::state::AppState;
use crate::server::OrInternal;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use std::io::Cursor;

/// Largest upload accepted.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// Longest side of the stored photo.
pub const MAX_SIDE: u32 = 256;
/// Largest picture decoded: a small file can claim enormous dimensions (a 243 KB PNG can
/// say 7999x7999). Every buffer the decoder allocates counts against `MAX_DECODE_BYTES`
/// (4096x4096 in 8-bit RGBA); the orientation is applied after the scaling, on the small
/// picture, so no second full-size buffer is ever made.
pub const MAX_DECODE_SIDE: u32 = 4_096;
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

/// Pictures decoded at once (per instance): decoding is the one step whose memory grows
/// with the input, so it is done one at a time; others wait their turn, up to
/// `DECODE_WAIT`, then get "busy, try again in a moment".
pub const DECODES_AT_ONCE: usize = 1;
const DECODE_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("Choose a photo to upload.")]
    Empty,
    #[error("The photo is larger than 2 MB. Choose a smaller one.")]
    TooLarge,
    #[error("This file is not a PNG, JPEG or WebP picture.")]
    NotAPicture,
    #[error("This picture is too big: at most 4096 by 4096 pixels.")]
    TooManyPixels,
    #[error("This picture could not be read. It may be damaged.")]
    Unreadable,
}

impl From<PhotoError> for AppError {
    fn from(e: PhotoError) -> Self {
        AppError::invalid(Field::Photo, e.to_string())
    }
}

/// A re-encoded photo, ready to store and serve.
#[derive(Debug, Clone)]
pub struct Photo {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Decodes, checks, scales and re-encodes an upload. CPU-bound: call it off the async
/// workers (see [`set_photo`]).
pub fn process(upload: &[u8]) -> Result<Photo, PhotoError> {
    if upload.is_empty() {
        return Err(PhotoError::Empty);
    }
    if upload.len() > MAX_UPLOAD_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = image::guess_format(upload).map_err(|_| PhotoError::NotAPicture)?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) {
        return Err(PhotoError::NotAPicture);
    }
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(classify)?;
    // Scaled to fit a square first (the same box whichever way up), then turned upright.
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Lanczos3);
    }
    picture.apply_orientation(orientation);
    let (width, height) = (picture.width(), picture.height());
    let mut bytes = Vec::new();
    let content_type = if picture.color().has_alpha() {
        picture.to_rgba8().write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png).map_err(|_| PhotoError::Unreadable)?;
        "image/png"
    } else {
        let rgb = picture.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85).encode_image(&rgb).map_err(|_| PhotoError::Unreadable)?;
        "image/jpeg"
    };
    Ok(Photo { content_type, bytes, width, height })
}

fn classify(e: image::ImageError) -> PhotoError {
    match e {
        image::ImageError::Limits(_) => PhotoError::TooManyPixels,
        image::ImageError::Unsupported(_) => PhotoError::NotAPicture,
        _ => PhotoError::Unreadable,
    }
}

/// Stores the processed upload as the user's photo.
pub async fn set_photo(state: &AppState, meta: &RequestMeta, cur: &Current, upload: Vec<u8>) -> Result<(), AppError> {
    let Ok(Ok(_turn)) = tokio::time::timeout(DECODE_WAIT, state.decoding.acquire()).await else {
        return Err(AppError::Busy);
    };
    let photo = tokio::task::spawn_blocking(move || process(&upload)).await.or_internal("decoding the photo")??;
    state.db.set_avatar(cur.user.id, photo.content_type, &photo.bytes, now_ms()).await.or_internal("storing the photo")?;
    audit(state, meta, Some(cur.user.id), AuditKind::PhotoChanged, &AuditDetail::none()).await
}

pub async fn remove_photo(state: &AppState, meta: &RequestMeta, cur: &Current) -> Result<(), AppError> {
    if state.db.delete_avatar(cur.user.id).await.or_internal("removing the photo")? {
        audit(state, meta, Some(cur.user.id), AuditKind::PhotoRemoved, &AuditDetail::none()).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn encode(img: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    #[test]
    fn large_photos_are_scaled_into_256_and_become_jpeg() {
        let img = DynamicImage::ImageRgb8(RgbImage::from_pixel(1024, 512, Rgb([200, 40, 40])));
        let p = process(&encode(img, ImageFormat::Png)).unwrap();
        assert_eq!((p.width, p.height, p.content_type), (256, 128, "image/jpeg"));
        assert_eq!(image::guess_format(&p.bytes).unwrap(), ImageFormat::Jpeg);
    }

    #[test]
    fn transparency_is_kept_as_png_and_small_pictures_keep_their_size() {
        let img = DynamicImage::ImageRgba8(RgbaImage::from_pixel(40, 30, Rgba([0, 0, 255, 100])));
        let p = process(&encode(img, ImageFormat::Png)).unwrap();
        assert_eq!((p.width, p.height, p.content_type), (40, 30, "image/png"));
    }

    #[test]
    fn webp_and_jpeg_are_accepted() {
        let img = DynamicImage::ImageRgb8(RgbImage::from_pixel(300, 300, Rgb([1, 2, 3])));
        assert_eq!(process(&encode(img.clone(), ImageFormat::Jpeg)).unwrap().width, 256);
        assert_eq!(process(&encode(img, ImageFormat::WebP)).unwrap().width, 256);
    }

    #[test]
    fn content_decides_not_the_name() {
        assert_eq!(process(b"").unwrap_err(), PhotoError::Empty);
        assert_eq!(process(b"GIF89a not allowed here").unwrap_err(), PhotoError::NotAPicture);
        assert_eq!(process(b"<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap_err(), PhotoError::NotAPicture);
        let mut bmp = b"BM".to_vec();
        bmp.extend_from_slice(&[0u8; 64]);
        assert_eq!(process(&bmp).unwrap_err(), PhotoError::NotAPicture);
        // A PNG signature followed by garbage.
        let mut broken = encode(DynamicImage::ImageRgb8(RgbImage::new(8, 8)), ImageFormat::Png);
        broken.truncate(40);
        assert_eq!(process(&broken).unwrap_err(), PhotoError::Unreadable);
        assert_eq!(process(&vec![0u8; MAX_UPLOAD_BYTES + 1]).unwrap_err(), PhotoError::TooLarge);
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn huge_dimensions_are_refused_before_decoding() {
        // A well-formed PNG whose header (with a correct checksum) claims 20000 x 20000
        // pixels: a few bytes that would need gigabytes to decode.
        let mut png = encode(DynamicImage::ImageRgb8(RgbImage::new(1, 1)), ImageFormat::Png);
        png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(process(&png).unwrap_err(), PhotoError::TooManyPixels);
    }
}
