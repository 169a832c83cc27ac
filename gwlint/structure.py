"""Moved to :mod:`gwlint.analysis.structure`; this name stays for existing imports."""
import sys

from .analysis import structure as _moved

sys.modules[__name__] = _moved
