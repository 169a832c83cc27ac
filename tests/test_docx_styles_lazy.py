"""The .docx reader builds the styles part's tree only for the styles the text uses
(gwlint.readers.docx_styles): what it reads must be what the whole parsed part gives,
for the usual form of the part and for every form it hands back to the whole tree."""
from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from gwlint.docgen import parse_marked
from gwlint.docgen.docx import write_docx
from gwlint.model import ReadError
from gwlint.readers import docx_styles
from gwlint.readers.docx import _DocxReader, read_docx

NOTICE = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅发〔2026〕5号
@title 江西省人民政府办公厅关于进一步精简文件减轻基层负担推进高质量发展的通知
@recipients 各市、县（区）人民政府，省政府各部门：
为深入贯彻落实中央关于整治形式主义为基层减负的部署要求，经省政府同意，现就有关事项通知如下。
一、总体要求
（一）严控发文数量。凡是法律法规已作规定的，一律不再发文。
1.从严审核。各部门报送的文件一律先审后发。
@signature 江西省人民政府办公厅
@date 2026年1月5日
"""


def _draft() -> bytes:
    """The notice with its runs' own fonts taken out: the fonts read are the styles'."""
    buf = io.BytesIO()
    write_docx(parse_marked(NOTICE), buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = re.sub(rb"<w:rFonts [^>]*/>", b"", body)
            dst.writestr(info.filename, body)
    return out.getvalue()


def _styles(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")


def _with_styles(data: bytes, styles: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, styles if info.filename == "word/styles.xml" else src.read(info.filename))
    return out.getvalue()


def _read_whole(data: bytes):
    """The reader over python-docx's own package: the whole styles tree, as before."""
    return _DocxReader(docx.Document(io.BytesIO(data)), "x.docx").read()


def _seen(doc) -> list:
    return [(p.text, p.kind, p.style) for p in doc.paragraphs]


def _normal_font(styles: bytes, font: str) -> bytes:
    """Normal's East Asian font set to ``font`` (so that the style's properties show in what is read)."""
    m = re.search(rb'<w:style w:type="paragraph" w:default="1" w:styleId="Normal">.*?</w:style>', styles, re.S)
    assert m is not None
    normal = m.group(0)
    changed = re.sub(rb"<w:rFonts [^>]*/>", f'<w:rFonts w:eastAsia="{font}"/>'.encode(), normal, count=1) \
        if b"<w:rFonts" in normal else normal.replace(b"</w:style>", f'<w:rPr><w:rFonts w:eastAsia="{font}"/>'
                                                                       '</w:rPr></w:style>'.encode())
    return styles.replace(normal, changed)


def _parts(data: bytes):
    d = docx_styles.open_document(data)
    return {r.reltype.rsplit("/", 1)[-1]: r.target_part for r in d.part.rels.values() if not r.is_external}


@pytest.fixture(scope="module")
def draft() -> bytes:
    return _draft()


def test_usual_part_read_from_a_skeleton_as_from_the_whole_tree(draft):
    part = _parts(draft)["styles"]
    skeleton = docx_styles.styles_skeleton(part)
    assert skeleton is not None and not part.parsed  # the usual form: no whole tree
    assert _seen(read_docx(draft, "x.docx")) == _seen(_read_whole(draft))
    # a style's own properties come from its element parsed alone
    data = _with_styles(draft, _normal_font(_styles(draft), "华文中宋"))
    got = read_docx(data, "x.docx")
    assert _seen(got) == _seen(_read_whole(data))
    assert "华文中宋" in {p.style.font_east_asia for p in got.paragraphs if p.style}


