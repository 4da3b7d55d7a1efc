"""
Who may translate, edit and publish in which language, and the translation workflow built on it.

wagtail-localize lets anyone with ``wagtail_localize.submit_translation`` translate into any
language, sync and convert to an alias; a translator without publish rights has no way to hand a
translation in. This package scopes those actions to the languages a user holds page permissions
in (``rights``), guards wagtail-localize's views (``views``, mounted over the same addresses in
``core/wagtail_hooks.py``) and lets a translator submit a translation for moderation.
"""
