// A Fedify 2.3.6 peer for Serge's interoperability tests (started by web/.../interop/FedifyPeer.java).
//
// It serves one actor, http://127.0.0.1:PORT/users/fedi (Person, an RSA key for HTTP signatures and an Ed25519
// Multikey for object proofs), WebFinger, NodeInfo and an inbox whose HTTP signatures Fedify verifies, plus a
// small JSON control API under /control/ on the same port. It prints "READY <port>" on stdout once listening and
// exits when stdin closes or on SIGTERM/SIGINT. Loopback only, in-memory state, no network beyond loopback.
//
//   node peer.mjs [PORT]          (or PORT=... node peer.mjs; 0 or nothing picks a free port)

import http from "node:http";
import process from "node:process";
import {
  createFederation,
  exportMultibaseKey,
  exportSpki,
  fetchKey,
  generateCryptoKeyPair,
  MemoryKvStore,
  SendActivityError,
  signObject,
  signRequest,
  verifyObject,
} from "@fedify/fedify";
import {
  Activity,
  CryptographicKey,
  Endpoints,
  getTypeId,
  isActor,
  Multikey,
  Object as APObject,
  Person,
} from "@fedify/fedify/vocab";

const IDENTIFIER = "fedi";
const SPECS = ["draft-cavage-http-signatures-12", "rfc9421"];
const MAX_BODY = 1024 * 1024;

