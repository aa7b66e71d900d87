'use strict';
// EventSource (server-sent events, WHATWG HTML §9.2), global with --experimental-eventsource.
// The connection is a fetch() whose body is read as an event stream; the parser follows the
// spec's "interpreting an event stream" steps.

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;
const kDefaultReconnectionTime = 3000;

let warned = false;

function isEventStream(contentType) {
  if (contentType === null) return false;
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return essence === 'text/event-stream';
}

class EventSource extends EventTarget {
  #url;
  #withCredentials = false;
  #readyState = CONNECTING;
  #controller = null;
  #reconnectTimer = null;
  #reconnectionTime = kDefaultReconnectionTime;
  #lastEventId = '';

  constructor(url, eventSourceInitDict = undefined) {
    if (arguments.length === 0) {
      throw new TypeError('EventSource constructor: 1 argument required, but 0 found.');
    }
    super();
    if (!warned) {
      warned = true;
      process.emitWarning('EventSource is experimental, expect them to change at any time.', { code: 'UNDICI-ES' });
    }
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new DOMException(`${err}`, 'SyntaxError');
    }
    this.#url = parsed.href;
    if (eventSourceInitDict != null && typeof eventSourceInitDict === 'object') {
      this.#withCredentials = !!eventSourceInitDict.withCredentials;
    }
    this.#connect();
  }

  get readyState() { return this.#readyState; }
  get url() { return this.#url; }
  get withCredentials() { return this.#withCredentials; }

  close() {
    if (this.#readyState === CLOSED) return;
    this.#readyState = CLOSED;
    if (this.#reconnectTimer !== null) {
      clearTimeout(this.#reconnectTimer);
      this.#reconnectTimer = null;
    }
    if (this.#controller !== null) {
      this.#controller.abort();
      this.#controller = null;
    }
  }

  #connect() {
    const controller = new AbortController();
    this.#controller = controller;
    const headers = { accept: 'text/event-stream', 'cache-control': 'no-cache' };
    if (this.#lastEventId !== '') headers['last-event-id'] = this.#lastEventId;
    const { fetch } = require('internal/fetch/fetch');
    fetch(this.#url, {
      headers,
      cache: 'no-store',
      credentials: this.#withCredentials ? 'include' : 'same-origin',
      signal: controller.signal,
    }).then((response) => {
      if (controller.signal.aborted) return;
      if (response.status !== 200 || !isEventStream(response.headers.get('content-type'))) {
        this.#fail();
        return;
      }
      this.#readyState = OPEN;
      this.dispatchEvent(new Event('open'));
      return this.#read(response.body, controller);
    }).then(() => {
      if (!controller.signal.aborted) this.#reestablish();
    }, () => {
      if (!controller.signal.aborted) this.#reestablish();
    });
  }

  // Fail the connection: no reconnection.
  #fail() {
    if (this.#readyState === CLOSED) return;
    this.#readyState = CLOSED;
    this.#controller = null;
    this.dispatchEvent(new Event('error'));
  }

  // Reestablish the connection after the reconnection time.
  #reestablish() {
    if (this.#readyState === CLOSED) return;
    this.#readyState = CONNECTING;
    this.#controller = null;
    this.dispatchEvent(new Event('error'));
    if (this.#readyState !== CONNECTING) return;
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      if (this.#readyState === CONNECTING) this.#connect();
    }, this.#reconnectionTime);
  }

  async #read(body, controller) {
    const decoder = new TextDecoder('utf-8');
    const reader = body.getReader();
    let pending = '';
    let lastWasCR = false;
    let data = '';
    let eventType = '';
    let lastEventIdBuffer = this.#lastEventId;
    const dispatch = () => {
      this.#lastEventId = lastEventIdBuffer;
      if (data === '') {
        eventType = '';
        return;
      }
      if (data.endsWith('\n')) data = data.slice(0, -1);
      const { MessageEvent } = require('internal/worker/io');
      const event = new MessageEvent(eventType === '' ? 'message' : eventType, {
        data,
        origin: new URL(this.#url).origin,
        lastEventId: this.#lastEventId,
      });
      data = '';
      eventType = '';
      if (this.#readyState !== CLOSED) this.dispatchEvent(event);
    };
    const processLine = (line) => {
      if (line === '') {
        dispatch();
        return;
      }
      if (line[0] === ':') return;
      const colon = line.indexOf(':');
      let field = line;
      let value = '';
      if (colon !== -1) {
        field = line.slice(0, colon);
        value = line.slice(colon + 1);
        if (value[0] === ' ') value = value.slice(1);
      }
      switch (field) {
        case 'event': eventType = value; break;
        case 'data': data += `${value}\n`; break;
        case 'id': if (!value.includes('\0')) lastEventIdBuffer = value; break;
        case 'retry': if (/^[0-9]+$/.test(value)) this.#reconnectionTime = Number(value); break;
        default: break;
      }
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (controller.signal.aborted) return;
      let text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A CR that ended the previous chunk already ended its line: skip an LF that follows it.
      if (lastWasCR && text[0] === '\n') text = text.slice(1);
      lastWasCR = false;
      pending += text;
      let start = 0;
      for (let i = 0; i < pending.length; i++) {
        const c = pending[i];
        if (c !== '\n' && c !== '\r') continue;
        processLine(pending.slice(start, i));
        if (this.#readyState === CLOSED) return;
        if (c === '\r') {
          if (i + 1 < pending.length) {
            if (pending[i + 1] === '\n') i++;
          } else {
            lastWasCR = true;
          }
        }
        start = i + 1;
      }
      pending = pending.slice(start);
      // Unterminated last line and incomplete event at end of stream are discarded.
      if (done) return;
    }
  }
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSED', CLOSED]]) {
  const desc = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(EventSource, name, desc);
  Object.defineProperty(EventSource.prototype, name, desc);
}
defineEventHandler(EventSource.prototype, 'open');
defineEventHandler(EventSource.prototype, 'message');
defineEventHandler(EventSource.prototype, 'error');
for (const key of ['readyState', 'url', 'withCredentials', 'close']) {
  const desc = Object.getOwnPropertyDescriptor(EventSource.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(EventSource.prototype, key, desc);
}
Object.defineProperty(EventSource.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventSource', writable: false, enumerable: false, configurable: true,
});

module.exports = { EventSource };
