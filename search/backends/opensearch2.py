from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from .engine import LanguageBackendMixin, LanguageIndexMixin, TypoTolerantQueryCompiler


class OpenSearch2LanguageIndex(LanguageIndexMixin, OpenSearch2SearchBackend.index_class):
    pass


class OpenSearch2QueryCompiler(TypoTolerantQueryCompiler, OpenSearch2SearchBackend.query_compiler_class):
    pass


class OpenSearch2LanguageBackend(LanguageBackendMixin, OpenSearch2SearchBackend):
    index_class = OpenSearch2LanguageIndex
    query_compiler_class = OpenSearch2QueryCompiler


SearchBackend = OpenSearch2LanguageBackend
