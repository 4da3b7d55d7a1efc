from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from . import language_aware

SearchBackend = language_aware(Elasticsearch9SearchBackend)
