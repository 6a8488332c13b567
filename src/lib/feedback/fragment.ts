/**
 * The feedback code as it arrives, after a mail program, a chat app, a QR scanner or a copy has
 * been at the link: percent-encoded as a whole, once or twice (`v2%2E2026-1%2E…`, `%76%32%2E…`),
 * with the # itself encoded (`#%23v2.…`, or `…/terugkoppeling/%23v2.…`, where the # became part of
 * the path and the host answers with its 404 page), broken over lines, or with a closing bracket or
 * full stop of the sentence around it. A code is only letters, digits, `-`, `_` and dots, so
 * decoding never changes a valid code. A malformed percent sequence never throws: it is reported as
 * `garbled`, for a clear message. Imports nothing: the 404 page uses it too.
 */
export type FragmentCode = { kind: 'none' } | { kind: 'garbled' } | { kind: 'code'; code: string };

/** Double encoding happens (a link encoded, then the mail encoded again); more than this is not a link of ours. */
const MAX_DECODES = 3;
// "v3" alone is a link cut off right after its version: a code, to be called incomplete.
const CODE_START = /^v\d+(\.|$)/;

/** Reads a URL fragment (with or without #): the feedback code in it, or why there is none. */
export function codeFromFragment(fragment: string): FragmentCode {
  let text = fragment;
  for (let round = 0; ; round++) {
    // Leading #s (an encoded # decodes to one), and white space from a wrapped line.
    text = text.replace(/\s+/g, '').replace(/^#+/, '');
    if (!text.includes('%') || round === MAX_DECODES) break;
    try {
      text = decodeURIComponent(text);
    } catch {
      return { kind: 'garbled' };
    }
  }
  if (!CODE_START.test(text)) return { kind: 'none' };
  // A signature ends in a base64url character: anything after it came from around the link.
  return { kind: 'code', code: text.replace(/[^A-Za-z0-9_-]+$/, '') };
}

const FEEDBACK_PAGE = /^(\/themaonderzoeken\/[a-z0-9-]+\/(?:terugkoppeling|bestuur)\/)(.+)$/;

/**
 * For the 404 page: a feedback link whose # was encoded (`…/terugkoppeling/%23v2.…`, or a board's
 * `…/bestuur/%23v3.…`) becomes the address of its page with the code as its fragment; anything else is undefined.
 */
export function feedbackAddressFromPath(pathname: string): string | undefined {
  const match = FEEDBACK_PAGE.exec(pathname);
  if (!match || !/^%(25)*23/i.test(match[2]!)) return undefined;
  const read = codeFromFragment(match[2]!);
  return read.kind === 'code' ? `${match[1]}#${read.code}` : undefined;
}
