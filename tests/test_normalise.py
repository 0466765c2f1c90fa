"""Normalisers of documents/normalise.py: Chinese numerals and scanned-text slips.

Each normaliser is table-driven: spans it must rewrite (with the rewritten
text) and near-misses it must leave alone. End to end, a figure read from a
rewritten line points at its original columns and says how it was written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck import load
from plancheck.documents import document_from_text, read_document, segment
from plancheck.documents.normalise import ALL, NORMALISERS, normalise_line, read_numeral
from plancheck.pipeline import extract

PLANS = Path(__file__).parent / "data" / "plans"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "national-plans"


@pytest.mark.parametrize("run, expected", [
    ("九", ("9", "")), ("十", ("10", "")), ("十二", ("12", "")), ("二十", ("20", "")),
    ("四点一", ("4.1", "")), ("十七点三", ("17.3", "")), ("一点四五", ("1.45", "")),
    ("七千五百万", ("7500", "万")), ("三千二百亿", ("3200", "亿")), ("十亿", ("10", "亿")),
    ("四亿六千五百万", ("4.65", "亿")), ("十二亿九千八百万", ("12.98", "亿")), ("一亿零五百万", ("1.05", "亿")),
    ("五万七千六百亿", ("57600", "亿")), ("一万亿", ("1", "万亿")), ("一千零七十八万", ("1078", "万")),
    ("六点八万", ("6.8", "万")), ("二点二四亿", ("2.24", "亿")), ("九万二千", ("9.2", "万")),
    ("一九九五", ("1995", "")), ("二○一○", ("2010", "")), ("二〇一〇", ("2010", "")),
    ("七七·五", ("77.5", "")), ("一七八·六", ("178.6", "")), ("一九○○万", ("1900", "万")),
    ("三、二七八·三亿", ("3,278.3", "亿")), ("○·八", ("0.8", "")),
])
def test_numerals_are_read_with_their_printed_precision(run, expected):
    assert read_numeral(run) == expected


@pytest.mark.parametrize("run", ["七八十", "三千五", "十百", "○五", "两三", "一万二"])
def test_runs_that_are_not_one_number(run):
    assert read_numeral(run) is None


REWRITES = [
    # (normaliser, line, rewritten)
    ("chinese-numerals", "年均增长百分之九", "年均增长9%"),
    ("chinese-numerals", "第一产业年均增长百分之四点一", "第一产业年均增长4.1%"),
    ("chinese-numerals", "新增七千五百万千瓦", "新增7500万千瓦"),
    ("chinese-numerals", "一九九五年，国民生产总值达到五万七千六百亿元", "1995年，国民生产总值达到57600亿元"),
    ("chinese-numerals", "到二○一○年，到二〇一〇年", "到2010年，到2010年"),
    ("chinese-numerals", "比一九四九年增长了百分之七七·五", "比1949年增长了77.5%"),
    ("chinese-numerals", "五年新增城镇就业两千多万人", "五年新增城镇就业超过2000万人"),
    ("chinese-numerals", "近百个，近千万人", "近100个，近1000万人"),
    ("chinese-numerals", "国民生产总值比一九八○年翻两番", "国民生产总值比1980年为4倍"),
    ("chinese-numerals", "用七年时间又翻了一番", "用七年时间又为2倍"),
    ("chinese-numerals", "进出口总额增长一倍，客机座位增长一点四倍", "进出口总额增长1倍，客机座位增长1.4倍"),
    ("chinese-numerals", "建设城市住宅十亿平方米，投资三千二百亿元", "建设城市住宅10亿平方米，投资3200亿元"),
    ("chinese-numerals", "人口控制在十三亿以内", "人口控制在13亿以内"),
    ("chinese-numerals", "由一九四九年的二九比七一变为", "由1949年的29:71变为"),
    ("chinese-numerals", "增加二千五百～三千五百万吨，提高五～十个百分点", "增加2500～3500万吨，提高5～10个百分点"),
    ("chinese-numerals", "一九九六～二○一○年", "1996～2010年"),
    ("chinese-numerals", "组织了三、六四四个合作社，拨款七四一，三亿元", "组织了3,644个合作社，拨款741.3亿元"),
    ("chinese-numerals", "达到百分之百", "达到100%"),
    ("chinese-numerals", "人口自然增长率由千分之十四点三九降到千分之十点五五", "人口自然增长率由14.39‰降到10.55‰"),
    ("chinese-numerals", "投资累计完成四万三千亿元，就业人数三千万", "投资累计完成43000亿元，就业人数3000万"),
    ("chinese-numerals", "资本系数由三点六降为三左右", "资本系数由3.6降为3左右"),
    ("chinese-numerals", "集成电路三亿一千万块，粮食三、二七八·三亿斤", "集成电路3.1亿块，粮食3,278.3亿斤"),
    ("thousands-commas", "达到16，770亿元", "达到16,770亿元"),
    ("thousands-commas", "达到1，234，567万元", "达到1,234,567万元"),
    ("decimal-points", "增长7·5%，达到304,5万吨，6,352,8万吨", "增长7.5%，达到304.5万吨，6,352.8万吨"),
    ("decimal-points", "拨款741，3亿元", "拨款741.3亿元"),
    ("split-digits", "收入达到32 860元，总额9 324.8亿元", "收入达到32860元，总额9324.8亿元"),
    ("split-digits", "到20 15年，到2 015年", "到2015年，到2015年"),
    ("year-slips", "比2O15年增长，到l995年，20l5 年", "比2015年增长，到1995年，2015 年"),
    ("cue-slips", "农村居民人均纯收人增长8%，年均増长7%", "农村居民人均纯收入增长8%，年均增长7%"),
    ("cue-slips", "彩电一干九百五十八万台", "彩电一千九百五十八万台"),
]

NEAR_MISSES = [
    # (normaliser, line that must stay as written)
    ("chinese-numerals", "第一个五年计划，第二产业，第十三个五年规划"),
    ("chinese-numerals", "一是坚持发展，二是深化改革"),
    ("chinese-numerals", "实施五个千万工程，建设四大煤田，两条主线，三项制度"),
    ("chinese-numerals", "用两年时间，未来十五年，普及九年义务教育，四十多年的建设"),
    ("chinese-numerals", "“九五”计划，“八五”期间，十四五时期，九五期间"),
    ("chinese-numerals", "推进一带一路，做好三农工作，一国两制，统一大市场"),
    ("chinese-numerals", "数十万人，几百个，上千家，成千上万"),
    ("chinese-numerals", "国家支持二～三家汽车集团，五～六年小学教育"),
    ("chinese-numerals", "向百万辆汽车、千万吨炼油的规模发展，万元国民生产总值"),
    ("chinese-numerals", "三五个，七八年，二十一世纪，八十年代"),
    ("chinese-numerals", "两点一线，一点一滴，数十万人，几十个"),
    ("chinese-numerals", "打造一张网，解决最后一公里，高效办成一件事，破解城乡二元结构，每万人口拥有，工矿商贸就业人员十万人生产安全事故死亡率"),
    ("decimal-points", "稳居中部地区第1，7家企业上市，“25·7”区域性大洪水，7·20暴雨"),
    ("thousands-commas", "分别为12，34亿元，2015，2020年"),
    ("thousands-commas", "达到1，2345亿元"),
    ("decimal-points", "第1，2项，5，6月份，完成12，345亿元"),
    ("split-digits", "2015 2020, 表 3 100, 在 2015 年 100 万人"),
    ("split-digits", "到 2020 年，达到 16 770 亿元"),
    ("year-slips", "Model l9OO, 2015年, lO个"),
    ("cue-slips", "接收人员，征收人民币"),
]


@pytest.mark.parametrize("name, line, expected", REWRITES)
def test_normaliser_rewrites(name, line, expected):
    assert normalise_line(line, (name,)).text == expected


@pytest.mark.parametrize("name, line", NEAR_MISSES)
def test_normaliser_near_misses(name, line):
    assert normalise_line(line, ALL).text == line if name == "chinese-numerals" else \
        normalise_line(line, (name,)).text == line


@pytest.mark.parametrize("name, line, expected", REWRITES)
def test_every_normaliser_can_be_switched_off(name, line, expected):
    others = tuple(n for n in NORMALISERS if n != name)
    assert normalise_line(line, others).text != expected or line == expected


@pytest.mark.parametrize("name, line, expected", REWRITES)
def test_column_map_points_at_original_characters(name, line, expected):
    m = normalise_line(line, (name,))
    assert len(m.starts) == len(m.ends) == len(m.text)
    for k in range(len(m.text)):
        a, b = m.span(k, k + 1)
        assert 0 <= a < b <= len(line)
        if m.text[k] == line[a] and b == a + 1:
            continue  # untouched character
        assert any(s <= a and b <= e for s, e, _ in m.edits)  # rewritten: inside an edit
    for s, e, _ in m.edits:  # every edit covers original characters
        assert 0 <= s < e <= len(line)


def test_unknown_normaliser_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown normaliser 'chinese'"):
        document_from_text("增长百分之九", normalisers=["chinese"])


# -- end to end: fixtures of our own -----------------------------------------------------------

def _claims(path: Path, normalisers=None):
    doc = read_document(path, normalisers)
    claims, unparsed, _ = extract(doc)
    return doc, claims, unparsed


def _by_written(claims):
    return {c.extra.get("written"): c for c in claims if c.extra.get("written")}


def test_chinese_numeral_paragraphs_are_read_at_their_columns():
    doc, claims, _ = _claims(PLANS / "numerals_zh.txt")
    got = _by_written(claims)
    expected = {  # written form → (printed value, unit, kind)
        "三千二百亿": ("3200", "亿元", "level"), "百分之九点五": ("9.5", "%", "growth_rate"),
        "四亿六千五百万": ("4.65", "亿吨", "level"), "一九○○万": ("1900", "万吨", "cumulative_change"),
        "四千八百亿": ("4800", "亿元", "level"), "百分之八": ("8", "%", "growth_rate"),
        "七千五百万": ("7500", "万千瓦", "cumulative_change"), "百分之四点六": ("4.6", "%", "share"),
        "百分之十": ("10", "%", "share"), "百分之五": ("5", "%", "growth_rate"),
        "百分之一五·五": ("15.5", "%", "share"), "两千多": ("2000", "万人", "cumulative_change"),
        "十亿": ("10", "亿平方米", "level"), "翻两番": ("4", "倍", "ratio"),
    }
    for written, (value, unit, kind) in expected.items():
        c = got[written]
        assert (c.quantity.printed.text, c.unit, c.kind) == (value, unit, kind), written
        line = doc.lines[c.source.line - 1]
        assert written.endswith(line[c.source.col_start:c.source.col_end]) or \
            line[c.source.col_start:c.source.col_end] in written
        assert line.find(written) <= c.source.col_start < c.source.col_end <= line.find(written) + len(written)
        assert c.extra["normalised"] == ["chinese-numerals"]
        assert c.text in line  # the quote is the original text
    assert got["百分之八"].qualifier == "左右"
    assert got["两千多"].qualifier == "超过"  # 多: more than
    # years written in characters date the figures
    assert got["三千二百亿"].year == 1995 and got["四千八百亿"].year == 2000
    # ordinals, enumerations, slogans and names stay words: nothing on the last line
    assert not [c for c in claims if c.source.line == 13]


def test_chinese_numeral_source_is_the_numeral():
    doc, claims, _ = _claims(PLANS / "numerals_zh.txt")
    c = _by_written(claims)["百分之九点五"]
    line = doc.lines[c.source.line - 1]
    assert line[c.source.col_start:c.source.col_end] == "九点五"


def test_without_the_normaliser_no_chinese_figure_is_read():
    _, claims, _ = _claims(PLANS / "numerals_zh.txt", normalisers=())
    assert claims == []


def test_scanned_text_paragraphs():
    doc, claims, _ = _claims(PLANS / "scanned_zh.txt")
    got = _by_written(claims)
    assert (got["16，770"].quantity.printed.text, got["16，770"].unit) == ("16,770", "亿元")
    assert got["16，770"].extra["normalised"] == ["thousands-commas"]
    assert got["7·5"].quantity.printed.text == "7.5"
    assert got["32 860"].quantity.printed.text == "32860"
    assert got["1 052"].quantity.printed.text == "1052" and got["6,8"].quantity.printed.text == "6.8"
    assert got["9，876"].unit == "亿元"
    by_value = {c.quantity.printed.text: c for c in claims}
    assert by_value["8.2"].indicator == by_value["32860"].indicator.replace("urban", "rural") or \
        "收入" in by_value["8.2"].name  # 收人 read as 收入
    assert "收人" in by_value["8.2"].text  # quoted as printed
    assert by_value["11.3"].kind == "growth_rate"  # 年均増长: a slip of 增
    # the page header between the halves of a sentence is not read, and the sentence is joined
    assert by_value["4,125"].name.endswith("社会消费品零售总额")
    for c in claims:
        line = doc.lines[c.source.line - 1]
        assert "印发" not in line


def test_scanned_normalisers_are_noted_and_can_be_switched_off():
    _, claims, _ = _claims(PLANS / "scanned_zh.txt", normalisers=[n for n in ALL if n != "thousands-commas"])
    assert "16,770" not in {c.quantity.printed.text for c in claims}


def test_page_headers_are_blanked_but_lines_keep_their_numbers():
    doc = read_document(PLANS / "scanned_zh.txt")
    assert doc.reading_lines[2] == "" and doc.reading_lines[4] == ""
    assert len(doc.reading_lines) == len(doc.lines)
    assert doc.lines[2].strip() == "青川市人民政府办公厅印发"  # the original line is kept for quoting


def test_page_number_lines_inside_a_paragraph():
    text = ("到2020年，全市地区生产总值年均增长百分之七左右，城镇居民人均可支配收入\n— 12 —\n"
            "年均增长百分之八，一般公共预算收入达到三千二百亿元。\n")
    doc = document_from_text(text)
    assert doc.reading_lines[1] == ""
    paras = [b for b in segment(doc) if b.text.strip()]
    assert paras[0].lines == [1, 3]


def test_repeated_lines_that_are_sentences_are_not_headers():
    items = ["城镇化率提高４个百分点，城乡区域发展的协调性进一步增强",
             "九年义务教育质量显著提高，九年义务教育巩固率达到９３％，高中阶段教育毛入学率提高到８７％"] * 6
    doc = document_from_text("\n".join(items))
    assert doc.reading_lines == doc.lines


def test_unparsed_columns_point_at_the_original():
    plan = load("到二○○○年，全市新增居民住宅一千二百万平方米，增长百分之四十二。\n", name="u.md")
    for u in plan.unparsed:
        assert u["column"] >= 1
        assert "二○○○" in u["text"] or "百分之" in u["text"]


def test_long_lines_stay_linear():
    line = "年均增长百分之九，" * 20000
    m = normalise_line(line)
    assert m.text.count("9%") == 20000


# -- the real corpus -------------------------------------------------------------------------

@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus/national-plans is absent")
@pytest.mark.parametrize("name, minimum", [
    ("national-9th-five-year-plan-1996.txt", 150),  # 0 before the normalisers
    ("national-1st-five-year-plan-1955.txt", 600),  # 74 before
    ("national-7th-five-year-plan-1986.txt", 220),  # 168 before
])
def test_national_plans_written_in_characters_are_read(name, minimum):
    doc, claims, _ = _claims(CORPUS / name)
    assert len(claims) >= minimum
    for c in claims:  # every source points at printed characters of its line
        line = doc.lines[c.source.line - 1]
        assert 0 <= c.source.col_start < c.source.col_end <= len(line)
        written = c.extra.get("written")
        if written:
            assert written in line


def test_a_page_header_inside_a_sentence_of_a_one_paragraph_per_line_text():
    """Plain-text exports put each paragraph on one line and are never joined,
    except across a page header that cut a sentence in two."""
    header = "青川市人民政府工作报告（内部资料）"
    body = [f"第{i}项工作取得进展，全市各项事业发展良好，人民群众满意度进一步提高。" for i in range(12)]
    body[4] = "全年全市地区生产总值达到三千二百亿元，比上年增长百分之七，城镇居民人均可支配收入"
    body[5] = "增长百分之八，一般公共预算收入达到三百亿元。"
    lines = body[:5] + [header] + body[5:8] + [header] + body[8:10] + [header] + body[10:]
    doc = document_from_text("\n".join(lines))
    paras = [b for b in segment(doc) if b.text.strip()]
    joined = next(p for p in paras if "可支配收入增长8%" in p.text)
    assert joined.lines == [5, 7]
    assert all("内部资料" not in p.text for p in paras)
