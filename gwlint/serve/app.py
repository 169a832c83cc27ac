"""The HTTP service: FastAPI on uvicorn, lint jobs in a :class:`gwlint.guard.Guard`.

Why FastAPI: the OpenAPI document an OA integrator reads comes from the
routes themselves, and Starlette (its base) gives the ASGI plumbing, the test
client and static files.  The event loop never lints: each job is handed to a
worker process of the guard from a thread (``anyio.to_thread``), so a document
that runs past its time or memory budget costs one worker (killed and replaced)
and one 503 answer, while other requests go on being served.

Uploads are read into memory within ``max_upload`` bytes (:mod:`.body`), passed
to the worker and dropped; nothing of a document is logged or written to disk.
"""
from __future__ import annotations

import hmac
import logging
import threading
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import quote

import anyio
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Config, ConfigError, apply_table, builtin_profiles, load_config
from ..guard import UNLIMITED, Guard, GuardError, Limits, format_seconds
from . import jobs, schema
from .body import BodyError, Upload, read_upload

log = logging.getLogger("gwlint.serve")
STATIC = Path(__file__).parent / "static"

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_SUFFIX = {DOCX_MIME: ".docx", "application/pdf": ".pdf", "text/plain": ".txt", "text/markdown": ".md"}
SUPPORTED = (".docx", ".pdf", ".txt", ".md")
# Formats gwlint recognises and answers with advice (GW001: 另存为 .docx) instead of refusing
ADVISED = (".doc", ".wps", ".wpt", ".dot", ".ofd", ".rtf")


