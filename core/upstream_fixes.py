"""
Workarounds for gaps in upstream packages, each saying which problem it works around.
Remove a workaround once the versions we pin no longer need it.
"""

from urllib.parse import urlsplit

from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.admin.widgets import AdminPageChooser
from wagtail.api.v2.utils import BadRequestError
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

# Wagtail 8.0's Norwegian catalogue leaves ImageBlock's validation message untranslated, so the
# Norwegian admin showed it in English. Marked here so that our catalogue (locale/nb) carries it.
UNTRANSLATED_UPSTREAM_MESSAGES = [gettext_noop("Please add some alt text for your image or mark it as decorative")]


def recount_children_after_publish(sender, instance, **kwargs):
    """
    wagtail-localize publishes a new translation with ``transaction.on_commit(revision.publish)``
    (wagtail_localize/models.py, ``create_or_update_translation``). When one transaction creates a
    translated parent and then its children (the admin's "translate this page and its subpages",
    or a script), the deferred publish saves the parent as it was before the children existed,
    with ``numchild = 0``. Treebeard then reports no children and Wagtail's router 404s every page
    beneath it. Recount the children whenever a page is published.
    Upstream: https://github.com/wagtail/wagtail-localize/issues/773
    """
    actual = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1).count()
    if actual != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=actual)
        instance.numchild = actual


class QueryKeepingRedirectMiddleware(RedirectMiddleware):
    """
    Wagtail's redirects match a path without its query string and then drop the query:
    ``/nb/news/?topic=x`` (the slug the Norwegian news index had before translation) went to
    ``/nb/nyheter/`` without the topic. When the redirect matched only the path, carry the
    reader's query over. Upstream: https://github.com/wagtail/wagtail/issues/4414
    """

    def process_response(self, request, response):
        redirected = super().process_response(request, response)
        query = request.META.get("QUERY_STRING", "")
        if redirected is response or not query or urlsplit(redirected["Location"]).query:
            return redirected
        full_path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        if get_redirect(request, full_path) is None:  # matched without the query: keep it
            redirected["Location"] = f"{redirected['Location']}?{query}"
        return redirected


class IntegerIdFindMixin:
    """
    For an API endpoint: Wagtail's ``find`` view hands ``?id=`` to the database unchecked
    (``BaseAPIViewSet.find_object`` in wagtail/api/v2/views.py), so ``/api/v2/pages/find/?id=``
    or ``?id=abc`` raised ``ValueError``, a 500. A non-integer id is a 400, like the API's other
    bad parameters. (Wagtail 8.0; not found reported upstream.)
    """

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError as error:
                raise BadRequestError("id must be an integer") from error
        return super().find_object(queryset, request)


class PageChooserNamingItsType(AdminPageChooser):
    """
    Wagtail's page chooser for one page type, its button saying "Choose a page (Person)" in the
    language of each request. Upstream appends the type with ``+=`` in ``__init__``
    (wagtail/admin/widgets/chooser.py), which translates the text then; a block builds its widget
    once per process, so every admin afterwards read the language of the first request that drew
    the block: "Velg en side (Person)" in the English admin. (Wagtail 8.0; not found reported upstream.)
    """

    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models, **kwargs)
        if len(self.target_models) == 1 and self.model is not Page:
            self.choose_one_text = format_lazy(
                "{} ({})", AdminPageChooser.choose_one_text, capfirst(self.model._meta.verbose_name)
            )


def translate_chooser_texts_per_request():
    """
    Wagtail 8.0 imports ``gettext``, not ``gettext_lazy``, in wagtail/admin/viewsets/chooser.py:
    ChooserViewSet's texts ("Choose", "Choose another", "Edit", "Search", "Create") are translated
    once, at import, into LANGUAGE_CODE: every snippet chooser (topics) said "Velg" and "Søk" in
    the English admin.
    The same texts, lazy, so that each request translates them into its admin user's language.
    Runs before any chooser viewset is registered. (Not found reported upstream.)
    """
    from wagtail.admin.viewsets.chooser import ChooserViewSet

    ChooserViewSet.choose_one_text = gettext_lazy("Choose")
    ChooserViewSet.choose_another_text = gettext_lazy("Choose another")
    ChooserViewSet.edit_item_text = gettext_lazy("Edit")
    ChooserViewSet.search_tab_label = gettext_lazy("Search")
    ChooserViewSet.create_action_label = gettext_lazy("Create")


def label_the_choosers_language_filter():
    """
    Wagtail 8.0's chooser modals filter translatable objects (topics) by a ``locale`` field that
    it leaves without a label (LocaleFilterMixin in wagtail/admin/forms/choosers.py), so Django
    names it "Locale" from the field's name, in English in every admin. (Not found reported upstream.)
    """
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    add_locale_field = LocaleFilterMixin.__init__

    def __init__(self, *args, **kwargs):
        add_locale_field(self, *args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = gettext_lazy("Locale")

    LocaleFilterMixin.__init__ = __init__


def connect():
    from wagtail.signals import page_published

    translate_chooser_texts_per_request()
    label_the_choosers_language_filter()

    page_published.connect(recount_children_after_publish, dispatch_uid="recount_children_after_publish")
