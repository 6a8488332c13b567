/**
 * "Scholen zoals de mijne" on /goede-voorbeelden/: combined filters with counts, state in the URL,
 * and the closest examples when nothing matches. Before JavaScript runs (or without it) it shows
 * links to the pre-rendered single-filter pages, which work everywhere.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { t } from '../../../i18n/t.ts';
import { closestSchools, countsFor, filterSchools, FILTER_KEYS, queryFromState, stateFromQuery, type FilterKey, type FilterState, type SchoolFacts } from '../../../lib/catalog/schools-like-mine.ts';
import './schools-like-mine.css';

interface School extends SchoolFacts {
  url: string;
  title: string;
  summary: string;
  themeTitles: string[];
  line: string;
}
export interface FilterOption { value: string; label: string }
export interface SingleFilterLinks { title: string; links: { href: string; label: string; count: number }[] }

interface Props {
  dataUrl: string;
  options: Record<FilterKey, FilterOption[]>;
  singleFilters: SingleFilterLinks[];
  /** Id of the server-rendered result list, hidden while the island shows its own results. */
  staticResultsId: string;
}

const LABELS: Record<FilterKey, string> = {
  thema: t('slm.theme'),
  sector: t('slm.sector'),
  soort: t('slm.type'),
  regio: t('slm.region'),
  grootte: t('slm.size'),
  schoolweging: t('slm.weging'),
};

function Card({ school }: { school: School }) {
  return (
    <li>
      <article className="kp-slm__card">
        <h3 className="kp-slm__title"><a href={school.url}>{school.title}</a></h3>
        <p className="kp-slm__school">{school.line}</p>
        <p className="kp-slm__summary">{school.summary}</p>
        <p className="kp-slm__themes">{school.themeTitles.join(', ')}</p>
      </article>
    </li>
  );
}

/** The island's own collapsible panel: a <details> works before and without JavaScript. */
function Panel({ children, panel }: { children: ReactNode; panel: RefObject<HTMLDetailsElement | null> }) {
  return (
    <details ref={panel} className="kp-slm-panel">
      <summary>{t('slm.title')}</summary>
      {children}
    </details>
  );
}

export default function SchoolsLikeMine({ dataUrl, options, singleFilters, staticResultsId }: Props) {
  const [schools, setSchools] = useState<School[] | null>(null);
  const [state, setState] = useState<FilterState>({});
  const [failed, setFailed] = useState(false);
  const panel = useRef<HTMLDetailsElement>(null);

  // After mounting: read the URL, load the schools once, open the panel when filters are set.
  useEffect(() => {
    const known = Object.fromEntries(FILTER_KEYS.map((k) => [k, options[k].map((o) => o.value)])) as Record<FilterKey, string[]>;
    const initial = stateFromQuery(new URLSearchParams(window.location.search), known);
    setState(initial);
    if (Object.keys(initial).length && panel.current) panel.current.open = true;
    fetch(dataUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: School[]) => setSchools(data))
      .catch(() => setFailed(true));
  }, [dataUrl, options]);

  const active = Object.keys(state).length > 0;
  // The island's own list replaces the server-rendered one only while filters are chosen.
  useEffect(() => {
    const list = document.getElementById(staticResultsId);
    if (list) list.hidden = Boolean(schools && active);
  }, [schools, active, staticResultsId]);

  if (!schools) {
    return (
      <Panel panel={panel}>
        {failed && <p role="alert">{t('slm.loadFailed')}</p>}
        <p>{t('slm.noScript')}</p>
        {singleFilters.map((group) => (
          <div key={group.title} className="kp-slm__single">
            <h3>{group.title}</h3>
            <ul>{group.links.map((l) => <li key={l.href}><a href={l.href}>{l.label} ({l.count})</a></li>)}</ul>
          </div>
        ))}
      </Panel>
    );
  }

  const choose = (key: FilterKey, value: string) => {
    const next: FilterState = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    setState(next);
    window.history.replaceState(null, '', `${window.location.pathname}${queryFromState(next)}`);
  };
  const results = filterSchools(schools, state);
  const closest = active && results.length === 0 ? closestSchools(schools, state) : [];
  const status = !active
    ? t('slm.chooseHint', { n: schools.length })
    : results.length === 0
      ? t('slm.none')
      : results.length === 1
      ? t('slm.countOne')
      : t('slm.count', { n: results.length });

  return (
    <Panel panel={panel}>
      <form className="kp-slm__form" onSubmit={(e) => e.preventDefault()} aria-label={t('slm.formLabel')}>
        {FILTER_KEYS.map((key) => {
          const counts = countsFor(schools, state, key);
          return (
            <div key={key} className="kp-slm__field">
              <label htmlFor={`kp-slm-${key}`}>{LABELS[key]}</label>
              <select id={`kp-slm-${key}`} value={state[key] ?? ''} onChange={(e) => choose(key, e.target.value)}>
                <option value="">{t('slm.any')}</option>
                {options[key].map((o) => (
                  <option key={o.value} value={o.value}>{`${o.label} (${counts.get(o.value) ?? 0})`}</option>
                ))}
              </select>
            </div>
          );
        })}
        {active && <button type="button" className="kp-button kp-slm__clear" onClick={() => { setState({}); window.history.replaceState(null, '', window.location.pathname); }}>{t('slm.clear')}</button>}
      </form>
      <p role="status" className="kp-slm__status">{status}</p>
      {active && results.length > 0 && <ul className="kp-slm__list" aria-label={t('slm.resultsLabel')}>{results.map((s) => <Card key={s.id} school={s} />)}</ul>}
      {closest.length > 0 && (
        <>
          <h2 className="kp-slm__closest">{t('slm.closest')}</h2>
          <ul className="kp-slm__list">{closest.map((s) => <Card key={s.id} school={s} />)}</ul>
        </>
      )}
      {active && results.length === 0 && closest.length === 0 && <p>{t('slm.nothing')}</p>}
    </Panel>
  );
}
