'use strict';
// Symbols shared by the readline Interface implementations.

module.exports = {
  kSawKeyPress: Symbol('_sawKeyPress'),
  kTabComplete: Symbol('_tabComplete'),
  kTabCompleter: Symbol('_tabCompleter'),
  kQuestion: Symbol('_question'),
  kQuestionCancel: Symbol('_questionCancel'),
  kQuestionReject: Symbol('_questionReject'),
  kWriteToOutput: Symbol('_writeToOutput'),
};