# The page loads nothing but its own files and talks only to this service; the policy
# makes a browser refuse anything else, even if a document's text slipped into markup.
PAGE_HEADERS = {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass
class Settings:
    """What ``gwlint serve`` is started with."""

    workers: int = 2
    token: str | None = None
    max_upload_mb: float = 20.0
    timeout: float | None = 60.0  # seconds of one job
    max_memory: int | None = Limits().memory  # bytes of one worker's address space
    max_pending: int = 64  # requests queued or running before "busy" (503)
    upload_timeout: float = 30.0  # seconds an upload may stall (body.IDLE_SECONDS) before 408
    config: Config | None = None  # base configuration; None: found from the working directory

    @property
    def max_upload(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def limits(self) -> Limits:
        return Limits(time=self.timeout, memory=self.max_memory)


class _State:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.config = settings.config if settings.config is not None else load_config(for_file=Path.cwd())
        self.guard: Guard | None = None
        self.pending = 0
        self.limiter = anyio.CapacityLimiter(settings.max_pending)


def _fix_available() -> bool:
    from .. import api

    return hasattr(api, "fix_bytes")


# ---------------------------------------------------------------- requests → jobs
def _problem(status: int, message: str, headers: dict | None = None) -> HTTPException:
    return HTTPException(status_code=status, detail=message, headers=headers)


def _state(request: Request) -> _State:
    return request.app.state.gw


def require_token(request: Request) -> None:
    token = _state(request).settings.token
    if not token:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    # header bytes arrive decoded as latin-1: compare raw bytes with the token's UTF-8
    ok = scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode("latin-1", "replace"),
                                                            token.encode("utf-8"))
    if not ok:
        msg = "缺少访问令牌。" if not given else "访问令牌不正确。"
        raise _problem(401, msg + "请在请求头中加 Authorization: Bearer <令牌>。", {"WWW-Authenticate": "Bearer"})


def _filename(upload: Upload, query_name: str | None) -> str:
    """The name the document is linted under: it gives the type and the path shown."""
    name = (query_name or upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()  # no control characters into headers
    suffix = Path(name).suffix.lower()
    if suffix in SUPPORTED or suffix in ADVISED:
        return name
    if suffix:
        raise _problem(415, f"不支持的文件类型“{suffix}”。可检查 .docx、.pdf、.txt、.md 文件。")
    mime = (upload.content_type or "").split(";")[0].strip().lower()
    if mime in MIME_SUFFIX:
        return (name or "上传文件") + MIME_SUFFIX[mime]
    if mime in ("", "application/octet-stream"):
        raise _problem(415, "无法判断文件类型：请用 ?filename=草稿.docx 给出文件名，或设置相应的 Content-Type。")
    raise _problem(415, f"不支持的内容类型“{mime}”。可检查 .docx、.pdf、.txt、.md 文件。")


def _config(state: _State, params: dict[str, Optional[str]]) -> Config:
    table: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        table[key.replace("_", "-")] = value.replace("，", ",") if key in ("select", "ignore") else value
    if not table:
        return state.config
    if "select" in table:
        table.setdefault("ignore", [])  # as on the command line: an explicit select starts afresh
    cfg = state.config.copy()
    try:
        apply_table(cfg, table, "请求参数")
        cfg.profile  # noqa: B018 - an unknown profile is the caller's mistake: say so now
    except ConfigError as exc:
        raise _problem(400, str(exc)) from None
    return cfg


OPTION_KEYS = ("profile", "select", "ignore", "fail_on", "min_severity")


async def _take(request: Request, query_name: str | None, options: dict[str, Optional[str]]
                ) -> tuple[bytes, str, Config]:
    state = _state(request)
    try:
        upload = await read_upload(request.headers, request.stream(), state.settings.max_upload,
                                   idle=state.settings.upload_timeout)
    except BodyError as exc:
        raise _problem(exc.status, exc.message) from None
    name = _filename(upload, query_name or upload.fields.get("filename"))
    for key in OPTION_KEYS:  # form fields stand in for query parameters not given
        if options.get(key) is None and upload.fields.get(key):
            options[key] = upload.fields[key]
    return upload.data, name, _config(state, options)


async def _run(request: Request, fn: Callable, *args: Any) -> Any:
    """Run ``fn(*args)`` in a guarded worker from a thread; return its value or answer 503."""
    state = _state(request)
    if state.guard is None:
        raise _problem(503, "服务正在启动，请稍候。", {"Retry-After": "1"})
    if state.pending >= state.settings.max_pending:
        raise _problem(503, f"服务繁忙（已有 {state.pending} 个文件在排队或检查），请稍后重试。", {"Retry-After": "1"})
    state.pending += 1
    try:
        out = await anyio.to_thread.run_sync(partial(state.guard.run, fn, *args), limiter=state.limiter)
    except GuardError as exc:
        log.error("worker pool: %s", exc)
        raise _problem(503, f"检查进程不可用：{exc}", {"Retry-After": "5"}) from None
    finally:
        state.pending -= 1
    if out.ok:
        return out.value
    if out.status == "error":
        raise out.value
    log.warning("job %s ended: %s after %.1f s %s", fn.__name__, out.status, out.seconds, out.detail)
    # its worker was killed: warm a replacement now rather than in the next request's time
    threading.Thread(target=_rewarm, args=(state.guard,), daemon=True, name="gwlint-rewarm").start()
    raise _problem(503, state.settings.limits.message(out.status, out.detail).replace("--timeout", "gwlint serve --timeout")
                   .replace("--max-memory", "gwlint serve --max-memory"))


def _rewarm(guard: Guard) -> None:
    try:
        guard.run(jobs.warm, limits=UNLIMITED)
    except GuardError as exc:  # shutting down, or workers cannot start: the next request says so
        log.warning("no replacement worker: %s", exc)


_CHARSETS = {"utf-8-sig": "utf-8", "big5hkscs": "big5-hkscs", "utf-16-le": "utf-16le", "utf-16-be": "utf-16be"}


def _charset(text: bytes) -> str:
    """The IANA charset of fixed text, as the text reader tells its encoding."""
    from ..model import ReadError
    from ..readers.txt import decode

    try:
        encoding = decode(text)[1]
    except ReadError:  # not reached: text that cannot be read is not fixed
        return "utf-8"
    return _CHARSETS.get(encoding, encoding)


def _download(data: bytes, filename: str, tag: str, media_type: str, headers: dict[str, str]) -> Response:
    stem, suffix = Path(filename).stem, Path(filename).suffix
    name = f"{stem}-{tag}{suffix}"
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in name)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition, **headers})


def _rule_doc(rule) -> dict:
    """``gwlint rule --format json`` plus the short Chinese label the audit report uses."""
    from ..data import load_toml

    doc = rule.doc()
    doc["label"] = load_toml("audit.toml").get("rule_labels", {}).get(rule.code, rule.name)
    return doc


@lru_cache(maxsize=1)
def _all_rule_docs() -> bytes:
    """GET /v1/rules, serialised once: the rules do not change while the service runs, and building the 80 KB
    answer each time was the dearest work a flood of requests could ask of the event loop."""
    from ..rules import all_rules

    return JSONResponse([_rule_doc(r) for r in all_rules()]).body


# ---------------------------------------------------------------- OpenAPI of the upload
def _upload_body(with_unsafe: bool = False) -> dict:
    props: dict[str, Any] = {
        "file": {"type": "string", "format": "binary", "description": "公文草稿（.docx/.pdf/.txt/.md）"},
    }
    for key in OPTION_KEYS:
        props[key] = {"type": "string"}
    if with_unsafe:
        props["unsafe"] = {"type": "boolean"}
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {"requestBody": {"required": True, "description": "multipart 表单（字段 file），或原始文件内容（用 ?filename= 给出文件名）", "content": {
        "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": props}},
        DOCX_MIME: binary, "application/pdf": binary,
        "text/plain": {"schema": {"type": "string"}}, "application/octet-stream": binary,
    }}}


