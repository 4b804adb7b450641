"""Schemathesis hooks for this project's documents (loaded by .ci/run-schemathesis).

Teaches Schemathesis the one custom string format the contract declares, so that it can
generate schema-valid values for it; nothing else is changed or filtered.

- `jwk-set` (Autional `CreateClientRequest.jwks`): a string holding a JSON object with a
  `keys` array (RFC 7517 §5). OpenAPI 3.0 cannot describe the content of a string, so the
  document names the format and its description says what it means.
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
