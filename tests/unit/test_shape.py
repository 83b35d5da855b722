"""The shape of maild: short modules, classes and functions; layers that import inwards; no cycle.

core is pure and imports only itself (and the errors); the application's jobs
import the core, never an adapter or an interface; an adapter knows the
application only by its ports, so it cannot call the application back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "maild"
LIMITS = {"module": 400, "class": 250, "function": 60}
# What each layer may import of maild (by module name prefix).
ALLOWED = {
    "maild.core": ("maild.core", "maild.errors"),
    "maild.app": ("maild.core", "maild.app", "maild.config", "maild.errors", "maild.logs", "maild.runtime.faults"),
    "maild.adapters": ("maild.core", "maild.adapters", "maild.app.ports", "maild.errors", "maild.runtime.faults"),
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        found[name] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The maild modules a module imports, anywhere in it (inside functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}
    return {m for m in found if m in MODULES and m != name}


def test_no_module_class_or_function_is_too_long() -> None:
    over = []
    for name, path in MODULES.items():
        if "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > LIMITS["module"]:
            over.append(f"{name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                kind = "class"
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kind = "function"
            else:
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > LIMITS[kind]:
                over.append(f"{kind} {name}.{node.name}: {length} lines")
    assert over == []


def test_no_import_cycle_inside_maild() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done

    def walk(name: str, path: list[str]) -> list[str]:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                return path[path.index(dep):] + [dep] if dep in path else [name, dep]
            if dep not in state and (cycle := walk(dep, [*path, dep])):
                return cycle
        state[name] = 2
        return []

    cycles = [cycle for name in sorted(graph) if name not in state and (cycle := walk(name, [name]))]
    assert cycles == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    wrong = {f"{name} -> {dep}" for name, path in MODULES.items() if name.startswith(layer + ".")
             for dep in _imports(name, path) if not dep.startswith(ALLOWED[layer])}
    assert wrong == set()


def test_at_most_a_dozen_modules_directly_in_the_package() -> None:
    assert len(list(PACKAGE.glob("*.py"))) <= 12


def _members(protocol: type) -> set[str]:
    """The methods and attributes a protocol asks for (its own, not object's or Protocol's)."""
    return {name for name in (*vars(protocol), *getattr(protocol, "__annotations__", {}))
            if not name.startswith("_")}


def test_each_adapter_has_what_its_ports_ask_for() -> None:
    """The adapters implement the ports by their shape: a method renamed on one side is caught here."""
    from maild.adapters import db, inbox_imap, inbox_maildir, operators, outbox_files, outbox_smtp, templates
    from maild.app import lease, ports
    from maild.runtime import metrics

    stores = [ports.IntakeStore, ports.CaseStore, ports.RecordStore, ports.FilingStore, ports.ApplyStore,
              ports.OutboxStore, ports.LeaseStore, ports.ReminderStore, ports.ReviewStore, ports.SessionStore]
    pairs = [(db.Store, port) for port in stores] + [
        (inbox_imap.ImapInbox, ports.Inbox), (inbox_maildir.MaildirInbox, ports.Inbox),
        (outbox_smtp.SmtpSender, ports.Sender), (outbox_files.FileSender, ports.Sender),
        (templates.Templates, ports.Renderer), (metrics.Metrics, ports.Meter),
        (operators.OperatorFile, ports.Accounts),
        (lease.Lease, ports.LeaseHolder), (lease.NoLease, ports.LeaseHolder)]
    missing = {f"{adapter.__name__} lacks {port.__name__}.{name}" for adapter, port in pairs
               for name in _members(port) if not hasattr(adapter, name) and name not in _instance_attributes(adapter)}
    assert missing == set()


def _instance_attributes(cls: type) -> set[str]:
    """Attributes an adapter sets in __init__ (self.name = ...), which hasattr on the class cannot see."""
    import inspect
    import textwrap

    try:
        source = textwrap.dedent(inspect.getsource(cls.__init__))  # type: ignore[misc]
    except (OSError, TypeError):
        return set()
    return {node.attr for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)}
