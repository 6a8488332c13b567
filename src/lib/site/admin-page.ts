/**
 * The page that starts the editors' CMS at /admin/: Dutch, never indexed, and a Content-Security-Policy
 * that allows only what the CMS needs (README, "Editors' CMS"). Written into dist/admin/ by
 * src/integrations/cms-admin.ts and served the same way by `npm run dev` and `npm run redactie`.
 */
export const ADMIN_PATH = '/admin/';

/**
 * What Sveltia CMS needs, and why; everything else is refused:
 * - script-src 'self': its own bundle only; no eval.
 * - style-src 'unsafe-inline': Svelte puts each component's styles in <style> elements and style
 *   attributes at run time; there is no build of the CMS without them.
 * - img-src/media-src blob: data:: previews of files the editor picks, before they are saved.
 * - connect-src https://api.github.com: reading and committing through the GitHub API (editorial
 *   workflow); blob: and data: for files it made itself. GitHub's status page is not allowed, so the
 *   CMS's status check never leaves the site.
 * - worker-src blob:: its image decoder runs in a worker made from the bundle.
 */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The HTML of /admin/; `script` is the bundle's entry file name. */
export function adminPage(script: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${ADMIN_CSP}">
<meta name="referrer" content="same-origin">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Redactie – Kennisplatform</title>
<link href="${ADMIN_PATH}config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script type="module" src="${ADMIN_PATH}${script}"></script>
</body>
</html>
`;
}
