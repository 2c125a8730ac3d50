"""Publishing: the wheel carries the templates and static files; ``datasette package`` builds a Dockerfile that
installs the plugin and carries metadata.json (the docker call itself is mocked)."""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from unittest import mock

import pytest
from click.testing import CliRunner

from conftest import METADATA_PATH, ROOT, build_db

PACKAGE_DIR = os.path.join(ROOT, "datasette_newsquotes")


def package_files(sub):
    base = os.path.join(PACKAGE_DIR, sub)
    return sorted(os.path.relpath(os.path.join(d, f), PACKAGE_DIR).replace(os.sep, "/")
                  for d, _, files in os.walk(base) for f in files if not f.endswith(".pyc"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # build from a clean copy: building in the checkout leaves build/ behind, whose stale files could slip
    # into a later wheel
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(PACKAGE_DIR, str(src / "datasette_newsquotes"),
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(os.path.join(ROOT, name), str(src / name))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    [name] = [f for f in os.listdir(out) if f.endswith(".whl")]
    return str(out / name)


def test_wheel_carries_templates_and_static_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = package_files("templates") + package_files("static")
    assert "templates/newsquotes/who_said_what.html" in expected and "static/newsquotes.css" in expected
    for f in expected:
        assert "datasette_newsquotes/" + f in names, f
    assert "datasette_newsquotes/pages.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[datasette]" in text and "newsquotes = datasette_newsquotes" in text


def test_datasette_package_dockerfile(tmp_path):
    from datasette.cli import cli

    db = build_db(str(tmp_path / "news.db"))
    seen = {}

    def fake_call(args, *a, **kw):
        # runs inside the temporary build directory, as docker would
        seen["args"] = args
        seen["files"] = sorted(os.listdir("."))
        with open("Dockerfile") as fp:
            seen["dockerfile"] = fp.read()
        with open("metadata.json") as fp:
            seen["metadata"] = json.load(fp)
        return 0

    with mock.patch("datasette.cli.call", side_effect=fake_call), \
            mock.patch("shutil.which", return_value="/usr/bin/docker"):
        result = CliRunner().invoke(cli, ["package", db, "-m", METADATA_PATH, "--install", "datasette-newsquotes",
                                          "-t", "newsquotes-test"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen["args"][:2] == ["docker", "build"] and "newsquotes-test" in seen["args"]
    dockerfile = seen["dockerfile"]
    assert any(line.startswith("RUN pip install") and "datasette-newsquotes" in line
               for line in dockerfile.splitlines())
    assert "--metadata metadata.json" in dockerfile
    assert "-i news.db" in dockerfile and "--inspect-file" in dockerfile  # served immutable, as the pages allow
    assert "metadata.json" in seen["files"] and "news.db" in seen["files"]
    with open(METADATA_PATH) as fp:
        ours = json.load(fp)
    assert seen["metadata"]["title"] == ours["title"]
    assert seen["metadata"]["databases"]["news"]["tables"]["quotes"]["facets"] == \
        ours["databases"]["news"]["tables"]["quotes"]["facets"]