_ERRORS = {code: {"model": schema.Problem, "description": desc} for code, desc in (
    (400, "参数或表单有误"), (401, "缺少或错误的访问令牌（设置了 --token 时）"), (413, "文件超过上传上限"),
    (415, "不支持的文件类型"), (503, "检查超时、超出内存上限，或服务繁忙"))}


def _options(profile: Optional[str] = Query(None, description="政策配置方案，如 jiangxi-2019、national-2024"),
             select: Optional[str] = Query(None, description="只启用这些规则（逗号分隔的代码或前缀，如 GW1,GW801）"),
             ignore: Optional[str] = Query(None, description="忽略这些规则（代码或前缀）"),
             fail_on: Optional[str] = Query(None, description="failed 的判定级别：info / warning / error"),
             min_severity: Optional[str] = Query(None, description="只报告不低于该级别的问题")) -> dict:
    return {"profile": profile, "select": select, "ignore": ignore, "fail_on": fail_on, "min_severity": min_severity}


# ---------------------------------------------------------------- the app
def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    from fastapi_offline import FastAPIOffline

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state: _State = app.state.gw
        # forkserver: workers fork from a small warm server process, not from this
        # threaded one (whose sockets and threads they must not inherit)
        guard = Guard(settings.workers, settings.limits, start_method="forkserver")
        started = time.monotonic()

        async def warm_one() -> None:
            await anyio.to_thread.run_sync(partial(guard.run, jobs.warm, limits=UNLIMITED))

        async with anyio.create_task_group() as tg:
            for _ in range(settings.workers):
                tg.start_soon(warm_one)
        state.guard = guard
        log.info("gwlint %s: %d 个检查进程就绪（%.1f 秒）", __version__, settings.workers, time.monotonic() - started)
        try:
            yield
        finally:
            state.guard = None
            await anyio.to_thread.run_sync(guard.close)

    app = FastAPIOffline(
        title="gwlint", version=__version__, lifespan=lifespan, static_url="/docs-assets",
        description="公文草稿检查服务：上传 .docx/.pdf/.txt，返回问题（与 `gwlint --format json` 相同的对象）、"
                    "识别出的公文结构，或带批注、修订的 .docx。设置了 `--token` 时，/v1 下的接口需要请求头 "
                    "`Authorization: Bearer <令牌>`。",
        swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from the internet
    )
    app.state.gw = _State(settings)
    auth = [Depends(require_token)]

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/healthz", response_model=schema.Health, summary="健康检查")
    async def healthz(request: Request) -> JSONResponse:
        state = _state(request)
        ready = state.guard is not None
        return JSONResponse({"status": "ok" if ready else "starting", "version": __version__,
                             "workers": settings.workers}, status_code=200 if ready else 503)

    @app.get("/v1/info", response_model=schema.Info, summary="服务信息（页面用）")
    async def info(request: Request) -> JSONResponse:
        state = _state(request)
        profiles = [{"name": k, "title": str(v.get("title", k))} for k, v in builtin_profiles().items()]
        profiles += [{"name": k, "title": str(v.get("title", k))} for k, v in state.config.user_profiles.items()]
        return JSONResponse({
            "version": __version__, "profiles": profiles, "default_profile": state.config.profile_name,
            "max_upload_bytes": settings.max_upload, "timeout_seconds": settings.timeout,
            "max_memory_bytes": settings.max_memory, "token_required": bool(settings.token),
            "fix_available": _fix_available(), "accepted": list(SUPPORTED),
        })

    @app.get("/v1/rules", dependencies=auth, response_model=list[schema.RuleDoc], summary="全部规则的说明",
             responses={401: _ERRORS[401]})
    async def rules() -> Response:
        return Response(_all_rule_docs(), media_type="application/json")

    @app.get("/v1/rules/{code}", dependencies=auth, response_model=schema.RuleDoc, summary="一条规则的说明",
             responses={404: {"model": schema.Problem, "description": "没有这条规则"}, 401: _ERRORS[401]})
    async def rule(code: str) -> JSONResponse:
        from ..rules import rule_by_code

        r = rule_by_code(code.upper())
        if r is None:
            raise _problem(404, f"没有规则 {code}。GET /v1/rules 列出全部规则。")
        return JSONResponse(_rule_doc(r))

    @app.post("/v1/check", dependencies=auth, response_model=schema.CheckReport, summary="检查一份草稿",
              openapi_extra=_upload_body(), responses=_ERRORS)
    async def check(request: Request, filename: Optional[str] = Query(None, description="原始请求体的文件名（决定类型）"),
                    options: dict = Depends(_options)) -> JSONResponse:
        """返回问题列表（与 `gwlint --format json` 相同的对象）、计数、识别出的结构和各段文字。
        无法读取的文件返回 200 和一条 GW001。"""
        data, name, cfg = await _take(request, filename, options)
        t0 = time.perf_counter()
        report = await _run(request, jobs.check, data, name, cfg)
        report["elapsed_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        return JSONResponse(report)

    @app.post("/v1/annotate", dependencies=auth, summary="生成带批注的 .docx", openapi_extra=_upload_body(),
              responses={200: {"content": {DOCX_MIME: {}}, "description": "带批注的 .docx 副本"},
                         422: {"model": schema.Problem, "description": "文件无法读取"}, **_ERRORS})
    async def annotate(request: Request, filename: Optional[str] = Query(None),
                       options: dict = Depends(_options)) -> Response:
        """把每个问题作为 Word 批注写入上传的 .docx 副本并返回。只接受 .docx。"""
        from ..annotate import AnnotateError

        data, name, cfg = await _take(request, filename, options)
        if Path(name).suffix.lower() != ".docx":
            raise _problem(415, "批注版只能由 .docx 生成；PDF 和文本请用 /v1/check 查看问题。")
        try:
            out, comments, findings = await _run(request, jobs.annotate, data, name, cfg)
        except AnnotateError as exc:
            raise _problem(422, str(exc)) from None
        return _download(out, name, "批注", DOCX_MIME, {"X-Gwlint-Comments": str(comments),
                                                       "X-Gwlint-Findings": str(findings)})

    @app.post("/v1/fix", dependencies=auth, summary="生成带修订的 .docx（或修正后的文本）",
              openapi_extra=_upload_body(with_unsafe=True),
              responses={200: {"content": {DOCX_MIME: {}, "text/plain": {}}, "description": "修正后的文件"},
                         422: {"model": schema.Problem, "description": "文件无法读取"},
                         501: {"model": schema.Problem, "description": "本版本没有自动修正"}, **_ERRORS})
    async def fix(request: Request, filename: Optional[str] = Query(None),
                  unsafe: bool = Query(False, description="也应用需起草人确认的修改（措辞类）"),
                  options: dict = Depends(_options)) -> Response:
        """.docx 返回以 Word 修订（作者 gwlint）标出修改的副本；.txt/.md 返回修正后的文本。PDF 不能修正。"""
        if not _fix_available():
            raise _problem(501, "此版本的 gwlint 尚不支持自动修正（修订版）；请用 /v1/annotate 下载批注版。")
        from ..fixes import FixError

        data, name, cfg = await _take(request, filename, options)
        suffix = Path(name).suffix.lower()
        if suffix not in (".docx", ".txt", ".md"):
            raise _problem(415, "自动修正只适用于 .docx 原稿和纯文本；PDF 是版式文件，不能修正。")
        try:
            out = await _run(request, jobs.fix, data, name, cfg, unsafe)
        except FixError as exc:
            raise _problem(422, str(exc)) from None
        # fixed text keeps its encoding (GB18030, UTF-16…): the charset says which, or clients decode it as UTF-8
        media = DOCX_MIME if suffix == ".docx" else f"text/plain; charset={await anyio.to_thread.run_sync(_charset, out)}"
        return _download(out, name, "修订" if suffix == ".docx" else "修正", media, {})

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        # the message may quote the document: the log gets the type and the trace only
        log.error("internal error on %s %s: %s", request.method, request.url.path, type(exc).__name__,
                  exc_info=(type(exc), exc, exc.__traceback__) if log.isEnabledFor(logging.DEBUG) else None)
        return JSONResponse({"detail": f"内部错误（{type(exc).__name__}），该文件未完成检查。"}, status_code=500)

    app.add_middleware(_AccessLog)
    return app


class _AccessLog:
    """One log line per request: method, path (no query: a file name may be there), status, time."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        status = 0

        async def send_(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_)
        finally:
            log.info("%s %s %d %.0f ms", scope["method"], scope["path"], status, (time.perf_counter() - t0) * 1000)


def describe_limits(settings: Settings) -> str:
    from ..guard import format_size

    t = format_seconds(settings.timeout) if settings.timeout else "不限"
    m = format_size(settings.max_memory) if settings.max_memory else "不限"
    return f"上传上限 {settings.max_upload_mb:g} MB，每份文件检查时间上限 {t}、内存上限 {m}"
