"""A database connection killed while a page is built (a restart, a failover, an
administrator's pg_terminate_backend) costs the reader nothing: the read is answered
again on a new connection. Against the real PostgreSQL."""

import time

import psycopg
import pytest
from django.db import connection
from django.test import Client

from inventory.tests.factories import PublishedPracticeFactory
from network.tests.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def terminate(pid: int) -> None:
    """Kill a backend from another connection and wait until it is gone."""
    params = connection.settings_dict
    with psycopg.connect(
        dbname=params["NAME"],
        user=params["USER"],
        password=params["PASSWORD"] or None,
        host=params["HOST"],
        port=params["PORT"] or None,
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 5
        while admin.execute(
            "SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]
        ).fetchone():
            assert time.monotonic() < deadline, "the backend outlived its termination"
            time.sleep(0.02)


class KillOnce:
    """An execute wrapper that kills the connection's backend before the first query
    that touches `table`: the queries before it went through, the page is half built."""

    def __init__(self, table: str):
        self.table = table
        self.killed = False

    def __call__(self, execute, sql, params, many, context):
        if not self.killed and self.table in sql:
            self.killed = True
            terminate(connection.connection.info.backend_pid)
        return execute(sql, params, many, context)


def test_a_page_whose_connection_is_killed_mid_request_is_answered():
    PublishedPracticeFactory(title_en="Homework club")
    member = UserFactory()
    client = Client()
    client.force_login(member)  # the session and the member are read first
    kill = KillOnce("inventory_practice")
    with connection.execute_wrapper(kill):
        response = client.get("/en/practices/")
    assert kill.killed
    assert response.status_code == 200
    assert "Homework club" in response.text


def test_a_post_is_not_tried_twice():
    member = UserFactory()
    client = Client(raise_request_exception=False)
    client.force_login(member)
    kill = KillOnce("network_user")
    with connection.execute_wrapper(kill):
        response = client.post(
            "/en/my/profile/edit/", {"first_name": "Ana", "last_name": "Petrova"}
        )
    assert kill.killed
    assert response.status_code == 500
    connection.close()  # as Django does after a request (the test client does not)
