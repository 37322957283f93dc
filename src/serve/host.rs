//! Which `Host` a request may name. A page on another site can point a name it controls at
//! 127.0.0.1 (DNS rebinding) and then read the preview, drafts included, as its own origin; the
//! only thing that tells such a request apart is its `Host`. The preview therefore answers only
//! requests for an IP address (`127.0.0.1:1111`, `[::1]:1111`, the LAN address with
//! `--bind 0.0.0.0`), for `localhost` or a name ending in `.localhost`, and for the names given
//! with `--allow-host`. Everything else gets a 403 that says how to allow the name.

use std::net::{Ipv4Addr, Ipv6Addr};

/// The host names allowed besides IP addresses and `localhost`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Allowed {
    names: Vec<String>,
}

impl Allowed {
    /// Allows these names (as given to `--allow-host`; a port or a final dot is ignored).
    pub(crate) fn new(names: &[String]) -> Allowed {
        Allowed {
            names: names
                .iter()
                .filter_map(|n| name_of(n).map(normal))
                .collect(),
        }
    }

    /// Whether a request with this `Host` header value is answered.
    pub(crate) fn admits(&self, host: &str) -> bool {
        let Some(name) = name_of(host) else {
            return false;
        };
        if name.starts_with('[') {
            // name_of checked that it is an IPv6 address.
            return true;
        }
        if name.parse::<Ipv4Addr>().is_ok() {
            return true;
        }
        let name = normal(name);
        name == "localhost" || name.ends_with(".localhost") || self.names.contains(&name)
    }
}

/// The host of a `Host` value without its port: `[::1]` from `[::1]:1111`, `localhost` from
/// `localhost:1111`. `None` when it is malformed (an IPv6 address without brackets, a port that
/// is not a number, an empty name).
fn name_of(host: &str) -> Option<&str> {
    let host = host.trim();
    let (name, port) = if let Some(inside) = host.strip_prefix('[') {
        let (address, after) = inside.split_once(']')?;
        address.parse::<Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (&host[..address.len() + 2], port)
    } else {
        match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        }
    };
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let rest_ok = host.starts_with('[') || !name.contains(':');
    (port_ok && rest_ok && !name.is_empty()).then_some(name)
}

/// A name as compared: lower case, without a final dot.
fn normal(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// The body of the refusal: what happened and how to allow the name.
pub(crate) fn refusal(host: Option<&str>) -> String {
    let shown: String = host
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(255)
        .collect();
    let name = name_of(&shown).map(normal).unwrap_or_default();
    let name = if name.is_empty() { "NAME".into() } else { name };
    format!(
        "candor serve refused this request: it is for the host `{shown}`, and the preview only \
         answers requests for an IP address, localhost, or a name given with --allow-host \
         (this stops other web sites from reading it through DNS rebinding).\n\
         To open the preview under this name, start it with: candor serve --allow-host {name}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_localhost_are_admitted_with_or_without_port() {
        let allowed = Allowed::default();
        for host in [
            "127.0.0.1",
            "127.0.0.1:1111",
            "192.168.1.20:8080",
            "[::1]",
            "[::1]:1111",
            "localhost",
            "LOCALHOST:1111",
            "localhost.:1111",
            "preview.localhost:1111",
        ] {
            assert!(allowed.admits(host), "{host}");
        }
    }

    #[test]
    fn other_names_and_malformed_hosts_are_refused() {
        let allowed = Allowed::default();
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "::1",
            "[::1",
            "[::1]x",
            "[not-an-address]:1111",
            "localhost:",
            "localhost:port",
            "",
        ] {
            assert!(!allowed.admits(host), "{host}");
        }
    }

    #[test]
    fn names_given_with_the_flag_are_admitted() {
        let allowed = Allowed::new(&["Preview.LAN".into(), "box.local:8080".into()]);
        assert!(allowed.admits("preview.lan"));
        assert!(allowed.admits("preview.lan:1111"));
        assert!(allowed.admits("box.local"));
        assert!(!allowed.admits("other.lan"));
    }

    #[test]
    fn the_refusal_names_the_flag() {
        let text = refusal(Some("evil.example:1111"));
        assert!(text.contains("--allow-host evil.example\n"), "{text}");
        assert!(refusal(None).contains("--allow-host NAME"));
    }
}
