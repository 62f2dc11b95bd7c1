// Where two normalised answers first differ, short enough to print.
const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

export function firstDifference(expected: unknown, actual: unknown, at = '$'): string | undefined {
  if (Object.is(expected, actual)) return undefined;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const difference = firstDifference(expected[i], actual[i], `${at}[${i}]`);
      if (difference)
        return expected.length === actual.length ? difference : `${difference} (lengths ${expected.length} vs ${actual.length})`;
    }
    return undefined;
  }
  if (
    expected &&
    actual &&
    typeof expected === 'object' &&
    typeof actual === 'object' &&
    !Array.isArray(expected) &&
    !Array.isArray(actual)
  ) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) {
      const difference = firstDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  return `${at}: expected ${show(expected)}, got ${show(actual)}`;
}
