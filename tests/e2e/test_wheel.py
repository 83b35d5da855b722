"""maild as a new user gets it: a wheel built from the source, installed in a fresh venv, run elsewhere.

The wheel is built once for this module, from a copy of what the container's
build stage copies (deploy/Containerfile), with this venv's build backend
(offline: no index is asked); the image installs that wheel and nothing else. The fresh venv
gets the wheel and nothing of the checkout; the libraries maild depends on
are borrowed from this venv through a .pth line (a .pth in a folder named
that way is not read, so the checkout's editable hook does not come along),
and `pip check` in the fresh venv confirms they satisfy the wheel's
requirements. Each command runs in a folder outside the checkout with no
MAILD_* variable set, so nothing can point it back at the checkout's files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

from paths import ROOT, SHARED

CONTAINERFILE = ROOT / "deploy" / "Containerfile"
ACTIONS = ("acknowledge", "request_missing", "redirect", "review", "ignore")


def _stages() -> list[list[str]]:
    """The instructions of each stage of the Containerfile (continuation lines joined)."""
    text = CONTAINERFILE.read_text().replace("\\\n", " ")
    stages: list[list[str]] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("FROM "):
            stages.append([])
        if line and not line.startswith("#") and stages:
            stages[-1].append(line)
    return stages


def build_inputs() -> list[str]:
    """What the build stage copies from the checkout: all the build may read."""
    return [part.rstrip("/") for line in _stages()[0] if line.startswith("COPY ") for part in line.split()[1:-1]]


@dataclass(frozen=True)
class Installed:
    venv: Path
    work: Path
    build_log: str

    def run(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MAILD_") and k != "PYTHONPATH"}
        return subprocess.run([str(self.venv / "bin" / "maild"), *args], cwd=cwd or self.work, env=env,
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    assert ROOT not in base.resolve().parents, "the wheel must be tried outside the checkout"
    source = base / "source"
    for name in build_inputs():
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(item, source / name)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(base / "dist"), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    wheels = sorted((base / "dist").glob("maild-*.whl"))
    assert len(wheels) == 1, wheels
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    purelib = subprocess.run([str(venv / "bin" / "python"), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_maild_test_dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                              "--no-deps", "--no-index", str(wheels[0])], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stdout + install.stderr
    work = base / "elsewhere"
    work.mkdir()
    return Installed(venv, work, build.stdout + build.stderr)


def test_the_build_gives_no_deprecation_warning(installed: Installed) -> None:
    warnings = [line for line in installed.build_log.splitlines() if "deprecat" in line.lower()]
    assert warnings == []


def test_the_installed_maild_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    code = ("import maild, maild.adapters.shipped as s; print(maild.__file__); print(s.shipped('rules')); "
            "print(s.shipped('templates'))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([str(installed.venv / "bin" / "python"), "-c", code], cwd=installed.work, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    for path in map(Path, out):
        assert installed.venv in path.parents, path
        assert ROOT not in path.parents, path
    assert sorted(p.name for p in Path(out[1]).glob("*.toml")) == sorted(p.name for p in (ROOT / "rules").glob("*.toml"))
    check = subprocess.run([sys.executable, "-m", "pip", "--python", str(installed.venv / "bin" / "python"), "check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_triage_reads_a_mail_with_the_shipped_rules_and_templates(installed: Installed) -> None:
    mail = installed.work / "request.eml"
    shutil.copy(SHARED / "corpus" / "mails" / "001-creation-sysmgr-two-officers-complete.eml", mail)
    readable = installed.run("triage", str(mail))
    assert readable.returncode == 0, readable.stderr
    assert "asks:     creation of a new SSO ID" in readable.stdout
    assert "action:   acknowledge with a case reference" in readable.stdout
    as_json = installed.run("triage", "--json", str(mail))
    assert as_json.returncode == 0, as_json.stderr
    assert '"action": "acknowledge"' in as_json.stdout


def test_check_config_passes_and_a_rules_folder_of_the_config_still_counts(installed: Installed) -> None:
    fine = installed.run("check-config")
    assert fine.returncode == 0, fine.stdout + fine.stderr
    assert "config, rules and templates are fine" in fine.stdout
    folder = installed.work / "own"
    (folder / "rules").mkdir(parents=True)
    (folder / "rules" / "senders.toml").write_text("icegate_domains = [\n")
    (folder / "maild.toml").write_text('[paths]\nrules = "rules"\n')
    broken = installed.run("check-config", "--config", "maild.toml", cwd=folder)
    assert broken.returncode == 1
    assert f"{folder / 'rules' / 'senders.toml'}: not valid TOML" in broken.stdout


def test_demo_runs_its_own_mails_and_says_where_the_replies_went(installed: Installed) -> None:
    demo = installed.run("demo")
    assert demo.returncode == 0, demo.stdout + demo.stderr
    out = demo.stdout
    for action in ACTIONS:
        assert f"1 {action}" in out or f"2 {action}" in out, out
    assert "review:   the ICEGATE sender fails authentication (dmarc=fail)" in out
    assert "missing:  the officer's designation" in out
    data = installed.work / "var" / "demo"
    assert f"replies (.eml files): {data / 'outbox'}" in out
    assert len(list((data / "outbox").glob("*.eml"))) == 4


def test_the_image_installs_the_wheel_and_nothing_of_the_checkout() -> None:
    build, image = _stages()
    assert {"setup.py", "rules", "templates", "maild"} <= set(build_inputs())
    assert any("pip wheel" in line for line in build)
    copies = [line for line in image if line.startswith(("COPY", "ADD"))]
    assert copies == ["COPY --from=build /wheels /wheels"]
    assert any("pip install" in line and "/wheels/maild-" in line for line in image)
    assert not any("MAILD_PATHS" in line for line in image)
