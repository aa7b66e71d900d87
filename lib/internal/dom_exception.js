'use strict';
// The DOMException global, as WebIDL defines it.

// Legacy numeric codes of the named DOMException errors (WebIDL table).
const domExceptionCodes = {
  __proto__: null,
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
  AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
  InvalidNodeTypeError: 24, DataCloneError: 25,
};

// DOMException (WebIDL): an Error subclass with name/message/code accessors; the stack's first line
// is computed lazily from them (internal/error_stack).
let cloneDOMException;

class DOMException extends Error {
  #name;
  #message;
  constructor(message = '', options = 'Error') {
    super();
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    // Error() set an own empty message; the spec puts message on the prototype.
    delete this.message;
  }
  get name() { return this.#name; }
  get message() { return this.#message; }
  get code() { return domExceptionCodes[this.#name] ?? 0; }

  // structuredClone: null unless `value` really is a DOMException.
  static #clone(value) {
    if (value === null || typeof value !== 'object' || !(#name in value)) return null;
    const out = new DOMException(value.#message, value.#name);
    Object.defineProperty(out, 'stack', {
      __proto__: null, value: value.stack, writable: true, configurable: true, enumerable: false,
    });
    return out;
  }
  static {
    cloneDOMException = (value) => DOMException.#clone(value);
  }
}
Object.defineProperty(DOMException, 'name', { __proto__: null, value: 'DOMException' });
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const [name, code] of Object.entries({
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
  NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
  TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
  QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
})) {
  const desc = { __proto__: null, value: code, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, name, desc);
  Object.defineProperty(DOMException.prototype, name, desc);
}

module.exports = { DOMException: DOMException, cloneDOMException };
