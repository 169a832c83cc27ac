"""Text that decodes but was not really read: mojibake generated from real documents.

Every case here takes real Chinese prose (the vendored corpus) or foreign prose written for this
file, and damages it the way the wild does: a wrong code page, a double encoding, UTF-16 without a
byte-order mark, a constant code-point shift, a PDF whose ToUnicode map points at the wrong
characters.  gwlint must never call such a file clean: it is GW001 (not readable as Chinese text).

The real side (``real_texts``) is what must pass unchanged: the vendored corpus, the sample drafts
and the evaluation drafts, whole and cut to short snippets.

    python -m tests.mojibake DEST      # writes the damaged files and prints their list
"""
from __future__ import annotations

import random
import re
import struct
import sys
from pathlib import Path

try:
    from . import badcorpus
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import badcorpus

ROOT = Path(__file__).resolve().parents[1]

# Written for this file (not copied): foreign prose the Chinese code pages happen to accept.
KOREAN = (
    "서울특별시 교육청은 올해 봄 학기부터 모든 초등학교에 방과후 돌봄 교실을 확대 운영한다고 밝혔다.\n"
    "각 학교는 학부모의 의견을 수렴하여 운영 시간과 프로그램을 정하고, 안전 관리 계획을 제출해야 한다.\n"
    "교육청은 필요한 예산을 지원하고 분기마다 운영 실태를 점검하여 결과를 공개할 예정이다.\n"
    "이번 조치는 맞벌이 가정의 양육 부담을 덜고 아이들이 안전하게 머물 수 있는 공간을 늘리기 위한 것이다.\n"
)
JAPANESE = (
    "東京都教育委員会は、今年の春学期から全ての小学校で放課後の学習支援を拡充すると発表した。\n"
    "各学校は保護者の意見を聞いたうえで、実施時間と内容を決め、安全管理の計画を提出しなければならない。\n"
    "委員会は必要な予算を支援し、四半期ごとに実施状況を確認して、その結果を公表する予定である。\n"
)
# A traditional-Chinese notice (written here) for the Big5 / GB18030-traditional readers.
TRADITIONAL = (
    "江西省人民政府辦公廳關於做好春季森林防火工作的通知\n"
    "各設區市人民政府，省政府各部門：\n"
    "當前正值春季森林防火緊要期，氣溫回升，降水偏少，林區用火增多，森林火災風險明顯上升。"
    "為切實做好森林防火工作，保障人民群眾生命財產安全，經省政府同意，現將有關事項通知如下。\n"
    "一、壓實防火責任。各地要嚴格落實地方政府行政首長負責制，層層簽訂責任書，把責任落實到山頭地塊。\n"
    "二、加強火源管控。要加強林區野外用火管理，嚴禁在林區內燒荒、燒秸稈和上墳燒紙，對違規用火行為依法查處。\n"
    "三、做好應急準備。各級森林消防隊伍要加強值班備勤，確保一旦發生火情，能夠迅速出動、科學撲救。\n"
    "江西省人民政府辦公廳\n"
    "2024年3月1日\n"
)


def corpus_texts() -> list[tuple[str, str]]:
    """(name, text) of every vendored real document with a plain-text version."""
    out = []
    for folder in ("govcn", "local", "govdoc-cn", "policy"):
        for p in sorted((ROOT / "tests" / "corpus" / folder).glob("*.txt")):
            out.append((f"{folder}/{p.name}", p.read_text(encoding="utf-8")))
    return out


