// Mints access tokens from a running Gropius login-service through its own OAuth flow
// (authorization code with PKCE, client `gropius-auth-client`, scope `login`, the `userpass`
// login method): one for the default admin, one for a self-registered user (registered on the
// first run, logged in after), and that user's id. Writes them as JSON to OUT (mode 0600) and
// prints nothing of them. Usage: node mint-tokens.js BASE_URL ENDPOINT OUT
// with GROPIUS_ADMIN_USERNAME, GROPIUS_ADMIN_PASSWORD, GROPIUS_USER_USERNAME and
// GROPIUS_USER_PASSWORD in the environment.
"use strict";
const crypto = require("crypto");
const fs = require("fs");

const [base, endpoint, out] = process.argv.slice(2);
const env = (name) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
};

function fail(step, res, text) {
    throw new Error(`${step}: HTTP ${res.status} ${text.slice(0, 300)}`);
}

// One browser: a cookie jar, redirects not followed.
function session() {
    const jar = new Map();
    return async (path, init = {}) => {
        const headers = { ...(init.headers ?? {}) };
        if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
        const res = await fetch(new URL(path, base), { ...init, headers, redirect: "manual" });
        for (const cookie of res.headers.getSetCookie()) {
            const [pair] = cookie.split(";");
            const at = pair.indexOf("=");
            jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
        }
        return res;
    };
}

async function json(res, step) {
    const text = await res.text();
    if (!res.ok) fail(step, res, text);
    return JSON.parse(text);
}

function codeOf(res, step) {
    const location = res.headers.get("location");
    const code = location && new URL(location, base).searchParams.get("code");
    if (!code) fail(step, res, `redirected to ${location ?? "nowhere"}`);
    return code;
}

/** A token for `username`, logging in, or registering first when `register` is set. */
async function token(instance, username, password, register) {
    const browse = session();
    const verifier = crypto.randomBytes(32).toString("base64url");
    const challenge = crypto.createHash("sha256").update(verifier).digest("base64url");
    const redirect = new URL("login", endpoint).toString();
    const query = new URLSearchParams({
        client_id: "gropius-auth-client",
        response_type: "code",
        redirect_uri: redirect,
        scope: "login",
        code_challenge: challenge,
        code_challenge_method: "S256",
        state: crypto.randomBytes(8).toString("hex"),
    });
    const authorize = await browse(`/auth/oauth/authorize?${query}`);
    if (authorize.status >= 400) fail("authorize", authorize, await authorize.text());
    const { csrf } = await json(await browse("/auth/api/internal/auth/csrf"), "csrf");
    const { id: flow } = await json(await browse("/auth/api/internal/auth/flow"), "flow");
    const post = (path, body) =>
        browse(path, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
        });
    let answer = await post(`/auth/api/internal/auth/submit/${instance}/${register ? "register" : "login"}`, {
        username,
        password,
        csrf,
        flow,
    });
    if (register) {
        answer = await post("/auth/api/internal/auth/register/callback", {
            username,
            displayName: username,
            csrf,
            flow,
        });
    }
    const code = codeOf(answer, register ? "register" : "login");
    const tokens = await json(
        await post("/auth/oauth/token", {
            grant_type: "authorization_code",
            client_id: "gropius-auth-client",
            code,
            code_verifier: verifier,
            redirect_uri: redirect,
        }),
        "token",
    );
    return tokens.access_token;
}

async function main() {
    const instances = await json(await fetch(new URL("/auth/api/login/strategy-instance", base)), "strategy instances");
    const userpass = instances.find((i) => i.type === "userpass");
    if (!userpass) throw new Error("no userpass login method");
    const admin = await token(userpass.id, env("GROPIUS_ADMIN_USERNAME"), env("GROPIUS_ADMIN_PASSWORD"), false);
    const username = env("GROPIUS_USER_USERNAME");
    const password = env("GROPIUS_USER_PASSWORD");
    let user;
    try {
        user = await token(userpass.id, username, password, false);
    } catch {
        user = await token(userpass.id, username, password, true);
    }
    const self = await json(
        await fetch(new URL("/auth/api/login/user/self", base), { headers: { authorization: `Bearer ${user}` } }),
        "user/self",
    );
    fs.writeFileSync(
        out,
        JSON.stringify({ admin_token: admin, user_token: user, known_user: self.neo4jId }, null, 2) + "\n",
        { mode: 0o600 },
    );
}

main().catch((e) => {
    console.error(`minting tokens failed: ${e.message}`);
    process.exit(1);
});
