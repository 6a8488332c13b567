/** Visits every plain object and array in parsed content data with its path, so a check can report the right line. */
export function walkData(value: unknown, visit: (node: Record<string, unknown>, path: PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkData(v, visit, [...path, i]));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const node = value as Record<string, unknown>;
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walkData(v, visit, [...path, k]);
  }
}
