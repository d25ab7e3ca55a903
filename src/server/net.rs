//! Who is on the other end: the client IP from the socket, or from `X-Forwarded-For` when
//! (and only when) the socket belongs to a proxy listed in `TRUSTED_PROXIES`.

use ipnet::IpNet;
use std::net::IpAddr;

/// An address block of `TRUSTED_PROXIES`: `10.0.0.0/8`, `::1/128`, or a single address
/// (ipnet reads and matches the blocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr(IpNet);

impl Cidr {
    pub fn parse(s: &str) -> Option<Cidr> {
        let s = s.trim();
        s.parse::<IpNet>().or_else(|_| s.parse::<IpAddr>().map(IpNet::from)).ok().map(Cidr)
    }

    /// Whether `ip` is in the block; an IPv4-mapped IPv6 address counts as IPv4.
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.contains(&canonical(ip))
    }
}

/// `::ffff:1.2.3.4` is `1.2.3.4`.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The part of a client address that identifies one client for limits: the address for
/// IPv4, the /64 prefix for IPv6 (one subscriber gets a whole /64 and can pick any
/// address in it). Text that is not an address is its own key.
pub fn limit_key(ip: &str) -> String {
    match ip.parse::<IpAddr>().map(canonical) {
        Ok(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(v4) => v4.to_string(),
        Err(_) => ip.to_string(),
    }
}

/// The client's address. The socket peer is the client unless it is a trusted proxy;
/// then `X-Forwarded-For` is read from the right, skipping trusted proxies, and the first
/// address that is not one is the client. A malformed entry stops the walk at the last
/// trusted hop: a client cannot choose its own address by sending the header.
pub fn client_ip(peer: IpAddr, forwarded_for: &[&str], trusted: &[Cidr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let mut client = peer;
    let hops = forwarded_for.iter().rev().flat_map(|h| h.rsplit(',')).map(str::trim).filter(|h| !h.is_empty());
    for hop in hops {
        let Ok(ip) = hop.parse::<IpAddr>() else { break };
        client = canonical(ip);
        if !is_trusted(client) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        assert_eq!(limit_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(limit_key("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
        assert_ne!(limit_key("2001:db8:1:3::1"), limit_key("2001:db8:1:2::1"));
        assert_eq!(limit_key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(limit_key("192.0.2.7"), "192.0.2.7");
    }

    #[test]
    fn blocks_contain_their_addresses() {
        let ten = Cidr::parse("10.0.0.0/8").unwrap();
        assert!(ten.contains(ip("10.1.2.3")));
        assert!(!ten.contains(ip("11.0.0.1")));
        assert!(ten.contains(ip("::ffff:10.9.9.9")), "v4-mapped v6 counts as v4");
        assert!(Cidr::parse("127.0.0.1").unwrap().contains(ip("127.0.0.1")));
        assert!(!Cidr::parse("127.0.0.1").unwrap().contains(ip("127.0.0.2")));
        assert!(Cidr::parse("fd00::/8").unwrap().contains(ip("fd12::1")));
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert_eq!(Cidr::parse("10.0.0.0/33"), None);
        assert_eq!(Cidr::parse("proxy.local"), None);
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let trusted = [Cidr::parse("10.0.0.0/8").unwrap()];
        // Direct client: the header is the client's to invent, and ignored.
        assert_eq!(client_ip(ip("203.0.113.9"), &["1.2.3.4"], &trusted), ip("203.0.113.9"));
        // Behind the proxy: the rightmost untrusted hop.
        assert_eq!(client_ip(ip("10.0.0.2"), &["198.51.100.7, 10.0.0.3"], &trusted), ip("198.51.100.7"));
        // A spoofed leftmost entry does not win over the real client.
        assert_eq!(client_ip(ip("10.0.0.2"), &["1.1.1.1, 198.51.100.7"], &trusted), ip("198.51.100.7"));
        // Several headers are one list.
        assert_eq!(client_ip(ip("10.0.0.2"), &["198.51.100.7", "10.0.0.5"], &trusted), ip("198.51.100.7"));
        // Garbage stops the walk at the last trusted hop.
        assert_eq!(client_ip(ip("10.0.0.2"), &["nonsense"], &trusted), ip("10.0.0.2"));
        assert_eq!(client_ip(ip("10.0.0.2"), &[], &trusted), ip("10.0.0.2"));
        // No trusted proxies configured: always the socket.
        assert_eq!(client_ip(ip("10.0.0.2"), &["198.51.100.7"], &[]), ip("10.0.0.2"));
    }
}
