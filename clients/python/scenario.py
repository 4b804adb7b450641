"""A short scenario against the mock server, through Python clients generated from the contract
with openapi-python-client (see README.md, "From Python", and .ci/run-clients).

Usage: python scenario.py BASE_URL [CA_FILE]   (the mock server, started with its defaults;
CA_FILE: the CA to trust for an https BASE_URL, as `clientreg-mock --tls --tls-ca-out` writes it)
"""

import os
import sys

from autional_client import AuthenticatedClient as AutionalClient
from autional_client.api.o_auth_internal import create_client
from autional_client.models import CreateClientEnvelope, CreateClientRequest, ErrorEnvelope, GrantType
from gropius_login_client import AuthenticatedClient as GropiusClient
from gropius_login_client.api.login_api import create_auth_client
from gropius_login_client.models import AuthClient, AuthClientScope, CreateAuthClientInput, HttpError
from mock_admin_client import Client as AdminClient
from mock_admin_client.api.mock_admin import add_fault, journal, list_autional_clients, reset
from mock_admin_client.models import FaultCreated, FaultHeader, FaultSpec, JournalPage, ServiceName

AUTIONAL_PATH = "/internal/oauth/clients"


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"FAILED: {what}")
    print(f"ok: {what}")


def main(base_url: str, ca_file: str | None) -> None:
    # httpx's `verify`: a CA file to trust (an https mock), else the system's.
    verify: str | bool = ca_file if ca_file else True
    # Autional guards with an API key header, not a Bearer token: the generator must be told.
    autional = AutionalClient(
        base_url=base_url, token="dev-api-key", auth_header_name="X-API-Key", prefix="", verify_ssl=verify
    )
    gropius = GropiusClient(base_url=base_url, token="dev-admin-token", verify_ssl=verify)
    # A mock started with --admin-key asks for it on its admin API: the same key, as Bearer.
    admin_key = os.environ.get("CLIENTREG_MOCK_ADMIN_KEY")
    admin_headers = {"Authorization": f"Bearer {admin_key}"} if admin_key else {}
    admin = AdminClient(base_url=base_url, verify_ssl=verify, headers=admin_headers)

    reset.sync_detailed(client=admin)

    created = create_client.sync_detailed(
        client=autional,
        x_tenant_id="tenant-py",
        body=CreateClientRequest(
            name="From Python",
            redirect_uris=["https://app.example.com/callback"],
            grant_types=[GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN],
        ),
    )
    check(created.status_code == 201, "Autional create answers 201")
    envelope = created.parsed
    check(isinstance(envelope, CreateClientEnvelope) and envelope.code == 0, "the envelope says code 0")

    refused = create_client.sync_detailed(
        client=autional,
        x_tenant_id="tenant-py",
        body=CreateClientRequest(name="Public", redirect_uris=["http://a.example/cb"]),
    )
    error = refused.parsed
    check(refused.status_code == 400, "an http redirect URI off loopback is refused with 400")
    check(isinstance(error, ErrorEnvelope) and error.code == 40000002, "with business code 40000002")

    client = create_auth_client.sync_detailed(
        client=gropius,
        body=CreateAuthClientInput(
            name="From Python",
            redirect_urls=["https://example.com/oauth/callback"],
            valid_scopes=[AuthClientScope.BACKEND],
        ),
    )
    check(client.status_code == 201 and isinstance(client.parsed, AuthClient), "Gropius create answers 201")

    not_admin = create_auth_client.sync_detailed(
        client=GropiusClient(base_url=base_url, token="dev-user-token", verify_ssl=verify),
        body=CreateAuthClientInput(name="c", redirect_urls=[], valid_scopes=[]),
    )
    forbidden = not_admin.parsed
    check(not_admin.status_code == 403, "a non-admin token is refused with 403")
    check(isinstance(forbidden, HttpError) and forbidden.message == "Forbidden resource", "with Gropius's message")

    fault = add_fault.sync_detailed(
        client=admin,
        body=FaultSpec(
            method="POST",
            path=AUTIONAL_PATH,
            status=503,
            body="maintenance",
            headers=[FaultHeader(name="retry-after", value="5")],
            times=1,
        ),
    )
    check(fault.status_code == 201 and isinstance(fault.parsed, FaultCreated), "a fault is added")
    faulted = create_client.sync_detailed(
        client=autional,
        x_tenant_id="tenant-py",
        body=CreateClientRequest(name="Faulted", redirect_uris=["https://app.example.com/callback"]),
    )
    check(faulted.status_code == 503 and faulted.headers.get("retry-after") == "5", "the fault answers 503 once")

    page = journal.sync_detailed(client=admin, service=ServiceName.AUTIONAL)
    entries = page.parsed
    check(isinstance(entries, JournalPage) and len(entries.entries) == 3, "the journal holds the 3 Autional calls")

    stored = list_autional_clients.sync_detailed(client=admin, tenant="tenant-py")
    check(stored.status_code == 200 and isinstance(stored.parsed, list) and len(stored.parsed) == 1, "one client stored")
    reset.sync_detailed(client=admin)
    emptied = list_autional_clients.sync_detailed(client=admin, tenant="tenant-py")
    check(isinstance(emptied.parsed, list) and not emptied.parsed, "reset forgets it")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080", sys.argv[2] if len(sys.argv) > 2 else None)
