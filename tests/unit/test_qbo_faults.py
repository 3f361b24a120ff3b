"""The QuickBooks response classifier, checked against every recorded fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.adapters.qbo.faults import (
    FaultPolicy,
    QboAuthError,
    QboDuplicateError,
    QboInactiveReferenceError,
    QboRequestError,
    QboRetryableError,
    QboStaleObjectError,
    classify,
    parse_fault,
)
from core.errors import FatalError, RetryableError, StaleObjectError

FAST = FaultPolicy(throttle_wait=60.0, server_error_wait=2.0)


def test_every_json_response_fixture_is_a_success(qbo_fixtures: Path) -> None:
    files = sorted(qbo_fixtures.glob("*_response.json"))
    assert len(files) >= 10
    for path in files:
        if path.name.startswith(("oauth_", "webhook_")):
            continue
        body = path.read_text()
        assert parse_fault(body) is None, path.name
        assert classify(200, {}, body) is None, path.name
        assert "time" in json.loads(body), path.name


def test_every_fault_fixture_parses(qbo_fixtures: Path) -> None:
    files = sorted(qbo_fixtures.glob("fault_*"))
    assert len(files) == 7
    for path in files:
        fault = parse_fault(path.read_text())
        assert fault is not None and fault.errors, path.name
        assert fault.first.code and fault.type, path.name


def test_lower_case_401_is_an_auth_error(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "fault_authentication_401.json").read_text()
    err = classify(401, {"intuit_tid": "tid-401"}, body)
    assert isinstance(err, QboAuthError) and isinstance(err, FatalError)
    assert err.code == "3200" and err.intuit_tid == "tid-401"
    assert "AuthenticationFailed" in str(err)


@pytest.mark.parametrize("name", ["fault_throttle_exceeded_429.xml"])
def test_xml_throttle_waits_a_minute_unless_retry_after(qbo_fixtures: Path, name: str) -> None:
    body = (qbo_fixtures / name).read_text()
    err = classify(429, {}, body, FAST)
    assert isinstance(err, QboRetryableError) and err.retry_after == 60.0
    err = classify(429, {"retry-after": "7"}, body, FAST)
    assert isinstance(err, RetryableError) and err.retry_after == 7.0


def test_legacy_403_throttle_is_retryable(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "fault_throttle_exceeded_403_legacy.xml").read_text()
    assert isinstance(classify(403, {}, body, FAST), QboRetryableError)


def test_system_fault_and_bare_5xx_are_retryable(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "fault_system_10000.xml").read_text()
    err = classify(500, {}, body, FAST)
    assert isinstance(err, RetryableError) and err.retry_after == 2.0
    assert isinstance(classify(503, {}, "Service Unavailable", FAST), RetryableError)


def test_query_validation_xml_is_a_request_error(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "fault_query_validation_4001.xml").read_text()
    err = classify(400, {"intuit_tid": "t"}, body)
    assert type(err) is QboRequestError
    assert err.code == "4001" and "too small" in err.detail


def test_duplicate_name(qbo_fixtures: Path) -> None:
    body = (qbo_fixtures / "fault_validation_duplicate_name_6240.json").read_text()
    err = classify(400, {}, body)
    assert isinstance(err, QboDuplicateError) and err.code == "6240"


def test_batch_stale_item_and_inactive_reference(qbo_fixtures: Path) -> None:
    batch = json.loads((qbo_fixtures / "batch_response.json").read_text())
    faults = {i["bId"]: i["Fault"] for i in batch["BatchItemResponse"] if "Fault" in i}
    stale = classify(400, {}, json.dumps({"Fault": faults["bid3"]}))
    assert isinstance(stale, QboStaleObjectError) and isinstance(stale, StaleObjectError)
    inactive = classify(400, {}, json.dumps({"Fault": faults["bid2"]}))
    assert isinstance(inactive, QboInactiveReferenceError)


def test_template_and_fault_inside_http_200() -> None:
    body = json.dumps(
        {
            "Fault": {
                "Error": [{"Message": "m", "Detail": "d", "code": "6000", "element": "Line"}],
                "type": "ValidationFault",
            }
        }
    )
    err = classify(200, {}, body)
    assert isinstance(err, QboRequestError) and err.element == "Line" and err.code == "6000"


def test_unparseable_error_body_still_classifies() -> None:
    err = classify(404, {}, "<html>not found</html>")
    assert isinstance(err, QboRequestError) and err.status == 404
