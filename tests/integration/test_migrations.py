"""Schema migrations on SQLite and PostgreSQL: from an empty database and revision by revision."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from maild.adapters.db import Store, make_engine
from maild.adapters.db_schema import Audit, Base
from maild.errors import StoreError
from maild.adapters.migrate import SCRIPTS, _config, current, head, upgrade
from pg import temporary_database


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'maild.db'}"
    else:
        with temporary_database() as pg:
            yield pg


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config(None))  # type: ignore[arg-type]
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_an_empty_database_is_created_at_head_and_matches_the_models(url: str) -> None:
    store = Store.open(url)
    assert current(store.engine) == head()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "the migrations and the models describe the same schema"


def test_every_revision_upgrades_from_the_previous_one(url: str) -> None:
    engine = make_engine(url)
    for revision in revisions():
        upgrade(engine, revision)
        assert current(engine) == revision
    Store.open(url)  # the code accepts the result


def test_an_older_schema_is_refused_with_the_command_to_run(url: str) -> None:
    store = Store.open(url)
    with store.session() as s:  # a database that holds records is never recreated
        s.add(Audit(event="something_happened", detail={}))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    with pytest.raises(StoreError, match="run `maild db upgrade`"):
        Store.open(url)


def test_a_schema_half_created_by_a_killed_first_start_is_created_again(url: str) -> None:
    """A first start killed during CREATE TABLE leaves tables but no revision: nothing to lose."""
    engine = make_engine(url)
    upgrade(engine, revisions()[0])
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("DROP TABLE audit"))
    store = Store.open(url)
    assert current(store.engine) == head()
    with store.session() as s:
        s.add(Audit(event="works", detail={}))


def test_db_upgrade_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from maild.interfaces.cli import main

    cfg = tmp_path / "maild.toml"
    cfg.write_text('[paths]\ndata = "."\n')
    assert main(["db", "upgrade", "--config", str(cfg)]) == 0
    assert f"-> {head()}" in capsys.readouterr().out
    assert main(["db", "current", "--config", str(cfg)]) == 0
    assert f"database: {head()}; code: {head()}" in capsys.readouterr().out
    assert SCRIPTS.is_dir()



def test_workers_starting_together_on_an_empty_database_all_start(url: str) -> None:
    import subprocess
    import sys

    code = "import sys; from maild.adapters.db import Store; Store.open(sys.argv[1])"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE) for _ in range(4)]
    results = [(p.wait(timeout=120), p.stderr.read().decode()[-500:] if p.stderr else "") for p in procs]
    assert all(code == 0 for code, _ in results), results
    assert current(make_engine(url)) == head()
