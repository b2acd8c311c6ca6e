import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/words.ts
function plural(count, singular, pluralForm = pluralOf(singular)) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function pluralOf(singular) {
  return /[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`;
}

export {
  plural
};
//# sourceMappingURL=chunk-3YVYB553.js.map
