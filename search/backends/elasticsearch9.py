from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from .engine import LanguageBackendMixin, LanguageIndexMixin, TypoTolerantQueryCompiler


class Elasticsearch9LanguageIndex(LanguageIndexMixin, Elasticsearch9SearchBackend.index_class):
    pass


class Elasticsearch9QueryCompiler(TypoTolerantQueryCompiler, Elasticsearch9SearchBackend.query_compiler_class):
    pass


class Elasticsearch9LanguageBackend(LanguageBackendMixin, Elasticsearch9SearchBackend):
    index_class = Elasticsearch9LanguageIndex
    query_compiler_class = Elasticsearch9QueryCompiler


SearchBackend = Elasticsearch9LanguageBackend
