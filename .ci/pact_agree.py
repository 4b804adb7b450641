"""Holds `clientreg-mock verify --pact --format json` and `pact verifier -j` to the same verdict on
every interaction of one pact; with `all`, every interaction must also pass. Prints one line.

Usage: python3 pact_agree.py NAME all|some OURS.json THEIRS.json
"""
import json
import sys

name, want, ours_file, theirs_file = sys.argv[1:5]
ours = {t["name"]: t["outcome"] == "pass" for t in json.load(open(ours_file))["trials"]}
theirs = {
    r["description"]: r["result"] == "OK"
    for r in json.load(open(theirs_file))["interactionResults"]
}
differ = sorted(d for d in ours.keys() | theirs.keys() if ours.get(d) != theirs.get(d))
failed = sum(not ok for ok in ours.values())
print(
    f"{name}: {len(ours)} interactions, {failed} failed, the two verifiers agree on "
    f"{len(ours | theirs) - len(differ)} of {len(ours | theirs)}"
)
if differ:
    sys.exit(f"the verifiers disagree on: {differ}")
if want == "all" and failed:
    sys.exit("an interaction failed")
