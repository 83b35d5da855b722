"""A small TCP proxy on loopback for fault tests: pass, delay, blackhole, reset.

Placed between maild and Dovecot (or the SMTP sink) it turns a healthy link
into the faults real networks have: `blackhole` keeps every connection open
but forwards nothing either way (a half-open link: the client sees a quiet
server, not an error), `delay` holds each chunk for a while, `reset` aborts
every open connection with an RST. New connections follow the mode in force.
"""

from __future__ import annotations

import selectors
import socket
import struct
import threading
import time

LOOPBACK = "127.0.0.1"


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = LOOPBACK) -> None:
        self.target = (target_host, target_port)
        self.mode = "pass"
        self.delay = 0.0
        self.connections = 0
        self.upstream_bytes = bytearray()  # what clients sent (first MB): commands can be counted
        self._listener = socket.create_server((LOOPBACK, 0))
        self.port = self._listener.getsockname()[1]
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._reset_asked = threading.Event()
        self._reset_done = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="tcp-proxy", daemon=True)

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<TcpProxy :{self.port} -> :{self.target[1]} mode={self.mode} connections={self.connections}>"

    def set(self, mode: str, delay: float = 0.0) -> None:
        """Switch mode; 'reset' aborts what is open now, then lets new connections pass."""
        if mode not in ("pass", "delay", "blackhole", "reset"):
            raise ValueError(f"unknown proxy mode {mode!r}")
        self.delay = delay
        if mode == "reset":
            # Done by the proxy's own thread: a socket closed under its selector would
            # leave a stale registration for the next socket that gets the same fd.
            self._reset_done.clear()
            self._reset_asked.set()
            self._reset_done.wait(timeout=5)
            mode = "pass"
        self.mode = mode

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        self._reset_all(None)

    def count(self, command: bytes) -> int:
        """How many tagged IMAP commands clients sent that start with `command` (b"IDLE", b"UID FETCH")."""
        lines = bytes(self.upstream_bytes).split(b"\r\n")
        return sum(1 for line in lines if b" " in line and line.split(b" ", 1)[1].upper().startswith(command))

    def _reset_all(self, sel: selectors.BaseSelector | None) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                try:
                    if sel is not None:
                        sel.unregister(sock)
                except (KeyError, ValueError, OSError):
                    pass
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    sock.close()
                except OSError:
                    pass

    def _serve(self) -> None:
        sel = selectors.DefaultSelector()
        self._listener.setblocking(False)
        sel.register(self._listener, selectors.EVENT_READ, None)
        while not self._stop.is_set():
            if self._reset_asked.is_set():
                self._reset_all(sel)
                self._reset_asked.clear()
                self._reset_done.set()
            try:
                events = sel.select(timeout=0.1)
            except (OSError, ValueError):
                return
            for key, _ in events:
                if key.data is None:
                    self._accept(sel)
                else:
                    self._pump(sel, key.fileobj, *key.data)  # type: ignore[arg-type]

    def _accept(self, sel: selectors.BaseSelector) -> None:
        try:
            client, _ = self._listener.accept()
        except OSError:
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        self.connections += 1
        with self._lock:
            self._pairs.append((client, upstream))
        for a, b, up in ((client, upstream, True), (upstream, client, False)):
            a.setblocking(False)
            sel.register(a, selectors.EVENT_READ, (b, up))

    def _pump(self, sel: selectors.BaseSelector, src: socket.socket, dst: socket.socket, up: bool) -> None:
        if self.mode == "blackhole":
            time.sleep(0.01)  # leave the bytes in the kernel buffer: nothing moves either way
            return
        try:
            data = src.recv(65536)
        except OSError:
            data = b""
        if not data:
            self._drop(sel, src, dst)
            return
        if up and len(self.upstream_bytes) < 1 << 20:
            self.upstream_bytes += data
        if self.mode == "delay" and self.delay:
            time.sleep(self.delay)
        try:
            dst.setblocking(True)
            dst.sendall(data)
            dst.setblocking(False)
        except OSError:
            self._drop(sel, src, dst)

    def _drop(self, sel: selectors.BaseSelector, src: socket.socket, dst: socket.socket) -> None:
        for sock in (src, dst):
            try:
                sel.unregister(sock)
            except (KeyError, ValueError, OSError):
                pass
            try:
                sock.close()
            except OSError:
                pass
        with self._lock:
            self._pairs = [p for p in self._pairs if src not in p]
