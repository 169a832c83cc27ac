"""Moved to :mod:`gwlint.analysis.units`; this name stays for existing imports."""
import sys

from .analysis import units as _moved

sys.modules[__name__] = _moved
