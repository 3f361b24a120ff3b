"""Response bodies shaped like QuickBooks': JSON envelopes, Fault JSON, 401 and XML faults."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from starlette.responses import Response


def server_time(now: datetime) -> str:
    """QuickBooks writes `time` with milliseconds and the server's offset."""
    return now.isoformat(timespec="milliseconds")


def new_tid() -> str:
    return f"1-{uuid.uuid4().hex[:8]}-{uuid.uuid4().hex[:24]}"


def json_response(status: int, payload: dict[str, Any], tid: str) -> Response:
    return Response(
        json.dumps(payload),
        status_code=status,
        media_type="application/json",
        headers={"intuit_tid": tid},
    )


def fault_json(
    now: datetime,
    code: str,
    message: str,
    detail: str,
    element: str = "",
    fault_type: str = "ValidationFault",
) -> dict[str, Any]:
    return {
        "Fault": {
            "Error": [{"Message": message, "Detail": detail, "code": code, "element": element}],
            "type": fault_type,
        },
        "time": server_time(now),
    }


def auth_fault(now: datetime) -> dict[str, Any]:
    """The real 401 body: lower-case `fault/error`, epoch-millisecond `time`."""
    return {
        "warnings": None,
        "intuitObject": None,
        "fault": {
            "error": [
                {
                    "message": "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                    "detail": None,
                    "code": "3200",
                    "element": None,
                }
            ],
            "type": "AUTHENTICATION",
        },
        "report": None,
        "queryResponse": None,
        "batchItemResponse": [],
        "attachableResponse": [],
        "syncErrorResponse": None,
        "requestId": None,
        "time": int(now.timestamp() * 1000),
        "status": None,
        "cdcresponse": [],
    }


def fault_xml(now: datetime, fault_type: str, code: str, message: str, detail: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<IntuitResponse time="{server_time(now)}" xmlns="http://schema.intuit.com/finance/v3">\n'
        f'  <Fault type="{fault_type}">\n'
        f'    <Error code="{code}">\n'
        f"      <Message>{escape(message)}</Message>\n"
        f"      <Detail>{escape(detail)}</Detail>\n"
        "    </Error>\n"
        "  </Fault>\n"
        "</IntuitResponse>"
    )


def throttle_xml(now: datetime) -> str:
    """QuickBooks answers a throttle in XML even when JSON was asked for."""
    return fault_xml(
        now,
        "SERVICE",
        "3001",
        "message=ThrottleExceeded; errorCode=003001; statusCode=429",
        "The request limit was reached.  Try again later",
    )


def xml_response(
    status: int, body: str, tid: str, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        body,
        status_code=status,
        media_type="application/xml",
        headers={"intuit_tid": tid, **(headers or {})},
    )


def injected_fault(status: int, now: datetime, tid: str) -> Response:
    """A transient failure: 429 throttle, 500 system fault or 503 unavailable."""
    if status == 429:
        return xml_response(429, throttle_xml(now), tid)
    if status == 503:
        return Response("Service Unavailable", status_code=503, headers={"intuit_tid": tid})
    body = fault_xml(
        now,
        "SystemFault",
        "10000",
        "An application error has occurred while processing your request",
        "System Failure Error: simulated fault",
    )
    return xml_response(status, body, tid)
