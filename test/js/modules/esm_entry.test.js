'use strict';
// ES module entry points and CommonJS interop: .mjs and "type": "module" mains, --input-type,
// syntax detection, import() from CommonJS and eval code, require(esm), exit codes.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, 'fixtures', 'esm');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-esm-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (rel, text) => {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
};
const run = (args, input) => spawnSync(process.execPath, args, { cwd: dir, input, encoding: 'utf8' });

// "type": "module" makes .js an ES module.
let r = run([path.join(fixtures, 'typemod', 'entry.js')]);
assert.strictEqual(r.stdout, 'typemod 1 undefined\n', r.stderr);

// require() of an ES module returns its namespace.
const ns = require(path.join(fixtures, 'typemod', 'dep.js'));
assert.strictEqual(ns.viaRequire, 1);
assert.strictEqual(ns.default, 2);
assert.strictEqual(require(path.join(fixtures, 'lib.mjs')).a, 1);
assert.throws(() => require(path.join(fixtures, 'tla.mjs')), { code: 'ERR_REQUIRE_ASYNC_MODULE' });

// import() from CommonJS.
import(path.join(fixtures, 'lib.mjs')).then((m) => {
  assert.strictEqual(m.a, 1);
  assert.strictEqual(m.inc, require(path.join(fixtures, 'lib.mjs')).inc);
  assert.strictEqual(require(path.join(fixtures, 'lib.mjs')).__esModule, true);
});

const methods = require(path.join(fixtures, 'import_method.cjs'));
assert.deepStrictEqual([...methods], ['method 1', 2, 3]);
methods.dyn.then((m) => assert.strictEqual(m.a, 1));

// --input-type=module with -e and stdin; import() in CommonJS -e.
write('dep.mjs', 'export const v = "dep";\n');
r = run(['--input-type=module', '-e', 'import { v } from "./dep.mjs"; console.log(v, import.meta.url)']);
assert.strictEqual(r.stdout, `dep file://${dir}/[eval1]\n`, r.stderr);
r = run(['--input-type=module'], 'import { v } from "./dep.mjs"; console.log("stdin", v)');
assert.strictEqual(r.stdout, 'stdin dep\n', r.stderr);
r = run(['-e', 'import("./dep.mjs").then((m) => console.log(m.v))']);
assert.strictEqual(r.stdout, 'dep\n', r.stderr);
// A CommonJS module with import() keeps its 'use strict' directive.
write('strict.cjs', "'use strict';\nimport('./dep.mjs').then((m) => console.log(m.v, (function () { return this; })()));\n// end");
r = run(['strict.cjs']);
assert.strictEqual(r.stdout, 'dep undefined\n', r.stderr);
// Syntax detection: ESM syntax in an ambiguous .js main or -e.
write('ambiguous.js', 'import { v } from "./dep.mjs";\nconsole.log("detected", v);\n');
r = run(['ambiguous.js']);
assert.strictEqual(r.stdout, 'detected dep\n', r.stderr);
r = run(['-e', 'import { v } from "./dep.mjs"; console.log("eval", v)']);
assert.strictEqual(r.stdout, 'eval dep\n', r.stderr);

// Uncaught errors: node's report, exit 1; top-level await in the main module.
write('throw.mjs', 'const x = 1;\nthrow new Error("boom");\n');
r = run(['throw.mjs']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, new RegExp(`^file://${dir}/throw.mjs:2\\n`));
assert.match(r.stderr, /Error: boom/);
write('reject.mjs', 'await null;\nthrow new TypeError("late");\n');
r = run(['reject.mjs']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /TypeError: late/);
write('unsettled.mjs', 'console.log("before");\nawait new Promise(() => {});\n');
r = run(['unsettled.mjs']);
assert.strictEqual(r.status, 13);
assert.strictEqual(r.stdout, 'before\n');
assert.match(r.stderr, /Warning: Detected unsettled top-level await at file:.*unsettled\.mjs/);
write('tla-ok.mjs', 'const v = await new Promise((res) => setTimeout(() => res(7), 1));\nconsole.log(v);\n');
r = run(['tla-ok.mjs']);
assert.strictEqual(r.stdout, '7\n');
assert.strictEqual(r.status, 0);
write('missing.mjs', 'import "./nowhere.mjs";\n');
r = run(['missing.mjs']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);

// Line numbers survive the translation (multi-line import statements are replaced by newlines).
write('lines.mjs', 'import {\n  v\n} from "./dep.mjs";\nexport {\n  v as w\n};\nconst e = new Error("here");\nconsole.log(e.stack.split("\\n")[1]);\n');
r = run(['lines.mjs']);
assert.match(r.stdout, /lines\.mjs:7:/);
