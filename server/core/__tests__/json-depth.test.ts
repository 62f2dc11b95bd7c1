import { withinJsonDepth } from '../json-depth';

const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

describe('withinJsonDepth', () => {
  it('counts objects and arrays alike, up to the limit and not one past it', () => {
    expect(withinJsonDepth(nested(3), 3)).toBe(true);
    expect(withinJsonDepth(nested(4), 3)).toBe(false);
    expect(withinJsonDepth('{"a":[{"b":{}}]}', 4)).toBe(true);
    expect(withinJsonDepth('{"a":[{"b":{"c":[]}}]}', 4)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(withinJsonDepth(JSON.stringify({ query: '{ a { b { c { d } } } }' }), 1)).toBe(true);
    expect(withinJsonDepth(JSON.stringify({ text: 'say \\"[[[[" and {{{{' }), 1)).toBe(true);
    // An escaped backslash ends with the string's closing quote: the lists after it count.
    expect(withinJsonDepth('{"a":"\\\\","b":[[]]}', 2)).toBe(false);
  });

  it('reads 10,000 levels without recursion', () => {
    expect(withinJsonDepth(nested(10_000))).toBe(false);
    expect(withinJsonDepth(nested(64))).toBe(true);
  });
});
