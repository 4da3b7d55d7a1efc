import re

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

from demo.factories import NewsPageFactory

ADDRESS = re.compile(r"https?://[^\s\"'<>]+")


def test_moderation_emails_lead_to_the_sites_own_address(db, mailoutbox, django_capture_on_commit_callbacks):
    users = get_user_model().objects
    editor, moderator = users.get(username="editor-en"), users.get(username="moderator")
    news = Page.objects.get(locale__language_code="en", depth=3, slug="news")
    article = NewsPageFactory(parent=news, slug="for-review", title="For review")
    article.save_revision(user=editor)

    with django_capture_on_commit_callbacks(execute=True):
        workflow_state = article.get_workflow().start(article, editor)  # the moderators are told
        task_state = workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, moderator, "approve")  # the editor is told

    links = [link for message in mailoutbox for link in ADDRESS.findall(message.body)]
    assert any(f"/admin/pages/{article.pk}/edit/" in link for link in links)  # the moderator's link to the editor
    assert any(link.endswith(article.url) for link in links)  # the editor's link to the page, once published
    assert [link for link in links if not link.startswith(settings.WAGTAILADMIN_BASE_URL + "/")] == []
