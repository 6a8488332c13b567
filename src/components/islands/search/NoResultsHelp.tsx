/**
 * What the search page offers when a query finds nothing: the audience pages and the complaints
 * route (src/lib/site/complaints.ts), so a parent who types "klacht" or a word the site does not
 * use still has a way on.
 */
import { t } from '../../../i18n/t.ts';
import type { AudienceHelp } from '../../../lib/site/complaints.ts';

export default function NoResultsHelp({ help }: { help: AudienceHelp }) {
  return (
    <section className="kp-zoeken__help kp-prose" aria-labelledby="kp-zoeken-hulp">
      <h2 id="kp-zoeken-hulp">{t('search.help')}</h2>
      <p>{t('search.helpIntro')}</p>
      <ul>
        {help.audiences.map((a) => (
          <li key={a.href}><a href={a.href}>{a.label}</a></li>
        ))}
        {help.complaints && <li><a href={help.complaints.href}>{help.complaints.label}</a></li>}
      </ul>
      {help.complaints && (
        <p>
          {help.complaints.phoneIntro} <a href={help.complaints.tel}>{help.complaints.phone}</a>
        </p>
      )}
    </section>
  );
}
