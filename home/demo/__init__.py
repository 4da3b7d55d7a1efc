"""Bilingual demo content, written from the facts in the seed material, loaded by `manage.py load_demo_content`."""
