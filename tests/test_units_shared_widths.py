"""A paragraph as written and as read (half-width marks full-width) share one unit scan and one subject walk
(round 13, h13s): GW102 asks the units of measures as written, GW105 and the context of the paragraphs as
read, and both texts normalise alike.  Held here against the direct scan and walk of each text, on every
corpus document, sample draft and evaluation draft, asked in both orders within one document's memo."""
from __future__ import annotations

from gwlint.analysis.units import _find_units, _subject_walk, _units_of, find_units, normalize, subject_units
from gwlint.analysis.widths import reading
from gwlint.docmemo import document_scope

from .conftest import CORPUS, REPO

# units holding a half-width mark (the scan of the written text itself), marks only between units (the
# normalised text's scan), 〔〕 brackets, subjects after half-width clause marks
_WRITTEN = [
    "各县(市、区)人民政府要加强组织领导,抓好落实。",
    "省财政厅,省教育厅(牵头);各设区市人民政府:负责落实。",
    "(责任单位:省发展改革委、省财政厅)",
    "推行帮办代办。(责任单位:各县〔市、区〕人民政府,省直有关部门)",
    "市商务局、市文旅局按职责分工负责;各县区要建立台账,定期调度。",
    "一要各乡(镇)人民政府,加强巡查;二要市县两级,做好保障。",
    "由县公安局交通管理局负责,县交通运输局配合。",
    "2024年9:00前,南昌市人民政府、九江市人民政府报送1,000份材料。",
]


def _texts() -> list[str]:
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    lines = [ln for f in sorted(files) for ln in f.read_text(encoding="utf-8").splitlines()]
    out = [ln for ln in lines if normalize(ln) is not ln] + _WRITTEN
    assert len(out) > 300  # the corpus does hold paragraphs typed with half-width marks
    return out


def _key(units) -> list[tuple]:
    return [(u.text, u.start, u.end, u.name, u.kind, u.level, u.generic, u.reaches, u.relative, u.source)
            for u in units]


def test_units_and_subjects_of_a_text_and_its_normalised_form():
    shared = direct = 0
    texts = _texts()
    for first_written in (True, False):
        with document_scope():  # as in a lint: each text's answer once, the normalised form's shared
            for text in texts:
                norm = normalize(text)
                order = (text, reading(text), norm) if first_written else (norm, reading(text), text)
                for t in order:
                    assert _key(find_units(t)) == _key(_find_units(t)), t
                    assert _key(subject_units(t)) == _key(_subject_walk(t)[0]), t
                if first_written:
                    if _units_of(text) is _units_of(norm):
                        shared += 1
                    else:
                        direct += 1
    # both ways are taken: most texts share the scan, a unit holding a half-width mark does not
    assert shared > 300 and direct >= 3, (shared, direct)


def test_a_unit_with_a_half_width_mark_keeps_the_text_as_written():
    text = "各县(市、区)人民政府要加强组织领导。"
    with document_scope():
        find_units(normalize(text))
        assert [u.text for u in find_units(text)] == ["各县(市、区)人民政府"]
        assert [u.text for u in subject_units(text)] == ["各县(市、区)人民政府"]
        assert [u.text for u in find_units(normalize(text))] == ["各县（市、区）人民政府"]
