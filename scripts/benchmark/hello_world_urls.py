"""The hello-world view of scripts/benchmark/hello_world.py."""

from django.http import HttpResponse
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls


def hello(request):
    return HttpResponse("Hello, world")


# The admin's addresses only because the middleware looks them up (the admin's own security policy).
urlpatterns = [path("", hello), path("admin/", include(wagtailadmin_urls))]
