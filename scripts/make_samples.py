"""Build sample_docs/*.docx, *.pdf and *.txt from the marked sources in sample_docs/src/*.gw.

The sources are drafts written for this project (fictional matters, real 公文 form).
Run after editing a source:  python scripts/make_samples.py
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.docgen import parse_marked, plain_text  # noqa: E402
from gwlint.docgen.docx import write_docx  # noqa: E402
from gwlint.docgen.pdf import write_pdf  # noqa: E402


def main() -> None:
    src_dir = REPO / "sample_docs" / "src"
    out_dir = REPO / "sample_docs"
    for src in sorted(src_dir.glob("*.gw")):
        name = src.name[: -len(".gw")]
        blocks = parse_marked(src.read_text(encoding="utf-8"))
        (out_dir / f"{name}.txt").write_text(plain_text(blocks), encoding="utf-8")
        write_docx(blocks, out_dir / f"{name}.docx")
        write_pdf(blocks, out_dir / f"{name}.pdf")
        print(f"{name}: .txt .docx .pdf")


if __name__ == "__main__":
    main()
