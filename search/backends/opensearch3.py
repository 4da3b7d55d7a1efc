from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from .engine import LanguageBackendMixin, LanguageIndexMixin, TypoTolerantQueryCompiler


class OpenSearch3LanguageIndex(LanguageIndexMixin, OpenSearch3SearchBackend.index_class):
    pass


class OpenSearch3QueryCompiler(TypoTolerantQueryCompiler, OpenSearch3SearchBackend.query_compiler_class):
    pass


class OpenSearch3LanguageBackend(LanguageBackendMixin, OpenSearch3SearchBackend):
    index_class = OpenSearch3LanguageIndex
    query_compiler_class = OpenSearch3QueryCompiler


SearchBackend = OpenSearch3LanguageBackend
