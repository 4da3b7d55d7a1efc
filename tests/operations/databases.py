"""Scratch databases for the operations tests, on the server DATABASE_URL names (never pytest's database)."""

import contextlib
import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRESQL = DATABASE_URL.startswith(("postgres://", "postgresql://"))


def with_database(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _server():
    return psycopg.connect(with_database(DATABASE_URL, "postgres"), autocommit=True)


@contextlib.contextmanager
def scratch_postgresql_database(purpose):
    """A new, empty database on the test server, dropped afterwards: yields its name and address."""
    name = f"newsroom_{purpose}_{uuid.uuid4().hex[:8]}"
    with _server() as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name, with_database(DATABASE_URL, name)
    finally:
        with _server() as server:
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def empty_database(name):
    with _server() as server:
        server.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
