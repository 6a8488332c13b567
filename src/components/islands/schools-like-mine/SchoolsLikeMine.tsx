/**
 * "Scholen zoals de mijne" on /goede-voorbeelden/: results first, the filters behind one
 * "Filters" control. In the panel a reader chooses (counts follow every choice) and then presses
 * "Toon n voorbeelden", which applies the choice, closes the panel and moves to the results. State
 * in the URL; the closest examples when nothing matches. Before JavaScript runs (or without it)
 * the same control opens links to the pre-rendered single-filter pages, which work everywhere.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { listAnd, plural, t } from '../../../i18n/t.ts';
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
const WEGING_HINT_ID = 'kp-slm-weging-uitleg';

/** A result card; its heading is h2 in the results (as on the server-rendered list), h3 under "closest". */
function Card({ school, level }: { school: School; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li>
      <article className="kp-slm__card">
        <Heading className="kp-slm__title"><a href={school.url}>{school.title}</a></Heading>
        <p className="kp-slm__school">{school.line}</p>
        <p className="kp-slm__summary">{school.summary}</p>
        <p className="kp-slm__themes">{school.themeTitles.join(', ')}</p>
      </article>
    </li>
  );
}

/** The one control: a <details>, so it opens before and without JavaScript too. */
function Panel({ children, panel, label, onToggle }: { children: ReactNode; panel: RefObject<HTMLDetailsElement | null>; label: string; onToggle?: (open: boolean) => void }) {
  return (
    <details ref={panel} className="kp-slm-panel" onToggle={(e) => onToggle?.(e.currentTarget.open)}>
      <summary>{label}</summary>
      <div className="kp-slm-panel__body">{children}</div>
    </details>
  );
}

export default function SchoolsLikeMine({ dataUrl, options, singleFilters, staticResultsId }: Props) {
  const [schools, setSchools] = useState<School[] | null>(null);
  const [state, setState] = useState<FilterState>({});
  // What the reader is choosing in the open panel; applied only by "Toon n voorbeelden".
  const [draft, setDraft] = useState<FilterState>({});
  const [failed, setFailed] = useState(false);
  const panel = useRef<HTMLDetailsElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  // After mounting: read the URL, load the schools once.
  useEffect(() => {
    const known = Object.fromEntries(FILTER_KEYS.map((k) => [k, options[k].map((o) => o.value)])) as Record<FilterKey, string[]>;
    const initial = stateFromQuery(new URLSearchParams(window.location.search), known);
    setState(initial);
    setDraft(initial);
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
      <div className="kp-slm">
        <Panel panel={panel} label={t('slm.title')}>
          {failed && <p role="alert">{t('slm.loadFailed')}</p>}
          <p>{t('slm.noScript')}</p>
          {singleFilters.filter((group) => group.links.length > 0).map((group) => (
            <div key={group.title} className="kp-slm__single">
              <h2>{group.title}</h2>
              <ul>{group.links.map((l) => <li key={l.href}><a href={l.href}>{l.label} ({l.count})</a></li>)}</ul>
            </div>
          ))}
        </Panel>
      </div>
    );
  }

  const apply = (next: FilterState) => {
    setState(next);
    setDraft(next);
    window.history.replaceState(null, '', `${window.location.pathname}${queryFromState(next)}`);
  };
  const choose = (key: FilterKey, value: string) => {
    const next: FilterState = { ...draft };
    if (value) next[key] = value;
    else delete next[key];
    setDraft(next);
  };
  const show = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
    if (panel.current) panel.current.open = false;
    // The results start here: the reader (and a screen reader) continues with the count.
    requestAnimationFrame(() => status.current?.focus());
  };

  const results = filterSchools(schools, state);
  const closest = active && results.length === 0 ? closestSchools(schools, state) : [];
  const draftCount = filterSchools(schools, draft).length;
  const labelOf = (key: FilterKey, value: string) => options[key].find((o) => o.value === value)?.label ?? value;
  // "Primair onderwijs en schoolweging 35 of hoger": the chosen values, bands with what they count.
  const chosenLabel = (key: FilterKey, value: string) => {
    const label = labelOf(key, value);
    return key === 'grootte' ? t('slm.sizeChosen', { band: label }) : key === 'schoolweging' ? t('school.weging', { band: label }) : label;
  };
  const chosen = FILTER_KEYS.filter((k) => state[k] !== undefined).map((k) => chosenLabel(k, state[k]!));

  return (
    <div className="kp-slm">
      {/* Closing the panel without "Toon" drops what was not applied (resetting on open would race a quick first choice). */}
      <Panel panel={panel} label={active ? t('slm.titleActive', { n: chosen.length }) : t('slm.title')} onToggle={(open) => !open && setDraft(state)}>
        <form className="kp-slm__form" onSubmit={show} aria-label={t('slm.formLabel')}>
          <p className="kp-slm__intro">{t('slm.intro')}</p>
          <div className="kp-slm__fields">
            {FILTER_KEYS.map((key) => {
              const counts = countsFor(schools, draft, key);
              return (
                <div key={key} className="kp-slm__field">
                  <label htmlFor={`kp-slm-${key}`}>{LABELS[key]}</label>
                  <select id={`kp-slm-${key}`} value={draft[key] ?? ''} onChange={(e) => choose(key, e.target.value)} aria-describedby={key === 'schoolweging' ? WEGING_HINT_ID : undefined}>
                    <option value="">{t('slm.any')}</option>
                    {options[key].map((o) => (
                      <option key={o.value} value={o.value}>{`${o.label} (${counts.get(o.value) ?? 0})`}</option>
                    ))}
                  </select>
                  {key === 'schoolweging' && <p id={WEGING_HINT_ID} className="kp-slm__hint">{t('slm.wegingHint')}</p>}
                </div>
              );
            })}
          </div>
          <div className="kp-slm__actions">
            <button type="submit" className="kp-button kp-slm__show">{draftCount > 0 ? plural('slm.show', draftCount) : t('slm.showClosest')}</button>
            {Object.keys(draft).length > 0 && <button type="button" className="kp-button kp-button--secondary" onClick={() => setDraft({})}>{t('slm.clearDraft')}</button>}
          </div>
        </form>
      </Panel>
      <p role="status" ref={status} tabIndex={-1} className="kp-slm__status">
        {active ? (results.length ? plural('slm.count', results.length) : t('slm.none')) : ''}
      </p>
      {active && (
        <p className="kp-slm__chosen">
          {t('slm.chosen', { filters: listAnd(chosen) })}{' '}
          <button type="button" className="kp-slm__clear" onClick={() => apply({})}>{t('slm.clear')}</button>
        </p>
      )}
      {active && results.length > 0 && <ul className="kp-slm__list" aria-label={t('slm.resultsLabel')}>{results.map((s) => <Card key={s.id} school={s} level={2} />)}</ul>}
      {closest.length > 0 && (
        <>
          <h2 className="kp-slm__closest">{t('slm.closest')}</h2>
          <ul className="kp-slm__list">{closest.map((s) => <Card key={s.id} school={s} level={3} />)}</ul>
        </>
      )}
      {active && results.length === 0 && closest.length === 0 && <p>{t('slm.nothing')}</p>}
    </div>
  );
}
