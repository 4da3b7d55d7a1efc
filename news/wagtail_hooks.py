from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.references import in_edited_language

from .models import Topic

register_snippet(Topic)

# The page chooser's search in the edited page's language (core.references). It concerns every app
# and belongs in core/wagtail_hooks.py, which was being reworked when it was added.
hooks.register("construct_page_chooser_queryset", in_edited_language)
