'use strict';
// node:vm. Scripts run in this context or in a new one; a new context is a separate JSC global
// object in the same VM. A "contextified" sandbox is synced with that global around each run:
// its properties are copied in before, and the globals the script created or changed copied back.

const contextify = internalBinding('contextify');
const { validateString, validateObject, validateArray } = require('internal/validators');

const kContext = Symbol('vm.context');
const kBaseline = Symbol('vm.baselineGlobals');

function lazyErrors() { return require('internal/errors'); }

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return Object.prototype.hasOwnProperty.call(object, kContext);
}

function createContext(contextObject = {}, options) {
  if (contextObject !== undefined && (contextObject === null || typeof contextObject !== 'object')) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('contextObject', 'Object', contextObject);
  }
  if (isContext(contextObject)) return contextObject;
  const [handle, global] = contextify.makeContext();
  Object.defineProperty(contextObject, kContext, { value: { handle, global }, enumerable: false });
  Object.defineProperty(contextObject, kBaseline, { value: new Set(Object.getOwnPropertyNames(global)), enumerable: false });
  return contextObject;
}

function runIn(contextObject, code, filename) {
  const { handle, global } = contextObject[kContext];
  const baseline = contextObject[kBaseline];
  for (const key of Object.keys(contextObject)) global[key] = contextObject[key];
  try {
    return contextify.runInContext(handle, code, filename);
  } finally {
    for (const key of Object.getOwnPropertyNames(global)) {
      if (baseline.has(key) && !Object.prototype.hasOwnProperty.call(contextObject, key)) continue;
      const desc = Object.getOwnPropertyDescriptor(global, key);
      if (desc && 'value' in desc) contextObject[key] = desc.value;
    }
  }
}

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object' && options.filename !== undefined) {
    validateString(options.filename, 'options.filename');
    return options.filename;
  }
  return fallback;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    this._code = code;
    this._filename = filenameOf(options, 'evalmachine.<anonymous>');
    contextify.checkSyntax('', this._filename); // cheap no-op keeps the binding warm
    // Surface syntax errors at construction, as node does.
    try {
      contextify.runInThisContext(`(function(){${'\n'}${code}${'\n'}})`, this._filename);
    } catch (e) {
      if (e instanceof SyntaxError) {
        // Re-check the plain script so the message and line refer to the user's code.
        contextify.runInThisContext(`if (false) {\n}\n`, this._filename);
        try { new Function(code); } catch (e2) { throw e2; }
      }
    }
    this.cachedDataRejected = false;
  }

  runInThisContext() {
    return contextify.runInThisContext(this._code, this._filename);
  }

  runInContext(contextifiedObject) {
    validateContext(contextifiedObject);
    return runIn(contextifiedObject, this._code, this._filename);
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject, options));
  }

  createCachedData() { return Buffer.alloc(0); }
}

function validateContext(contextifiedObject) {
  if (contextifiedObject === null || typeof contextifiedObject !== 'object' || !isContext(contextifiedObject)) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function runInThisContext(code, options) {
  validateString(code, 'code');
  return contextify.runInThisContext(code, filenameOf(options, 'evalmachine.<anonymous>'));
}

function runInContext(code, contextifiedObject, options) {
  validateString(code, 'code');
  validateContext(contextifiedObject);
  return runIn(contextifiedObject, code, filenameOf(options, 'evalmachine.<anonymous>'));
}

function runInNewContext(code, contextObject, options) {
  validateString(code, 'code');
  return runIn(createContext(contextObject, options), code, filenameOf(options, 'evalmachine.<anonymous>'));
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  for (const p of params) validateString(p, 'params');
  validateObject(options, 'options');
  const filename = filenameOf(options, '');
  const source = `(function (${params.join(', ')}) {\n${code}\n})`;
  if (options.parsingContext !== undefined) {
    validateContext(options.parsingContext);
    const { handle } = options.parsingContext[kContext];
    return contextify.runInContext(handle, source, filename);
  }
  const ext = options.contextExtensions;
  if (Array.isArray(ext) && ext.length > 0) {
    const names = ext.flatMap((o) => Object.keys(o));
    const outer = contextify.runInThisContext(`(function (${names.join(', ')}) { return ${source}; })`, filename);
    return outer(...ext.flatMap((o) => Object.values(o)));
  }
  return contextify.runInThisContext(source, filename);
}

function measureMemory() {
  const { ERR_METHOD_NOT_IMPLEMENTED } = lazyErrors().codes;
  return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('vm.measureMemory'));
}

const constants = Object.freeze({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script, createContext, createScript: (code, options) => new Script(code, options), runInContext,
  runInNewContext, runInThisContext, isContext, compileFunction, measureMemory, constants,
};
