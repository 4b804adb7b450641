// A stand-in for the one service the Gropius login-service calls: the Gropius GraphQL backend
// (a Kotlin/neo4j service). It answers the operations the login-service sends
// (`src/model/graphql/operations/*.graphql`) from users kept in memory; the login-service's
// own code runs unchanged. Usage: node backend-stand-in.js PORT TOKEN
"use strict";
const http = require("http");
const crypto = require("crypto");

const port = Number(process.argv[2]);
const token = process.argv[3];
const users = new Map(); // id -> { id, username, displayName, email, isAdmin }

// A user's id is made from the username, so that the same user has the same id in every run
// (recordings of two runs compare alike).
function idOf(username) {
    const hex = crypto.createHash("sha256").update(String(username)).digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function userData(user) {
    return {
        __typename: "GropiusUser",
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        email: user.email ?? null,
    };
}

const operations = {
    checkUserIsAdmin: ({ id }) => {
        const user = users.get(id);
        return { node: user ? { __typename: "GropiusUser", id: user.id, isAdmin: user.isAdmin } : null };
    },
    getBasicGropiusUserData: ({ id }) => {
        const user = users.get(id);
        return { node: user ? userData(user) : null };
    },
    getUserByName: ({ username }) => {
        const user = [...users.values()].find((u) => u.username === username);
        return { gropiusUser: user ? userData(user) : null };
    },
    getAllGrpiusUsers: () => ({ gropiusUserIds: [...users.keys()] }),
    createNewUser: ({ input }) => {
        const user = { ...input, id: idOf(input.username), isAdmin: input.isAdmin === true };
        users.set(user.id, user);
        return { createGropiusUser: { gropiusUser: userData(user) } };
    },
    getImsUsersByTemplatedFieldValues: () => ({ imss: { __typename: "IMSPage", nodes: [] } }),
};

function answer(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
}

http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
        if (req.method !== "POST") return answer(res, 405, { errors: [{ message: "POST only" }] });
        if (token && req.headers.authorization !== `Bearer ${token}`) {
            return answer(res, 401, { errors: [{ message: "not the internal backend token" }] });
        }
        let request;
        try {
            request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
            return answer(res, 400, { errors: [{ message: "not JSON" }] });
        }
        const name =
            request.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(request.query ?? "")?.[1];
        const operation = operations[name];
        if (!operation) return answer(res, 200, { data: null, errors: [{ message: `unknown operation ${name}` }] });
        return answer(res, 200, { data: operation(request.variables ?? {}) });
    });
}).listen(port, "127.0.0.1");
