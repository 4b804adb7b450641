"""A Python consumer of Gropius's auth-client API, tested with Pact's own consumer library
(pact-python, over Pact's Rust core): its interactions, declared with Pact's matchers and
generators, are played against Pact's mock server, and the pact it writes is the fixture
`mock-server/tests/fixtures/pact/python-consumer-gropius.json`, which this project's
`verify --pact` and Pact's own verifier both check against the mock.

Regenerate it with `bash .ci/pact-fixture` (installs pact-python 4.2.0 into target/pact-venv).

Usage: python3 pact_consumer.py OUT_DIR
"""

import json
import sys
import urllib.request

from pact import Pact, generate, match

CLIENTS = "/auth/api/login/client"
BODY = {
    "name": "Python Client",
    "redirectUrls": ["https://python.example.com/cb"],
    "validScopes": ["backend"],
}


def call(base, method, path, body=None):
    """One request with an admin token, as the consumer's code sends it; its status and JSON."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer <token>")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as answer:
        return answer.status, json.loads(answer.read() or b"null")


def main(out):
    pact = Pact("python-consumer", "gropius").with_specification("V4")
    bearer = match.regex("Bearer <token>", regex=r"^Bearer \S+$")

    (
        pact.upon_receiving("a new auth client is registered")
        .with_request("POST", CLIENTS)
        .with_header("Authorization", bearer)
        .with_body(BODY, content_type="application/json")
        .will_respond_with(201)
        .with_body(
            {
                "id": match.uuid("4b2b5d1e-7f0c-4d3e-9a8b-1c2d3e4f5a6b"),
                "name": "Python Client",
                "redirectUrls": match.each_like("https://python.example.com/cb", min=1),
                "isValid": match.boolean(True),
                "requiresSecret": match.boolean(True),
                "isInternal": False,
            },
            content_type="application/json",
        )
    )
    (
        pact.upon_receiving("an auth client is read back")
        .given("an auth client exists", BODY)
        .with_request(
            "GET",
            # A path of a client's form, made on the provider from the state's id.
            match.GenericMatcher(
                "regex",
                value=f"{CLIENTS}/4b2b5d1e-7f0c-4d3e-9a8b-1c2d3e4f5a6b",
                regex=CLIENTS + "/[0-9a-f-]{36}",
                generator=generate.provider_state(CLIENTS + "/${id}"),
            ),
        )
        .with_header("Authorization", bearer)
        .will_respond_with(200)
        .with_body(
            {
                "id": match.uuid("4b2b5d1e-7f0c-4d3e-9a8b-1c2d3e4f5a6b"),
                "name": match.str("Python Client"),
                "redirectUrls": match.each_like("https://python.example.com/cb"),
                "censoredClientSecrets": [],
                "isValid": match.boolean(True),
                "requiresSecret": match.boolean(True),
                "isInternal": False,
            },
            content_type="application/json",
        )
    )
    (
        pact.upon_receiving("the auth clients are listed")
        .with_request("GET", CLIENTS)
        .with_header("Authorization", bearer)
        .will_respond_with(200)
        .with_body(
            match.each_like(
                {
                    "id": match.str("login-auth-client"),
                    "name": match.str("Gropius Login"),
                    "redirectUrls": match.each_like("https://gropius.example.com/"),
                    "isValid": match.boolean(True),
                    "requiresSecret": match.boolean(False),
                    "isInternal": match.boolean(True),
                },
                min=1,
            ),
            content_type="application/json",
        )
    )
    (
        pact.upon_receiving("an unknown auth client is not found")
        .with_request("GET", f"{CLIENTS}/no-such-client")
        .with_header("Authorization", bearer)
        .will_respond_with(404)
        .with_body(
            {"statusCode": 404, "message": match.includes("not found")},
            content_type="application/json",
        )
    )

    with pact.serve() as server:
        base = str(server.url).rstrip("/")
        status, created = call(base, "POST", CLIENTS, BODY)
        assert status == 201 and created["name"] == "Python Client", created
        status, read = call(base, "GET", f"{CLIENTS}/{created['id']}")
        assert status == 200 and read["censoredClientSecrets"] == [], read
        status, listed = call(base, "GET", CLIENTS)
        assert status == 200 and len(listed) >= 1, listed
        try:
            call(base, "GET", f"{CLIENTS}/no-such-client")
            raise AssertionError("an unknown client was found")
        except urllib.error.HTTPError as error:
            assert error.code == 404, error.code
    pact.write_file(out, overwrite=True)


if __name__ == "__main__":
    main(sys.argv[1])
