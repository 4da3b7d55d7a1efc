from django_tasks import task

from .outage import send_missed_updates_now


@task()
def send_missed_updates():
    """The index updates the engine missed while it was away, sent once it answers again."""
    sent, still_missed = send_missed_updates_now()
    return {"sent": sent, "still_missed": still_missed}
