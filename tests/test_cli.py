"""The command line: exit codes and one-line errors for mistakes a user makes."""

from __future__ import annotations

import os

import pytest

from plancheck.cli.main import main


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("option, name, hint", [("--select", "grwth", "growth"), ("--ignore", "zzz", "known")])
def test_an_unknown_rule_is_refused(option, name, hint, capsys):
    code, _, err = run(["check", option, name, "targets.toml"], capsys)
    assert code == 2 and hint in err and len(err.strip().splitlines()) == 1


def test_writing_a_report_into_a_folder_is_refused(tmp_path, capsys):
    plan = tmp_path / "p.md"
    plan.write_text("# 第十三个五年规划\n\n到 2020 年，地区生产总值达到 3366 亿元。\n", "utf-8")
    code, _, err = run(["check", str(plan), "-o", str(tmp_path)], capsys)
    assert code == 2 and "folder" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_is_not_read_forever(tmp_path, capsys):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    code, _, err = run(["check", str(link)], capsys)
    assert code == 2 and "not a regular file" in err


def test_reports_are_ordinary_files(tmp_path, capsys):
    plan = tmp_path / "p.md"
    plan.write_text("# 第十三个五年规划\n\n到 2020 年，地区生产总值达到 3366 亿元。\n", "utf-8")
    out = tmp_path / "r.json"
    code, _, _ = run(["check", str(plan), "-f", "json", "-o", str(out)], capsys)
    umask = os.umask(0)
    os.umask(umask)
    assert code == 0 and out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
