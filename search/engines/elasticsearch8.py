from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from . import language_aware

SearchBackend = language_aware(Elasticsearch8SearchBackend)