@pytest.mark.parametrize("name, change, plain", [
    # forms the skeleton reads: a space in the end tag, single quotes, ">" inside a value, an empty style
    ("end tag with a space", lambda s: s.replace(b"</w:style>", b"</w:style >"), True),
    ("single quotes", lambda s: s.replace(b'w:styleId="Normal"', b"w:styleId='Normal'"), True),
    ("a > in a value", lambda s: s.replace(b'<w:name w:val="Normal"/>', b'<w:name w:val="No&gt;rm>al"/>'), True),
    ("an empty style", lambda s: s.replace(b"</w:latentStyles>",
                                           b'</w:latentStyles><w:style w:type="character" w:styleId="Empty"/>'),
     True),
    ("other elements among the styles", lambda s: s.replace(b"</w:style><w:style ", b"</w:style><w:x/><w:style ", 1)
     .replace(b"</w:style></w:styles>", b"</w:style><w:y><w:styleLink w:val=\"a\"/></w:y></w:styles>"), True),
    # forms handed back to the whole tree
    ("a comment", lambda s: s.replace(b"</w:latentStyles>", b"</w:latentStyles><!-- <w:style> -->"), False),
    ("a nested style", lambda s: s.replace(b"</w:style></w:styles>",
                                           b'<w:style w:styleId="In"/></w:style></w:styles>'), False),
    ("a processing instruction", lambda s: s.replace(b"</w:latentStyles>", b"</w:latentStyles><?x y?>"), False),
    ("another prefix", lambda s: s.replace(b"w:styles", b"ws:styles").replace(
        b"<ws:styles ", b'<ws:styles xmlns:ws="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '),
     False),
])
def test_other_forms_read_as_the_whole_tree(draft, name, change, plain):
    styles = change(_normal_font(_styles(draft), "华文中宋"))
    assert styles != _styles(draft), name
    data = _with_styles(draft, styles)
    part = _parts(data)["styles"]
    assert (docx_styles.styles_skeleton(part) is not None) is plain, name
    got = read_docx(data, "x.docx")
    assert _seen(got) == _seen(_read_whole(data)), name
    assert "华文中宋" in {p.style.font_east_asia for p in got.paragraphs if p.style}, name


def test_broken_styles_part_is_still_refused(draft):
    data = _with_styles(draft, _styles(draft).replace(b"</w:latentStyles>", b"</w:latentStyle>", 1))
    with pytest.raises(ReadError) as err:
        read_docx(data, "x.docx")
    assert "styles.xml" in err.value.message


def test_tree_built_when_asked_and_written_back_unchanged(draft):
    """A caller that asks the part for its tree (python-docx's styles API, saving) gets the whole part."""
    d = docx_styles.open_document(draft)
    assert d.styles["Normal"].name == "Normal"
    out = io.BytesIO()
    d.save(out)
    ref = io.BytesIO()
    docx.Document(io.BytesIO(draft)).save(ref)
    assert _styles(out.getvalue()) == _styles(ref.getvalue())


def test_libreoffice_written_part_read_as_the_whole_tree(draft):
    """Another writer's styles part (LibreOffice's: its own attribute order and defaults) in the usual form."""
    import os
    import subprocess
    import tempfile
    from pathlib import Path

    from gwlint.readers.soffice import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="gwlint-test-lo-") as tmp:
        folder = Path(tmp)
        (folder / "draft.docx").write_bytes(draft)
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"),
                        str(folder / "draft.docx")], cwd=folder, capture_output=True, timeout=120, check=True,
                       env=dict(os.environ, HOME=str(folder), SAL_USE_VCLPLUGIN="svp"))
        data = (folder / "out" / "draft.docx").read_bytes()
    styles = _styles(data)
    assert styles != _styles(draft)  # not the template python-docx starts from
    assert docx_styles.styles_skeleton(_parts(data)["styles"]) is not None
    got = read_docx(data, "x.docx")
    assert _seen(got) == _seen(_read_whole(data))
    assert any(p.style and p.style.font_east_asia for p in got.paragraphs)


# ---- styles parts seen before (docx_styles._KNOWN): same bytes, same check and skeleton; anything else anew

def _with_part(data: bytes, name: str, body: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, body if info.filename == name else src.read(info.filename))
    return out.getvalue()


def _fonts(doc) -> set:
    return {p.style.font_east_asia for p in doc.paragraphs if p.style}


@pytest.fixture()
def known(monkeypatch):
    monkeypatch.setattr(docx_styles, "_KNOWN", {})
    return docx_styles._KNOWN


def test_part_seen_before_is_shared_and_reads_as_the_whole_tree(draft, known):
    first = _parts(draft)["styles"]
    assert docx_styles.styles_skeleton(first) is not None
    other = _with_part(draft, "word/document.xml", _xml(draft, "word/document.xml").replace(
        "严控发文数量".encode(), "严格控制发文数量".encode()))
    second = _parts(other)["styles"]
    assert second.known is first.known and len(known) == 1  # checked once
    assert docx_styles.styles_skeleton(second) is docx_styles.styles_skeleton(first)
    for data in (draft, other, draft):
        assert _seen(read_docx(data, "x.docx")) == _seen(_read_whole(data))


