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


def tiny_pdf(title: str) -> bytes:
    """A minimal valid one-page PDF (correct xref offsets) showing `title`."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")[:80]
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
