"""Moved to :mod:`gwlint.analysis.orgs`; this name stays for existing imports."""
import sys

from .analysis import orgs as _moved

sys.modules[__name__] = _moved
