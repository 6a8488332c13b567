import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

/** All built HTML pages as site paths (/themas/x/). */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        // admin/: the editors' CMS, an application with its own tests (cms-admin.test.ts), not a page of the site.
        if (name !== 'pagefind' && name !== '_astro' && name !== 'media' && !(dir === DIST && name === 'admin')) walk(abs);
      } else if (name === 'index.html') out.push(`/${dir.slice(DIST.length + 1)}${dir === DIST ? '' : '/'}`.replace('//', '/'));
    }
  };
  walk(DIST);
  return out.sort();
}

/** The first built page under a folder, e.g. firstPageUnder('/podcasts/') → '/podcasts/aflevering-1/'. */
export function firstPageUnder(prefix: string): string {
  const dir = join(DIST, prefix);
  const child = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'index.html')))
    .sort()[0];
  if (!child) throw new Error(`geen pagina's gebouwd onder ${prefix}`);
  return `${prefix}${child}/`;
}

/** One page of every page type: what the browser tests visit at phone and desktop width. */
export function pageTypes(): Record<string, string> {
  return {
    home: '/',
    themes: '/themas/',
    theme: firstPageUnder('/themas/'),
    framework: '/onderzoekskader/',
    edition: '/onderzoekskader/2021/',
    standard: '/onderzoekskader/2021/op0/',
    'standard-2017': '/onderzoekskader/2017/sk1/',
    'edition-2017': '/onderzoekskader/2017/',
    'edition-planned': '/onderzoekskader/2027/',
    supervisionIndex: '/toezicht/',
    supervision: '/toezicht/voor-tijdens-en-na-een-bezoek/',
    'supervision-timeline': '/toezicht/nieuw-onderzoekskader-2027/',
    'sector-vve': '/sectoren/vve/',
    agendaIndex: '/kennisagenda/',
    agenda: '/kennisagenda/2026/',
    practices: '/goede-voorbeelden/',
    'practices-filter': '/goede-voorbeelden/sector/po/',
    practice: firstPageUnder('/goede-voorbeelden/'),
    brochures: '/brochures/',
    brochure: firstPageUnder('/brochures/'),
    guides: '/reflectiewijzers/',
    guide: firstPageUnder('/reflectiewijzers/'),
    webinars: '/webinars/',
    webinar: firstPageUnder('/webinars/'),
    podcasts: '/podcasts/',
    podcast: firstPageUnder('/podcasts/'),
    investigations: '/themaonderzoeken/',
    investigation: firstPageUnder('/themaonderzoeken/'),
    'investigation-feedback': `${firstPageUnder('/themaonderzoeken/')}terugkoppeling/`,
    'investigation-board': `${firstPageUnder('/themaonderzoeken/')}bestuur/`,
    'expert-schools': '/expertscholen/',
    'expert-school': firstPageUnder('/expertscholen/'),
    search: '/zoeken/?q=lezen',
    accessibility: '/toegankelijkheid/',
    colophon: '/colofon/',
    'design-system': '/ontwerpsysteem/',
    'not-found': NOT_FOUND_SAMPLE,
    sectors: '/sectoren/',
    sector: '/sectoren/po/',
    'sector-mbo': '/sectoren/mbo/',
    audiences: '/voor-wie/',
    audience: '/voor-wie/ouders/',
    'audience-inspectors': '/voor-wie/inspecteurs/',
    'visit-kit-choose': '/bezoekkit/thema/basisvaardigheden/',
    'visit-kit-theme': '/bezoekkit/thema/basisvaardigheden/po/',
    'visit-kit-standard': '/bezoekkit/standaard/2021-op0/vo/',
    'visit-kit-2017': '/bezoekkit/standaard/2017-sk1/po/',
    follow: '/volgen/',
    print: '/afdrukken/',
  };
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** An address that does not exist: the host answers with the 404 page. */
export const NOT_FOUND_SAMPLE = '/deze-pagina-bestaat-niet/';

/**
 * Pages that may load JavaScript: search, the good-practice listing (schools like mine), the two
 * school tools, media pages (seek script), visit kits (print button), and the 404 page (it sends a
 * feedback link whose # was encoded as %23 on to its page).
 */
export function mayHaveScript(path: string): boolean {
  return path === NOT_FOUND_SAMPLE || /^\/(zoeken|goede-voorbeelden|podcasts\/[^/]+|webinars\/[^/]+|reflectiewijzers\/[^/]+|themaonderzoeken\/[^/]+(\/(terugkoppeling|bestuur))?|bezoekkit\/[^/]+\/[^/]+\/[^/]+)\/$/.test(path.split('?')[0]!);
}
