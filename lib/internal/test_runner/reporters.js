'use strict';
// Formatters for the test runner's event stream. Events follow node's reporter shapes:
// { type: 'test:start' | 'test:pass' | 'test:fail' | 'test:plan' | 'test:diagnostic' | 'test:summary', data }.
// Each formatter turns one event into the text to print (possibly '').

const { inspect } = require('internal/util/inspect');

function indentOf(nesting) { return '  '.repeat(nesting); }

// The error the runner stores is a TestFailure (code ERR_TEST_FAILURE) whose cause is what the test threw.
function causeOf(error) {
  if (error && error.code === 'ERR_TEST_FAILURE' && 'cause' in error) return error.cause;
  return error;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && typeof value.stack === 'string' && 'message' in value;
}

function stackFrames(error) {
  if (!isErrorLike(error)) return [];
  return error.stack.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.replace(/^\s+at /, ''));
}

// ---------- TAP ----------

function tapEscape(text) {
  return String(text).replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\f/g, '\\f').replace(/\v/g, '\\v').replace(/\x08/g, '\\b');
}

function yamlValue(key, value, indent, out) {
  if (value === undefined) return;
  if (value === null) { out.push(`${indent}${key}: ~`); return; }
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      out.push(`${indent}${key}: |-`);
      for (const line of value.split('\n')) out.push(`${indent}  ${line}`);
    } else {
      out.push(`${indent}${key}: ${inspect(value)}`);
    }
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    out.push(`${indent}${key}:`);
    for (const k of Object.keys(value)) yamlValue(k, value[k], indent + '  ', out);
    return;
  }
  out.push(`${indent}${key}: ${inspect(value)}`);
}

function failureYaml(error, indent, out) {
  const cause = causeOf(error);
  const hasCause = error && error.code === 'ERR_TEST_FAILURE' && cause !== error;
  if (error && error.failureType) out.push(`${indent}failureType: ${inspect(error.failureType)}`);
  let message;
  if (!hasCause) message = error && error.message !== undefined ? error.message : String(error);
  else if (isErrorLike(cause)) message = cause.message;
  else message = typeof cause === 'string' ? cause : inspect(cause);
  yamlValue('error', String(message), indent, out);
  const code = hasCause && cause && typeof cause === 'object' && cause.code !== undefined ? cause.code : 'ERR_TEST_FAILURE';
  yamlValue('code', code, indent, out);
  if (hasCause && isErrorLike(cause)) {
    if (typeof cause.name === 'string' && cause.name !== 'Error') yamlValue('name', cause.name, indent, out);
    for (const key of ['expected', 'actual', 'operator']) {
      if (key in cause) yamlValue(key, cause[key], indent, out);
    }
    const frames = stackFrames(cause);
    if (frames.length > 0) yamlValue('stack', frames.join('\n'), indent, out);
  }
}

class TapFormatter {
  constructor() { this.started = false; }

  header() {
    if (this.started) return '';
    this.started = true;
    return 'TAP version 13\n';
  }

  event({ type, data }) {
    let text = this.header();
    const indent = '    '.repeat(data.nesting || 0);
    switch (type) {
      case 'test:start':
        text += `${indent}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:pass':
      case 'test:fail': {
        let line = `${indent}${type === 'test:pass' ? 'ok' : 'not ok'} ${data.testNumber} - ${tapEscape(data.name)}`;
        if (data.skip !== undefined) line += ` # SKIP${typeof data.skip === 'string' && data.skip ? ' ' + tapEscape(data.skip) : ''}`;
        else if (data.todo !== undefined) line += ` # TODO${typeof data.todo === 'string' && data.todo ? ' ' + tapEscape(data.todo) : ''}`;
        const inner = indent + '  ';
        const out = [line, `${inner}---`];
        out.push(`${inner}duration_ms: ${data.details.duration_ms}`);
        if (data.details.type) out.push(`${inner}type: ${inspect(data.details.type)}`);
        if (type === 'test:fail') {
          if (data.file) out.push(`${inner}location: ${inspect(`${data.file}:${data.line}:${data.column}`)}`);
          failureYaml(data.details.error, inner, out);
        }
        out.push(`${inner}...`);
        text += out.join('\n') + '\n';
        break;
      }
      case 'test:plan':
        text += `${indent}1..${data.count}\n`;
        break;
      case 'test:diagnostic':
        text += `${indent}# ${tapEscape(data.message)}\n`;
        break;
      case 'test:summary':
        text += data.lines.map((l) => `# ${l}\n`).join('');
        break;
      default:
        break;
    }
    return text;
  }
}

