"""Response shapes of the HTTP API, for the OpenAPI document at ``/docs``.

The handlers build plain dicts (the same ``Finding.to_dict`` as ``--format
json``) and return them as they are; these models only describe them.  A test
validates real responses against the published schema, so the two cannot drift.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")  # "Extra keys may be added" (interface.md)


class Location(_Open):
    line: int = Field(description="1 起的行号，即 `gwlint text` 的段落行")
    column: int = Field(description="1 起的列（按字符计）")
    page: Optional[int] = Field(None, description="PDF 的页码，其他格式为 null")
    paragraph: Optional[int] = Field(None, description="源文档中的段落序号")


class EndLocation(_Open):
    line: int
    column: int


class EditModel(_Open):
    line: int
    column: int
    end_column: int
    start: int
    end: int
    replacement: str


class FixModel(EditModel):
    title: str = Field(description="修改说明")
    applicability: str = Field(description="safe：不改变意思；unsafe：需起草人确认")
    edits: List[EditModel]


class FindingModel(_Open):
    path: str
    code: str = Field(examples=["GW104"])
    name: str
    severity: str = Field(description="error / warning / info")
    message: str
    location: Location
    end_location: EndLocation
    excerpt: str
    basis: str = Field(description="依据")
    fix: Optional[FixModel] = None
    data: Optional[Dict[str, Any]] = None


class Counts(_Open):
    error: int
    warning: int
    info: int
    total: int
    by_code: Dict[str, int]


class StructureSummary(_Open):
    doc_number: Optional[str]
    issuer: Optional[str]
    issuer_kind: Optional[str]
    issuer_level: Optional[str]
    title: Optional[str]
    doc_type: Optional[str]
    recipients: List[str]
    cc: List[str]
    date: Optional[str]
    attachments: List[Optional[str]]
    char_count: int
    measures: int
    responsible_units: List[str]


class CheckReport(_Open):
    path: str = Field(description="上传的文件名")
    error: Optional[str] = Field(description="文件无法读取时的原因（同时有一条 GW001）")
    format: Optional[str] = Field(description="docx / pdf / txt")
    failed: bool = Field(description="是否有不低于 fail_on 级别的问题（即命令行的退出码 1）")
    fail_on: str
    profile: str
    counts: Counts
    suppressed: int = Field(description="被文中 gwlint: ignore 抑制的问题数")
    structure: Optional[StructureSummary] = Field(description="识别出的公文结构（同 gwlint inspect）")
    findings: List[FindingModel]
    lines: List[str] = Field(description="各段文字，第 n 项即第 n 行")
    notes: List[str] = Field(default_factory=list,
                             description="读取说明（如按 Big5 编码读取），不是问题，不影响 failed")
    elapsed_ms: float


class RuleDoc(_Open):
    code: str
    name: str
    severity: str
    basis: str
    summary: str
    why: str
    bad: str
    good: str
    fix_title: Optional[str] = None
    label: str = Field(description="简短的中文名称")


class Problem(_Open):
    detail: str = Field(description="中文说明")


class Health(_Open):
    status: str
    version: str
    workers: int


class Info(_Open):
    version: str
    profiles: List[Dict[str, str]]
    default_profile: str
    max_upload_bytes: int
    timeout_seconds: Optional[float]
    max_memory_bytes: Optional[int]
    token_required: bool
    fix_available: bool
    accepted: List[str]
