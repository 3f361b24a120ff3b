"""The webhook's shortcut past Starlette: only POST to its path takes it, failures are 500."""

from __future__ import annotations

import logging

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from bot.hot_route import HotRoute

taken: list[str] = []


async def hook(request: Request) -> Response:
    taken.append("hot")
    return JSONResponse({"body": (await request.body()).decode()})


async def routed(request: Request) -> Response:
    taken.append("starlette")
    return PlainTextResponse("via starlette")


def app(endpoint=hook) -> HotRoute:  # type: ignore[no-untyped-def]
    starlette = Starlette(
        routes=[
            Route("/hook", routed, methods=["POST"]),
            Route("/other", routed, methods=["GET", "POST"]),
        ]
    )
    starlette.state.marker = "shared state"
    return HotRoute(starlette, "/hook", endpoint)


def test_post_to_the_path_skips_starlette_and_everything_else_goes_through_it() -> None:
    taken.clear()
    web = app()
    with TestClient(web) as client:
        assert client.post("/hook", content=b"payload").json() == {"body": "payload"}
        assert client.post("/other", content=b"x").text == "via starlette"
        assert client.get("/other").text == "via starlette"
        assert client.get("/hook").status_code == 405  # Starlette's answer for the route
    assert taken == ["hot", "starlette", "starlette"]
    assert web.state.marker == "shared state"


def test_an_endpoint_that_raises_is_logged_and_answered_500(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(request: Request) -> Response:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR), TestClient(app(broken)) as client:
        response = client.post("/hook", content=b"x")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error"}
    assert "POST /hook failed" in caplog.text and "boom" in caplog.text
