"""Which hosts are this machine: a password or a mail sent in clear to one of them never
crosses a network. `[imap]` and `[smtp]` allow security = "plain" only there."""

from __future__ import annotations

import ipaddress

# Hosts a server binds to mean every interface, not one address.
EVERY_INTERFACE = ("", "0.0.0.0", "::", "[::]", "*")


def is_loopback(host: str) -> bool:
    """'localhost', 127.0.0.0/8 or ::1 (bracketed or not); a name other than localhost is not."""
    name = host.strip().lower().strip("[]")
    if name in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
