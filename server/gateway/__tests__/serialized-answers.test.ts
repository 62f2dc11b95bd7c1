import { rememberSerialized, stringifyResult } from '../serialized-answers';

describe('stringifyResult', () => {
  it('writes a remembered answer from its stored text, and any other as Apollo would', () => {
    const cached = { data: { coverage: { roundtables: 2 } } };
    // A stored text that JSON.stringify would not produce, to see which one is written.
    rememberSerialized(cached, '{"data":{"coverage":{"roundtables":2}},"stored":true}');
    expect(stringifyResult({ data: cached.data })).toBe('{"data":{"coverage":{"roundtables":2}},"stored":true}\n');
    expect(stringifyResult({ data: { coverage: { roundtables: 2 } } })).toBe('{"data":{"coverage":{"roundtables":2}}}\n');
  });

  it('never writes a stored text for an answer that has errors or extensions beside the data', () => {
    const data = { regions: [] };
    rememberSerialized({ data }, '{"data":{"regions":[]}}');
    const errors = [{ message: 'Unknown region "x" in filter.regions' }];
    expect(stringifyResult({ data, errors })).toBe(`${JSON.stringify({ data, errors })}\n`);
    expect(stringifyResult({ data, extensions: { cost: 1 } })).toBe(`${JSON.stringify({ data, extensions: { cost: 1 } })}\n`);
  });
});
