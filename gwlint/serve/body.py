"""Request bodies read within a size limit, kept in memory only.

Starlette's own form parsing spools file parts larger than 1 MB to a temporary
file; an upload here is a draft that may be confidential, so the body is read
chunk by chunk into memory (never to disk) and the multipart parser from
python-multipart is fed the same chunks.  Reading stops at the first chunk past
the limit: an oversized upload is refused without being read to its end, and a
declared ``Content-Length`` over the limit is refused before any byte is read.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import AsyncIterator

import anyio
from python_multipart.multipart import MultipartParser, MultipartState, parse_options_header

MAX_FIELDS = 16  # options are a handful of short fields
MAX_FIELD_BYTES = 4096
# A client that stops sending mid-body would hold its connection (and the upload's memory) for ever:
# uvicorn sets no deadline on a request body.  Past IDLE_SECONDS without a byte, or TOTAL_IDLE_FACTOR times
# that for the whole body (a 20 MB upload at 100 KB/s takes 200 s), the upload is refused with 408.
IDLE_SECONDS = 30.0
TOTAL_IDLE_FACTOR = 10


class BodyError(Exception):
    """A body that cannot be taken: ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Upload:
    data: bytes
    filename: str | None
    content_type: str | None  # the part's (multipart) or the request's (raw body)
    fields: dict[str, str] = field(default_factory=dict)  # other form fields (options)


def too_large(limit: int) -> BodyError:
    mb = limit / (1024 * 1024)
    shown = f"{mb:g} MB" if mb >= 1 else f"{limit // 1024} KB"
    return BodyError(413, f"上传的文件超过 {shown} 上限，未予检查。请拆分文件，或请管理员调整 --max-upload-mb。")


def check_declared_length(headers, limit: int) -> None:
    value = headers.get("content-length")
    if value is not None:
        try:
            n = int(value)
        except ValueError:
            raise BodyError(400, "请求头 Content-Length 无效。") from None
        if n > limit:
            raise too_large(limit)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")  # an old client's GBK form


class _Parts:
    """Callbacks of python-multipart's parser: collect the parts in memory."""

    def __init__(self, file_field: str) -> None:
        self.file_field = file_field
        self.header_name = b""
        self.header_value = b""
        self.headers: dict[bytes, bytes] = {}
        self.buf = bytearray()
        self.name: str | None = None
        self.filename: str | None = None
        self.is_file = False
        self.upload: Upload | None = None
        self.fields: dict[str, str] = {}
        self.count = 0

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin, "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end, "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value, "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
        }

    def on_part_begin(self) -> None:
        self.headers, self.buf, self.name, self.filename, self.is_file = {}, bytearray(), None, None, False
        self.count += 1
        if self.count > MAX_FIELDS:
            raise BodyError(400, f"表单字段过多（超过 {MAX_FIELDS} 个）。")

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.header_name.lower()] = self.header_value
        self.header_name = self.header_value = b""

    def on_headers_finished(self) -> None:
        _, opts = parse_options_header(self.headers.get(b"content-disposition", b""))
        if b"name" not in opts:
            raise BodyError(400, "表单字段缺少名称（Content-Disposition 的 name）。")
        self.name = _decode(opts[b"name"])
        self.is_file = b"filename" in opts
        if self.is_file:
            self.filename = _decode(opts[b"filename"])

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if not self.is_file and len(self.buf) + (end - start) > MAX_FIELD_BYTES:
            raise BodyError(400, f"表单字段“{self.name}”过长。")
        self.buf += data[start:end]

    def on_part_end(self) -> None:
        if self.is_file or self.name == self.file_field:
            if self.name != self.file_field:
                raise BodyError(400, f"文件应放在表单字段“{self.file_field}”中，而不是“{self.name}”。")
            if self.upload is not None:
                raise BodyError(400, "一次只能上传一个文件。")
            ctype = self.headers.get(b"content-type")
            self.upload = Upload(bytes(self.buf), self.filename, _decode(ctype) if ctype else None)
        else:
            self.fields[self.name or ""] = _decode(bytes(self.buf))
        self.buf = bytearray()


def _feed(step, *args) -> None:
    try:
        step(*args)
    except BodyError:
        raise
    except Exception:  # python-multipart's parse errors, worded in English for programmers
        raise BodyError(400, "表单格式错误：请求体与 Content-Type 中的 multipart 分隔符（boundary）不符，"
                             "或表单已损坏，未予检查。") from None


def _slow(idle: float) -> BodyError:
    return BodyError(408, f"上传超时：{idle:g} 秒内没有收到新的数据（或上传总用时过长），未予检查。"
                          "请检查网络后重新上传。")


async def _timed(stream: AsyncIterator[bytes], idle: float) -> AsyncIterator[bytes]:
    """``stream``'s chunks, each within ``idle`` seconds and all within TOTAL_IDLE_FACTOR × ``idle``."""
    chunks = stream.__aiter__()
    deadline = time.monotonic() + idle * TOTAL_IDLE_FACTOR
    while True:
        wait = min(idle, deadline - time.monotonic())
        if wait <= 0:
            raise _slow(idle)
        try:
            with anyio.fail_after(wait):
                chunk = await chunks.__anext__()
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise _slow(idle) from None
        yield chunk


async def read_upload(headers, stream: AsyncIterator[bytes], limit: int, *, file_field: str = "file",
                      idle: float = IDLE_SECONDS) -> Upload:
    """The uploaded file of a request: the ``file`` part of a multipart form, or the
    raw body.  Raises :class:`BodyError` (413 past ``limit`` bytes, 400 for a
    malformed or incomplete form, 408 for a client that stalls: see IDLE_SECONDS)."""
    check_declared_length(headers, limit)
    stream = _timed(stream, idle) if idle else stream
    ctype = headers.get("content-type") or ""
    mime, opts = parse_options_header(ctype.encode("latin-1", errors="replace"))
    total = 0
    if mime == b"multipart/form-data":
        boundary = opts.get(b"boundary")
        if not boundary:
            raise BodyError(400, "multipart/form-data 请求缺少 boundary。")
        parts = _Parts(file_field)
        try:
            parser = MultipartParser(boundary, parts.callbacks())
        except ValueError as exc:
            raise BodyError(400, f"表单格式错误：{exc}") from None
        async for chunk in stream:
            total += len(chunk)
            if total > limit:
                raise too_large(limit)
            _feed(parser.write, chunk)
        _feed(parser.finalize)
        if parser.state != MultipartState.END:  # the closing boundary never came: the upload was cut short
            raise BodyError(400, "上传的表单不完整：没有读到表单的结束分隔符（上传可能中断），未予检查。请重新上传。")
        if parts.upload is None:
            raise BodyError(400, f"表单中没有文件：请把文件放在字段“{file_field}”中上传。")
        parts.upload.fields = parts.fields
        return parts.upload
    chunks: list[bytes] = []
    async for chunk in stream:
        total += len(chunk)
        if total > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return Upload(b"".join(chunks), None, mime.decode("latin-1") if mime else None)
