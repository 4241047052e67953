"""The query language of `reader search`, the library filter and saved searches."""

from reader.search.parser import parse_query
from reader.search.query import Query, QueryError
from reader.search.sql import CompiledQuery, compile_query

__all__ = ["CompiledQuery", "Query", "QueryError", "compile_query", "parse_query"]
