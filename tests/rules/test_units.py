"""units: same figure, different units — converted, or a misprinted unit."""

from helpers import findings

ROW = "民生福祉\t15.人口自然增长率(‰)\t11\t11.6\t—\t约束性"


def test_same_number_in_percent_and_permille_is_an_error():
    found = findings("到 2020 年，人口自然增长率控制在 11.6%以内。", [ROW], rule="units")
    assert [f.severity for f in found] == ["error"]
    assert "not rescaled" in found[0].message
    assert found[0].fixes[0].suggested.endswith("‰")


def test_matching_units_do_not_fire():
    assert findings("到 2020 年，人口自然增长率控制在 11.6‰以内。", [ROW], rule="units") == []


def test_converted_units_agree():
    rows = ["经济发展\t1.全社会固定资产投资(亿元)\t10729\t39600\t—\t预期性"]
    assert findings("到 2020 年，全社会固定资产投资达到 3.96 万亿元。", rows, rule="units") == []


def test_converted_units_that_disagree_fire():
    rows = ["经济发展\t1.全社会固定资产投资(亿元)\t10729\t39600\t—\t预期性"]
    found = findings("到 2020 年，全社会固定资产投资达到 4.2 万亿元。", rows, rule="units")
    assert [f.severity for f in found] == ["error"]
    assert any("万亿元 =" in a for a in found[0].arithmetic)


def test_a_loose_reading_after_conversion_is_a_warning():
    rows = ["经济发展\t1.全社会固定资产投资(亿元)\t10729\t14000\t—\t预期性"]
    found = findings("到 2020 年，全社会固定资产投资达到 1.36 万亿元。", rows, rule="units")
    assert [f.severity for f in found] == ["warning"]  # 14000 read as [13500, 14500) meets 13600


def test_zero_in_two_units_is_no_contradiction():
    rows = ["民生福祉\t15.人口自然增长率(‰)\t11\t0\t—\t约束性"]
    assert findings("到 2020 年，人口自然增长率控制在 0%。", rows, rule="units") == []
