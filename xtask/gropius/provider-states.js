// Pact's provider states, made through the real Gropius login-service's own API: the
// state-change URL `pact verifier --state-change-url` (and `clientreg-mock verify --pact`) post
// to when the provider is the real service. Listens on 127.0.0.1:PORT; each POST takes
// {"state", "params", "action"} and answers the values the pact's generators read, as the mock's
// /__mock/pact/provider-states does:
//   an auth client exists     params: the client's fields  → {"id"}
//   a client secret exists    params: {"count", "named"}   → {"id", "fingerprint"}
//   a user exists             params: {"id"}               → {"id"}: only the deployment's known
//                             user exists (a fresh user cannot be made through this API)
// teardown and the empty state answer {}. A state it cannot make is a 409 saying why; an unknown
// state a 400 naming those it knows. Prints one line when listening and nothing of the token.
// Usage: node provider-states.js PORT, with GROPIUS_URL, GROPIUS_ADMIN_TOKEN and
// GROPIUS_KNOWN_USER in the environment.
"use strict";
const http = require("http");

const port = Number(process.argv[2]);
const env = (name) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
};
const base = env("GROPIUS_URL");
const token = env("GROPIUS_ADMIN_TOKEN");
const knownUser = env("GROPIUS_KNOWN_USER");
const CLIENTS = "/auth/api/login/client";
const STATES = ["an auth client exists", "a client secret exists", "a user exists"];
let lastClient = null;

class Refused extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

async function call(method, path, body) {
    const headers = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(new URL(path, base), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Refused(409, `the service answered ${res.status}: ${text.slice(0, 200)}`);
    return JSON.parse(text);
}

async function make(change) {
    const { state, params = {}, action = "setup" } = change;
    if (state === "" || action === "teardown") {
        if (action === "teardown") lastClient = null;
        return {};
    }
    switch (state) {
        case "an auth client exists": {
            const made = await call("POST", CLIENTS, params);
            lastClient = made.id;
            return { id: made.id };
        }
        case "a client secret exists": {
            if (!lastClient) {
                throw new Refused(409, `"a client secret exists" adds to the client an earlier "an auth client exists" made, and none did`);
            }
            const count = params.count ?? 1;
            const named = params.named ?? count;
            if (!Number.isInteger(count) || count < 1 || count > 100 || !Number.isInteger(named) || named < 1 || named > count) {
                throw new Refused(409, "count must be a whole number from 1 to 100, named from 1 to count");
            }
            let fingerprint = null;
            for (let place = 1; place <= count; place++) {
                const made = await call("POST", `${CLIENTS}/${lastClient}/client-secret`);
                if (place === named) fingerprint = made.fingerprint;
            }
            return { id: lastClient, fingerprint };
        }
        case "a user exists": {
            if (params.id !== knownUser) {
                throw new Refused(409, `only the deployment's known user exists here, not ${JSON.stringify(params.id)}`);
            }
            return { id: knownUser };
        }
        default:
            throw new Refused(400, `unknown provider state ${JSON.stringify(state)}: this hook makes ${STATES.map((s) => JSON.stringify(s)).join(", ")}`);
    }
}

const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
        let status = 200;
        let answer;
        try {
            if (req.method !== "POST") throw new Refused(405, "POST a state change");
            answer = await make(JSON.parse(body || "{}"));
        } catch (error) {
            status = error instanceof Refused ? error.status : 400;
            answer = { message: error.message };
        }
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(answer));
    });
});
server.listen(port, "127.0.0.1", () => {
    console.log(`provider states for the real Gropius on http://127.0.0.1:${port}/`);
});
