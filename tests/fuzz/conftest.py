"""The fuzz suite's rig: the product's web app on a scanned sample company, over real HTTP.

Bounded for CI: QBOT_FUZZ_EXAMPLES examples per test (default 100: about 30 s for both
tests on a quiet 2-core machine); `python -m bench fuzz --bodies N` is the long run.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from pydantic import SecretStr
from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlmodel import select

from bench._fuzz_requests import Corpus, StateProbe, case_requests, form_requests
from bot.app import create_app
from bot.serving import ThreadedServer
from bot.slack_install import oauth_settings
from bot.web import create_web
from core.adapters.crypto import TokenCipher
from core.bootstrap import build_services
from core.domain.decision import Route
from core.models import ProposedAction
from core.settings import load_settings
from sandbox.slack.server import SlackSimulator
from tests.conftest import require_shared
from tests.harness import STRANGER, Loop, scanned_loop

T = TypeVar("T")
SECRET = "qbot-fuzz-signing-secret"
VERIFIER = "qbot-fuzz-verifier-token"

FUZZ = settings(
    max_examples=int(os.environ.get("QBOT_FUZZ_EXAMPLES", "100")),
    deadline=None,  # one example is an HTTP round trip (and a database write when refused)
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,  # no example database left behind in the tree
)


class DataChooser:
    """bench._fuzz_requests's Chooser on hypothesis's `data`, so failures shrink."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def pick(self, options: list[T] | tuple[T, ...]) -> T:
        return self.data.draw(st.sampled_from(list(options)))

    def number(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))


@dataclass
class HttpRig:
    """A web app served over HTTP, the corpus to break, and the database to watch."""

    http: httpx.Client
    corpus: Corpus
    probe: StateProbe

    def send(self, method: str, path: str, content: bytes, headers: dict[str, str]) -> Any:
        return self.http.request(method, path, content=content or None, headers=headers)


@dataclass
class FuzzRig(HttpRig):
    loop: Loop


@pytest.fixture
def fuzz_rig(engine: Engine, database_url: str) -> Iterator[FuzzRig]:
    fixtures = require_shared("fixtures")
    with scanned_loop(engine, database_url) as loop:
        settings_ = loop.services.settings.model_copy(
            update={"qbo_webhook_verifier_token": SecretStr(VERIFIER)}
        )
        services = dataclasses.replace(loop.services, settings=settings_)
        app = create_app(services, loop.client, SECRET)
        server = ThreadedServer(create_web(services, app, signing_secret=SECRET)).start()
        extra: list[dict[str, Any]] = []
        with services.uow.session() as session:
            drafts = select(ProposedAction).where(
                ProposedAction.route == Route.DRAFT_FOR_APPROVAL.value
            )
            for action in session.exec(drafts.limit(3)).all():
                if action.slack_ts:
                    extra += case_requests(
                        action.id or 0,
                        action.version,
                        action.slack_channel or "",
                        action.slack_ts,
                        STRANGER,  # may not decide: even an unbroken click changes nothing
                        loop.ssim.response_url(),
                    )
        # the Slack forms, submitted by someone who may not submit a change
        invoice = loop.company.entities()["Invoice"][0]["Id"]
        extra += form_requests(
            loop.company.realm_id, invoice, loop.services.settings.slack_channel, STRANGER,
            loop.ssim.response_url(),
        )  # fmt: skip
        corpus = Corpus.load(fixtures, SECRET, VERIFIER, loop.ssim.response_url(), extra)
        try:
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
                yield FuzzRig(http, corpus, StateProbe(engine), loop)
        finally:
            server.stop()


class InstallFuzzRig(HttpRig):
    """qbot's web app in OAuth mode (install in any workspace), on a migrated database."""


@pytest.fixture
def install_rig(engine: Engine, database_url: str) -> Iterator[InstallFuzzRig]:
    fixtures = require_shared("fixtures")
    with SlackSimulator() as ssim:
        settings_ = load_settings(
            QBOT_DATABASE_URL=database_url,
            SLACK_SIGNING_SECRET=SECRET,
            QBOT_TOKEN_KEYS=TokenCipher.generate_key(),
            **ssim.oauth_settings(),
        )
        services = build_services(settings_, engine=engine)
        client = WebClient(base_url=ssim.base_url, retry_handlers=[])
        app = create_app(services, client, SECRET, oauth=oauth_settings(services))
        server = ThreadedServer(create_web(services, app, signing_secret=SECRET)).start()
        corpus = Corpus.load(fixtures, SECRET, VERIFIER, ssim.response_url())
        try:
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
                yield InstallFuzzRig(http, corpus, StateProbe(engine))
        finally:
            server.stop()
