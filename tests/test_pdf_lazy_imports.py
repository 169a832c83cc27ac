"""gwlint.readers.pdfimports: a plain PDF is read without loading cryptography or charset_normalizer,
an AES-encrypted one still decrypts through them, and the real modules are what later imports get."""
from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
from hashlib import md5
from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("cryptography")

ROOT = Path(__file__).resolve().parent.parent
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour

    return Arcfour(key).process(data)


def _aes_pdf(text: str) -> bytes:
    """A one-page PDF encrypted with AES-128 (/V 4 /R 4 /AESV2), empty user password (opens without one)."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    doc_id, perms = b"gwlint-aes-test!", -4
    okey = md5(_PAD + b"").digest()  # owner password "" too: the file key is all that matters here
    for _ in range(50):
        okey = md5(okey).digest()
    owner = _rc4(okey, _PAD)
    for i in range(1, 20):
        owner = _rc4(bytes(b ^ i for b in okey), owner)
    h = md5(_PAD + owner + struct.pack("<l", perms) + doc_id).digest()
    for _ in range(50):
        h = md5(h[:16]).digest()
    key = h[:16]
    user = _rc4(key, md5(_PAD + doc_id).digest())
    for i in range(1, 20):
        user = _rc4(bytes(b ^ i for b in key), user)
    user += b"\0" * 16

    content = f"BT /F1 12 Tf 100 700 Td ({text}) Tj ET".encode()
    obj_key = md5(key + struct.pack("<L", 5)[:3] + struct.pack("<L", 0)[:2] + b"sAlT").digest()
    iv = b"0123456789abcdef"
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(obj_key), modes.CBC(iv)).encryptor()
    stream = iv + enc.update(padder.update(content) + padder.finalize()) + enc.finalize()

    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen"
        b" /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <" + owner.hex().encode() + b"> /U <"
        + user.hex().encode() + b"> /P %d >>" % perms,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, doc_id.hex().encode(), doc_id.hex().encode(), xref))
    return out.getvalue()


_SCRIPT = r"""
import sys
from gwlint.readers import read_bytes
heavy = ("cryptography", "charset_normalizer")
plain = read_bytes(open(sys.argv[1], "rb").read(), "plain.pdf")
assert plain.paragraphs, "the plain PDF has text"
print("plain", [m for m in heavy if m in sys.modules])
import pdfminer.pdfdocument, pdfminer.utils
print("bound", type(pdfminer.pdfdocument.Cipher).__name__)
aes = read_bytes(open(sys.argv[2], "rb").read(), "aes.pdf")
print("aes", [p.text for p in aes.paragraphs], [m for m in heavy if m in sys.modules])
print("compat", pdfminer.utils.make_compat_str("中文".encode("utf-8")))
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
import charset_normalizer
print("real", isinstance(Cipher, type), isinstance(algorithms.AES, type), callable(charset_normalizer.from_bytes),
      type(sys.modules["charset_normalizer"]).__name__, hasattr(sys.modules["charset_normalizer"], "__file__"))
"""


def test_plain_pdf_loads_no_cipher_and_an_aes_pdf_still_decrypts(tmp_path):
    plain = tmp_path / "plain.pdf"
    plain.write_bytes((ROOT / "sample_docs" / "issue-policy-notice.pdf").read_bytes())
    aes = tmp_path / "aes.pdf"
    aes.write_bytes(_aes_pdf("Confidential draft"))
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(plain), str(aes)], capture_output=True, text=True,
                         cwd=ROOT, env={k: v for k, v in os.environ.items()}, check=True).stdout.splitlines()
    assert out == [
        "plain []",  # neither module loaded by a plain PDF
        "bound Deferred",  # pdfminer holds the stand-in (fails if the deferral is dropped: checked)
        "aes ['Confidential draft'] ['cryptography']",  # AES through the stand-ins: the real cipher
        "compat 中文",  # the encoding guess through its stand-in
        "real True True True module True",  # later imports get the real modules
    ]


def test_the_aes_pdf_is_read_as_pdfminer_reads_it_with_the_modules_loaded(tmp_path):
    """The generated file is a valid AES-128 PDF: read in a process where cryptography came first."""
    aes = tmp_path / "aes.pdf"
    aes.write_bytes(_aes_pdf("Confidential draft"))
    script = ("import sys, cryptography.hazmat.primitives.ciphers, charset_normalizer\n"
              "from gwlint.readers import read_bytes\n"
              "print([p.text for p in read_bytes(open(sys.argv[1], 'rb').read(), 'aes.pdf').paragraphs])\n"
              "import pdfminer.pdfdocument\n"
              "print(type(pdfminer.pdfdocument.Cipher).__name__)")
    out = subprocess.run([sys.executable, "-c", script, str(aes)], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.splitlines()
    assert out == ["['Confidential draft']", "type"]  # a module already imported is used as it is


def test_the_service_warm_up_leaves_them_unloaded_and_the_maps_compact(tmp_path):
    """The HTTP service's workers import pdfminer before their first PDF (gwlint.serve.jobs.warm): the same
    deferral, and the Chinese CMaps it preloads come through the cache in the compact form."""
    pytest.importorskip("h11")
    script = ("import sys\nimport gwlint.serve.jobs as j\nj.warm()\n"
              "print([m for m in ('cryptography', 'charset_normalizer') if m in sys.modules])\n"
              "from pdfminer.cmapdb import CMapDB\n"
              "print(type(CMapDB._umap_cache['Adobe-GB1'][0].cid2unichr).__name__)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "DenseText"]
