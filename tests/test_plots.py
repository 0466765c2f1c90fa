"""Plots: the indicator plot draws what the plan states (checked on the
artists' data against numbers worked out by hand), images are valid PNG/SVG
written atomically, and a missing matplotlib is a one-line error."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest

from plancheck.api import load
from plancheck.cli.main import main

# Revenue: 186.3 grown at 5 % for 5 years is 237.77; the table prints 260
# (a growth error) and the prose 238 (a cross-source error with the table).
PLAN = """\
# 青川市“十四五”规划（节选）

## 第一章 主要目标

专栏 1 “十四五”时期经济社会发展主要指标
类别	指标	2020 年	2025 年	年均增长（%）[累计]	属性
经济发展	1.地区生产总值（亿元）	2450.6	3280	6	预期性
	2.一般公共预算收入（亿元）	186.3	260	5	预期性

## 第二章 经济发展

到 2025 年，一般公共预算收入年均增长 5%，达到 238 亿元。
"""


@pytest.fixture
def mpl():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    return matplotlib


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


def _by_gid(artists, prefix):
    return [a for a in artists if (a.get_gid() or "").startswith(prefix)]


def test_indicator_plot_points_path_band_and_contradictions(mpl, plan_file):
    from plancheck.plots import plot_indicator

    ax = plot_indicator(load(plan_file), "一般公共预算收入")
    (actual,) = _by_gid(ax.lines, "levels-actual")
    assert list(actual.get_xdata()) == [2020] and list(actual.get_ydata()) == [186.3]
    (target,) = _by_gid(ax.lines, "levels-target")
    assert list(target.get_xdata()) == [2025, 2025]
    assert sorted(target.get_ydata()) == [238, 260]
    (path,) = _by_gid(ax.lines, "path-")
    assert list(path.get_xdata()) == [2020, 2021, 2022, 2023, 2024, 2025]
    assert path.get_ydata()[0] == pytest.approx(186.3)
    assert path.get_ydata()[-1] == pytest.approx(237.77, abs=0.01)  # 186.3 × 1.05^5
    assert "contradicted" in path.get_label()
    (band,) = _by_gid(ax.collections, "band-")
    ys = band.get_paths()[0].vertices[:, 1]
    # 5 % printed means [4.5, 5.5): 186.25 × 1.045^5 = 232.10 … 186.35 × 1.055^5 = 243.55
    assert ys.min() == pytest.approx(186.25, abs=0.01) and ys.max() == pytest.approx(243.55, abs=0.01)
    (crossed,) = _by_gid(ax.lines, "contradicted")
    assert sorted(zip(crossed.get_xdata(), crossed.get_ydata(), strict=False)) == [(2020, 186.3), (2025, 238), (2025, 260)]
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["186.3 (line 8)", "238 (line 12)", "260 (line 8)"]
    assert len(ax.lines) == 4


def test_consistent_indicator_has_nothing_crossed_out(mpl, plan_file):
    from plancheck.plots import plot_indicator

    ax = plot_indicator(load(plan_file), "gdp")
    assert not _by_gid(ax.lines, "contradicted") and not ax.texts
    (path,) = _by_gid(ax.lines, "path-")
    assert path.get_ydata()[-1] == pytest.approx(2450.6 * 1.06 ** 5)
    assert "contradicted" not in path.get_label()


def test_cli_writes_a_valid_png(mpl, plan_file, tmp_path, capsys):
    out = tmp_path / "revenue.png"
    assert main(["plot", "一般公共预算收入", str(plan_file), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_cli_writes_a_valid_svg_overview(mpl, plan_file, tmp_path):
    out = tmp_path / "overview.svg"
    assert main(["plot", "--overview", str(plan_file), "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")


def test_overview_counts_findings_per_chapter(mpl, plan_file):
    from plancheck.plots import plot_overview, sections

    plan = load(plan_file)
    report = plan.check()
    assert [s for s, _ in sections(plan.text_lines)] == [1, 3, 10]
    fig = plot_overview(report, plan.text_lines)
    (ax,) = fig.axes
    errors = _by_gid(ax.patches, "bars-error")
    # both errors (growth, cross-source) start in the table of chapter 1
    assert [round(p.get_width()) for p in errors] == [2]
    assert [t.get_text() for t in ax.get_yticklabels()][0].endswith("主要目标") \
        or ax.get_yticklabels()[0].get_text().startswith("lines")


def test_sections_fall_back_to_blocks_and_skip_contents_lines(mpl):
    from plancheck.plots import sections

    plain = [f"第{i}行文字。" for i in range(250)]
    assert sections(plain) == [(1, "lines 1–100"), (101, "lines 101–200"), (201, "lines 201–250")]
    toc = ["目 录", "第一章 发展的基础 .....\t1", "第二章 发展的环境 .....\t4", "正文",
           "第一章 发展的基础", "文字", "第二章 发展的环境", "文字"]
    assert sections(toc) == [(1, "front matter"), (5, "第一章 发展的基础"), (7, "第二章 发展的环境")]


def test_unknown_image_suffix_is_a_usage_error(mpl, plan_file, tmp_path, capsys):
    assert main(["plot", "gdp", str(plan_file), "-o", str(tmp_path / "x.bmp")]) == 2
    assert ".png" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.bmp")) and not list(tmp_path.glob(".*"))


def test_failed_save_keeps_the_old_image(mpl, plan_file, tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    from plancheck.plots import save_figure

    out = tmp_path / "keep.png"
    out.write_bytes(b"old")

    def boom(self, *a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(Figure, "savefig", boom)
    with pytest.raises(OSError):
        save_figure(Figure(), out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.png", "plan.md"]


def test_overview_and_indicator_arguments_exclude_each_other(mpl, plan_file, tmp_path, capsys):
    assert main(["plot", "--overview", "gdp", str(plan_file), "-o", str(tmp_path / "a.png")]) == 2
    assert main(["plot", str(plan_file), "-o", str(tmp_path / "a.png")]) == 2
    err = capsys.readouterr().err
    assert "--overview" in err and "Traceback" not in err


def test_missing_matplotlib_is_a_one_line_install_hint(plan_file, tmp_path, monkeypatch, capsys):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    code = main(["plot", "gdp", str(plan_file), "-o", str(tmp_path / "g.png")])
    err = capsys.readouterr().err
    assert code == 2
    assert "pip install 'plancheck[plot]'" in err and err.count("\n") == 1
    assert not (tmp_path / "g.png").exists()


@pytest.mark.corpus
def test_real_plan_rural_income_plot(mpl, xinjiang, tmp_path):
    from plancheck.plots import plot_indicator, save_figure

    ax = plot_indicator(load(xinjiang), "农村居民人均纯收入")
    (crossed,) = _by_gid(ax.lines, "contradicted")
    # the growth error names 4643 (2010) and 8850 (2015)
    assert sorted(zip(crossed.get_xdata(), crossed.get_ydata(), strict=False)) == [(2010, 4643), (2015, 8850)]
    assert len(_by_gid(ax.lines, "path-")) == 3  # 13.6 actual, 11以上 target, 8 target
    out = save_figure(ax.figure, tmp_path / "rural.png")
    assert out.read_bytes()[:4] == b"\x89PNG"


# --- CJK fonts -----------------------------------------------------------------

def test_a_cjk_font_installed_after_matplotlib_cached_its_list_is_found(monkeypatch, tmp_path):
    """The stale cache: no CJK family in fontManager's list, but a CJK font file on disk."""
    from matplotlib import font_manager

    import plancheck.plots as plots

    fm = font_manager.fontManager
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if f.name not in plots.CJK_FONTS])
    font_file = str(tmp_path / "NotoSansCJKsc-Regular.otf")
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [font_file])
    added = []

    def addfont(path):
        added.append(path)
        fm.ttflist = [*fm.ttflist, font_manager.FontEntry(fname=path, name="Noto Sans CJK SC")]

    monkeypatch.setattr(fm, "addfont", addfont)
    assert plots.cjk_font() == "Noto Sans CJK SC" and added == [font_file]
    assert plots.font_hint() is None


def test_without_a_cjk_font_plots_say_how_to_install_one(monkeypatch):
    from matplotlib import font_manager

    import plancheck.plots as plots

    fm = font_manager.fontManager
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if f.name not in plots.CJK_FONTS])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    assert plots.cjk_font() is None
    assert "fonts-noto-cjk" in plots.font_hint()
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        with plots._style() as cjk_ok:
            assert cjk_ok is False


@pytest.mark.parametrize("printed, shown", [("7左右", "≈7"), ("10 以上", "≥10"), ("4.5以内", "≤4.5"),
                                            ("9324.8", "9324.8"), ("[5]", "[5]")])
def test_qualifiers_in_legends_are_signs_without_a_cjk_font(printed, shown):
    from plancheck.plots import _figure_text

    assert _figure_text(printed, False) == shown
    assert _figure_text(printed, True) == printed


def test_html_report_names_a_cjk_font_stack():
    from plancheck.api import load
    from plancheck.reports import render
    from plancheck.reports.html import CJK_FONT_STACK

    page = render(load("到2020年，地区生产总值达到 100 亿元。\n").check(), "html")
    assert CJK_FONT_STACK in page and "fonts-noto-cjk" in page
    for family in ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"):
        assert family in CJK_FONT_STACK
