"""enumeration: a stated count vs the items listed."""

import pytest

from helpers import findings


@pytest.mark.parametrize("sentence, expected", [
    ("重点建设喀什、霍尔果斯、阿拉山口 3 个综合保税区。", None),
    ("重点建设喀什、霍尔果斯、阿拉山口等 5 个综合保税区。", None),      # fewer, with 等
    ("重点建设喀什、霍尔果斯、阿拉山口、吐鲁番 3 个综合保税区。", "error"),  # more than the count
    ("重点建设喀什、霍尔果斯、阿拉山口等 2 个综合保税区。", "error"),
    ("围绕塔里木、准噶尔和吐哈三大盆地开展勘探。", None),              # 和 joins the last two
])
def test_enumeration(sentence, expected):
    found = findings(sentence, rule="enumeration")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_count_one_and_batches_are_not_enumerations():
    assert findings("在乌鲁木齐、喀什、霍尔果斯等地建设一批物流园区。", rule="enumeration") == []
