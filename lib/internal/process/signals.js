'use strict';
// process.on('SIGINT', fn): start a uv_signal watcher when the first listener arrives, stop it
// when the last one goes. Without listeners the OS default applies, as in node.

const binding = internalBinding('signals');

function setup(process) {
  // The signal table and the C handler are set up with the first signal listener, not at start-up.
  let signals;
  const table = () => {
    if (signals === undefined) {
      signals = internalBinding('constants').os.signals;
      binding.setHandler((signum) => {
        // SIGIOT == SIGABRT and SIGPOLL == SIGIO share numbers: emit every name listened to.
        for (const name of Object.keys(signals)) {
          if (signals[name] === signum && process.listenerCount(name) > 0) process.emit(name, name, signum);
        }
      });
    }
    return signals;
  };
  const isSignal = (type) => typeof type === 'string' && type.startsWith('SIG') && table()[type] !== undefined;
  process.on('newListener', (type) => {
    if (!isSignal(type) || process.listenerCount(type) > 0) return;
    const err = binding.start(signals[type]);
    if (err) {
      throw require('internal/errors').errnoException(err, 'uv_signal_start');
    }
  });
  process.on('removeListener', (type) => {
    if (!isSignal(type) || process.listenerCount(type) > 0) return;
    binding.stop(signals[type]);
  });
}

module.exports = { setup };
