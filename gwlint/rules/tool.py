"""Family 0 — the tool itself: files that cannot be read.

GW001 and GW002 are emitted by the engine when a reader fails or a PDF page
has no text layer; the classes carry their documentation.
"""
from __future__ import annotations

from .base import Rule


class UnreadableFile(Rule):
    code = "GW001"
    name = "unreadable-file"
    severity = "error"
    engine_only = True
    basis = "gwlint"
    summary = "文件无法读取（已损坏、已加密、格式不受支持或内容为空），因此没有经过任何检查。"
    why = "读不出的文件若被当作“没有问题”放行，等于没有检查。gwlint 明确报告原因，其他文件照常检查。"
    bad = "草稿.doc（Word 97-2003 格式）、带打开密码的 PDF、下载不完整的 .docx"
    good = "在 Word 或 WPS 中“另存为” .docx；去除密码保护；重新导出 PDF"
    fix_title = "按提示转换或修复文件后重新检查"


class NoTextLayer(Rule):
    code = "GW002"
    name = "no-text-layer"
    severity = "error"
    engine_only = True
    basis = "gwlint"
    summary = "PDF 页面没有可提取的文字层（扫描件或图片），这些页面没有经过检查。"
    why = "扫描件只有图像，gwlint 读不到文字，不能据此判断文件“合格”。"
    bad = "把盖章后的纸质文件扫描成 PDF 再送检"
    good = "用排版软件或 Word 直接导出的 PDF，或提交 .docx 原稿"
    fix_title = "提交带文字层的 PDF 或 .docx 原稿"


__register__ = (UnreadableFile, NoTextLayer)
