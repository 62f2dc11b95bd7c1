/** Text as a quoted CSS string, so a period label cannot end the `content` value early. */
export const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\s+/g, ' ')}"`;

/** "Page {page} of {pages}" as CSS `content`, the placeholders becoming the page counters. */
export function counterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}
