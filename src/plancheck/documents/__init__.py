"""Reading documents: decoding, normalisation, and splitting into blocks."""

from .read import Document, document_from_text, read_document
from .segment import Paragraph, Table, segment

__all__ = ["Document", "document_from_text", "read_document", "Paragraph", "Table", "segment"]
