'use strict';
// The Fetch standard's Body mixin for Request and Response. A body is kept in the cheapest form
// that can answer: bytes, a Blob, a FormData, a node Readable (a network response) or a web
// ReadableStream. The web stream is only built when a program asks for `.body`; text()/json()/
// arrayBuffer() on a network response read the node stream directly, which is much cheaper.

const { FormData, newBoundary, serializeMultipart, parseFormData } = require('internal/fetch/form_data');

const kBody = Symbol('body');

function lazyBuffer() { return require('buffer'); }
function webstreams() { return require('internal/webstreams/readablestream'); }
function streamState(stream) { return stream[require('internal/webstreams/util').kState]; }

function isAsyncIterable(v) {
  return v !== null && typeof v === 'object' && typeof v[Symbol.asyncIterator] === 'function';
}

// Fetch's "extract a body": returns { body, type } with type the default Content-Type or null.
function extractBody(object) {
  const { Blob } = lazyBuffer();
  const { URLSearchParams } = require('internal/url');
  if (typeof object === 'string') {
    return { body: bytesBody(new TextEncoder().encode(object)), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return { body: bytesBody(new TextEncoder().encode(object.toString())),
             type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { body: bytesBody(new Uint8Array(object.slice(0))), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    const copy = new Uint8Array(object.byteLength);
    copy.set(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
    return { body: bytesBody(copy), type: null };
  }
  if (object instanceof Blob) {
    return { body: { kind: 'blob', source: object, length: object.size, stream: null, used: false },
             type: object.type || null };
  }
  if (object instanceof FormData) {
    // The boundary is chosen now so the Content-Type is known synchronously; Blob parts make
    // the serialisation itself asynchronous.
    const boundary = newBoundary();
    const bytes = serializeMultipart(object, boundary).then((r) => r.bytes);
    bytes.catch(() => {});
    return { body: { kind: 'form', source: bytes, length: null, stream: null, used: false },
             type: `multipart/form-data; boundary=${boundary}` };
  }
  if (webstreams().isReadableStream(object)) {
    if (object.locked || streamState(object).disturbed) throw new TypeError('Response body object should not be disturbed or locked');
    return { body: { kind: 'web', source: null, length: null, stream: object, used: false }, type: null };
  }
  if (isAsyncIterable(object)) {
    return { body: { kind: 'web', source: null, length: null, stream: iterableToStream(object), used: false }, type: null };
  }
  return extractBody(`${object}`);
}

function bytesBody(bytes) {
  return { kind: 'bytes', source: bytes, length: bytes.byteLength, stream: null, used: false };
}

function nodeBody(readable) {
  return { kind: 'node', source: readable, length: null, stream: null, used: false };
}

function iterableToStream(iterable) {
  const { ReadableStream } = webstreams();
  let it;
  return new ReadableStream({
    async pull(controller) {
      it ??= iterable[Symbol.asyncIterator]();
      const { value, done } = await it.next();
      if (done) { controller.close(); return; }
      controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value.buffer ?? value, value.byteOffset ?? 0, value.byteLength));
    },
    async cancel(reason) { if (it && typeof it.return === 'function') await it.return(reason); },
  });
}

// A web stream that pulls from a node Readable with backpressure.
function nodeReadableToStream(readable) {
  const { ReadableStream } = webstreams();
  let controllerRef;
  return new ReadableStream({
    start(controller) {
      controllerRef = controller;
      readable.on('data', (chunk) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (controller.desiredSize <= 0) readable.pause();
      });
      readable.once('end', () => { try { controller.close(); } catch { /* already closed/errored */ } });
      readable.once('error', (err) => { try { controller.error(err); } catch { /* already errored */ } });
      readable.pause();
    },
    pull() { readable.resume(); },
    cancel(reason) { readable.destroy(reason instanceof Error ? reason : undefined); void controllerRef; },
  }, { highWaterMark: 65536, size: (c) => c.byteLength });
}

function bodyStream(body) {
  if (body.stream !== null) return body.stream;
  const { ReadableStream } = webstreams();
  switch (body.kind) {
    case 'node': body.stream = nodeReadableToStream(body.source); break;
    case 'bytes': {
      const bytes = body.source;
      body.stream = new ReadableStream({
        type: 'bytes',
        start(c) { if (bytes.byteLength) c.enqueue(new Uint8Array(bytes)); c.close(); },
      });
      break;
    }
    default: {
      const pending = readSource(body);
      body.stream = new ReadableStream({
        type: 'bytes',
        async start(c) { const b = await pending; if (b.byteLength) c.enqueue(b); c.close(); },
      });
    }
  }
  return body.stream;
}

async function readSource(body) {
  if (body.kind === 'blob') return new Uint8Array(await body.source.arrayBuffer());
  if (body.kind === 'form') return body.source;
  return body.source;
}

function isUnusable(body) {
  if (body === null) return false;
  if (body.used) return true;
  return body.stream !== null && (body.stream.locked || streamState(body.stream).disturbed);
}

function readNode(readable) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    readable.on('data', (c) => { chunks.push(c); size += c.length; });
    readable.once('end', () => {
      if (chunks.length === 1) resolve(new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength));
      else resolve(lazyBuffer().Buffer.concat(chunks, size));
    });
    readable.once('error', reject);
    readable.resume();
  });
}

async function readWeb(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    size += value.byteLength;
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.byteLength; }
  return out;
}

// "Consume body": all bytes, or a TypeError when the body was already read.
function consumeBytes(holder) {
  const body = holder[kBody];
  if (isUnusable(body)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream !== null) { body.used = true; return readWeb(body.stream); }
  body.used = true;
  if (body.kind === 'node') return readNode(body.source);
  return readSource(body);
}

function utf8Decode(bytes) {
  return new TextDecoder().decode(bytes); // strips a BOM, replaces bad sequences, as the standard asks
}

// The Body methods, installed on Request.prototype and Response.prototype.
const bodyMethods = {
  get body() {
    const body = this[kBody];
    return body === null ? null : bodyStream(body);
  },
  get bodyUsed() {
    const body = this[kBody];
    return body !== null && (body.used || (body.stream !== null && streamState(body.stream).disturbed));
  },
  async arrayBuffer() {
    const b = await consumeBytes(this);
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  },
  async bytes() {
    const b = await consumeBytes(this);
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
  },
  async text() { return utf8Decode(await consumeBytes(this)); },
  async json() { return JSON.parse(utf8Decode(await consumeBytes(this))); },
  async blob() {
    const b = await consumeBytes(this);
    return new (lazyBuffer().Blob)([b], { type: this.headers.get('content-type') ?? '' });
  },
  async formData() {
    const b = await consumeBytes(this);
    return parseFormData(b, this.headers.get('content-type'));
  },
};

function installBodyMethods(cls) {
  for (const key of Object.keys(bodyMethods)) {
    const desc = Object.getOwnPropertyDescriptor(bodyMethods, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
}

// clone(): tee a streaming body; byte-like bodies are shared (they are immutable here).
function cloneBody(body) {
  if (body === null) return null;
  if (body.kind !== 'node' && body.kind !== 'web' && body.stream === null) return { ...body, used: false };
  const [a, b] = bodyStream(body).tee();
  body.stream = a;
  return { kind: 'web', source: null, length: body.length, stream: b, used: false };
}

module.exports = { kBody, extractBody, nodeBody, bytesBody, bodyStream, readSource, isUnusable, installBodyMethods, cloneBody };
