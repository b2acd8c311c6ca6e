// A trivial benchmark that proves the harness works: JSON.stringify vs JSON.parse of the same object.
import { medianMs, report } from './harness.js';

const value = { items: Array.from({ length: 20_000 }, (_, i) => ({ i, name: `item-${i}` })) };
const text = JSON.stringify(value);
const parse = await medianMs(5, () => JSON.parse(text));
const stringify = await medianMs(5, () => JSON.stringify(value));
report({
  name: 'harness',
  description: 'JSON.stringify relative to JSON.parse of the same data (harness self-check)',
  rows: [
    { metric: 'JSON.parse', value: parse, unit: 'ms' },
    { metric: 'JSON.stringify', value: stringify, unit: 'ms' },
  ],
  ratio: { value: stringify / parse, baseline: 'JSON.parse' },
});
