"""Real mail servers on loopback for the integration tests.

* `Dovecot`: a private Dovecot IMAP instance (own config, base_dir, state_dir,
  log and port on 127.0.0.1) with one user, `helpdesk` / `secret`, whose mail
  is a Maildir owned by `nobody`, in a folder of its own under /tmp (see
  `private_root`); its log and config are copied to the test's folder at the end.
* `SmtpSink`: an aiosmtpd server on 127.0.0.1 that keeps every message it is
  handed, with fault modes to test how a client copes with a bad server.

Nothing here touches a system Dovecot: the instance is started from its own
config file with `dovecot -F -c CONFIG` and stopped by its own process id.
Dovecot 2.3 (Debian 12) is what these machines have; a 2.4 config is written
when `dovecot --version` says 2.4 (untested here, written from the 2.4 docs).
"""

from __future__ import annotations

import asyncio
import atexit
import datetime as dt
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["free_port", "Dovecot", "DovecotError", "SmtpSink", "SinkMessage", "ensure_dovecot"]

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port on `host` that nothing listens on right now (the kernel's pick)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _port_answers(host: str, port: int, timeout: float = 0.5) -> bytes | None:
    """The first line the server sends on connect, or None if it does not answer."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            return sock.recv(512)
    except OSError:
        return None


# --------------------------------------------------------------------------- Dovecot


class DovecotError(RuntimeError):
    """Dovecot is missing, would not start, or a doveadm command failed."""


DOVECOT_PACKAGES = ("dovecot-imapd", "dovecot-core")
_SBIN = ("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")


def _which(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in _SBIN:
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


_install_lock = threading.Lock()


def ensure_dovecot() -> tuple[str, str]:
    """Paths of `dovecot` and `doveadm`, installing the Debian packages if they are missing.

    Installing needs root (scripts/system-deps); otherwise this fails with what to run.
    """
    with _install_lock:
        dovecot, doveadm = _which("dovecot"), _which("doveadm")
        if dovecot and doveadm:
            return dovecot, doveadm
        script = ROOT / "scripts" / "system-deps"
        if os.geteuid() != 0:
            raise DovecotError(
                "Dovecot is not installed and this is not root: run "
                f"`sudo bash scripts/system-deps {' '.join(DOVECOT_PACKAGES)}`")
        proc = subprocess.run(["bash", str(script), *DOVECOT_PACKAGES], capture_output=True, text=True,
                              timeout=600)
        dovecot, doveadm = _which("dovecot"), _which("doveadm")
        if proc.returncode != 0 or not (dovecot and doveadm):
            raise DovecotError(
                f"installing {' '.join(DOVECOT_PACKAGES)} with {script} failed (exit {proc.returncode}):\n"
                f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        return dovecot, doveadm


_version_cache: dict[str, tuple[str, tuple[int, ...]]] = {}


def dovecot_version(dovecot: str) -> tuple[str, tuple[int, ...]]:
    """('2.3.19.1 (9b53102964)', (2, 3, 19, 1)) for the given binary."""
    if dovecot not in _version_cache:
        out = subprocess.run([dovecot, "--version"], capture_output=True, text=True,
                             timeout=30).stdout.strip()
        match = re.match(r"(\d+(?:\.\d+)*)", out)
        if not match:
            raise DovecotError(f"cannot read the version of {dovecot}: {out!r}")
        _version_cache[dovecot] = (out, tuple(int(p) for p in match.group(1).split(".")))
    return _version_cache[dovecot]


def _mail_ids(user: str) -> tuple[int, int, str, str]:
    """uid, gid, user name and group name of the unprivileged mail owner (normally nobody/nogroup)."""
    try:
        entry = pwd.getpwnam(user)
    except KeyError as exc:
        raise DovecotError(f"mail user {user!r} does not exist on this machine") from exc
    try:
        group = grp.getgrgid(entry.pw_gid).gr_name
    except KeyError:
        group = str(entry.pw_gid)
    return entry.pw_uid, entry.pw_gid, entry.pw_name, group


PRIVATE_PARENT = Path("/tmp")
_roots: set[Path] = set()
# Every Dovecot started in this process, in order: a failed test's report shows the logs of those
# started since it began (tests/conftest.py).
STARTED: list[Dovecot] = []


def private_root() -> Path:
    """A new folder for one Dovecot's files, 0755 under /tmp and nowhere near pytest's basetemp.

    Dovecot's mail and auth processes run as other users (`nobody`, `dovenull`, `dovecot`): every
    folder above their files must let them through. pytest makes /tmp/pytest-of-root 0700, and
    puts 0700 back whenever any pytest session starts on the machine, so files kept there become
    unreachable in the middle of a run (IDLE then answers "NO Internal error occurred": the mail
    process cannot stat the Maildir). A folder of our own directly under /tmp (1777) depends on
    no other run, and its path is short enough for Dovecot's sockets (107 bytes at most).
    """
    mode = PRIVATE_PARENT.stat().st_mode
    if not mode & stat.S_IXOTH:
        raise DovecotError(f"{PRIVATE_PARENT} does not let other users through (mode {stat.filemode(mode)})")
    root = Path(tempfile.mkdtemp(prefix="maild-dovecot-", dir=PRIVATE_PARENT))
    os.chmod(root, 0o755)
    _roots.add(root)
    return root


def _remove_root(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
    _roots.discard(root)


def _drop(imap: Any) -> None:
    """Close a client's socket without a word (after a failure, when LOGOUT may hang or fail)."""
    if imap is None:
        return
    try:
        imap.shutdown()
    except Exception:
        pass


def _exited(pid: int) -> bool:
    """True when `pid` is gone or a zombie, without reaping it (Popen.poll would)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True


# The capabilities a 2.3 server advertises after login, found once per binary (see _probe_capabilities).
_capability_cache: dict[tuple[str, str], tuple[str, ...]] = {}
_live: weakref.WeakSet[Dovecot] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for server in list(_live):
        server.cleanup()
    for root in list(_roots):
        _remove_root(root)


class Dovecot:
    """A private Dovecot IMAP server on 127.0.0.1 for one test.

    Everything lives in `root`, a private folder under /tmp (private_root()): dovecot.conf, passwd,
    the Maildir under home/helpdesk/Maildir (owned by the mail user), run/ (base_dir), state/ and
    dovecot.log. cleanup() copies the log and the config to `<tmp_path>/<subdir>` (the test's own
    folder, for a look afterwards) and removes `root`.

        server = Dovecot(tmp_path, capabilities_drop=("MOVE", "UIDPLUS")).start()
        server.append(b"Subject: hi\\r\\n\\r\\nbody\\r\\n")
        server.stop()

    `capabilities_drop` removes those words from the CAPABILITY the server advertises (the
    commands themselves still work: Dovecot only stops announcing them). `extra_config` is
    appended to dovecot.conf verbatim (e.g. "namespace inbox {\\n separator = /\\n}").
    """

    user = "helpdesk"
    password = "secret"
    host = LOOPBACK

    def __init__(self, tmp_path: Path | str | None, capabilities_drop: Sequence[str] = (), *,
                 extra_config: str = "", mail_user: str = "nobody", port: int | None = None,
                 start_timeout: float = 10.0, subdir: str = "dovecot") -> None:
        self.keep = None if tmp_path is None else Path(tmp_path) / subdir if subdir else Path(tmp_path)
        self.root = private_root()
        self.capabilities_drop = tuple(c.upper() for c in capabilities_drop)
        self.extra_config = extra_config
        self.mail_user = mail_user
        self.port = port or 0
        self._port_fixed = port is not None
        self.start_timeout = start_timeout
        self._derive_paths()
        self.dovecot_bin, self.doveadm_bin = "", ""
        self.version = ""
        self.version_info: tuple[int, ...] = ()
        self.start_seconds = 0.0
        self._proc: subprocess.Popen[bytes] | None = None

    def _derive_paths(self) -> None:
        self.config_path = self.root / "dovecot.conf"
        self.log_path = self.root / "dovecot.log"
        self.stdout_path = self.root / "dovecot.stdout"
        self.passwd_path = self.root / "passwd"
        self.home = self.root / "home" / self.user
        self.maildir = self.home / "Maildir"
        self.base_dir = self.root / "run"
        self.state_dir = self.root / "state"

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def launch(cls, tmp_path: Path | str, capabilities_drop: Sequence[str] = (), **kwargs: Any) -> Dovecot:
        """Dovecot(tmp_path, capabilities_drop, **kwargs).start()"""
        return cls(tmp_path, capabilities_drop, **kwargs).start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Dovecot:
        """Write the config, start Dovecot in the foreground and wait until it greets on its port."""
        if self.running:
            return self
        began = time.monotonic()
        try:
            self._start()
        except BaseException:
            self.cleanup()
            raise
        self.start_seconds = time.monotonic() - began
        return self

    def _start(self) -> None:
        self.dovecot_bin, self.doveadm_bin = ensure_dovecot()
        self.version, self.version_info = dovecot_version(self.dovecot_bin)
        self._prepare_tree()
        capability = None
        if self.capabilities_drop and self.version_info[:2] < (2, 4):
            # 2.3's imap_capability replaces the whole list: find the full one, then leave words out.
            full = self._probe_capabilities()
            capability = " ".join(c for c in full if c.upper() not in self.capabilities_drop)
        attempts = 3
        for attempt in range(attempts):
            if not self.port or (attempt and not self._port_fixed):
                self.port = free_port()
            self.config_path.write_text(self._config(capability))
            try:
                self._spawn()
                break
            except DovecotError as exc:
                # A free_port() pick may be taken before Dovecot binds it: take another. A fixed
                # port (given, or kept by a restart) may be busy a moment longer: try it again.
                if attempt == attempts - 1 or "Address already in use" not in str(exc):
                    raise
                time.sleep(0.1 * attempt if self._port_fixed else 0)
        self._port_fixed = True  # restart() comes back on the same port
        _live.add(self)
        STARTED.append(self)
        if self.capabilities_drop:
            self._check_capabilities()

    def stop(self, graceful: float = 0.3) -> None:
        """Stop this instance: SIGTERM to its master, then SIGKILL to its process group.

        On SIGTERM the master stops its services at once but then waits a fixed second for its
        log process; after `graceful` seconds the rest of the group is killed instead of waited for.
        """
        proc, self._proc = self._proc, None
        _live.discard(self)
        if proc is None:
            return
        if proc.returncode is None:
            try:
                proc.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + graceful
            while time.monotonic() < deadline and not _exited(proc.pid):
                time.sleep(0.02)
            # The master is not reaped yet (alive or a zombie), so its pid, which is the group id
            # given by start_new_session, cannot belong to anyone else.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            proc.wait(5.0)
        except subprocess.TimeoutExpired:
            pass
        (self.base_dir / "master.pid").unlink(missing_ok=True)

    def cleanup(self) -> None:
        """stop(); copy the log and the config to the test's folder; remove the private root."""
        self.stop()
        if not self.root.exists():
            return
        if self.keep is not None:
            self.keep.mkdir(parents=True, exist_ok=True)
            for path in (self.log_path, self.stdout_path, self.config_path):
                if path.is_file():
                    shutil.copyfile(path, self.keep / path.name)
        _remove_root(self.root)

    def restart(self) -> Dovecot:
        """Stop and start again on the same port with the same mail (e.g. to test reconnects)."""
        self.stop()
        return self.start()

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<Dovecot {self.version.split()[0] if self.version else '?'} {self.host}:{self.port} {state}>"

    # ------------------------------------------------------------------ helpers for tests

    # Refusals a loaded machine can cause that say nothing about the test: Dovecot's auth process
    # answering late ("[UNAVAILABLE] Temporary authentication failure"), or a login process
    # busy or starting ("Waiting on authentication process", a reset connection).
    TRANSIENT = ("[UNAVAILABLE]", "Temporary authentication failure", "Waiting on authentication")

    def login(self, timeout: float = 10.0, patience: float = 15.0) -> Any:
        """A logged-in imapclient.IMAPClient; a transient refusal is tried again for `patience` seconds."""
        from imapclient import IMAPClient

        deadline = time.monotonic() + patience
        delay = 0.05
        while True:
            imap = None
            try:
                imap = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
                imap.login(self.user, self.password)
                return imap
            except Exception as exc:
                _drop(imap)
                transient = isinstance(exc, (ConnectionResetError, ConnectionAbortedError)) or any(
                    word in str(exc) for word in self.TRANSIENT)
                if not transient or time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    @contextmanager
    def client(self, timeout: float = 10.0, folder: str | None = None,
               readonly: bool = True) -> Iterator[Any]:
        """A logged-in imapclient.IMAPClient (a second client, beside the one under test)."""
        imap = self.login(timeout)
        try:
            if folder is not None:
                imap.select_folder(folder, readonly=readonly)
            yield imap
        finally:
            try:
                imap.logout()
            except Exception:
                _drop(imap)

    def append(self, message: bytes, folder: str = "INBOX", flags: Sequence[str] = (),
               date: dt.datetime | None = None) -> int | None:
        """APPEND a message (creating the folder if needed); its UID from APPENDUID, when sent."""
        with self.client() as imap:
            if folder.upper() != "INBOX" and not imap.folder_exists(folder):
                imap.create_folder(folder)
            response = imap.append(folder, message, flags=tuple(flags), msg_time=date)
        text = response.decode("ascii", "replace") if isinstance(response, bytes) else str(response)
        match = re.search(r"APPENDUID \d+ (\d+)", text)
        return int(match.group(1)) if match else None

    def create_folder(self, folder: str) -> None:
        with self.client() as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """The raw messages of a folder in UID order (BODY.PEEK[]: no flag changes)."""
        return [raw for _, raw in self.fetch_all(folder)]

    def fetch_all(self, folder: str = "INBOX") -> list[tuple[int, bytes]]:
        """(UID, raw message) pairs of a folder in UID order."""
        with self.client(folder=folder) as imap:
            uids = sorted(imap.search("ALL"))
            if not uids:
                return []
            data = imap.fetch(uids, ["BODY.PEEK[]"])
        return [(uid, data[uid][b"BODY[]"]) for uid in uids]

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        """UID -> flags of every message in a folder (without the per-session \\Recent)."""
        with self.client(folder=folder) as imap:
            uids = imap.search("ALL")
            data = imap.get_flags(uids) if uids else {}
        return {uid: tuple(name for name in (f.decode() if isinstance(f, bytes) else f for f in flags)
                           if name != "\\Recent")
                for uid, flags in sorted(data.items())}

    def folders(self) -> list[str]:
        with self.client() as imap:
            return [name for _flags, _delim, name in imap.list_folders()]

    def count(self, folder: str = "INBOX") -> int:
        with self.client() as imap:
            return int(imap.folder_status(folder, ["MESSAGES"])[b"MESSAGES"])

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as imap:
            return int(imap.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def doveadm(self, *args: str, check: bool = True, timeout: float = 30.0) -> str:
        """Run `doveadm -c CONFIG ARGS...` against this instance; its stdout.

        Mail commands act on `helpdesk` without `-u` (USER and HOME are set to its), e.g.
        doveadm("mailbox", "update", "--uid-validity", "7", "INBOX") or doveadm("kick", "helpdesk").
        """
        if not self.doveadm_bin:
            raise DovecotError("doveadm: start() the server first")
        env = {**os.environ, "USER": self.user, "HOME": str(self.home)}
        proc = subprocess.run([self.doveadm_bin, "-c", str(self.config_path), *args], capture_output=True,
                              text=True, timeout=timeout, env=env)
        if check and proc.returncode != 0:
            raise DovecotError(f"doveadm {' '.join(args)} failed (exit {proc.returncode}):\n"
                               f"{proc.stdout}{proc.stderr}")
        return proc.stdout

    def set_uidvalidity(self, value: int, folder: str = "INBOX") -> None:
        """Give a folder a new UIDVALIDITY (as after a server-side rebuild of the mailbox)."""
        self.doveadm("mailbox", "update", "--uid-validity", str(value), folder)

    def kick(self) -> str:
        """Disconnect every IMAP session of the user (no error when none is connected)."""
        out = self.doveadm("kick", self.user, check=False)
        return "" if "no users kicked" in out else out

    def _read(self, path: Path) -> str:
        """A file of the root, or its copy in the test's folder once cleanup() has run."""
        for candidate in (path, *([self.keep / path.name] if self.keep is not None else [])):
            try:
                return candidate.read_text(errors="replace")
            except FileNotFoundError:
                continue
        return ""

    def log(self) -> str:
        return self._read(self.log_path)

    def log_tail(self, lines: int = 30) -> str:
        text = self.log() + self._read(self.stdout_path)
        return "\n".join(text.splitlines()[-lines:])

    # ------------------------------------------------------------------ internals

    def _prepare_tree(self) -> None:
        uid, gid, _, _ = _mail_ids(self.mail_user)
        if not self.root.is_dir():  # started again after cleanup(): a new, empty root
            self.root = private_root()
            self._derive_paths()
        self.state_dir.mkdir(exist_ok=True)
        for folder in (self.root / "home", self.home, self.maildir):
            folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root / "home", 0o755)
        for folder in (self.home, self.maildir):
            os.chown(folder, uid, gid)
            os.chmod(folder, 0o700)
        # passwd-file: user:password:uid:gid:gecos:home:shell:extra; empty uid/gid = mail_uid/mail_gid.
        self.passwd_path.write_text(f"{self.user}:{{PLAIN}}{self.password}::::{self.home}::\n")
        os.chmod(self.passwd_path, 0o644)

    def _config(self, capability: str | None) -> str:
        if self.version_info[:2] >= (2, 4):
            return self._config_24()
        return self._config_23(capability)

    def _common(self) -> dict[str, Any]:
        uid, gid, _, _ = _mail_ids(self.mail_user)
        return dict(root=self.root, base_dir=self.base_dir, state_dir=self.state_dir, log=self.log_path,
                    passwd=self.passwd_path, port=self.port, uid=uid, gid=gid,
                    instance=f"maild-test-{os.getpid()}-{self.port}")

    def _config_23(self, capability: str | None) -> str:
        c = self._common()
        text = f"""\
# Private Dovecot {self.version} for maild's tests (written by tests/servers.py).
base_dir = {c['base_dir']}
state_dir = {c['state_dir']}
instance_name = {c['instance']}
protocols = imap
listen = {LOOPBACK}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
log_path = {c['log']}
info_log_path = {c['log']}
mail_location = maildir:~/Maildir
mail_uid = {c['uid']}
mail_gid = {c['gid']}
first_valid_uid = {min(c['uid'], 500)}
first_valid_gid = {min(c['gid'], 500)}
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
shutdown_clients = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {c['passwd']}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {c['passwd']}
}}
namespace inbox {{
  inbox = yes
}}
service imap-login {{
  inet_listener imap {{
    address = {LOOPBACK}
    port = {c['port']}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        if capability is not None:
            text += f"imap_capability = {capability}\n"
        return text + self.extra_config + "\n"

    def _config_24(self) -> str:
        c = self._common()
        text = f"""\
# Private Dovecot {self.version} for maild's tests (written by tests/servers.py).
dovecot_config_version = {'.'.join(map(str, self.version_info[:3]))}
dovecot_storage_version = 2.4.0
base_dir = {c['base_dir']}
state_dir = {c['state_dir']}
instance_name = {c['instance']}
protocols = imap
listen = {LOOPBACK}
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
log_path = {c['log']}
info_log_path = {c['log']}
mail_driver = maildir
mail_path = ~/Maildir
mail_uid = {c['uid']}
mail_gid = {c['gid']}
first_valid_uid = {min(c['uid'], 500)}
first_valid_gid = {min(c['gid'], 500)}
imap_idle_notify_interval = 1s
mailbox_idle_check_interval = 1s
passdb passwd-file {{
  passwd_file_path = {c['passwd']}
}}
userdb passwd-file {{
  passwd_file_path = {c['passwd']}
}}
namespace inbox {{
  inbox = yes
}}
service imap-login {{
  inet_listener imap {{
    listen = {LOOPBACK}
    port = {c['port']}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        if self.capabilities_drop:
            drops = "".join(f"  {cap} = no\n" for cap in self.capabilities_drop)
            text += "imap_capability {\n" + drops + "}\n"
        return text + self.extra_config + "\n"

    def _spawn(self) -> None:
        # A stale log would make a failure's tail misleading.
        for path in (self.log_path, self.stdout_path):
            path.unlink(missing_ok=True)
        out = open(self.stdout_path, "wb")
        try:
            self._proc = subprocess.Popen([self.dovecot_bin, "-F", "-c", str(self.config_path)],
                                          stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                          start_new_session=True)
        finally:
            out.close()
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                raise DovecotError(f"dovecot exited with {code} while starting on {self.host}:{self.port} "
                                   f"(config {self.config_path}); log tail:\n{self.log_tail()}")
            greeting = _port_answers(self.host, self.port, timeout=0.5)
            if greeting and greeting.startswith(b"* OK"):
                return
            if time.monotonic() > deadline:
                self.stop()
                raise DovecotError(f"dovecot did not answer on {self.host}:{self.port} within "
                                   f"{self.start_timeout:.0f}s (greeting {greeting!r}, "
                                   f"config {self.config_path}); "
                                   f"log tail:\n{self.log_tail()}")
            time.sleep(0.02)

    def _probe_capabilities(self) -> tuple[str, ...]:
        """The post-login CAPABILITY of an unrestricted server like this one (cached per binary, config)."""
        key = (self.dovecot_bin, self.extra_config)
        if key not in _capability_cache:
            probe = Dovecot(None, (), extra_config=self.extra_config, mail_user=self.mail_user,
                            start_timeout=self.start_timeout)
            probe.start()
            try:
                with probe.client() as imap:
                    caps = imap.capabilities()
            finally:
                probe.cleanup()
            _capability_cache[key] = tuple(c.decode() if isinstance(c, bytes) else str(c) for c in caps)
        return _capability_cache[key]

    def _check_capabilities(self) -> None:
        with self.client() as imap:
            caps = {(c.decode() if isinstance(c, bytes) else str(c)).upper() for c in imap.capabilities()}
        left = [c for c in self.capabilities_drop if c in caps]
        if left:
            self.stop()
            raise DovecotError(f"Dovecot {self.version} still advertises {left} after dropping them; "
                               f"CAPABILITY: {sorted(caps)}")


# --------------------------------------------------------------------------- SMTP sink


@dataclass(frozen=True)
class SinkMessage:
    """One message the sink received in full."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes          # the message as received (dot-stuffing undone, CRLF line ends)
    peer: Any
    accepted: bool       # False for hang_after_data: the client never got the 250 in time
    mode: str


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if self.sink.credentials is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if self.sink.mode == "5xx":
            return "550 5.1.1 <%s>: Recipient address rejected (sink mode 5xx)" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mode = self.sink.mode
        if mode == "4xx":
            return "451 4.3.0 Temporary failure, try again later (sink mode 4xx)"
        if mode == "5xx":
            return "554 5.7.1 Transaction failed (sink mode 5xx)"
        message = SinkMessage(mail_from=envelope.mail_from, rcpt_tos=tuple(envelope.rcpt_tos),
                              data=bytes(envelope.original_content or b""), peer=session.peer,
                              accepted=mode != "hang_after_data", mode=mode)
        self.sink._record(message)
        if message.accepted:
            for address in envelope.rcpt_tos:
                deliver = self.sink.local.get(address.lower())
                if deliver is not None:
                    await asyncio.get_running_loop().run_in_executor(None, deliver, message.data)
        if mode == "hang_after_data":
            deadline = time.monotonic() + self.sink.hang_seconds
            while time.monotonic() < deadline and not self.sink._stopping.is_set():
                await asyncio.sleep(0.05)
            if server.transport is not None:
                server.transport.abort()
            return "451 4.4.2 Timed out (sink mode hang_after_data)"
        if mode == "drop_after_250":
            # The 250 is written before this callback runs; close() flushes it, then hangs up, so
            # the client's QUIT (or next command) gets no reply.
            transport = server.transport
            asyncio.get_running_loop().call_soon(transport.close)
        return "250 2.0.0 OK: queued"


class SmtpSink:
    """An aiosmtpd SMTP server on 127.0.0.1 that stores every message it receives.

    `mode` injects faults (set it at any time, also between two sends):

    * "ok": accept every recipient and message (250).
    * "refuse": nothing listens: the controller is stopped, connections are refused. Setting another
      mode starts it again on the same port.
    * "4xx": 451 to the end of DATA (the message is not stored).
    * "5xx": 550 to every RCPT (and 554 to DATA, should a client send it anyway).
    * "hang_after_data": the message is stored (accepted=False), then no answer for `hang_seconds`
      (past the client's timeout); then the connection is dropped.
    * "drop_after_250": the message is stored and acknowledged with 250, then the connection is
      closed, so the client's QUIT gets no reply (best effort: the 250 is flushed first).

    With `credentials=(user, password)` the sink offers AUTH PLAIN/LOGIN without TLS and requires it.
    """

    MODES = ("ok", "refuse", "4xx", "5xx", "hang_after_data", "drop_after_250")
    host = LOOPBACK

    def __init__(self, port: int | None = None, *, mode: str = "ok", hang_seconds: float = 30.0,
                 credentials: tuple[str, str] | None = None) -> None:
        if mode not in self.MODES:
            raise ValueError(f"mode must be one of {self.MODES}, not {mode!r}")
        self.port = port or free_port()
        self.hang_seconds = hang_seconds
        self.credentials = credentials
        self._mode = mode
        self._messages: list[SinkMessage] = []
        self._cond = threading.Condition()
        self._stopping = threading.Event()
        self._controller: Any = None
        self._started = False
        self._lock = threading.RLock()
        # Local delivery, as an MTA does for its own domain: address -> callable(message bytes).
        self.local: dict[str, Callable[[bytes], None]] = {}

    # ------------------------------------------------------------------ mode

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in self.MODES:
            raise ValueError(f"mode must be one of {self.MODES}, not {value!r}")
        with self._lock:
            self._mode = value
            if not self._started:
                return
            if value == "refuse":
                self._stop_controller()
            elif self._controller is None:
                self._start_controller()

    # ------------------------------------------------------------------ life cycle

    def start(self) -> SmtpSink:
        with self._lock:
            self._started = True
            if self._mode != "refuse" and self._controller is None:
                self._start_controller()
        return self

    def stop(self) -> None:
        with self._lock:
            self._started = False
            self._stop_controller()

    @property
    def listening(self) -> bool:
        return self._controller is not None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SmtpSink {self.host}:{self.port} mode={self._mode} messages={len(self._messages)}>"

    def _start_controller(self) -> None:
        from aiosmtpd.controller import Controller

        kwargs: dict[str, Any] = {}
        if self.credentials is not None:
            # auth_required=True would warn about AUTH without TLS: handle_MAIL enforces it instead.
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        self._stopping.clear()
        last: Exception | None = None
        for _ in range(50):  # the port may linger briefly after a stop
            controller = Controller(_SinkHandler(self), hostname=self.host, port=self.port, ready_timeout=5.0,
                                    server_hostname="sink.test", **kwargs)
            try:
                controller.start()
            except OSError as exc:
                last = exc
                time.sleep(0.05)
                continue
            self._controller = controller
            return
        raise RuntimeError(f"SmtpSink could not listen on {self.host}:{self.port}: {last}")

    def _stop_controller(self) -> None:
        controller, self._controller = self._controller, None
        if controller is None:
            return
        self._stopping.set()
        controller.stop()

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (isinstance(auth_data, LoginPassword) and self.credentials is not None
              and (auth_data.login.decode(), auth_data.password.decode()) == self.credentials)
        return AuthResult(success=ok)

    # ------------------------------------------------------------------ messages

    def _record(self, message: SinkMessage) -> None:
        with self._cond:
            self._messages.append(message)
            self._cond.notify_all()

    @property
    def messages(self) -> list[SinkMessage]:
        """A copy of everything received so far, oldest first."""
        with self._cond:
            return list(self._messages)

    def clear(self) -> None:
        with self._cond:
            self._messages.clear()

    def wait_for(self, n: int = 1, timeout: float = 5.0) -> list[SinkMessage]:
        """Block until at least `n` messages arrived; them all. TimeoutError if they do not."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= n, timeout):
                raise TimeoutError(f"SmtpSink got {len(self._messages)} message(s), not {n}, "
                                   f"within {timeout}s")
            return list(self._messages)
