import { prefersHtml } from '../explorer-route';

// Only a browser's navigation gets the explorer page (or its plain refusal); every client that
// asks for JSON, or for anything, gets the API as before.
describe('prefersHtml', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
    ['text/html', true],
    ['*/*', false],
    [undefined, false],
    ['application/json', false],
    ['application/json, text/html', false],
    ['text/html;q=0.5, application/graphql-response+json', false],
    ['text/html;q=0, */*', false],
  ])('%p: %p', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
