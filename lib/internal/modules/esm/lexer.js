'use strict';
// A linear JavaScript lexer that finds what an ES module needs rewritten: top-level `import` and
// `export` statements, `import.meta`, dynamic `import(` and top-level `await`. It knows strings,
// template literals (nested `${}`), comments, regex-vs-division and bracket nesting; it is not a
// parser, only enough of one for the module syntax at the top level.
//
// translate(source, isModule) -> {
//   edits: [[start, end, text]...] (in order; the translator keeps the newlines of replaced text),
//   requests: [{ specifier, attributes }], imports: [{ local, request, name }],
//   localExports: [[exported, local]], indirectExports: [[exported, request, name]],
//   starExports: [request], maybeTLA, hasMeta, hasDynamicImport }

const regexKeywords = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await', 'extends']);
const blockKeywords = new Set(['else', 'do', 'try', 'finally']);
const controlKeywords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
const punct3 = new Set(['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=']);
const punct2 = new Set(['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
  '%=', '&=', '|=', '^=', '<<', '>>', '**']);

function isIdentChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 95 ||
    c === 92 || c > 127;
}

function syntaxError(msg, source, pos) {
  let line = 1;
  for (let i = 0; i < pos && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  const err = new SyntaxError(msg);
  err.line = line;
  return err;
}

function lex(source, isModule) {
  const n = source.length;
  let pos = 0;
  // Current token.
  let kind = '';   // 'name' 'string' 'num' 'punct' 'template' 'regex' 'eof'
  let value = '';
  let start = 0;
  let nlBefore = false;
  // Previous significant token.
  let lastKind = '';
  let lastValue = '';
  let lastClosedBlock = false; // a `}` that ended a block (regex may follow)
  let lastParenControl = false; // a `)` that ended `if (...)` and the like
  // Nesting: each entry is 'b' block, 'e' expression brace, 'f' function body, 't' template
  // substitution, '(' / 'c' (control) parens, '['.
  const stack = [];
  let fnDepth = 0;
  let depth = 0; // stack.length, for speed
  let tokDepth = 0; // depth before the current token

  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) { // #!
    while (pos < n && source.charCodeAt(pos) !== 10) pos++;
  }

  function regexAllowed() {
    switch (lastKind) {
      case '': return true;
      case 'punct':
        if (lastValue === ')') return lastParenControl;
        if (lastValue === ']') return false;
        if (lastValue === '}') return lastClosedBlock;
        return true;
      case 'name': return regexKeywords.has(lastValue);
      default: return false;
    }
  }

  function skipSpace() {
    nlBefore = false;
    while (pos < n) {
      const c = source.charCodeAt(pos);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) { nlBefore = true; pos++; continue; }
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) { pos++; continue; }
      if (c === 47) {
        const d = source.charCodeAt(pos + 1);
        if (d === 47) {
          pos += 2;
          while (pos < n) {
            const e = source.charCodeAt(pos);
            if (e === 10 || e === 13 || e === 0x2028 || e === 0x2029) break;
            pos++;
          }
          continue;
        }
        if (d === 42) {
          const end = source.indexOf('*/', pos + 2);
          const stop = end === -1 ? n : end + 2;
          for (let i = pos; i < stop; i++) if (source.charCodeAt(i) === 10) { nlBefore = true; break; }
          pos = stop;
          continue;
        }
      }
      if (c > 127 && /\s/.test(source[pos])) { pos++; continue; }
      break;
    }
  }

  function readString(q) {
    pos++;
    let out = '';
    let from = pos;
    while (pos < n) {
      const c = source.charCodeAt(pos);
      if (c === q) { out += source.slice(from, pos); pos++; return out; }
      if (c === 92) {
        out += source.slice(from, pos);
        const e = source[pos + 1];
        pos += 2;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'v': out += '\v'; break;
          case '0': out += '\0'; break;
          case '\r': if (source[pos] === '\n') pos++; break;
          case '\n': break;
          case 'x': out += String.fromCharCode(parseInt(source.slice(pos, pos + 2), 16)); pos += 2; break;
          case 'u': {
            if (source[pos] === '{') {
              const close = source.indexOf('}', pos);
              out += String.fromCodePoint(parseInt(source.slice(pos + 1, close), 16));
              pos = close + 1;
            } else {
              out += String.fromCharCode(parseInt(source.slice(pos, pos + 4), 16));
              pos += 4;
            }
            break;
          }
          default: out += e;
        }
        from = pos;
        continue;
      }
      if (c === 10) break;
      pos++;
    }
    throw syntaxError('Invalid or unexpected token', source, start);
  }

  // Scans template characters from pos up to and including '`' (returns true) or '${' (false).
  function readTemplateChars() {
    while (pos < n) {
      const c = source.charCodeAt(pos);
      if (c === 96) { pos++; return true; }
      if (c === 92) { pos += 2; continue; }
      if (c === 36 && source.charCodeAt(pos + 1) === 123) { pos += 2; return false; }
      pos++;
    }
    throw syntaxError('Unterminated template literal', source, start);
  }

  function readRegex() {
    pos++;
    let inClass = false;
    while (pos < n) {
      const c = source.charCodeAt(pos);
      if (c === 92) { pos += 2; continue; }
      if (c === 10) break;
      if (inClass) { if (c === 93) inClass = false; } else if (c === 91) inClass = true;
      else if (c === 47) { pos++; while (pos < n && isIdentChar(source.charCodeAt(pos))) pos++; return; }
      pos++;
    }
    throw syntaxError('Invalid regular expression: missing /', source, start);
  }

  function push(t) { stack.push(t); depth++; if (t === 'f') fnDepth++; }
  function pop() {
    if (depth === 0) return '';
    const t = stack.pop();
    depth--;
    if (t === 'f') fnDepth--;
    return t;
  }

  // Reads the next significant token into kind/value/start.
  function next() {
    if (kind !== '' && kind !== 'eof') {
      lastKind = kind;
      lastValue = value;
    }
    skipSpace();
    start = pos;
    tokDepth = depth;
    if (pos >= n) { kind = 'eof'; value = ''; return; }
    const c = source.charCodeAt(pos);
    if (isIdentChar(c) && !(c >= 48 && c <= 57)) {
      pos++;
      while (pos < n && isIdentChar(source.charCodeAt(pos))) pos++;
      kind = 'name';
      value = source.slice(start, pos);
      return;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && source.charCodeAt(pos + 1) >= 48 && source.charCodeAt(pos + 1) <= 57)) {
      pos++;
      while (pos < n) {
        const d = source.charCodeAt(pos);
        if (isIdentChar(d) || d === 46) { pos++; continue; }
        if ((d === 43 || d === 45) && (source.charCodeAt(pos - 1) | 32) === 101 &&
            !/^0[xX]/.test(source.slice(start, start + 2))) { pos++; continue; }
        break;
      }
      kind = 'num';
      value = source.slice(start, pos);
      return;
    }
    if (c === 34 || c === 39) { kind = 'string'; value = readString(c); return; }
    if (c === 96) {
      pos++;
      kind = 'template';
      value = '';
      if (!readTemplateChars()) push('t');
      return;
    }
    if (c === 47 && regexAllowed()) { readRegex(); kind = 'regex'; value = ''; return; }
    kind = 'punct';
    // ( ) [ ] { } ; , : ~ are always one character.
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 59 || c === 44 ||
        c === 58 || c === 126) {
      value = source[pos];
    } else {
      value = longPunct();
    }
    pos += value.length;
    bracket();
  }

  function longPunct() {
    const s4 = source.slice(pos, pos + 4);
    if (s4 === '>>>=') return s4;
    if (punct3.has(s4.slice(0, 3))) return s4.slice(0, 3);
    if (punct2.has(s4.slice(0, 2)) && !(s4[0] === '?' && s4[1] === '.' && s4.charCodeAt(2) >= 48 && s4.charCodeAt(2) <= 57)) return s4.slice(0, 2);
    return s4[0];
  }

  // Nesting bookkeeping for the punctuator just read.
  function bracket() {
    switch (value) {
      case '{': {
        let t;
        if (lastKind === '' ) t = 'b';
        else if (lastKind === 'punct') {
          if (lastValue === '=>') t = 'f';
          else if (lastValue === ')') t = lastParenControl ? 'b' : 'f';
          else if (lastValue === ';' || lastValue === '{' || lastValue === '}') t = 'b';
          else t = 'e';
        } else if (lastKind === 'name') t = regexKeywords.has(lastValue) ? 'e' : 'b';
        else t = 'e';
        push(t);
        break;
      }
      case '}': {
        const t = pop();
        if (t === 't') {
          // End of a template substitution: continue the template.
          kind = 'template';
          if (!readTemplateChars()) push('t');
          value = '';
          return;
        }
        lastClosedBlock = t !== 'e';
        break;
      }
      case '(':
        push(lastKind === 'name' && controlKeywords.has(lastValue) ? 'c' : '(');
        break;
      case ')':
        lastParenControl = pop() === 'c';
        break;
      case '[': push('['); break;
      case ']': pop(); break;
    }
  }

  const result = {
    edits: [], requests: [], imports: [], localExports: [], indirectExports: [], starExports: [],
    maybeTLA: false, hasMeta: false, hasDynamicImport: false, tlaPositions: [],
  };
  const edits = result.edits;
  const requestIndex = new Map();

  function expect(k, v) {
    if (kind !== k || (v !== undefined && value !== v)) {
      throw syntaxError(kind === 'eof' ? 'Unexpected end of input' :
        `Unexpected token '${source.slice(start, pos)}'`, source, start);
    }
  }

  // `from 'x'` already consumed up to the string token: reads attributes and the optional `;`.
  // Returns the request index and leaves the current token after the statement.
  function finishFrom() {
    expect('string');
    const specifier = value;
    next();
    let attributes = null;
    if ((kind === 'name' && (value === 'with' || value === 'assert')) && !nlBefore) {
      next();
      expect('punct', '{');
      attributes = {};
      next();
      while (!(kind === 'punct' && value === '}')) {
        if (kind !== 'name' && kind !== 'string') expect('name');
        const key = value;
        next();
        expect('punct', ':');
        next();
        expect('string');
        attributes[key] = value;
        next();
        if (kind === 'punct' && value === ',') next();
      }
      next();
    }
    const key = attributes && attributes.type !== undefined ? `${specifier}\0${attributes.type}` : specifier;
    let index = requestIndex.get(key);
    if (index === undefined) {
      index = result.requests.length;
      requestIndex.set(key, index);
      result.requests.push({ specifier, attributes: attributes || {} });
    }
    return index;
  }

  function endStatement(stmtStart) {
    let end = start;
    if (kind === 'punct' && value === ';') { end = pos; next(); }
    else if (kind === 'eof') end = n;
    edits.push([stmtStart, end, '']);
  }

  function moduleExportName() {
    if (kind === 'string') return value;
    expect('name');
    return value;
  }

  function importStatement(stmtStart) {
    // Current token: the one after `import`.
    if (kind === 'string') {
      finishFrom();
      endStatement(stmtStart);
      return;
    }
    const bindings = [];
    if (kind === 'name' && value !== 'from' || (kind === 'name' && value === 'from' && peekIsFromFrom())) {
      bindings.push([value, 'default']);
      next();
      if (kind === 'punct' && value === ',') next();
    }
    if (kind === 'punct' && value === '*') {
      next();
      expect('name', 'as');
      next();
      expect('name');
      bindings.push([value, '*']);
      next();
    } else if (kind === 'punct' && value === '{') {
      next();
      while (!(kind === 'punct' && value === '}')) {
        const imported = moduleExportName();
        const at = start;
        next();
        let local = imported;
        if (kind === 'name' && value === 'as') {
          next();
          expect('name');
          local = value;
          next();
        }
        bindings.push([local, imported, at]);
        if (kind === 'punct' && value === ',') next();
        else expect('punct', '}');
      }
      next();
    }
    expect('name', 'from');
    next();
    const request = finishFrom();
    for (const [local, name, at] of bindings) result.imports.push({ local, request, name, at });
    endStatement(stmtStart);
  }

  // `import from from 'x'`: `from` as the default binding name.
  function peekIsFromFrom() {
    const save = pos;
    skipSpace();
    const isFrom = source.startsWith('from', pos) && !isIdentChar(source.charCodeAt(pos + 4));
    pos = save;
    return isFrom;
  }

  // Binding names of a declaration pattern; leaves the token after the pattern.
  function bindingPattern(names) {
    if (kind === 'name') { names.push(value); next(); return; }
    if (kind === 'punct' && (value === '[' || value === '{')) {
      const close = value === '[' ? ']' : '}';
      const isObject = close === '}';
      next();
      while (!(kind === 'punct' && value === close)) {
        if (kind === 'eof') expect('punct', close);
        if (kind === 'punct' && value === ',') { next(); continue; }
        if (kind === 'punct' && value === '...') { next(); bindingPattern(names); continue; }
        if (isObject) {
          // key [: pattern] [= default]
          let keyName = null;
          if (kind === 'punct' && value === '[') {
            skipBalanced();
          } else {
            keyName = kind === 'name' ? value : null;
            next();
          }
          if (kind === 'punct' && value === ':') { next(); bindingPattern(names); } else if (keyName) names.push(keyName);
        } else {
          bindingPattern(names);
        }
        if (kind === 'punct' && value === '=') { next(); skipExpression(close); }
      }
      next();
      return;
    }
    expect('name');
  }

  // Skips a bracketed group starting at the current opening token.
  function skipBalanced() {
    const d = depth;
    next();
    while (depth >= d && kind !== 'eof') next();
  }

  // Skips an expression up to a `,` or `close` at the current nesting.
  function skipExpression(close) {
    const d = depth;
    while (kind !== 'eof') {
      if (depth === d && kind === 'punct' && (value === ',' || value === close)) return;
      if (depth < d) return;
      next();
    }
  }

  let exportDecl = false; // inside `export var/let/const`, collecting later declarators

  function addLocalExports(names) {
    for (const name of names) result.localExports.push([name, name]);
  }

  function exportStatement(stmtStart) {
    // Current token: the one after `export`.
    if (kind === 'punct' && value === '*') {
      next();
      let as = null;
      if (kind === 'name' && value === 'as') {
        next();
        as = moduleExportName();
        next();
      }
      expect('name', 'from');
      next();
      const request = finishFrom();
      if (as === null) result.starExports.push(request);
      else result.indirectExports.push([as, request, '*']);
      endStatement(stmtStart);
      return;
    }
    if (kind === 'punct' && value === '{') {
      next();
      const specs = [];
      while (!(kind === 'punct' && value === '}')) {
        const local = moduleExportName();
        next();
        let exported = local;
        if (kind === 'name' && value === 'as') {
          next();
          exported = moduleExportName();
          next();
        }
        specs.push([exported, local]);
        if (kind === 'punct' && value === ',') next();
        else expect('punct', '}');
      }
      next();
      if (kind === 'name' && value === 'from') {
        next();
        const request = finishFrom();
        for (const [exported, local] of specs) result.indirectExports.push([exported, request, local]);
      } else {
        for (const s of specs) result.localExports.push(s);
      }
      endStatement(stmtStart);
      return;
    }
    if (kind === 'name' && value === 'default') {
      const defStart = start;
      next();
      let isAsync = false;
      if (kind === 'name' && value === 'async' && !nlBefore) {
        const save = pos;
        skipSpace();
        isAsync = !nlBefore && source.startsWith('function', pos) && !isIdentChar(source.charCodeAt(pos + 8));
        pos = save;
        if (isAsync) next();
      }
      if (kind === 'name' && (value === 'function' || value === 'class')) {
        const isClass = value === 'class';
        let insertAt = pos;
        next();
        if (!isClass && kind === 'punct' && value === '*') { insertAt = pos; next(); }
        if (kind === 'name' && !(isClass && value === 'extends')) {
          edits.push([stmtStart, defStart + 7, '']);
          result.localExports.push(['default', value]);
        } else {
          edits.push([stmtStart, defStart + 7, '']);
          edits.push([insertAt, insertAt, ' __nodec_default']);
          result.localExports.push(['default', '__nodec_default']);
          result.defaultNeedsName = true;
        }
        return;
      }
      edits.push([stmtStart, defStart + 7, 'const __nodec_default =']);
      result.localExports.push(['default', '__nodec_default']);
      return;
    }
    if (kind === 'name' && (value === 'var' || value === 'let' || value === 'const')) {
      edits.push([stmtStart, start, '']);
      next();
      const names = [];
      bindingPattern(names);
      addLocalExports(names);
      exportDecl = true;
      return;
    }
    if (kind === 'name' && value === 'async') { edits.push([stmtStart, start, '']); next(); }
    if (kind === 'name' && (value === 'function' || value === 'class')) {
      if (stmtStart !== edits[edits.length - 1]?.[0]) edits.push([stmtStart, start, '']);
      next();
      if (kind === 'punct' && value === '*') next();
      expect('name');
      result.localExports.push([value, value]);
      return;
    }
    expect('name', 'function');
  }

  const expressionEnd = new Set(['name', 'num', 'string', 'template', 'regex']);
  next();
  const calls = []; // pending import( calls: edit, depth outside the paren
  while (kind !== 'eof') {
    if (calls.length > 0 && tokDepth === calls[calls.length - 1] && lastKind === 'punct' && lastValue === ')') {
      const edit = calls[calls.length - 2];
      calls.length -= 2;
      if (kind === 'punct' && value === '{') edit[2] = null;
      else result.hasDynamicImport = true;
    }
    if (kind === 'name') {
      if (value === 'import' && !(lastKind === 'punct' && (lastValue === '.' || lastValue === '?.'))) {
        const stmtStart = start;
        const atTop = depth === 0;
        if (atTop) exportDecl = false;
        next();
        if (kind === 'punct' && value === '(') {
          const edit = [stmtStart, stmtStart + 6, '__nodec_import'];
          edits.push(edit);
          // `import(...) {` is a method named import, not a call: undone when its `)` meets a `{`.
          calls.push(edit, depth - 1);
          continue;
        }
        if (kind === 'punct' && value === '.') {
          next();
          if (kind === 'name' && value === 'meta') {
            edits.push([stmtStart, pos, '__nodec_meta']);
            result.hasMeta = true;
            next();
          }
          continue;
        }
        if (isModule && atTop) {
          importStatement(stmtStart);
          continue;
        }
        continue;
      }
      if (value === 'export' && isModule && depth === 0 && !(lastKind === 'punct' && lastValue === '.')) {
        const stmtStart = start;
        exportDecl = false;
        next();
        exportStatement(stmtStart);
        continue;
      }
      if (value === 'await' && fnDepth === 0 && isModule) {
        result.maybeTLA = true;
        if (result.tlaPositions.length < 2) result.tlaPositions.push(start);
      }
    }
    if (exportDecl && depth === 0) {
      if (kind === 'punct' && value === ';') exportDecl = false;
      else if (kind === 'punct' && value === ',') {
        next();
        const names = [];
        try {
          bindingPattern(names);
          addLocalExports(names);
        } catch {
          exportDecl = false; // not a declarator after all; the engine reports real syntax errors
        }
        continue;
      } else if (nlBefore && (expressionEnd.has(lastKind) || (lastKind === 'punct' && (lastValue === ')' || lastValue === ']' || lastValue === '}'))) &&
                 (kind === 'name' || kind === 'string' || kind === 'num' || kind === 'template')) {
        exportDecl = false;
        continue;
      }
    }
    next();
  }
  for (let i = 0; i < calls.length; i += 2) result.hasDynamicImport = true; // unterminated: let the engine say
  if (result.hasDynamicImport || edits.some((e) => e[2] === null)) {
    result.edits = edits.filter((e) => e[2] !== null);
  }
  return result;
}

// Applies the edits, keeping every replaced range's newlines so line numbers do not move.
function applyEdits(source, edits) {
  if (edits.length === 0) return source;
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let at = 0;
  for (const [s, e, text] of edits) {
    if (s < at) continue;
    out += source.slice(at, s) + text;
    for (let i = s; i < e; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) out += '\n';
    }
    if (text === '' && e > s) out += ' ';
    at = e;
  }
  return out + source.slice(at);
}

module.exports = { lex, applyEdits };
