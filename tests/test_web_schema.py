"""API fuzzing with schemathesis against the app's own OpenAPI spec, over real HTTP on
127.0.0.1: no 5xx, every status, content type and body as the spec says (bounded examples)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from dyadwatch.web.app import create_app
from webfixtures import LiveServer, build_store


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("schema")
    db = build_store(folder, "http://127.0.0.1:9")
    app = create_app(db, token="fuzz-token", watchlist=folder / "w.sqlite", warm=False)
    with LiveServer(app) as server:
        yield server


# The spec as the app publishes it (building the app opens no store). schemathesis's lazy
# fixture loader does not run on pytest 9, so the schema is loaded here and the cases are sent
# to the live server's address.
SPEC = create_app(Path("unused.duckdb"), warm=False).openapi()
schema = schemathesis.openapi.from_dict(SPEC)


@schema.parametrize()
@settings(max_examples=30, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_spec(case: schemathesis.Case, live: LiveServer) -> None:
    case.call_and_validate(base_url=live.url)


def test_spec_is_what_the_server_publishes(live: LiveServer) -> None:
    spec = httpx.get(live.url + "/api/openapi.json").json()
    assert spec == SPEC
    paths = set(spec["paths"])
    assert {"/api/dyads", "/api/series/{a}/{b}", "/api/assess/{a}/{b}", "/api/events/{a}/{b}", "/api/region",
            "/api/watchlist", "/api/watchlist/{a}/{b}", "/api/watchlist/check", "/api/changes"} <= paths
    assert not any(p.startswith("/dyad") or p == "/" for p in paths), "pages are not part of the API"
