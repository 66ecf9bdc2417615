"""Adapters that score eventwire on public evaluation sets (read in place, never copied)."""
