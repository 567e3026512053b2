"""Reading articles from files, directories and stdin into plain records."""

from factdb.sources.article import ArticleInput, content_hash
from factdb.sources.readers import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, read_paths

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "ArticleInput", "content_hash", "read_paths"]
