"""Moved to :mod:`gwlint.analysis.sentences`; this name stays for existing imports."""
import sys

from .analysis import sentences as _moved

sys.modules[__name__] = _moved
