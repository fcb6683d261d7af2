"""`journal.paths.resource()` finds `resources/` in a source checkout, a frozen bundle and an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journal import paths

CHECKOUT = Path(__file__).resolve().parent.parent


def test_source_checkout_finds_the_repository_resources() -> None:
    icon = paths.resource("icons", "rapport.svg")
    assert icon == CHECKOUT / "resources" / "icons" / "rapport.svg"
    assert icon.is_file()
    assert paths.resource("translations").is_dir()


def test_migrations_are_found_beside_the_store() -> None:
    folder = paths.migrations_dir()
    assert (folder / "env.py").is_file()
    assert sorted(p.name for p in (folder / "versions").glob("0*.py"))[0] == "0001_initial.py"


def test_frozen_bundle_wins_over_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "_internal" / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "rapport.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)

    assert paths.resources_root() == tmp_path / "_internal" / "resources"
    assert paths.resource("icons", "rapport.svg").read_text() == "<svg/>"


def _fake_install(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `journal` package at `root/journal` (as site-packages holds it), with paths.py 'living' there."""
    package = root / "journal"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return package


def test_installed_wheel_uses_the_resources_inside_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _fake_install(tmp_path / "site-packages", monkeypatch)
    (package / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # a stray folder beside the package must not win

    assert paths.resources_root() == package / "resources"
    assert paths.resource("translations") == package / "resources" / "translations"


def test_checkout_layout_is_the_fallback_when_the_package_has_no_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_install(tmp_path / "checkout", monkeypatch)

    assert paths.resources_root() == tmp_path / "checkout" / "resources"


def test_the_wheel_ships_resources_inside_the_package() -> None:
    """pyproject.toml force-includes `resources/` as `journal/resources`, the place resource() looks."""
    text = (CHECKOUT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[tool.hatch.build.targets.wheel.force-include]\n"resources" = "journal/resources"' in text
