"""Member names of a zip package (.docx, .ofd) that name one part twice.

A zip may hold two members of the same name, or names that differ only in letter case or in the slash (OPC part
names are compared without regard to case; OFD producers write either slash).  Which of them a program reads is
its own choice — Python's zipfile takes the last, other tools the first, Word refuses the package — so a reader
could check one text while Word or WPS shows the other.  Such a package is refused, never half-read."""
from __future__ import annotations


def _key(name: str) -> str:
    return name.replace("\\", "/").lstrip("/").lower()


def twice_named(infos) -> str | None:
    """A Chinese message when two members of ``infos`` (zipfile.ZipInfo) name the same part, else None."""
    seen: dict[str, str] = {}
    for i in infos:
        if i.filename.endswith("/"):  # a folder entry
            continue
        k = _key(i.filename)
        if k in seen:
            first, second = seen[k], i.filename
            how = "同名" if first == second else "名称只差大小写或斜杠"
            return (f"文件的压缩包中有两个部件{how}（{first}、{second}）。不同软件会读出其中不同的一个，"
                    "检查的内容可能不是 Word 或 WPS 显示的内容，它可能是恶意构造的，gwlint 不予读取。"
                    "请在 Word 或 WPS 中打开后另存为新文件再检查。")
        seen[k] = i.filename
    return None
