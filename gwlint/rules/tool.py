"""Family 0 — the tool itself: files that cannot be read, stale suppressions.

GW001 and GW002 are emitted by the engine when a reader fails or a PDF page
has no text layer, GW003 when an in-document ``gwlint: ignore`` directive
silenced nothing (see :mod:`gwlint.suppress`); the classes carry their
documentation.
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
    summary = ("PDF（或 OFD）页面上的文字读不出来，这些页面没有经过检查：没有文字层（扫描件或图片）、字体缺少 Unicode 映射，"
               "或文字竖排、旋转排列。每条问题写明是哪一种、在哪几页。")
    why = ("扫描件只有图像，字体缺少映射时提取出的是编码，竖排或旋转排列的文字逐字断开、连不成句子："
           "gwlint 读不到真正的文字，不能据此判断文件“合格”。")
    bad = "把盖章后的纸质文件扫描成 PDF 再送检；竖排的通知导出成 PDF 送检"
    good = "用排版软件或 Word 直接导出的横排 PDF，或提交 .docx 原稿"
    fix_title = "提交带文字层的 PDF 或 .docx 原稿"


class UnusedSuppression(Rule):
    code = "GW003"
    name = "unused-suppression"
    severity = "warning"
    engine_only = True
    basis = "gwlint"
    summary = "文中的抑制说明（Word 批注“gwlint: ignore GW104”或文本标记 <!-- gwlint: ignore GW104 -->）没有抑制任何问题，或写了不存在的规则代码。"
    why = ("抑制说明是起草人对某处“有意为之”的声明。问题改正后说明仍留在文中，以后同一位置再出现真正的问题也会被悄悄放过；"
           "代码写错的说明则从未生效。及时清理，才能让每条抑制说明都有据可查。")
    bad = "已改为“经省政府同意，各设区市人民政府要……”的句子上仍留着批注“gwlint: ignore GW104”"
    good = "删除不再需要的批注；需要保留的，核对规则代码（gwlint rule 可列出全部规则）"
    fix_title = "删除失效的抑制说明，或改正其中的规则代码"


__register__ = (UnreadableFile, NoTextLayer, UnusedSuppression)