def real_texts() -> list[tuple[str, str]]:
    """Everything real that must pass: the corpus, sample_docs and the evaluation drafts."""
    out = corpus_texts()
    for p in sorted((ROOT / "sample_docs").glob("*.txt")):
        out.append((f"sample_docs/{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted((ROOT / "tests" / "eval").rglob("*")):
        if p.suffix in (".gw", ".md") and p.name != "README.md":
            text = p.read_text(encoding="utf-8")
            # .gw drafts mark expected findings with [[...]] / front matter: keep the prose only
            text = re.sub(r"^(#|---|[a-z_]+:).*$", "", text, flags=re.M)
            out.append((str(p.relative_to(ROOT / "tests")), text))
    return out


def snippet(text: str, n: int) -> str:
    """The first ``n`` characters of a document (a short notice is this long)."""
    return text.strip()[:n]


def shift(text: str, k: int) -> str:
    """Every CJK character moved ``k`` code points (a broken font map does exactly this)."""
    return "".join(chr(ord(c) + k) if "\u4e00" <= c <= "\u9fa5" else c for c in text)


def _gbk_view(data: bytes) -> str:
    return data.decode("gbk", errors="replace")


def damaged_texts(source: str) -> dict[str, bytes]:
    """name -> file bytes: ``source`` (Chinese prose) and foreign prose read the wrong way."""
    u8 = source.encode("utf-8")
    cases = {
        # files in a foreign code page: a reader falling back to GB18030 gets hanzi-looking garbage
        "korean-euc-kr.txt": KOREAN.encode("euc_kr"),
        "korean-cp949.md": KOREAN.encode("cp949"),
        "japanese-shift-jis.txt": JAPANESE.encode("shift_jis"),
        "japanese-euc-jp.txt": JAPANESE.encode("euc_jp"),
        "chinese-shift-jis.txt": source.encode("shift_jis", errors="ignore"),
        # already-mangled text saved as UTF-8: the file decodes perfectly, the words are gone
        "double-utf8-latin1.txt": u8.decode("latin-1").encode("utf-8"),
        "double-utf8-cp1252.txt": u8.decode("cp1252", errors="replace").encode("utf-8"),
        "utf8-read-as-gbk.txt": _gbk_view(u8).encode("utf-8"),
        "utf8-read-as-gbk.md": _gbk_view(u8).encode("utf-8"),
        "gbk-read-as-big5.txt": source.encode("gbk").decode("big5", errors="replace").encode("utf-8"),
        "big5-read-as-gbk.txt": _gbk_view(TRADITIONAL.encode("big5")).encode("utf-8"),
        "gbk-read-as-utf16.txt": source.encode("gbk")[: len(source.encode("gbk")) // 2 * 2]
        .decode("utf-16-le", errors="replace").encode("utf-8"),
        "shift-1.txt": shift(source, 1).encode("utf-8"),
        "shift-7.txt": shift(source, 7).encode("utf-8"),
        "shift-333.txt": shift(source, 333).encode("utf-8"),
        "shift-to-hangul.txt": "".join(chr((ord(c) - 0x4E00) % 11172 + 0xAC00) if "\u4e00" <= c <= "\u9fa5" else c
                                       for c in source).encode("utf-8"),
    }
    rng = random.Random(12)
    chars = sorted({c for c in source if "\u4e00" <= c <= "\u9fa5"})
    shuffled = chars[:]
    rng.shuffle(shuffled)
    table = str.maketrans(dict(zip(chars, shuffled)))
    cases["permuted-hanzi.txt"] = source.translate(table).encode("utf-8")
    return cases


# --------------------------------------------------------------------------- PDFs with a ToUnicode map

def _tounicode(pairs: list[tuple[int, str]]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
             b"1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        for cid, ch in chunk:
            lines.append(b"<%04X> <%s>" % (cid, ch.encode("utf-16-be").hex().upper().encode()))
        lines.append(b"endbfchar")
    lines.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"\n".join(lines)


def tounicode_pdf(text: str, mapping=None) -> bytes:
    """``text`` drawn in a subset-style Identity-H font: glyph ids 1..n, a ToUnicode map back.

    ``mapping`` (char -> char) corrupts the map the way a broken PDF producer does: the glyphs
    are right on paper, the text layer is not.
    """
    chars = sorted(set(text) - {"\n"})
    cid = {c: k + 1 for k, c in enumerate(chars)}
    ops, y, page_ops, pages = [], 790, [], []
    for line in text.splitlines():
        for k in range(0, max(len(line), 1), 30):
            part = line[k:k + 30]
            if not part:
                continue
            hexs = b"".join(struct.pack(">H", cid[c]) for c in part).hex().encode()
            ops.append(b"BT /F1 14 Tf 60 %d Td <%s> Tj ET" % (y, hexs))
            y -= 20
            if y < 60:
                page_ops.append(ops)
                ops, y = [], 790
    if ops:
        page_ops.append(ops)
    mapping = mapping or {}
    pairs = [(cid[c], mapping.get(c, c)) for c in chars]
    objects = {1: badcorpus.CATALOG}
    n_pages = len(page_ops)
    first = 10
    kids = b" ".join(b"%d 0 R" % (first + 2 * k) for k in range(n_pages))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)
    objects[5] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H "
                  b"/DescendantFonts [6 0 R] /ToUnicode 8 0 R >>")
    objects[6] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>")
    objects[7] = (b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 -141 1000 859] "
                  b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>")
    objects[8] = badcorpus.stream(_tounicode(pairs))
    for k, ops in enumerate(page_ops):
        objects[first + 2 * k] = badcorpus.simple_page(b"%d 0 R" % (first + 2 * k + 1))
        objects[first + 2 * k + 1] = badcorpus.stream(b"\n".join(ops))
    return badcorpus.pdf(objects)


def damaged_pdfs(source: str) -> dict[str, bytes]:
    rng = random.Random(7)
    chars = sorted(set(source) - {"\n"})
    shuffled = chars[:]
    rng.shuffle(shuffled)
    hanzi = [c for c in chars if "\u4e00" <= c <= "\u9fa5"]
    return {
        "tounicode-shuffled.pdf": tounicode_pdf(source, dict(zip(chars, shuffled))),
        "tounicode-shifted.pdf": tounicode_pdf(source, {c: chr(ord(c) + 3) for c in hanzi}),
        "tounicode-latin.pdf": tounicode_pdf(source, {c: chr(0x21 + k % 94) for k, c in enumerate(hanzi)}),
        "tounicode-mixed-script.pdf": tounicode_pdf(
            source, {c: rng.choice("ÀÉÎÕÜàéîõüĀĒĪŌŪαβγδεζηθикнопрстガギグゲゴ가나다라마바사아자차")
                     for c in hanzi}),
    }


def source_document() -> str:
    """A real government document (vendored) as the source of the damage."""
    return (ROOT / "tests" / "corpus" / "govcn" / "01.txt").read_text(encoding="utf-8")[:1500]


def build(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    src = source_document()
    out = []
    for name, data in {**damaged_texts(src), **damaged_pdfs(src)}.items():
        p = dest / name
        p.write_bytes(data)
        out.append(p)
    return out


def build_good(dest: Path) -> list[Path]:
    """Real documents the same readers must still read: a correct ToUnicode PDF, traditional text."""
    dest.mkdir(parents=True, exist_ok=True)
    src = source_document()
    files = {
        "tounicode-correct.pdf": tounicode_pdf(src),
        "traditional-big5.txt": TRADITIONAL.encode("big5"),
        "traditional-gb18030.txt": TRADITIONAL.encode("gb18030"),
        "traditional-utf8.txt": TRADITIONAL.encode("utf-8"),
        "traditional-utf16.txt": TRADITIONAL.encode("utf-16"),
        "simplified-gb18030.txt": src.encode("gb18030"),
        "utf16le-nobom.txt": src.encode("utf-16-le"),
        "utf16be-nobom.txt": src.encode("utf-16-be"),
        "simplified-gbk.md": src.encode("gbk"),
    }
    out = []
    for name, data in files.items():
        p = dest / name
        p.write_bytes(data)
        out.append(p)
    return out


if __name__ == "__main__":
    d = Path(sys.argv[1])
    for p in build(d / "bad") + build_good(d / "good"):
        print(p)