def test_part_with_the_same_length_head_and_tail_is_read_anew(draft, known):
    """A part that differs from a known one only inside (same length, head and tail: the same key) is its own."""
    song, fang = _normal_font(_styles(draft), "华文中宋"), _normal_font(_styles(draft), "华文仿宋")
    assert len(song) == len(fang) and docx_styles._known_key(song) == docx_styles._known_key(fang)
    for font, styles in (("华文中宋", song), ("华文仿宋", fang), ("华文中宋", song)):
        got = read_docx(_with_styles(draft, styles), "x.docx")
        assert font in _fonts(got) and {"华文中宋", "华文仿宋"} - {font} - _fonts(got) == {"华文中宋", "华文仿宋"} - {font}
    broken = _styles(draft).replace(b"</w:latentStyles>", b"</w:latentStylez>", 1)
    assert docx_styles._known_key(broken) == docx_styles._known_key(_styles(draft))
    read_docx(draft, "x.docx")
    with pytest.raises(ReadError) as err:
        read_docx(_with_styles(draft, broken), "x.docx")
    assert "styles.xml" in err.value.message


def test_theme_and_language_stay_each_documents_own(draft, known):
    """The shared table holds what the styles part says; a theme font is looked up in each document's theme."""
    styles = _styles(draft)
    m = re.search(rb'<w:style w:type="paragraph" w:default="1" w:styleId="Normal">.*?</w:style>', styles, re.S)
    themed = styles.replace(m.group(0), re.sub(rb"<w:rFonts [^>]*/>", b'<w:rFonts w:eastAsiaTheme="minorEastAsia"/>',
                                               m.group(0)))
    base = _with_styles(draft, themed)
    theme = _xml(base, "word/theme/theme1.xml")
    assert '<a:font script="Hans" typeface="宋体"/>'.encode() in theme
    hei = _with_part(base, "word/theme/theme1.xml", theme.replace('typeface="宋体"'.encode(), 'typeface="黑体"'.encode()))
    for data, font in ((base, "宋体"), (hei, "黑体"), (base, "宋体")):
        got = read_docx(data, "x.docx")
        assert font in _fonts(got)
        assert _seen(got) == _seen(_read_whole(data))


def test_few_parts_are_kept(draft, known):
    for k in range(docx_styles._KNOWN_MAX + 2):
        read_docx(_with_styles(draft, _normal_font(_styles(draft), "字体" + "体" * k)), "x.docx")
    assert len(known) == docx_styles._KNOWN_MAX


def _xml(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def _wrong_crc(data: bytes, name: str) -> bytes:
    """The package with the CRC the zip records for ``name`` changed (in its local and central headers)."""
    out = bytearray(data)
    key = name.encode()
    at = out.find(key)
    while at >= 0:
        if out[at - 30:at - 26] == b"PK\x03\x04":
            out[at - 16:at - 12] = bytes(b ^ 0xFF for b in out[at - 16:at - 12])  # local header: CRC at 14
        elif out[at - 46:at - 42] == b"PK\x01\x02":
            out[at - 30:at - 26] = bytes(b ^ 0xFF for b in out[at - 30:at - 26])  # central: CRC at 16
        at = out.find(key, at + 1)
    return bytes(out)


@pytest.fixture()
def inflated(monkeypatch):
    monkeypatch.setattr(docx_styles, "_INFLATED", {})
    return docx_styles._INFLATED


def test_styles_part_inflated_once_for_the_same_compressed_bytes(draft, known, inflated):
    first = _parts(draft)["styles"].source
    assert len(inflated) == 1
    assert _parts(draft)["styles"].source is first  # not inflated again
    stored = io.BytesIO()  # the same part stored, not deflated: other compressed bytes, the same part
    with zipfile.ZipFile(io.BytesIO(draft)) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    again = _parts(stored.getvalue())["styles"]
    assert again.source == first and again.source is not first and len(inflated) == 2
    assert again.known is _parts(draft)["styles"].known  # checked once all the same
    for data in (draft, stored.getvalue()):
        assert _seen(read_docx(data, "x.docx")) == _seen(_read_whole(data))


def test_styles_part_with_a_wrong_crc_is_refused_after_a_good_one(draft, known, inflated):
    read_docx(draft, "x.docx")
    bad = _wrong_crc(draft, "word/styles.xml")
    with pytest.raises(zipfile.BadZipFile):
        docx.Document(io.BytesIO(bad))  # as python-docx refuses it
    with pytest.raises(ReadError):
        read_docx(bad, "x.docx")


def test_child_forked_while_the_parts_lock_is_held_reads_a_new_part(draft, known):
    """A child forked while another thread records a styles part (holding the lock) records its own."""
    from .helpers import in_forked_child

    data = _with_styles(draft, _normal_font(_styles(draft), "华文楷体"))
    assert in_forked_child(lambda: "华文楷体" in _fonts(read_docx(data, "x.docx")),
                           held=[docx_styles.KNOWN_LOCK]) == 0
