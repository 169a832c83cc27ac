"""libxml2's parse errors told in Chinese, for the readers of XML packages (.docx, .ofd).

libxml2 words its errors in English ("Excessive depth in document: 256, use XML_PARSE_HUGE option"); a
drafter needs to know what is wrong and whether the file is damaged or deliberately built (elements nested
hundreds deep are refused by the parser's resource limit: no editor writes them, the file is not "damaged").
"""
from __future__ import annotations

# libxml2 error codes (lxml.etree.ErrorTypes) → what a drafter is told
_KINDS = {
    3: "部件开头不是 XML",                                    # ERR_DOCUMENT_START
    4: "部件为空或不是 XML",                                  # ERR_DOCUMENT_EMPTY
    5: "根元素结束后还有多余内容",                            # ERR_DOCUMENT_END
    8: "含有无效的字符引用",                                  # ERR_INVALID_CHARREF
    9: "含有 XML 不允许的字符（如空字符）",                   # ERR_INVALID_CHAR
    23: "实体引用缺少分号",                                   # ERR_ENTITYREF_SEMICOL_MISSING
    26: "引用了未定义的实体",                                 # ERR_UNDECLARED_ENTITY
    32: "声明了不支持的字符编码",                             # ERR_UNSUPPORTED_ENCODING
    42: "同一元素的属性重复",                                 # ERR_ATTRIBUTE_REDEFINED
    73: "标签没有正确结束",                                   # ERR_GT_REQUIRED
    76: "开始标签与结束标签不配对",                           # ERR_TAG_NAME_MISMATCH
    77: "内容在中途结束（部件不完整，可能未下载完整）",       # ERR_TAG_NOT_FINISHED
    81: "字节与声明的字符编码不符",                           # ERR_INVALID_ENCODING
    201: "使用了未声明的命名空间前缀",                        # NS_ERR_UNDEFINED_NAMESPACE
}
RESOURCE_LIMIT = 114  # ERR_RESOURCE_LIMIT: nesting deeper than 256 levels, a name or text node past the limits


def is_resource_limit(exc) -> bool:
    return getattr(exc, "code", None) == RESOURCE_LIMIT


def describe(exc) -> str:
    """``exc`` (lxml.etree.XMLSyntaxError) as a Chinese phrase with its position, no English."""
    kind = _KINDS.get(getattr(exc, "code", None), "XML 语法错误")
    line, col = exc.position if getattr(exc, "position", None) else (None, None)
    return f"第 {line} 行第 {col} 列：{kind}" if line else kind


def too_deep_message(part: str, example: str, advice: str = "") -> str:
    return (f"文件的部件 {part} 中元素嵌套超过 256 层（{example}），超出 XML 解析的安全上限。"
            f"办公软件正常保存的公文远达不到这样的深度，它可能是恶意构造的，gwlint 不予读取。{advice}")
