"""`gwlint text` on a PDF without a usable text layer says so (stderr, exit 1 when nothing was extracted) instead
of printing nothing with exit 0, and no library chatter reaches stderr."""
from __future__ import annotations

import subprocess
import sys

from .badcorpus import CATALOG, cid_only_pdf, draft_page_objects, pdf, stream


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "gwlint", *map(str, args)], capture_output=True, cwd=cwd,
                          timeout=300, env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"})


def test_text_of_a_pdf_with_only_cid_codes(tmp_path):
    (tmp_path / "cid.pdf").write_bytes(cid_only_pdf())
    r = run("text", "cid.pdf", cwd=tmp_path)
    err = r.stderr.decode("utf-8")
    assert r.returncode == 1 and err.startswith("gwlint: ") and "Unicode" in err, (r.returncode, err)
    assert "FontBBox" not in err and "Traceback" not in err


def test_text_of_a_pdf_with_one_unreadable_page(tmp_path):
    import struct

    cids = b"".join(struct.pack(">H", 0x1000 + k) for k in range(200))
    ops = b"\n".join(b"BT /F2 16 Tf 80 %d Td <%s> Tj ET" % (760 - r * 28, cids[r * 40:(r + 1) * 40].hex().encode())
                     for r in range(10))
    objs = {1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R 8 0 R] /Count 2 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
            **draft_page_objects(),
            8: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 9 0 R "
               b"/Resources << /Font << /F2 10 0 R >> >> >>",
            9: stream(ops),
            10: b"<< /Type /Font /Subtype /Type0 /BaseFont /SimHei /Encoding /Identity-H /DescendantFonts [11 0 R] >>",
            11: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimHei /CIDSystemInfo << /Registry (Adobe) "
                b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>"}
    (tmp_path / "mixed.pdf").write_bytes(pdf(objs))
    r = run("text", "mixed.pdf", cwd=tmp_path)
    err = r.stderr.decode("utf-8")
    assert r.returncode == 0 and "春耕" in r.stdout.decode("utf-8")
    assert "第 2 页" in err and "FontBBox" not in err, err
