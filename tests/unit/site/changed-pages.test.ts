import { describe, expect, it } from 'vitest';
import { changedFiles, changedPagesSummary } from '../../../src/lib/site/changed-pages.ts';

describe('pages a pull request changes', () => {
  it('maps content files to the pages that show them, by the same routes and ids as the build', () => {
    expect(
      changedFiles([
        'content/practices/Samen Lezen.md',
        'content/agenda/2026.yaml',
        'content/standards/2021/op0.yaml',
        'content/themes/leskwaliteit.md',
        'content/investigations/_scores/x.csv',
        'content/search-terms/synoniemen.yaml',
        'public/images/klas.jpg',
        'src/lib/site/routes.ts',
      ]),
    ).toEqual([
      { file: 'content/practices/Samen Lezen.md', page: '/goede-voorbeelden/samen-lezen/' },
      { file: 'content/agenda/2026.yaml', page: '/kennisagenda/2026/' },
      { file: 'content/standards/2021/op0.yaml', page: '/onderzoekskader/2021/op0/' },
      { file: 'content/themes/leskwaliteit.md', page: '/themas/leskwaliteit/' },
      { file: 'content/investigations/_scores/x.csv', note: 'geen pagina (notitie of voorbeeld)' },
      { file: 'content/search-terms/synoniemen.yaml', note: 'zoekwoorden: de zoekresultaten van de hele site' },
      { file: 'public/images/klas.jpg', note: 'bestand /images/klas.jpg' },
    ]);
  });

  it('writes the job summary in Dutch, and says so when no content changed', () => {
    const md = changedPagesSummary(changedFiles(['content/brochures/a.md', 'public/images/b.jpg']), 'Voorvertoning: zie Artifacts.');
    expect(md).toContain("### Pagina's die veranderen\n\n- `/brochures/a/` (content/brochures/a.md)");
    expect(md).toContain('- public/images/b.jpg: bestand /images/b.jpg');
    expect(changedPagesSummary([], '')).toContain('Geen inhoud veranderd');
  });
});
