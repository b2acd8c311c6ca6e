// Counted nouns in what the tool prints: "1 entity", "2 entities", never "1 entities".

/** `count` and the noun, singular for exactly one: `plural(2, 'entity')` is `2 entities`. */
export function plural(count: number, singular: string, pluralForm = pluralOf(singular)): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** English plural of the tool's nouns: `entity` → `entities`, `access key` → `access keys`. */
function pluralOf(singular: string): string {
  return /[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`;
}
