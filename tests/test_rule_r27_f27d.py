"""Readings f27d touched in round 27 (GW3xx), on surfaces written for this file (not the sets' drafts).

Reading A -- "is this material word a trace of work, or another thing spelled with the same word": 影像 in
remote and medical imaging (远程影像, 医学影像, 影像诊断, 影像中心) and 卫星遥感影像、航空影像底图 of a survey are
artefacts of a service or a technique, not proof that work was done (holdout31 gw101-g28a: 实现检查检验结果互认、
远程影像和远程心电诊断全覆盖).  The same words asked as proof -- 入户随访影像资料 作为考核依据, 每次巡查拍摄影像 --
stay traces, in a medical notice too.  Base d32e0bae: 4 of 16 surfaces wrong (all four innocent: 远程影像
和远程心电诊断, 医学影像中心……影像诊断, 提供影像、心电诊断服务, 航空影像底图), 12 right.

Reading B -- "is this inspection founded on a statute": the opening may cite the statute as its subject
(《社会救助暂行办法》规定，县级人民政府民政部门应当加强……监督检查。据此，……; 《××条例》第三十条规定……;
《××法》明确……监督管理。依照该法，……), not only after 根据/依据 (holdout31 gw301-g83c).  Not a statute saying
something else (保障标准由省级人民政府确定), a bureau's own 办法 (《某县民政局……考评办法》), a notice, a 工作要点, nor a
law named only as what the recipients must obey.  Base d32e0bae: 4 of 10 surfaces wrong (the four innocent
subject-citations), 6 right; with five more surfaces: 6 of 15 wrong (also 《森林法》第三十四条第二款规定;
《地方志工作条例》明确：).

Reading C -- "is this patrol-photo demand asked, or named inside a requirement the sentence withdraws": GW302's
patrol capture (每次巡河须拍照上传) now goes through inspections.requirement_removed as its other materials do
(删去原办法中“每次巡河须拍照上传”的条款; 取消“……”的要求; ……的规定同时废止; holdout31 gw302-g51b).  A removal in
another clause or sentence, or a clause kept (保留……条款), still asks.  Base d32e0bae: 5 of 10 surfaces wrong (the
five withdrawn), 5 right; with four more surfaces: 7 of 14 wrong (also 将……的表述删除, ……的做法，本次修订予以取消).

Reading D (GW806) -- "do the two copies of a doubled character belong to two words": a street's or place's generic
name (街, 路, 巷 … the lexicon's street_suffixes) closing a name the segmenter leaves apart (三月|街) and a word it
opens (街场, 街口, 路面) are two words (holdout30 gw102-g19a 三月街街场).  A copy opening no word (人民路路开展;
南门街街，) is still typed twice.  Base d32e0bae: 2 of 15 surfaces wrong (三月街街场, a table cell 三月街街场东侧); the segmenter already splits
河口街|街道, 光明巷|巷口, 沿江路|路灯.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕19号", date="2027年5月8日")


# ------------------------------------------------------------ reading A: the material's sense
TRACE_SENSE = [
    # innocent: imaging or logs that are a service, a technique or a system's record
    ("某省卫生健康委员会", "各市卫生健康委：",
     ["（三）推进信息互通。县域医共体成员单位接入统一平台，实现检查检验结果互认、远程影像和远程心电诊断全覆盖。"], False),
    ("临县卫生健康局", "各乡镇卫生院：",
     ["县人民医院建设区域医学影像中心，为各乡镇卫生院提供影像诊断服务，诊断质量纳入医共体年度考核。"], False),
    ("兰溪市人民政府办公室", "各乡镇人民政府、街道办事处：",
     ["二、工作措施", "1.市自然资源和规划局利用卫星遥感影像开展耕地“非农化”动态监测，核查结果纳入乡镇年度考核。"], False),
    ("宁远县卫生健康局", "各乡镇卫生院，县直各医疗机构：",
     ["@table 任务|目标|牵头单位", "@table 远程医疗|远程会诊、远程影像覆盖全部乡镇卫生院，年底前考核验收|县卫生健康局"], False),
    ("宁远县卫生健康局", "各乡镇卫生院：",
     ["各乡镇卫生院要配齐数字化X光机。", "注：影像检查结果在县域内互认，不再重复检查。"], False),
    ("某市数据局", "各区数据局：",
     ["各区政务云平台的安全运行日志留存不少于六个月，市数据局每季度检查平台安全防护情况。"], False),
    ("某市卫生健康委员会", "各区卫生健康局：",
     ["三级医院对口支援乡镇卫生院，提供影像、心电诊断服务，服务量纳入医院年度绩效考核。"], False),
    ("某县自然资源局", "各乡镇人民政府：",
     ["附件2", "图斑核查要求", "县自然资源局提供最新航空影像底图，各乡镇对照底图逐个图斑实地核查，核查结果纳入年度考核。"], False),
    # guilty: the same words asked as proof of work
    ("某市卫生健康委员会", "各区卫生健康局：",
     ["（二）各区远程影像会诊中心每次会诊须拍摄工作照片上传平台，照片数量纳入年度考核。"], True),
    ("汾西县水利局", "各乡镇人民政府：",
     ["各村级河长每次巡河须拍摄影像并留存备查。"], True),
    ("临县卫生健康局", "各乡镇卫生院：",
     ["各乡镇卫生院家庭医生签约服务须附入户随访影像资料，作为绩效考核评分依据。"], True),
    ("某省卫生健康委员会", "各市卫生健康委：",
     ["各地远程会诊开展情况，以上传的工作日志和截图计分。"], True),
    ("兰溪市人民政府办公室", "各乡镇人民政府、街道办事处：",
     ["各乡镇网格员每次入户走访须拍摄影像并上传平台，作为年终考核依据。"], True),
    ("汾西县水利局", "各乡镇人民政府：",
     ["年度考核以工作台账、照片、影像等留痕资料为准。"], True),
    ("汾西县水利局", "各乡镇人民政府：",
     ["@table 考核内容|评分依据|分值", "@table 河道巡查|查看巡河台账和活动影像，缺一次扣1分|10"], True),
    ("宁远县卫生健康局", "各乡镇卫生院：",
     ["一、考核方式", "各卫生院远程影像诊断工作开展情况，以上报的工作台账和诊断截图作为考核依据。"], True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", TRACE_SENSE)
def test_trace_material_sense(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ reading B: an inspection founded on a statute
def _insp(issuer: str, recipients: str, opening: list[str], rest: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, [*opening, *rest], title=title, docno="综函〔2027〕21号", date="2027年5月8日")


_REST = ["检查采取随机抽取档案、电话回访和实地核实的方式进行。", "请各地提前做好准备，确保数据真实。"]
STATUTE_BASIS = [
    # innocent: the opening cites a law, an administrative regulation or a ministry's rule saying the department
    # shall inspect, and the launch follows from it (据此, 按照上述规定, or in the same sentence)
    ("武功县民政局", "各镇人民政府：",
     ["《社会救助暂行办法》规定，县级人民政府民政部门应当加强对最低生活保障工作的监督检查。据此，县民政局将于6月对各镇人民政府低保工作开展专项检查。"],
     "关于开展最低生活保障工作专项检查的通知", False),
    ("某市水利局", "各县（区）人民政府：",
     ["《农田水利条例》第三十条规定，县级以上人民政府水行政主管部门应当加强对农田水利工程建设和管理的监督检查。",
      "按照上述规定，市水利局定于9月对各县（区）人民政府农田水利工程管护情况开展检查。"],
     "关于开展农田水利工程管护情况检查的通知", False),
    ("某市生态环境局", "各县（市、区）人民政府：",
     ["《中华人民共和国土壤污染防治法》明确，生态环境主管部门对土壤污染防治工作实施统一监督管理。依照该法，市生态环境局将对各县（市、区）人民政府受污染耕地安全利用工作开展监督检查。"],
     "关于开展受污染耕地安全利用工作监督检查的通知", False),
    ("某县应急管理局", "各乡镇人民政府：",
     ["为做好今年汛期防范工作，现将有关事项通知如下。",
      "《中华人民共和国防洪法》规定，县级以上人民政府有关部门应当对防洪工作进行监督检查。据此，县应急管理局将于5月下旬对各乡镇人民政府防汛准备工作开展检查。"],
     "关于开展汛前检查的通知", False),
    ("某县民政局", "各乡镇人民政府：",
     ["依照《最低生活保障审核确认办法》第三十四条的规定，县民政局定于7月对各乡镇人民政府低保审核确认工作开展检查。"],
     "关于开展低保审核确认工作检查的通知", False),
    ("某县林业局", "各乡镇人民政府：",
     ["《中华人民共和国森林法》第三十四条第二款规定，县级以上人民政府林业主管部门应当对森林防火工作进行监督检查。",
      "县林业局定于11月对各乡镇人民政府森林防火责任落实情况开展检查。"],
     "关于开展森林防火责任落实情况检查的通知", False),
    ("某市地方志办公室", "各县（区）人民政府：",
     ["《地方志工作条例》明确：县级以上地方人民政府负责地方志工作的机构对本行政区域的地方志工作进行督查。据此，市地方志办公室将对各县（区）人民政府志书编纂工作开展督查。"],
     "关于开展志书编纂工作督查的通知", False),
    # guilty: a statute cited for something else, a local unit's own 办法, a notice, a plan
    ("某县林业局", "各乡镇人民政府：",
     ["《中华人民共和国森林法》规定，林业经营者应当履行保护、培育森林资源的义务。县林业局定于11月对各乡镇人民政府森林防火工作开展考核。"],
     "关于开展森林防火工作考核的通知", True),
    ("某县林业局", "各乡镇人民政府：",
     ["县林业局定于11月对各乡镇人民政府森林防火责任落实情况开展检查。", "检查内容包括责任制落实、物资储备和队伍建设。",
      "《中华人民共和国森林法》规定，县级以上人民政府林业主管部门应当对森林防火工作进行监督检查。"],
     "关于开展森林防火责任落实情况检查的通知", True),
    ("某县林业局", "各乡镇人民政府：",
     ["《某县林业局森林防火检查办法》规定，县林业局每年对各乡镇人民政府开展森林防火检查。据此，县林业局定于11月开展年度检查。"],
     "关于开展森林防火年度检查的通知", True),
    ("武功县民政局", "各镇人民政府：",
     ["《社会救助暂行办法》规定，最低生活保障标准由省级人民政府确定、公布。县民政局将于6月对各镇人民政府低保工作开展专项检查。"],
     "关于开展最低生活保障工作专项检查的通知", True),
    ("某县民政局", "各乡镇人民政府：",
     ["《某县民政局低保工作考评办法》规定，县民政局每年对各乡镇人民政府低保工作进行考核。据此，县民政局定于11月对各乡镇人民政府开展年度考核。"],
     "关于开展低保工作年度考核的通知", True),
    ("某市水利局", "各县（区）人民政府：",
     ["《关于进一步加强农田水利工程管护工作的通知》要求，各级水利部门要加强监督检查。据此，市水利局定于9月对各县（区）人民政府农田水利工程管护情况开展检查。"],
     "关于开展农田水利工程管护情况检查的通知", True),
    ("某市生态环境局", "各县（市、区）人民政府：",
     ["根据《2027年全市生态环境保护工作要点》，市生态环境局将对各县（市、区）人民政府受污染耕地安全利用工作开展专项督查。"],
     "关于开展受污染耕地安全利用工作专项督查的通知", True),
    ("某县应急管理局", "各乡镇人民政府：",
     ["为做好今年汛期防范工作，县应急管理局将于5月下旬对各乡镇人民政府防汛准备工作开展检查。",
      "各乡镇要严格执行《中华人民共和国防洪法》，落实防汛责任。"],
     "关于开展汛前检查的通知", True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, opening, title, fires", STATUTE_BASIS)
def test_inspection_founded_on_statute(issuer, recipients, opening, title, fires, fmt, tmp_path):
    found = _codes(_insp(issuer, recipients, opening, _REST, title), fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ reading C: a patrol's photo demand withdrawn
PATROL_WITHDRAWN = [
    # innocent: the capture named inside the requirement the sentence removes
    ["征求意见稿删去了原办法中“每次巡河须拍照上传”的条款，改为以水质监测结果衡量履职成效。"],
    ["本次修订取消“护林员每次巡山须拍摄现场照片不少于3张”的要求。"],
    ["原《细则》第十二条“网格员每次入户走访须拍照上传”的规定同时废止。"],
    ["@table 条款|修改意见|理由", "@table 第十二条|删去“每次巡查须拍照上传”的内容|减轻基层负担"],
    ["一、主要修改内容", "注：原通知中河长每次巡河须拍照上传的要求予以取消。"],
    ["三、修改说明。征求意见稿将“网格员每次巡查须拍照上传平台”的表述删除。"],
    ["各地反映的“护林员每次巡山都要拍照打卡”的做法，本次修订予以取消。"],
    # guilty: the capture asked, whatever else is removed
    ["各村级河长每次巡河须拍照上传。"],
    ["河长每次巡河须拍照上传，不得删除照片。"],
    ["取消原有的纸质台账。护林员每次巡山须拍照上传。"],
    ["删去原办法第五条。河长每次巡河须拍照上传，作为履职考核依据。"],
    ["取消纸质巡河记录，河长每次巡河须拍照上传APP。"],
    ["修订后的办法保留“每次巡河须拍照上传”的条款。"],
    ["（三）护林员每次巡山须拍摄照片，并删除手机中的重复图片。"],
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("k", range(len(PATROL_WITHDRAWN)))
def test_patrol_capture_withdrawn(k, fmt, tmp_path):
    src = _doc("晋中市水利局", "各县（区、市）水利局，各乡镇人民政府：", PATROL_WITHDRAWN[k],
               title="关于征求《河湖长巡河办法（修订征求意见稿）》意见的函")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == (k >= 7), [f.message for f in found]


# ------------------------------------------------------------ reading D: a street's generic name, then a word it opens
STREET_DOUBLES = [
    # innocent: 街|街场, 路|路口 across a place name the segmenter leaves apart
    ("二、活动地点。大理古城西侧三月街街场及周边区域。", False),
    ("请于7月3日前到南门街街口集合。", False),
    ("@table 点位|地址|负责人", False),
    ("施工期间，永宁路路面实行半幅通行。", False),
    ("注：集市设在老营坝坝区，车辆由东门进入。", False),
    ("河口街街道办事处负责现场秩序维护。", False),
    ("在光明巷巷口设置宣传点。", False),
    ("沿江路路灯改造工程于6月开工。", False),
    # guilty: a character typed twice
    ("各社区要要加强巡查。", True),
    ("请各单位到到三月街报到。", True),
    ("活动在三月街街举办。", True),
    ("在人民路路开展占道经营整治。", True),
    ("南门街的的改造工程于6月开工。", True),
    ("三月街民族节期间，各单位要要落实安全保障。", True),
    ("整治范围为南门街街，共计3公里。", True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("k", range(len(STREET_DOUBLES)))
def test_street_name_doubles(k, fmt, tmp_path):
    line, fires = STREET_DOUBLES[k]
    body = ["@table 点位|地址|负责人", "@table 主会场|三月街街场东侧|州商务局"] if line.startswith("@table") else [line]
    found = _codes(_doc("大理白族自治州人民政府办公室", "各县、市人民政府，州直有关部门：", body), fmt, tmp_path, "GW806")
    assert bool(found) == fires, [f.message for f in found]
