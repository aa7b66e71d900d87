'use strict';
// Terminal colour support detection, as node's getColorDepth/hasColors (env-driven).

const COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'].some((k) => k in env) ||
        env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm': case 'MacTerm': return COLORS_16m;
    case 'Apple_Terminal': return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM) || /truecolor|24bit|-direct/.test(env.TERM)) return /truecolor|24bit|-direct/.test(env.TERM) ? COLORS_16m : COLORS_256;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|eterm|con|kitty|alacritty|konsole|st|tmux)/i.test(env.TERM)) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count = 16, env = process.env) {
  if (typeof count === 'object' && count !== null) { env = count; count = 16; }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
