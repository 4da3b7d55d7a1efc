from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MissedIndexUpdate(models.Model):
    """An index update the engine did not take (it was down); `manage.py search_catch_up` replays it."""

    ADD = "add"
    DELETE = "delete"

    backend = models.CharField(max_length=20)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=[(ADD, "add"), (DELETE, "delete")])
    missed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["backend", "content_type", "object_id"], name="one_missed_update_per_object"
            )
        ]

    @classmethod
    def record(cls, backend, obj, action):
        cls.objects.update_or_create(
            backend=backend,
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
            object_id=str(obj.pk),
            defaults={"action": action},
        )


class SearchQueryStat(models.Model):
    """How often a (normalised) query was searched for, per language and day, and whether it found anything."""

    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="one_query_stat_per_day")]

    @classmethod
    def record(cls, language, query, found_anything):
        """Counts one search: one query, once the day's row for it exists."""
        key = {"language": language, "query": query.lower()[:200], "day": timezone.localdate()}
        counted = {
            "searches": F("searches") + 1,
            "zero_result_searches": F("zero_result_searches") + (0 if found_anything else 1),
        }
        if not cls.objects.filter(**key).update(**counted):
            cls.objects.get_or_create(**key)  # the first search of the day (or a race with another)
            cls.objects.filter(**key).update(**counted)
