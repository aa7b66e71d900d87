'use strict';
// node:stream/consumers — drain a web or node stream (any async iterable) into one value.

const { Buffer, Blob } = require('buffer');
const { TextDecoder } = require('internal/encoding');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function toBytes(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(`${chunk}`);
}

async function blob(stream) {
  return new Blob(await collect(stream));
}

// All chunks copied into one fresh ArrayBuffer (no pooled memory shows through .buffer).
async function collectBytes(stream) {
  const parts = (await collect(stream)).map(toBytes);
  let total = 0;
  for (const p of parts) total += p.byteLength;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

async function arrayBuffer(stream) {
  return (await collectBytes(stream)).buffer;
}

async function buffer(stream) {
  return Buffer.from((await collectBytes(stream)).buffer);
}

async function bytes(stream) {
  return collectBytes(stream);
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') out += chunk;
    else out += decoder.decode(chunk, { stream: true }); // rejects non-buffer chunks, as node
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
