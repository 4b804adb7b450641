// A short scenario against the mock server, through TypeScript types generated from the contract
// with openapi-typescript and calls made with openapi-fetch (see README.md, "From TypeScript",
// and .ci/run-clients).
//
// Usage: node scenario.js BASE_URL   (the mock server, started with its defaults)

import createClient from "openapi-fetch";
import type { paths as AutionalPaths } from "./autional.js";
import type { paths as GropiusPaths } from "./gropius-login.js";
import type { paths as AdminPaths } from "./mock-admin.js";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8080";
const AUTIONAL_PATH = "/internal/oauth/clients";

function check(condition: boolean, what: string): void {
  if (!condition) {
    console.error(`FAILED: ${what}`);
    process.exit(1);
  }
  console.log(`ok: ${what}`);
}

const autional = createClient<AutionalPaths>({ baseUrl, headers: { "X-API-Key": "dev-api-key" } });
const gropius = createClient<GropiusPaths>({ baseUrl, headers: { Authorization: "Bearer dev-admin-token" } });
// A mock started with --admin-key asks for it on its admin API: the same key, as Bearer.
const adminKey = process.env.CLIENTREG_MOCK_ADMIN_KEY;
const admin = createClient<AdminPaths>({ baseUrl, headers: adminKey ? { Authorization: `Bearer ${adminKey}` } : {} });

await admin.POST("/__mock/reset", { params: { query: {} } });

const tenant = { header: { "X-Tenant-ID": "tenant-ts" } };
const created = await autional.POST(AUTIONAL_PATH, {
  params: tenant,
  body: { name: "From TypeScript", redirect_uris: ["https://app.example.com/callback"] },
});
check(created.response.status === 201, "Autional create answers 201");
check(created.data?.code === 0 && created.data.data.client_id !== undefined, "the envelope says code 0");

const refused = await autional.POST(AUTIONAL_PATH, {
  params: tenant,
  body: { name: "Public", redirect_uris: ["http://a.example/cb"] },
});
check(refused.response.status === 400, "an http redirect URI off loopback is refused with 400");
check(refused.error?.code === 40000002, "with business code 40000002");

const client = await gropius.POST("/auth/api/login/client", {
  body: { name: "From TypeScript", redirectUrls: ["https://example.com/oauth/callback"], validScopes: ["backend"] },
});
check(client.response.status === 201 && client.data?.isInternal === false, "Gropius create answers 201");

const notAdmin = await createClient<GropiusPaths>({ baseUrl, headers: { Authorization: "Bearer dev-user-token" } })
  .POST("/auth/api/login/client", { body: { name: "c", redirectUrls: [], validScopes: [] } });
check(notAdmin.response.status === 403, "a non-admin token is refused with 403");
check(notAdmin.error?.message === "Forbidden resource", "with Gropius's message");

const fault = await admin.POST("/__mock/faults", {
  body: {
    method: "POST",
    path: AUTIONAL_PATH,
    status: 503,
    body: "maintenance",
    headers: [{ name: "retry-after", value: "5" }],
    times: 1,
  },
});
check(fault.response.status === 201 && fault.data?.id !== undefined, "a fault is added");
const faulted = await autional.POST(AUTIONAL_PATH, {
  params: tenant,
  body: { name: "Faulted", redirect_uris: ["https://app.example.com/callback"] },
});
check(faulted.response.status === 503 && faulted.response.headers.get("retry-after") === "5", "the fault answers 503 once");

const journal = await admin.GET("/__mock/journal", { params: { query: { service: "autional" } } });
check(journal.data?.entries.length === 3, "the journal holds the 3 Autional calls");

const stored = await admin.GET("/__mock/autional/clients", { params: { query: { tenant: "tenant-ts" } } });
check(stored.data?.length === 1, "one client stored");
await admin.POST("/__mock/reset", { params: { query: {} } });
const emptied = await admin.GET("/__mock/autional/clients", { params: { query: { tenant: "tenant-ts" } } });
check(emptied.data?.length === 0, "reset forgets it");
