"""Schemathesis hooks for this project's documents (loaded by .ci/run-schemathesis).

Teaches Schemathesis what the contract states but OpenAPI cannot express, so that it can
generate requests the contract accepts; nothing else is changed or filtered.

- `jwk-set` (Autional `CreateClientRequest.jwks`): a string holding a JSON object with a
  `keys` array (RFC 7517 §5). OpenAPI 3.0 cannot describe the content of a string, so the
  document names the format and its description says what it means.

- Known users (Gropius `UpdateAuthClientInput.clientCredentialFlowUser`): the contract says an
  update must name a user the server knows (a documented `404` otherwise), and which users it
  knows is the server's state. A generated update that names a user names the mock's
  development user, so that the stateful phase, which updates a client it has just created,
  does not take the user's `404` for the client's ("created resource not found"). The user's
  `404` is exercised by the trials and the conformance suite.
"""

import json

import schemathesis
from hypothesis import strategies as st

_json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_keys = st.lists(st.dictionaries(st.text(max_size=8), _json_scalars, max_size=3), max_size=3)
_extra = st.dictionaries(st.text(max_size=8).filter(lambda k: k != "keys"), _json_scalars, max_size=2)

schemathesis.openapi.format(
    "jwk-set",
    st.builds(lambda keys, extra: json.dumps({**extra, "keys": keys}), _keys, _extra),
)


_UPDATE = "PUT /auth/api/login/client/{id}"
_KNOWN_USER = "dev-user"


@schemathesis.hook
def map_body(context, body):  # type: ignore[no-untyped-def]
    if (
        context.operation is not None
        and context.operation.label == _UPDATE
        and isinstance(body, dict)
        and isinstance(body.get("clientCredentialFlowUser"), str)
    ):
        return {**body, "clientCredentialFlowUser": _KNOWN_USER}
    return body
