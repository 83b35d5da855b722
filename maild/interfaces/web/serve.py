"""The console behind waitress, a production WSGI server: no framework banner, proxies trusted by name.

`Server:` is left out (waitress sends its name unless told otherwise) and so is
the name in its own error pages. Behind a TLS reverse proxy (`[web]
trusted_proxy`), only that proxy's X-Forwarded-Proto and X-Forwarded-For are
believed: the console then knows a request came over TLS (its cookies are
Secure) and from which client (login throttling counts per client address);
those headers from anyone else are dropped.
"""

from __future__ import annotations

from typing import Any

from waitress import create_server


def server(app: Any, host: str, port: int, *, trusted_proxy: str = "", threads: int = 8) -> Any:
    """A waitress server for the app, bound and ready: run() serves, close() stops.
    `port` 0 takes a free port (effective_port says which)."""
    options: dict[str, Any] = {"host": host, "port": port, "threads": threads, "ident": "",
                               "clear_untrusted_proxy_headers": True, "expose_tracebacks": False,
                               "channel_timeout": 60, "max_request_body_size": 1_048_576}
    if trusted_proxy:
        options.update(trusted_proxy=trusted_proxy, trusted_proxy_count=1,
                       trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-for"})
    return create_server(app, **options)
