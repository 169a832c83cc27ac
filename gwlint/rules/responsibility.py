"""Placeholder: rules of this module are being written."""

__register__ = ()