const requestedPort = Number(process.argv[2] ?? process.env.PORT ?? 0);
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  console.error(`bad port: ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}

// Fedify looks up acct: handles over https only (lookupWebFinger hard-codes "https:"), and Serge's dev mode
// speaks plain http. Nothing on loopback speaks TLS in these tests, so https to a loopback host is rewritten to
// http. Every outgoing request is also logged for GET /control/outgoing.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const outgoing = [];
const nativeFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  let request = new Request(input, init);
  const url = new URL(request.url);
  if (url.protocol === "https:" && LOOPBACK_HOSTS.has(url.hostname)) {
    // Only unsigned lookups (WebFinger) go this way: a rewritten URL would break an RFC 9421 @target-uri.
    url.protocol = "http:";
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    request = new Request(url, {
      method: request.method,
      headers: request.headers,
      body,
      redirect: request.redirect,
      signal: request.signal,
    });
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new TypeError(`the Fedify peer only talks to loopback, refused ${url.href}`);
  }
  const entry = {
    method: request.method,
    url: request.url,
    signatureSpec: signatureSpecOf(request.headers),
    status: null,
  };
  outgoing.push(entry);
  try {
    const response = await nativeFetch(request);
    entry.status = response.status;
    return response;
  } catch (error) {
    entry.error = String(error);
    throw error;
  }
};

const kv = new MemoryKvStore();
const rsa = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const ed25519 = await generateCryptoKeyPair("Ed25519");

// The server is created first so that the real port (when 0 was asked for) is known before the federation's
// origin is fixed.
const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error("peer: request failed:", error);
    if (!res.headersSent) {
      res.writeHead(500, { "content-type": "application/json" });
    }
    res.end(JSON.stringify({ error: String(error?.message ?? error) }));
  });
});
await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(requestedPort, "127.0.0.1", resolve);
});
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;

const federation = createFederation({
  kv,
  origin,
  allowPrivateAddress: true,
  // Fedify's own delivery (POST /control/send without "spec") knocks with draft-cavage first, as the big servers
  // do with a host they do not know; it then falls back to RFC 9421.
  firstKnock: "draft-cavage-http-signatures-12",
  userAgent: { software: "serge-interop-fedify/0" },
});

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== IDENTIFIER) return null;
    const keys = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Fedify interop peer",
      summary: "Fedify 2.3.6 test peer for Serge",
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      url: ctx.getActorUri(identifier),
      // Like Serge: the RSA key for HTTP signatures, the Ed25519 key (only) for object proofs.
      publicKey: keys[0].cryptographicKey,
      assertionMethods: [keys[1].multikey],
    });
  })
  .setKeyPairsDispatcher(async (_ctx, identifier) => {
    if (identifier !== IDENTIFIER) return [];
    return [rsa, ed25519];
  });

const received = [];
const rejected = [];

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Activity, async (ctx, activity) => {
    // Listeners only run for requests whose signature Fedify verified, so the keyId in the request's signature
    // header (passed in as context data by handle()) is the verified key.
    received.push({
      id: activity.id?.href ?? null,
      type: typeName(activity),
      actor: activity.actorId?.href ?? null,
      object: activity.objectId?.href ?? null,
      recipient: ctx.recipient ?? null,
      signatureSpec: ctx.data?.signatureSpec ?? null,
      keyId: ctx.data?.keyId ?? null,
      json: await activity.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }),
      raw: parseRaw(ctx.data?.body),
    });
  })
  .onUnverifiedActivity(async (ctx, activity, reason) => {
    rejected.push({
      id: activity.id?.href ?? null,
      type: typeName(activity),
      actor: activity.actorId?.href ?? null,
      signatureSpec: signatureSpecOf(ctx.request.headers),
      reason: reason.type,
      keyId: reason.keyId?.href ?? null,
      keyFetchStatus: reason.result?.status ?? null,
      keyFetchError: reason.result?.error ? String(reason.result.error) : null,
    });
    // Returning nothing keeps Fedify's 401.
  })
  .onError((_ctx, error) => {
    console.error("peer: inbox listener failed:", error);
  });

federation.setNodeInfoDispatcher("/nodeinfo/2.1", () => ({
  software: { name: "fedify-interop-peer", version: "2.3.6" },
  protocols: ["activitypub"],
  openRegistrations: false,
  usage: { users: { total: 1, activeMonth: 1, activeHalfyear: 1 }, localPosts: 0, localComments: 0 },
}));

// Served so that the ids /control/send mints for activities resolve to something.
const sentActivities = new Map();
federation.setObjectDispatcher(Activity, "/activities/{uuid}", async (_ctx, values) =>
  sentActivities.get(values.uuid) ?? null
);

function context() {
  return federation.createContext(new URL(origin), undefined);
}

async function handle(req, res) {
  const url = new URL(req.url, origin);
  const body = await readBody(req);
  if (url.pathname.startsWith("/control/")) {
    const [status, json] = await control(req.method, url.pathname, body);
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(json));
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value != null) headers.set(name, value);
  }
  const request = new Request(url, {
    method: req.method,
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
  });
  const response = await federation.fetch(request, {
    contextData: { signatureSpec: signatureSpecOf(headers), keyId: keyIdOf(headers), body },
    onNotFound: () => new Response("Not found", { status: 404 }),
    onNotAcceptable: () => new Response("Not acceptable", { status: 406 }),
  });
  const responseHeaders = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  res.writeHead(response.status, responseHeaders);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function control(method, path, body) {
  const route = `${method} ${path}`;
  try {
    switch (route) {
      case "GET /control/health":
        return [200, { ok: true, actor: context().getActorUri(IDENTIFIER).href }];
      case "GET /control/actor":
        return [200, await actorInfo()];
      case "GET /control/received":
        return [200, { activities: received, rejected }];
      case "GET /control/outgoing":
        return [200, { requests: outgoing }];
      case "POST /control/reset":
        received.length = 0;
        rejected.length = 0;
        outgoing.length = 0;
        return [200, { ok: true }];
      case "POST /control/lookup":
        return [200, await lookup(parseJson(body))];
      case "POST /control/fetch-key":
        return [200, await fetchKeyInfo(parseJson(body))];
      case "POST /control/send":
        return [200, await send(parseJson(body))];
      case "POST /control/verify-proof":
        return [200, await verifyProof(parseJson(body))];
      case "POST /control/sign-proof":
        return [200, await signProof(parseJson(body))];
      default:
        return [404, { error: `no control route ${route}` }];
    }
  } catch (error) {
    if (error instanceof BadRequest) return [400, { error: error.message }];
    console.error(`peer: ${route} failed:`, error);
    return [500, { error: String(error?.message ?? error) }];
  }
}

async function actorInfo() {
  const ctx = context();
  const keys = await ctx.getActorKeyPairs(IDENTIFIER);
  return {
    id: ctx.getActorUri(IDENTIFIER).href,
    handle: `@${IDENTIFIER}@127.0.0.1:${port}`,
    inbox: ctx.getInboxUri(IDENTIFIER).href,
    sharedInbox: ctx.getInboxUri().href,
    keyId: keys[0].keyId.href,
    multikeyId: keys[1].multikey.id.href,
  };
}

// POST /control/lookup {"uri": URL or handle} -> what Fedify's lookupObject made of it.
async function lookup({ uri }) {
  if (typeof uri !== "string" || uri === "") throw new BadRequest("uri is required");
  const ctx = context();
  const object = await ctx.lookupObject(uri);
  if (object == null) return { found: false, uri };
  return { found: true, uri, ...(await describe(object, ctx)) };
}

async function describe(object, ctx) {
  const loaders = { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader };
  const result = {
    type: typeName(object),
    typeUri: getTypeId(object).href,
    id: object.id?.href ?? null,
    actor: isActor(object),
    json: await object.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }),
  };
  if (!isActor(object)) return result;
  result.preferredUsername = object.preferredUsername?.toString() ?? null;
  result.name = object.name?.toString() ?? null;
  result.url = object.url?.href ?? null;
  result.inbox = object.inboxId?.href ?? null;
  result.outbox = object.outboxId?.href ?? null;
  result.followers = object.followersId?.href ?? null;
  result.following = object.followingId?.href ?? null;
  result.sharedInbox = object.endpoints?.sharedInbox?.href ?? null;
  result.publicKeys = [];
  for await (const key of object.getPublicKeys(loaders)) {
    result.publicKeys.push(await describeKey(key));
  }
  result.assertionMethods = [];
  for await (const key of object.getAssertionMethods(loaders)) {
    result.assertionMethods.push(await describeKey(key));
  }
  return result;
}

async function describeKey(key) {
  const info = { id: key.id?.href ?? null, type: typeName(key), algorithm: key.publicKey?.algorithm?.name ?? null };
  if (key instanceof CryptographicKey) {
    info.owner = key.ownerId?.href ?? null;
    info.publicKeyPem = key.publicKey ? await exportSpki(key.publicKey) : null;
  } else if (key instanceof Multikey) {
    info.controller = key.controllerId?.href ?? null;
    info.publicKeyMultibase = key.publicKey ? await exportMultibaseKey(key.publicKey) : null;
  }
  return info;
}

// POST /control/fetch-key {"keyId": URL, "kind": "CryptographicKey" | "Multikey"} -> the key as Fedify resolves it
// when it verifies a signature (fetchKey: a key document, or the actor holding it).
async function fetchKeyInfo({ keyId, kind = "CryptographicKey" }) {
  if (typeof keyId !== "string") throw new BadRequest("keyId is required");
  const cls = { CryptographicKey, Multikey }[kind];
  if (cls == null) throw new BadRequest("kind must be CryptographicKey or Multikey");
  const ctx = context();
  const { key } = await fetchKey(keyId, cls, { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader });
  if (key == null) return { found: false, keyId };
  return { found: true, keyId, ...(await describeKey(key)) };
}

// POST /control/send {"inbox": URL, "activity": {...}, "spec": SPEC} -> {"status": N, ...}
// With "spec", the activity is signed with that spec and posted once (no fallback), and the status is the remote
// answer. Without it, Fedify delivers as it would in production (sendActivity, double knock); "status" is then
// the last answer of the inbox, and "attempts" lists every request it made.
async function send({ inbox, activity, spec, recipient }) {
  if (typeof inbox !== "string") throw new BadRequest("inbox is required");
  if (activity == null || typeof activity !== "object") throw new BadRequest("activity is required");
  if (spec != null && !SPECS.includes(spec)) throw new BadRequest(`spec must be one of ${SPECS.join(", ")}`);
  const ctx = context();
  const actorId = ctx.getActorUri(IDENTIFIER);
  const uuid = crypto.randomUUID();
  const document = {
    "@context": "https://www.w3.org/ns/activitystreams",
    id: new URL(`/activities/${uuid}`, origin).href,
    actor: actorId.href,
    ...activity,
  };
  let parsed;
  try {
    parsed = await Activity.fromJsonLd(document, { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader });
  } catch (error) {
    throw new BadRequest(`not an activity Fedify accepts: ${error.message}`);
  }
  if (parsed.id?.href?.startsWith(origin)) sentActivities.set(uuid, parsed);
  const inboxUrl = new URL(inbox);
  const before = outgoing.length;

  if (spec == null) {
    try {
      await ctx.sendActivity(
        { identifier: IDENTIFIER },
        { id: new URL(recipient ?? inbox), inboxId: inboxUrl },
        parsed,
        { immediate: true },
      );
    } catch (error) {
      if (!(error instanceof SendActivityError)) throw error;
    }
    const attempts = outgoing.slice(before).filter((r) => r.method === "POST" && r.url === inboxUrl.href);
    return {
      status: attempts.at(-1)?.status ?? null,
      attempts,
      activity: await parsed.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }),
    };
  }

  const json = await parsed.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader });
  const keys = await ctx.getActorKeyPairs(IDENTIFIER);
  const unsigned = new Request(inboxUrl, {
    method: "POST",
    headers: {
      "content-type": "application/activity+json",
      accept: "application/activity+json",
    },
    body: JSON.stringify(json),
  });
  const signed = await signRequest(unsigned, keys[0].privateKey, keys[0].keyId, { spec });
  const response = await fetch(signed);
  const text = await response.text();
  return {
    status: response.status,
    body: text.length > 1024 ? `${text.slice(0, 1024)}… (truncated)` : text,
    spec,
    keyId: keys[0].keyId.href,
    activity: json,
  };
}

// POST /control/verify-proof {"document": {...}} -> whether Fedify verifies every FEP-8b32 proof on it (fetching
// the signers' keys from their actors).
async function verifyProof({ document }) {
  if (document == null || typeof document !== "object") throw new BadRequest("document is required");
  const ctx = context();
  let object;
  try {
    object = await verifyObject(APObject, document, {
      documentLoader: ctx.documentLoader,
      contextLoader: ctx.contextLoader,
    });
  } catch (error) {
    return { verified: false, error: String(error?.message ?? error) };
  }
  if (object == null) return { verified: false };
  return { verified: true, type: typeName(object), id: object.id?.href ?? null };
}

// POST /control/sign-proof {"object": {...}} -> the object with a DataIntegrityProof (eddsa-jcs-2022) made by
// the Fedify actor's Ed25519 key, for Serge to verify.
async function signProof({ object }) {
  if (object == null || typeof object !== "object") throw new BadRequest("object is required");
  const ctx = context();
  const loaders = { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader };
  const parsed = await APObject.fromJsonLd(object, loaders);
  const keys = await ctx.getActorKeyPairs(IDENTIFIER);
  const signed = await signObject(parsed, keys[1].privateKey, keys[1].multikey.id, loaders);
  return { document: await signed.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }) };
}

function typeName(object) {
  const uri = getTypeId(object).href;
  return uri.slice(Math.max(uri.lastIndexOf("#"), uri.lastIndexOf("/")) + 1);
}

function signatureSpecOf(headers) {
  if (headers.has("signature-input")) return "rfc9421";
  if (headers.has("signature")) return "draft-cavage-http-signatures-12";
  return null;
}

function parseRaw(body) {
  try {
    return body == null ? null : JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
}

function keyIdOf(headers) {
  const value = headers.get("signature-input") ?? headers.get("signature") ?? "";
  return /keyid="([^"]*)"/i.exec(value)?.[1] ?? null;
}

function parseJson(body) {
  try {
    const value = JSON.parse(body.length === 0 ? "{}" : body.toString("utf8"));
    if (value == null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
    return value;
  } catch (error) {
    throw new BadRequest(`body must be a JSON object: ${error.message}`);
  }
}

class BadRequest extends Error {}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function shutdown() {
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
}

process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
process.stdin.on("end", shutdown);
process.stdin.on("close", shutdown);
process.stdin.resume();

process.stdout.write(`READY ${port}\n`);
