//! ASVS 2.7.6: codes come from a CSPRNG with about 20 bits of entropy (six digits, every
//! value possible, no pattern between consecutive codes).

use phone_auth::server::sms::local::generate_code;
use std::collections::HashSet;

#[test]
fn codes_are_six_uniform_random_digits() {
    let codes: Vec<String> = (0..2_000).map(|_| generate_code().expose().to_string()).collect();
    assert!(codes.iter().all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit())));
    let distinct: HashSet<&String> = codes.iter().collect();
    // 2,000 draws from a million: a handful of collisions at most.
    assert!(distinct.len() > 1_980, "{} distinct", distinct.len());
    // Every digit appears in every position, and leading zeros are kept.
    for pos in 0..6 {
        let digits: HashSet<u8> = codes.iter().map(|c| c.as_bytes()[pos]).collect();
        assert_eq!(digits.len(), 10, "position {pos}");
    }
    // Consecutive codes are not sequential.
    let sequential = codes.windows(2).filter(|w| w[1].parse::<i64>().unwrap() == w[0].parse::<i64>().unwrap() + 1).count();
    assert!(sequential < 3);
}
