'use strict';
// process.env stores strings only; delete and `in` behave like a plain object of strings.
const env = process.env;
env.NODEC_T_NUM = 1;
console.log(typeof env.NODEC_T_NUM, JSON.stringify(env.NODEC_T_NUM));
env.NODEC_T_BOOL = true;
env.NODEC_T_NULL = null;
env.NODEC_T_UNDEF = undefined;
env.NODEC_T_OBJ = { a: 1 };
console.log(JSON.stringify([env.NODEC_T_BOOL, env.NODEC_T_NULL, env.NODEC_T_UNDEF, env.NODEC_T_OBJ]));
console.log('in after set: ' + ('NODEC_T_NUM' in env));
console.log('delete returns ' + delete env.NODEC_T_NUM);
console.log('in after delete: ' + ('NODEC_T_NUM' in env) + ', value ' + env.NODEC_T_NUM);
console.log('delete missing returns ' + delete env.NODEC_T_NEVER_SET);
console.log('missing is undefined: ' + (env.NODEC_T_NEVER_SET === undefined));
console.log('listed in keys: ' + Object.keys(env).includes('NODEC_T_BOOL'));
console.log('hasOwnProperty: ' + Object.prototype.hasOwnProperty.call(env, 'NODEC_T_BOOL'));
env.NODEC_T_EMPTY = '';
console.log('empty string kept: ' + JSON.stringify(env.NODEC_T_EMPTY) + ' ' + ('NODEC_T_EMPTY' in env));
try {
  env.NODEC_T_SYM = Symbol('s');
} catch (e) {
  console.log('symbol value: ' + e.name);
}
console.log('PATH is a string: ' + (typeof env.PATH === 'string'));
console.log('JSON of a subset: ' + JSON.stringify(Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('NODEC_T_')).sort())));
const copy = { ...env };
console.log('spread copy has strings: ' + (copy.NODEC_T_BOOL === 'true'));
