"""kg: a knowledge-graph publisher for business news.

Articles in Spanish and English go in; a validated RDF graph of the deals they
report comes out. The public API is small; everything else is private.
"""

from kg.errors import (
    ConfigError,
    InputError,
    KgError,
    ModelMissingError,
    ValidationFailed,
)
from kg.facts import Amount, Article, Deal, Entity, Facts, Quantity, Role, Span

__version__ = "0.1.0"

__all__ = [
    "Amount",
    "Article",
    "ConfigError",
    "Deal",
    "Entity",
    "Facts",
    "InputError",
    "KgError",
    "ModelMissingError",
    "Quantity",
    "Role",
    "Span",
    "ValidationFailed",
    "__version__",
]
