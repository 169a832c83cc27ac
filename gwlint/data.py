"""Access to the data files in ``dictionaries/`` (shipped inside the wheel)."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir() -> Path:
    # In the wheel the folder is gwlint/dictionaries; in a source checkout
    # (editable install, tests) it sits beside the package.
    for cand in (_HERE / "dictionaries", _HERE.parent / "dictionaries"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("gwlint data folder 'dictionaries' not found")


def data_path(name: str) -> Path:
    return data_dir() / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict:
    """A data file, parsed once per process; the parse is also kept in the user
    cache (marshal), which loads ~10× faster than TOML on every later start."""
    return _cached_toml(data_path(name))


_TOML_CACHE_FORMAT = 2


def _cached_toml(path: Path) -> dict:
    import hashlib
    import marshal

    from .cache import cache_dirs, remove_stale, write_atomic

    # keyed by the bytes, not the file's stamp: the cache folder is shared by every checkout and
    # version of a user, and a file rewritten within one clock tick keeps its size and time
    raw = path.read_bytes()
    key = hashlib.sha1(f"{_TOML_CACHE_FORMAT}|{sys.version_info[:2]}|".encode() + raw)
    stem = f"toml-{path.parent.name}-{path.stem}"  # rules/gw105.toml and gw105.toml kept apart
    name = f"{stem}-{key.hexdigest()[:16]}.marshal"
    for d in cache_dirs():
        try:
            data = marshal.loads((d / name).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue  # missing or damaged: parsed again below
        if isinstance(data, dict):
            return data
    import io

    data = tomllib.load(io.BytesIO(raw))  # the bytes hashed are the bytes parsed (same errors as a file)
    try:
        blob = marshal.dumps(data)
    except ValueError:  # TOML dates and times are not marshallable: no cache
        return data
    for d in cache_dirs():
        if write_atomic(d / name, blob):
            remove_stale(d, f"{stem}-*.marshal", keep=name)  # earlier versions of this file
            break
    return data


# A configuration file (gwlint.toml, a profile, a phrasing_file) is found next to the drafts it governs and
# may come in the same archive as they do: it is read only as a regular file of a configuration's size.
MAX_TOML_BYTES = 16 * 1024 * 1024


class TomlError(ValueError):
    """A TOML file the user wrote that does not parse, told in Chinese: ``line``, ``column`` (1-based, or None)."""

    def __init__(self, problem: str, line: int | None = None, column: int | None = None, text: str = "") -> None:
        where = f"第 {line} 行第 {column} 列：" if line and column else f"第 {line} 行：" if line else ""
        shown = f"（该行：{text.strip()[:80]}）" if text.strip() else ""
        super().__init__(f"{where}{problem}{shown}")
        self.problem, self.line, self.column = problem, line, column


# tomllib's messages (3.11-3.13 and tomli) → what a drafter editing a gwlint.toml needs to hear
_TOML_PROBLEMS = (
    (r"Invalid statement", "无法识别的语句：每行应为“键 = 值”、[表名] 或 [[表名]]"),
    (r"Expected newline or end of document after a statement", "一条语句之后应换行：同一行只能写一个“键 = 值”"),
    (r"Invalid initial character for a key part", "键名的开头字符无效：键名只用字母、数字、- 和 _，其他字符（如汉字）要加引号"),
    (r"Expected '=' after a key in a key/value pair", "键名后缺少“=”"),
    (r"Invalid value", "值无效：字符串要加英文引号（如 \"GW1\"），真假写 true/false"),
    (r"Expected '\]' at the end of a table declaration", "表名后缺少“]”"),
    (r"Expected '\]\]' at the end of an array declaration", "表数组名后缺少“]]”"),
    (r"Cannot declare (.+) twice", "表 {0} 重复定义"),
    (r"Cannot redefine namespace (.+)", "表 {0} 重复定义"),
    (r"Cannot overwrite a value", "键重复：同一个键已经赋过值"),
    (r"Cannot mutate immutable namespace (.+)", "{0} 已写成内联表或数组，不能再用 [表名] 补充"),
    (r"Unclosed array", "数组缺少结尾的“]”，或元素之间缺少英文逗号"),
    (r"Unclosed inline table", "内联表缺少结尾的“}”，或元素之间缺少英文逗号"),
    (r"Duplicate inline table key (.+)", "内联表中键 {0} 重复"),
    (r"Unescaped '\\' in a string", "字符串中的反斜杠“\\”没有转义：写成“\\\\”，或改用单引号字符串"),
    (r"Invalid hex value", "转义序列中的十六进制数无效"),
    (r"Escaped character is not a Unicode scalar value", "转义序列不是有效的 Unicode 字符"),
    (r"Unterminated string", "字符串缺少结尾的引号"),
    (r"Illegal character '\\n'", "字符串在行尾没有结束：缺少结尾的引号（多行文字用三个引号 \"\"\"）"),
    (r"Illegal character (.+)", "字符串中有不允许的控制字符 {0}"),
    (r"Invalid date or datetime", "日期或时间无效"),
    (r"Found invalid character (.+)", "此处有无效字符 {0}"),
    (r"Expected (.+)", "此处应为 {0}"),
)


def toml_error(exc: ValueError, raw: bytes) -> TomlError:
    """tomllib's (or UTF-8's) complaint about ``raw`` as a :class:`TomlError`."""
    import re

    if isinstance(exc, UnicodeDecodeError):
        line = raw[:exc.start].count(b"\n") + 1
        return TomlError("文件不是 UTF-8 编码（TOML 只能用 UTF-8）：请在编辑器中另存为 UTF-8", line)
    msg = str(exc)
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", msg)
    line = col = None
    if m:
        line, col = int(m.group(1)), int(m.group(2))
        msg = msg[:m.start()]
    elif msg.endswith("(at end of document)"):
        msg = msg[:-len("(at end of document)")].strip()
        line = raw.count(b"\n") + 1 if raw and not raw.endswith(b"\n") else max(1, raw.count(b"\n"))
    problem = f"格式错误（{msg}）"
    for pattern, zh in _TOML_PROBLEMS:
        hit = re.fullmatch(pattern, msg.strip())
        if hit:
            problem = zh.format(*(_toml_key(g) for g in hit.groups()))
            break
    text = ""
    if line:
        lines = raw.decode("utf-8", "replace").splitlines()
        text = lines[line - 1] if 0 < line <= len(lines) else ""
    return TomlError(problem, line, col, text)


def _toml_key(shown: str) -> str:
    """tomllib's repr of a key (``('a', 'b')`` or ``'b'``) as the user wrote it: “a.b”."""
    import re

    parts = re.findall(r"'((?:[^'\\]|\\.)*)'", shown)
    return "“" + (".".join(parts) if parts else shown) + "”"


def load_toml_file(path: str | Path) -> dict:
    """A TOML file the user names: OSError (Chinese ``strerror``) unless a regular file of a config's size;
    :class:`TomlError` (a ValueError, in Chinese with the line) when it does not parse."""
    from .safeio import read_regular

    raw = read_regular(path, MAX_TOML_BYTES, "配置文件")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise toml_error(exc, raw) from None
