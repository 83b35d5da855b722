"""Rules and config problems are reported with the file and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from maild.config import load_settings
from maild.errors import ConfigError, RulesError
from maild.adapters.rules import default_rules_dir, load_rules


@pytest.fixture()
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def test_shipped_rules_load() -> None:
    rules = load_rules()
    assert {t.name for t in rules.requests.types} >= {"sso_creation", "password_reset", "eccs"}


def test_bad_regex_names_file_and_key(rules_copy: Path) -> None:
    path = rules_copy / "requests.toml"
    path.write_text(path.read_text().replace("threshold = 3", "threshold = 3\n[types.broken]\npatterns = [{ re = '(' }]", 1))
    with pytest.raises(RulesError, match=r"rules/requests.toml: \[types.broken.patterns\].*regular expression"):
        load_rules(rules_copy)


def test_missing_rule_file_is_named(rules_copy: Path) -> None:
    (rules_copy / "senders.toml").unlink()
    with pytest.raises(RulesError, match="senders.toml: file is missing"):
        load_rules(rules_copy)


def test_invalid_toml_is_named(rules_copy: Path) -> None:
    (rules_copy / "review.toml").write_text("overseas = [")
    with pytest.raises(RulesError, match="review.toml: not valid TOML"):
        load_rules(rules_copy)


def test_wrong_type_names_key(rules_copy: Path) -> None:
    path = rules_copy / "template.toml"
    path.write_text(path.read_text().replace("red_min = 192", "red_min = 'red'"))
    with pytest.raises(RulesError, match="template.toml: red_min must be a number"):
        load_rules(rules_copy)


def test_a_deployment_can_add_its_own_vocabulary(rules_copy: Path) -> None:
    path = rules_copy / "senders.toml"
    path.write_text(path.read_text().replace("role_addresses = []", 'role_addresses = ["ravi.kumar@icegate.gov.in"]'))
    rules = load_rules(rules_copy)
    assert "ravi.kumar@icegate.gov.in" in rules.senders.role_addresses


def test_config_unknown_key_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "maild.toml"
    cfg.write_text("[triage]\nauthserv = ['mx']\n")
    with pytest.raises(ConfigError, match=r"unknown key \[triage\] authserv"):
        load_settings(cfg, environ={})


def test_config_wrong_type_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "maild.toml"
    cfg.write_text("[triage]\nmax_parts = 'many'\n")
    with pytest.raises(ConfigError, match=r"\[triage\] max_parts must be a whole number"):
        load_settings(cfg, environ={})


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    cfg = tmp_path / "maild.toml"
    cfg.write_text("[triage]\nauthserv_ids = ['a.example']\n")
    settings = load_settings(cfg, environ={"MAILD_TRIAGE_AUTHSERV_IDS": "mx.icegate.gov.in, mx2.icegate.gov.in"})
    assert settings.triage_policy().authserv_ids == ("mx.icegate.gov.in", "mx2.icegate.gov.in")


def test_paths_resolve_relative_to_the_config(tmp_path: Path) -> None:
    cfg = tmp_path / "etc" / "maild.toml"
    cfg.parent.mkdir()
    cfg.write_text("[paths]\nrules = '../myrules'\n")
    assert load_settings(cfg, environ={}).paths.rules == (tmp_path / "myrules").resolve()


def test_config_example_shows_every_key_with_its_default() -> None:
    import tomllib

    from maild.config import DEFAULTS

    example = Path(__file__).resolve().parents[2] / "config.example.toml"
    data = tomllib.loads(example.read_text())
    for section, keys in DEFAULTS.items():
        assert section in data, section
        for key, default in keys.items():
            assert key in data[section], f"[{section}] {key}"
            assert data[section][key] == default, f"[{section}] {key}"
    load_settings(example, environ={})
