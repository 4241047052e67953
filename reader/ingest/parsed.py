"""What a parser hands back: a ParsedArticle, defined in reader.model beside the Article
it becomes once the library gives it an id and entities."""

from reader.model import ParsedArticle

__all__ = ["ParsedArticle"]
