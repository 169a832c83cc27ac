"""Round 27, fixer f27b: GW106's reading "is a signature demand laid on an official below the issuer", in surfaces
written here (none tuned on a set's drafts).

- negation: a reducer (整治, 治理, 精简 …) in the topic of a clause whose own predicate (实行, 推行) lays the signature
  down (整治销号实行街道主要负责同志签字背书制度) reduces nothing: its object ended at that predicate (holdout30r
  gw106-g19c).  A reducer governing the signing itself (取消……签字背书制度, 不再实行……) still cancels it.
- tables: a short line named like a table (禁烧工作安排, 整治时间安排) between the lead sentence and the header cells of a
  one-cell-a-line table is its title row when the body divides into whole rows without it and not with it (the 署名
  and 成文日期 closing the text not counted); and a 报送主体 cell naming the schools sent to is below the issuer
  (holdout30r gw106-g08a).
- signer: the leader's own unit written before the leader's title (乡镇服务中心主任, 街道主要负责同志, 村委会主任)
  tells whose leader signs: a unit below the issuer is a lower official, even when the unit lexicon reads no
  unit there and the clause's subject reads as a named body across the verb (核定面积实行乡镇服务中心) (holdout29r
  gw106-g10c).  The issuer's own leaders, its own teams and third parties (企业法定代表人) are not.

Base d32e0bae on these surfaces (txt): 4 of the 16 wrong (four of the 9 guilty ones whose signer is a 乡镇/社区/村 leader
named with its own unit, or whose clause opens with 整治); the 7 innocent ones right.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕19号", date="2027年5月9日")


def _signs(issuer, recipients, body, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW106")
    return [f for f in found if f.severity == "error"]


# ------------------------------------------------------------ a reducer in the topic; the leader's own unit
_CASES = [
    # guilty: a lower unit's leader signs, the clause opens with a work named by a reducer
    ("武宁县水利局", "各乡镇水利站：",
     ["一、分类整治。全县排查发现的塘坝隐患于10月底前整治完毕。", "二、严格销号。整治销号实行乡镇水利站站长签字背书制度，对虚假销号的严肃追责。"], True),
    ("韶关市自然资源局", "各县（市、区）自然资源局：",
     ["（三）治理验收实行县级自然资源局主要负责同志签字确认制度。"], True),
    ("南昌市青山湖区卫生健康委员会", "各社区卫生服务中心：",
     ["请做好辖区老年人健康体检工作。", "体检数据核查实行社区卫生服务中心主任签字背书制度，数据不实的依规追责。"], True),
    ("定西市安定区农业农村局", "各乡镇农业综合服务中心：",
     ["工作要求：补贴面积核定实行乡镇农业综合服务中心主任签字背书制度，面积不实的追究责任。"], True),
    ("岳阳县生态环境分局", "各乡镇人民政府：",
     ["整治清单销号推行乡镇分管负责同志签字确认制度。"], True),
    ("岳阳县农业农村局", "各乡镇农业农村办：",
     ["注：撂荒地整治面积实行村委会主任签字背书制度。"], True),
    ("铜仁市碧江区生态环境分局", "各街道办事处：",
     ["各街道负责辖区入河排口销号。", "销号结果实行街道办事处主任签字确认制度。"], True),
    ("普洱市思茅区农业农村局", "各乡镇人民政府：",
     ["第六条 撂荒地治理考核结果实行乡镇党委书记签字背书制度。"], True),
    ("桐庐县民政局", "各乡镇（街道）民政办：",
     ["低保对象动态清理整治后，名单推行社区党组织书记签字确认。"], True),
    # innocent: the signing itself reduced or negated; the issuer's own leader; a firm's representative
    ("岳阳县生态环境分局", "各乡镇人民政府：",
     ["整治清单销号实行乡镇企业负责人签字承诺制度，乡镇负责日常巡查。"], False),
    ("铜仁市碧江区生态环境分局", "各街道办事处：",
     ["精简销号程序，取消街道办事处主任签字确认环节。"], False),
    ("武宁县水利局", "各乡镇水利站：",
     ["二、严格销号。整治销号不再实行乡镇水利站站长签字背书制度，改由县局现场核查。"], False),
    ("韶关市自然资源局", "各县（市、区）自然资源局：",
     ["（三）取消治理验收中县级自然资源局主要负责同志签字确认的做法。"], False),
    ("南昌市青山湖区卫生健康委员会", "各社区卫生服务中心：",
     ["体检数据核查实行区卫生健康委分管负责同志签字确认制度，由区卫生健康委统一组织复核。"], False),
    ("岳阳县生态环境分局", "各乡镇人民政府：",
     ["整治清单销号实行企业法定代表人签字承诺制度，乡镇负责日常巡查。"], False),
    ("定西市安定区农业农村局", "各乡镇农业综合服务中心：",
     ["补贴面积核定由区农业农村局组织复核，复核结果实行局主要负责同志签字确认。"], False),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", _CASES)
def test_gw106_sign_demand_on_lower_official(issuer, recipients, body, fires, fmt, tmp_path):
    found = _signs(issuer, recipients, body, fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a table's title over its header (one cell a line)
# tables: the line named like a table (××时间安排, ××报送清单, ××一览表) between the lead sentence and the header cells
# is the title row: the body divides into whole rows without it, not with it (holdout30r gw106-g08a).
# submissions: a 报送主体 cell naming schools (市直属各学校) the notice is sent to is a lower unit, as a sentence's
# subject is.  Base d32e0bae (txt): 4 of the 9 wrong (禁烧工作安排 read as a first column shifts every row; the
# 市直属各学校 column read as nobody below); the titles of 8 characters and more were already left out, the 2
# innocent tables right.
_TABLES = [
    ("衢州市教育局", "各县（市、区）教育局：", "二、材料报送如下表。",
     ["隐患排查材料清单", "报送材料|报送主体|截止时间",
      "隐患排查台账|各县（市、区）教育局|2027年6月10日", "整改情况报告|各县（市、区）教育局|2027年6月30日"], True),
    ("六安市金安区农业农村局", "各乡镇农业综合服务站：", "请按以下安排报送。",
     ["禁烧工作安排", "报送材料|报送主体|报送时间", "秸秆禁烧巡查记录|各乡镇农业综合服务站|每周五",
      "禁烧工作总结|各乡镇农业综合服务站|2027年7月15日"], True),
    ("株洲市市场监督管理局", "各县（市、区）市场监督管理局：", "（三）时间安排",
     ["材料报送一览表", "填报内容|报送单位|截止时间",
      "检查情况统计表|各县（市、区）市场监督管理局|2027年9月5日",
      "专项检查工作总结|各县（市、区）市场监督管理局|2027年9月20日",
      "典型案例|各县（市、区）市场监督管理局|2027年9月20日"], True),
    ("衢州市教育局", "各县（市、区）教育局，市直属各学校：", "附表：",
     ["整治时间安排", "报送材料|报送主体|截止时间", "阶段性整治情况|市直属各学校|2027年11月15日",
      "整治工作总结|市直属各学校|2027年12月20日"], True),
    ("淳安县卫生健康局", "各乡镇卫生院：", "三、有关材料按下表报送。",
     ["进度安排", "填报内容|报送单位|截止时间", "家庭医生签约台账|各乡镇卫生院|2027年8月5日",
      "签约服务工作小结|各乡镇卫生院|2027年8月25日", "典型案例|各乡镇卫生院|2027年8月25日"], True),
    ("黄山市卫生健康委员会", "各区县卫生健康局，委直属各医院：", "请按下表报送。",
     ["报送安排", "报送材料|报送主体|截止时间", "院感防控自查表|委直属各医院|2027年4月30日",
      "院感防控工作总结|委直属各医院|2027年5月31日"], True),
    # innocent: the rows are the issuer's own (市局 reports to the government); a stopped list under its title;
    # schools neither sent to nor of the issuer's system (a 市场监管局 writing to its county bureaus)
    ("株洲市市场监督管理局", "各县（市、区）市场监督管理局：", "请按下表做好有关工作。",
     ["报送安排", "报送材料|报送主体|截止时间", "食堂自查表|辖区各学校|2027年4月30日",
      "食堂整改报告|辖区各学校|2027年5月31日"], False),
    ("衢州市教育局", "各县（市、区）教育局：", "二、材料报送如下表。",
     ["校园安全隐患排查材料报送清单", "报送材料|报送主体|截止时间",
      "全市隐患排查汇总|市教育局|2027年6月10日", "全市整改情况报告|市教育局|2027年6月30日"], False),
    ("株洲市市场监督管理局", "各县（市、区）市场监督管理局：", "以下报表不再报送：",
     ["停止报送的报表清单", "报表名称|原报送单位|原报送频次",
      "检查情况统计表|各县（市、区）市场监督管理局|每月",
      "专项检查工作小结|各县（市、区）市场监督管理局|每季度"], False),
]


def _table_doc(issuer, recipients, lead, rows):
    body = ["为做好有关工作，现将材料报送事项通知如下。", lead, *[f"@table {r}" for r in rows], "联系人：办公室 李明，电话0570-3021234。"]
    return _doc(issuer, recipients, body)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, lead, rows, fires", _TABLES)
def test_gw106_table_title_over_header(issuer, recipients, lead, rows, fires, fmt, tmp_path):
    found = [f for f in _codes(_table_doc(issuer, recipients, lead, rows), fmt, tmp_path, "GW106")
             if f.severity != "error"]
    assert bool(found) == fires, [f.message for f in found]
