"""dyadwatch: measure, monitor and explain the relationship between two states."""

from .store import DyadwatchError, IngestError, Store

__all__ = ["DyadwatchError", "IngestError", "Store"]
__version__ = "0.1.0"