// ---------- spec ----------

const colors = {
  pass: '\x1b[32m', fail: '\x1b[31m', skip: '\x1b[90m', todo: '\x1b[33m', info: '\x1b[34m', reset: '\x1b[39m',
};

class SpecFormatter {
  constructor(options = {}) {
    this.color = !!options.color;
    this.cwd = options.cwd ?? process.cwd();
    this.stack = []; // started tests whose result is not printed yet: { name, nesting, printedHeader }
    this.failures = [];
  }

  paint(kind, text) { return this.color ? colors[kind] + text + colors.reset : text; }

  relativeFile(file) {
    if (typeof file !== 'string' || !file.startsWith('/')) return file;
    return require('path').relative(this.cwd, file);
  }

  resultLine(type, data) {
    const indent = indentOf(data.nesting);
    const duration = data.details.duration_ms ? ` (${data.details.duration_ms}ms)` : '';
    let symbol; let kind; let directive = '';
    if (data.skip !== undefined) {
      symbol = '﹣'; kind = 'skip';
      directive = ` # ${typeof data.skip === 'string' && data.skip ? data.skip : 'SKIP'}`;
    } else if (data.todo !== undefined) {
      symbol = type === 'test:pass' ? '✔' : '⚠'; kind = 'todo';
      directive = ` # ${typeof data.todo === 'string' && data.todo ? data.todo : 'TODO'}`;
    } else if (type === 'test:pass') {
      symbol = '✔'; kind = 'pass';
    } else {
      symbol = '✖'; kind = 'fail';
    }
    return `${indent}${this.paint(kind, `${symbol} ${data.name}${duration}`)}${directive}\n`;
  }

  event({ type, data }) {
    switch (type) {
      case 'test:start':
        this.stack.push({ name: data.name, nesting: data.nesting, printedHeader: false });
        return '';
      case 'test:pass':
      case 'test:fail': {
        let text = '';
        this.stack.pop();
        // Print headers of the parents this result sits under, once each.
        for (const parent of this.stack) {
          if (!parent.printedHeader) {
            parent.printedHeader = true;
            text += `${indentOf(parent.nesting)}▶ ${parent.name}\n`;
          }
        }
        text += this.resultLine(type, data);
        const error = data.details.error;
        if (type === 'test:fail' && !(error && error.failureType === 'subtestsFailed')) {
          this.failures.push(data);
        }
        return text;
      }
      case 'test:diagnostic':
        return `${indentOf(data.nesting)}${this.paint('info', `ℹ ${data.message}`)}\n`;
      case 'test:summary': {
        let text = data.lines.map((l) => this.paint('info', `ℹ ${l}`) + '\n').join('');
        if (this.failures.length > 0) {
          text += `\n${this.paint('fail', '✖ failing tests:')}\n\n`;
          text += this.failures.map((f) => this.failureEntry(f)).join('\n');
        }
        return text;
      }
      default:
        return '';
    }
  }

  failureEntry(data) {
    const error = data.details.error;
    const cause = causeOf(error);
    const shown = error && error.code === 'ERR_TEST_FAILURE' && cause === error ? error.message : cause;
    const body = inspect(shown).split('\n').map((l) => `  ${l}`).join('\n');
    const where = data.file ? `test at ${this.relativeFile(data.file)}:${data.line}:${data.column}\n` : '';
    return `${where}${this.resultLine('test:fail', { ...data, nesting: 0 })}${body}\n`;
  }
}

// ---------- dot ----------

class DotFormatter {
  constructor() { this.count = 0; this.failures = []; }
  event({ type, data }) {
    if (type === 'test:pass' || type === 'test:fail') {
      if (type === 'test:fail') this.failures.push(data);
      this.count++;
      return (type === 'test:pass' ? '.' : 'X') + (this.count % 20 === 0 ? '\n' : '');
    }
    if (type === 'test:summary') {
      let text = '\n';
      if (this.failures.length) {
        text += 'Failed tests:\n\n';
        const spec = new SpecFormatter();
        text += this.failures.map((f) => spec.failureEntry(f)).join('\n');
      }
      return text;
    }
    return '';
  }
}

module.exports = { TapFormatter, SpecFormatter, DotFormatter, tapEscape };
