from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import querydict_from_html

from demo.loader import DEMO_ADMIN


def signed_in_demo_admin(client):
    client.force_login(get_user_model().objects.get(username=DEMO_ADMIN["username"]))
    return client


def test_account_page_offers_only_time_zones_the_browser_knows(client, db):
    page = signed_in_demo_admin(client).get("/admin/account/")
    options = [
        option["value"]
        for option in BeautifulSoup(page.content, "html.parser").select("#id_locale-current_time_zone option")
    ]
    assert "Europe/Oslo" in options  # the control
    # The machine's own names, which the page's script cannot localise ("Invalid time zone specified").
    assert "localtime" not in options
    assert "Factory" not in options


def test_demo_admin_saves_a_preference_on_the_account_page(client, db):
    client = signed_in_demo_admin(client)
    data = querydict_from_html(client.get("/admin/account/").content.decode())
    assert "name_email-first_name" in data  # Wagtail's name form is part of the same form, and required
    data = data.copy()
    data["locale-current_time_zone"] = "Europe/Oslo"
    response = client.post("/admin/account/", data)
    assert response.status_code == 302
    assert get_user_model().objects.get(username=DEMO_ADMIN["username"]).wagtail_userprofile.current_time_zone == (
        "Europe/Oslo"
    )
