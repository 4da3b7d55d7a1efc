from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .engine import LanguageBackendMixin, LanguageIndexMixin, TypoTolerantQueryCompiler


class Elasticsearch8LanguageIndex(LanguageIndexMixin, Elasticsearch8SearchBackend.index_class):
    pass


class Elasticsearch8QueryCompiler(TypoTolerantQueryCompiler, Elasticsearch8SearchBackend.query_compiler_class):
    pass


class Elasticsearch8LanguageBackend(LanguageBackendMixin, Elasticsearch8SearchBackend):
    index_class = Elasticsearch8LanguageIndex
    query_compiler_class = Elasticsearch8QueryCompiler


SearchBackend = Elasticsearch8LanguageBackend
