"""implied: crop totals solved from area, yield and output share vs the grain target."""

from helpers import findings

CROPS = ("建设 1000 万亩小麦高产田，平均单产 450 公斤/亩以上，实现小麦高产田面积占小麦总播面积 60%，占总产的 75%；"
         "建设 1000 万亩玉米高产田，平均单产 800 公斤/亩以上，实现玉米高产面积占玉米总播面积的 80%，占总产的 95%。")


def test_implied_grain_output_above_the_target_fires():
    found = findings(f"到 2020 年，粮食生产能力达到 1400 万吨。\n\n{CROPS}", rule="implied")
    assert [f.severity for f in found] == ["error"]
    assert any("A*Y/q" in a for a in found[0].arithmetic)
    assert "1431" in found[0].message  # 450×1000/0.755 + 800×1000/0.955, lowest reading


def test_implied_grain_output_within_the_target_does_not_fire():
    assert findings(f"到 2020 年，粮食生产能力达到 1600 万吨。\n\n{CROPS}", rule="implied") == []


def test_a_crop_stated_twice_counts_once():
    wheat = ("建设 1000 万亩小麦高产田，平均单产 450 公斤/亩以上，实现小麦高产田面积占小麦总播面积 60%，占总产的 75%。")
    found = findings(f"到 2020 年，粮食生产能力达到 1000 万吨。\n\n{wheat}\n\n{wheat}", rule="implied")
    assert found == []  # 595 万吨 of wheat, counted once, is within 1000
