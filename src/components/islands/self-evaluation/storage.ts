/** localStorage can be missing or full (private windows, strict settings, quota): every call says whether it worked. */
export function storageGet(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}
export function storageSet(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
export function storageRemove(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}
export const storageKey = (guide: string) => `kennisplatform:reflectiewijzer:${guide}`;
