"""pdfplumber imported without the modules pdfminer needs only for some PDFs (peak RSS, issue 16).

pdfminer imports ``cryptography`` (AES, for encrypted PDFs: ~7 MB of resident
OpenSSL and Rust bindings) and ``charset_normalizer`` (a guess of a byte
string's encoding in a debugging helper: ~2 MB) when it is imported.  A plain
PDF uses neither, and a cold ``gwlint check`` of a .pdf peaked at 72 MB against
a 70 MB target.  :func:`import_pdfplumber` imports pdfplumber while those
module names resolve to stand-ins whose names load the real thing on first use
(a call or an attribute); the stand-ins leave ``sys.modules`` once pdfplumber is
imported, so any later import of them (pdfminer's own, or the caller's) gets the
real module.  A module already imported is used as it is.  (Another thread that imports one of them
while pdfplumber is being imported gets the stand-in, which works for calls and attributes.)
"""
from __future__ import annotations

import importlib
import sys
import threading
import types

# module -> the names pdfminer takes from it with ``from … import`` (None: ``import module``, used by attribute)
DEFERRED: dict[str, tuple[str, ...] | None] = {
    "cryptography.hazmat.backends": ("default_backend",),
    "cryptography.hazmat.primitives.ciphers": ("Cipher", "algorithms", "modes"),
    "charset_normalizer": None,
}
_lock = threading.Lock()


class Deferred:
    """``module.name`` (or the module itself when ``name`` is None), imported when first called or read."""

    __slots__ = ("_module", "_name", "_target")

    def __init__(self, module: str, name: str | None) -> None:
        self._module, self._name, self._target = module, name, None

    def _resolve(self):
        if self._target is None:
            mod = importlib.import_module(self._module)
            self._target = mod if self._name is None else getattr(mod, self._name)
        return self._target

    def __call__(self, *args, **kwargs):
        return self._resolve()(*args, **kwargs)

    def __getattr__(self, attr: str):
        return getattr(self._resolve(), attr)

    def __repr__(self) -> str:
        return f"<deferred {self._module}{'.' + self._name if self._name else ''}>"


def _stand_in(module: str, names: tuple[str, ...] | None) -> types.ModuleType:
    stub = types.ModuleType(module)
    if names is None:
        whole = Deferred(module, None)

        def __getattr__(attr: str):  # PEP 562; a dunder (a repr, introspection) loads nothing
            if attr.startswith("__"):
                raise AttributeError(attr)
            return getattr(whole, attr)

        stub.__getattr__ = __getattr__  # type: ignore[attr-defined]
    else:
        for name in names:
            setattr(stub, name, Deferred(module, name))
    return stub


def import_pdfplumber():
    """``import pdfplumber``, with :data:`DEFERRED` loaded only when pdfminer first uses them."""
    if "pdfminer.pdfdocument" in sys.modules and "pdfplumber" in sys.modules:
        return sys.modules["pdfplumber"]
    with _lock:
        placed = {}
        for module, names in DEFERRED.items():
            if module not in sys.modules:
                placed[module] = sys.modules[module] = _stand_in(module, names)
        try:
            import pdfplumber
        finally:
            for module, stub in placed.items():
                if sys.modules.get(module) is stub:
                    del sys.modules[module]
    return pdfplumber
