'use strict';
// readline in terminal mode: keypress decoding, line editing keys, history search, kill ring,
// undo, tab completion output, readline/promises question rejection on Ctrl+C, Readline class.
const assert = require('assert');
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const { EventEmitter } = require('events');

class Fake extends EventEmitter {
  constructor() { super(); this.out = ''; this.columns = 80; }
  write(d) { this.out += d; return true; }
  resume() {}
  pause() {}
}

// Key decoding.
{
  const s = new PassThrough();
  const keys = [];
  readline.emitKeypressEvents(s);
  s.on('keypress', (str, k) => keys.push([str, k.name, k.ctrl, k.meta, k.shift, k.code]));
  s.write('a\x1b[1;5D\x01\x1bb\x1b[3~Q');
  assert.deepStrictEqual(keys, [
    ['a', 'a', false, false, false, undefined],
    [undefined, 'left', true, false, false, '[D'],
    ['\x01', 'a', true, false, false, undefined],
    [undefined, 'b', false, true, false, undefined],
    [undefined, 'delete', false, false, false, '[3~'],
    ['Q', 'q', false, false, true, undefined],
  ]);
}

// Editing.
{
  const fi = new Fake();
  const rl = readline.createInterface({ input: fi, output: fi, terminal: true, prompt: '' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  fi.emit('data', 'hello big world');
  fi.emit('data', '\x17'); // ctrl-w
  assert.strictEqual(rl.line, 'hello big ');
  fi.emit('data', '\x01'); // ctrl-a
  assert.strictEqual(rl.cursor, 0);
  fi.emit('data', '\x1bf'); // meta-f
  assert.strictEqual(rl.cursor, 6);
  fi.emit('data', '\x0b'); // ctrl-k
  assert.strictEqual(rl.line, 'hello ');
  fi.emit('data', '\x19'); // ctrl-y
  assert.strictEqual(rl.line, 'hello big ');
  fi.emit('keypress', '', { sequence: '\x1f' }); // undo
  assert.strictEqual(rl.line, 'hello ');
  fi.emit('data', 'you\r');
  assert.deepStrictEqual(lines, ['hello you']);
  assert.deepStrictEqual(rl.history, ['hello you']);
  fi.emit('data', 'x\n');
  fi.emit('data', '\x1b[A');
  assert.strictEqual(rl.line, 'x');
  fi.emit('data', '\x1b[A');
  assert.strictEqual(rl.line, 'hello you');
  rl.close();
  assert.strictEqual(rl.closed, true);
}

// Cursor position with wide characters and wrapping.
{
  const fi = new Fake();
  fi.columns = 5;
  const rl = readline.createInterface({ input: fi, output: fi, terminal: true, prompt: '> ' });
  fi.emit('data', 'ab漢');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 2 });
  rl.close();
}

// Tab completion: common prefix, then the list on a second tab.
{
  const fi = new Fake();
  const rl = readline.createInterface({
    input: fi, output: fi, terminal: true,
    completer: (line) => [['apple', 'apricot'].filter((c) => c.startsWith(line)), line],
  });
  fi.emit('data', 'a');
  fi.emit('data', '\t');
  assert.strictEqual(rl.line, 'ap');
  fi.out = '';
  fi.emit('data', '\t');
  assert.match(fi.out, /apple {4}apricot/);
  rl.close();
}

// readline/promises: question resolves; Ctrl+C rejects a pending question.
(async () => {
  const fi = new Fake();
  const rl = rlp.createInterface({ input: fi, output: fi, terminal: true });
  const p = rl.question('name? ');
  fi.emit('data', 'Bo\r');
  assert.strictEqual(await p, 'Bo');
  const q = rl.question('again? ');
  fi.emit('data', '\x03');
  await assert.rejects(q, { name: 'AbortError' });

  const out = new PassThrough();
  let data = '';
  out.on('data', (d) => { data += d; });
  const r = new rlp.Readline(out);
  await r.cursorTo(1, 2).moveCursor(-1, 0).clearLine(0).clearScreenDown().commit();
  assert.strictEqual(data, '\x1b[3;2H\x1b[1D\x1b[2K\x1b[0J');
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
