/**
 * Search island (the one React component on /zoeken/): Pagefind's JS API with facets and counts,
 * URL-held state (shareable, reload- and back-button-safe) and an aria-live result count.
 * Pagefind's index and this island load only on the search page. When the index cannot load (an
 * error at once, or nothing after SEARCH_TIMEOUT_MS) or a search fails, the status says so and the
 * overview pages are offered instead: the page works without its index.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n/t.ts';
import { bestScore, preferCorrection } from '../../../lib/search/spelling.ts';
import { correctionOf, shardUrl } from '../../../lib/search/dutch-words.ts';
import { SEARCH_RANKING } from '../../../lib/search/ranking.ts';
import { excerptHtml, hasAddedTerms, ownLocations } from '../../../lib/search/excerpt.ts';
import { FIRST_RESULTS, likelyQuery, loadEngine, preloadTerm, SEARCH_DELAY_MS, searchDelay, stillTyping, VOCABULARY_URL, type PagefindEngine } from '../../../lib/search/engine.ts';
import { FACETS, SEARCH_TIMEOUT_MS, momentLabel, pagefindFilters, searchParamsFromState, searchStatus, stateFromSearchParams, toggleFilter, transcriptMoment, type Facet, type SearchState } from '../../../lib/search/state.ts';
import type { OverviewLink } from '../../../lib/site/overviews.ts';
import type { AudienceHelp } from '../../../lib/site/complaints.ts';
import NoResultsHelp from './NoResultsHelp.tsx';

interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: { id: string; location: number }[];
  sub_results: { url: string; excerpt: string; title: string; anchor?: { id: string } }[];
}
interface Pagefind extends PagefindEngine {
  search: (q: string, o: { filters: unknown }) => Promise<{ results: { id: string; score: number; data: () => Promise<Fragment> }[]; filters: Record<string, Record<string, number>> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
// One search island per page, so a fixed id is safe (and valid HTML, unlike React's useId output).
const inputId = 'kp-zoekterm';

/** The site's vocabulary may be slow or missing: spelling help is skipped rather than waited for. */
const VOCABULARY_WAIT_MS = 2000;

export default function Search({ overviews, help }: { overviews: OverviewLink[]; help: AudienceHelp }) {
  // Start empty like the server-rendered HTML (no hydration mismatch), then read the URL once mounted.
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [ready, setReady] = useState(false);
  /** The query and filters the shown results belong to; differs from `state` while a search runs. */
  const [searched, setSearched] = useState<string | null>(null);
  const [results, setResults] = useState<Fragment[] | null>(null);
  /** The reader's query the shown results belong to (data-query on the list: tests and the benchmark wait for it). */
  const [resultsQuery, setResultsQuery] = useState('');
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState<Record<string, Record<string, number>>>({});
  /** How many results' texts are asked for: FIRST_RESULTS at first, the rest of a page when the reader nears the end of the list. */
  const [shown, setShown] = useState(FIRST_RESULTS);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  /** The index: still loading, ready, or unavailable (it failed, or was not there after SEARCH_TIMEOUT_MS). */
  const [index, setIndex] = useState<'loading' | 'ready' | 'unavailable'>('loading');
  /** Set when the query found nothing and a corrected spelling did: "pestne" → "pesten". */
  const [corrected, setCorrected] = useState<string | undefined>();
  /** The filter panel is closed until asked for; opening it loads the counts. */
  const [filtersOpen, setFiltersOpen] = useState(false);
  /** Whether Pagefind has loaded its filter files; from then on every search returns counts. */
  const countsLoaded = useRef(false);
  /** The query the shown results belong to (the corrected one when that was used). */
  const shownQuery = useRef('');
  /** Set when a filter was chosen on a narrow screen: once the results are in, focus moves to them. */
  const focusResults = useRef(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const vocab = useRef<Promise<string[]> | null>(null);
  /** Shards of the Dutch word list, fetched only for a word about to be corrected. */
  const dutchShards = useRef(new Map<number, Promise<string[]>>());
  const loadShard = useCallback((shard: number) => {
    const cached = dutchShards.current.get(shard);
    if (cached) return cached;
    const loading = fetch(shardUrl(shard)).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    dutchShards.current.set(shard, loading);
    return loading;
  }, []);
  /** The vocabulary once it has arrived: it sets how long to wait before searching (searchDelay). */
  const vocabWords = useRef<string[]>([]);
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const ids = useRef<{ id: string; score: number; data: () => Promise<Fragment> }[]>([]);

  /** Loads the engine and page list once, as the page opens (src/lib/search/engine.ts); every search waits for the same load. */
  const load = useCallback(() => {
    // The index lives at /pagefind/ in the built site; Vite must not try to bundle it.
    // Filter files are not loaded up front: counts load when the reader opens the filters
    // (at 10,000 items they are most of the first query's bytes).
    pagefind.current ??= loadEngine(
      () => import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>,
      async (url) => (await fetch(new URL(url, location.href))).json(),
      // Ranking: a current standard's domain name counts like a title (src/lib/search/ranking.ts).
      { excerptLength: 24, ranking: SEARCH_RANKING },
    );
    return pagefind.current;
  }, []);

  /**
   * The site's vocabulary (a few kB), loaded with the engine: it completes the word being typed for
   * preloading, and a misspelt word often still matches something weakly ("leskwalitiet"), so the
   * corrected query is tried too. Slow or missing: spelling help is skipped rather than waited for.
   */
  const loadVocabulary = useCallback(() => {
    vocab.current ??= Promise.race([
      fetch(VOCABULARY_URL)
        .then((r) => r.json() as Promise<string[]>)
        .then((words) => (vocabWords.current = words))
        .catch(() => []),
      new Promise<string[]>((resolve) => setTimeout(() => resolve([]), VOCABULARY_WAIT_MS)),
    ]);
    return vocab.current;
  }, []);

  useEffect(() => {
    setState(stateFromSearchParams(new URLSearchParams(location.search)));
    setReady(true);
    // Start loading Pagefind now rather than after the first debounce. A failure is said at once;
    // a load that hangs is said after a few seconds (and still used if it arrives later).
    const slow = setTimeout(() => setIndex((i) => (i === 'loading' ? 'unavailable' : i)), SEARCH_TIMEOUT_MS);
    void loadVocabulary();
    load().then(
      () => setIndex('ready'),
      () => setIndex('unavailable'),
    ).finally(() => clearTimeout(slow));
    return () => clearTimeout(slow);
  }, [load, loadVocabulary]);

  // Run the search whenever query or filters change.
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    let slow: ReturnType<typeof setTimeout> | undefined;
    const delay = searchDelay(state.query, vocabWords.current);
    // The word's index chunk loads now, while the reader may still be typing; the search waits a
    // moment. Once the chunk of the likely whole word is in, so are the texts of its first results
    // (Pagefind keeps them): after the last key only the search itself is left.
    void Promise.all([load(), loadVocabulary()])
      .then(async ([pf, words]) => {
        const term = preloadTerm(state.query, words);
        if (!term || cancelled) return;
        await pf.preload(term);
        const likely = likelyQuery(state.query, words);
        // A whole word is searched at once (no delay): that search asks for the texts itself.
        if (!likely || cancelled || delay === SEARCH_DELAY_MS.done) return;
        const { results: found } = await pf.search(likely, { filters: pagefindFilters(state) });
        if (!cancelled) await Promise.all(found.slice(0, FIRST_RESULTS).map((r) => r.data()));
      })
      .catch(() => undefined);
    const timer = setTimeout(async () => {
      // A search that hangs (a part of the index that does not arrive) is said after a few seconds.
      slow = setTimeout(() => !cancelled && setStatus('error'), SEARCH_TIMEOUT_MS);
      try {
        const [pf, words] = await Promise.all([load(), loadVocabulary()]);
        // Counts are only needed once the panel was opened, or when a shared URL already filters.
        if (Object.keys(state.filters).length > 0 && !countsLoaded.current) {
          await pf.filters();
          countsLoaded.current = true;
        }
        const wantCounts = countsLoaded.current;
        if (!state.query.trim()) {
          shownQuery.current = '';
          const all = wantCounts ? await pf.filters() : {};
          if (!cancelled) {
            setCounts(all);
            setResults(null);
            setTotal(0);
            setStatus('idle');
            setSearched(null);
            setResultsQuery('');
          }
          return;
        }
        setStatus('loading');
        // A correct Dutch word is never corrected, so the words about to change are looked up first;
        // a half-typed word is not corrected at all (stillTyping).
        const [original, [correction, alternative]] = await Promise.all([
          pf.search(state.query, { filters: pagefindFilters(state) }),
          (stillTyping(state.query, words) ? Promise.resolve(undefined) : correctionOf(state.query, words, loadShard)).then(async (c) => [c, c ? await pf.search(c, { filters: pagefindFilters(state) }) : undefined] as const),
        ]);
        const useCorrection = alternative !== undefined && preferCorrection(bestScore(original.results), bestScore(alternative.results));
        const res = useCorrection ? alternative : original;
        shownQuery.current = useCorrection ? correction! : state.query;
        // A newer query is waiting: its search fetches the result texts, not this one.
        if (cancelled) return;
        // The texts of the first few (a phone's screen) are asked for now, mostly already there;
        // the rest of the page when the reader nears the end of the list (the count says how many).
        const first = await Promise.all(res.results.slice(0, FIRST_RESULTS).map(textOf));
        if (cancelled) return;
        ids.current = res.results;
        if (wantCounts) setCounts(res.filters);
        setCorrected(useCorrection ? correction : undefined);
        setTotal(res.results.length);
        setResults(first);
        setResultsQuery(state.query);
        setShown(FIRST_RESULTS);
        setStatus('idle');
        setSearched(searchParamsFromState(state).toString());
        if (focusResults.current) {
          focusResults.current = false;
          requestAnimationFrame(() => resultsHeading.current?.focus());
        }
      } catch {
        if (!cancelled) setStatus('error');
      } finally {
        clearTimeout(slow);
      }
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearTimeout(slow);
    };
  }, [state, load, loadVocabulary, loadShard, ready]);

  // Opening the filters loads the filter files once, then the counts for the results shown.
  useEffect(() => {
    if (!filtersOpen || countsLoaded.current) return;
    let cancelled = false;
    (async () => {
      const pf = await load();
      const all = await pf.filters();
      countsLoaded.current = true;
      const q = shownQuery.current;
      const next = q ? (await pf.search(q, { filters: pagefindFilters(state) })).filters : all;
      if (!cancelled) setCounts(next);
    })().catch(() => !cancelled && setStatus('error'));
    return () => {
      cancelled = true;
    };
    // Only the opening matters: later changes of state run the search, which brings counts.
  }, [filtersOpen, load]);

  // Back/forward restores the state from the URL.
  useEffect(() => {
    const onPop = () => setState(stateFromSearchParams(new URLSearchParams(location.search)));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const commit = (next: SearchState, push: boolean) => {
    setState(next);
    const qs = searchParamsFromState(next).toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** The texts of the next results: up to a whole page (PAGE_SIZE) after the first few, then a page at a time. */
  const loadingMore = useRef<unknown>(null);
  const showMore = useCallback(async () => {
    const list = ids.current;
    if (loadingMore.current === list) return;
    loadingMore.current = list;
    const from = shown;
    const to = from < PAGE_SIZE ? PAGE_SIZE : from + PAGE_SIZE;
    try {
      const more = await Promise.all(list.slice(from, to).map(textOf));
      // Not added when a newer search has replaced the results meanwhile.
      if (list !== ids.current) return;
      setResults((prev) => [...(prev ?? []).slice(0, from), ...more]);
      setShown(to);
    } catch {
      setStatus('error');
    } finally {
      if (loadingMore.current === list) loadingMore.current = null;
    }
  }, [shown]);

  /** The rest of the first page loads when the end of the list comes near the screen: on a phone only when the reader scrolls. */
  const moreButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = moreButton.current;
    if (!button || shown >= PAGE_SIZE) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void showMore(), { rootMargin: '0px 0px 25% 0px' });
    seen.observe(button);
    return () => seen.disconnect();
  }, [shown, showMore, results]);

  /** On a narrow screen the filters cover the results: after a choice, close them and go to the results. */
  const chooseFilter = (facet: Facet, value: string) => {
    if (matchMedia('(max-width: 59.99rem)').matches) {
      focusResults.current = true;
      setFiltersOpen(false);
    }
    commit(toggleFilter(state, facet, value), true);
  };

  const activeCount = Object.values(state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
  const unavailable = index === 'unavailable' || status === 'error';
  const pending = status === 'loading' || (!!state.query.trim() && searched !== searchParamsFromState(state).toString());
  const announce = searchStatus({ unavailable, pending, query: state.query, total, ...(corrected ? { corrected } : {}) });

  return (
    <div className="kp-zoeken">
      <form
        role="search"
        className="kp-zoeken__form"
        onSubmit={(e) => {
          e.preventDefault();
          commit(state, true);
        }}
      >
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="kp-zoeken__row">
          <input
            id={inputId}
            type="search"
            name="q"
            value={state.query}
            autoComplete="off"
            onChange={(e) => commit({ ...state, query: e.target.value }, false)}
          />
          <button type="submit" className="kp-button">{t('search.button')}</button>
        </div>
      </form>
      <p className="kp-zoeken__status" role="status" aria-live="polite" aria-atomic="true">
        {announce}
        {corrected && status === 'idle' && !unavailable && <> {t('search.corrected', { q: state.query })}</>}
      </p>
      {!unavailable && !pending && results && total === 0 && <NoResultsHelp help={help} />}
      {unavailable && (
        <section className="kp-zoeken__overviews kp-prose" aria-labelledby="kp-zoeken-overzichten">
          <h2 id="kp-zoeken-overzichten">{t('search.overviews')}</h2>
          <ul>
            {overviews.map((o) => (
              <li key={o.href}><a href={o.href}>{o.label}</a></li>
            ))}
          </ul>
        </section>
      )}
      {!unavailable && (
        <div className="kp-zoeken__layout">
          <div className="kp-zoeken__filters">
            <button type="button" className="kp-button kp-button--secondary kp-zoeken__toggle" aria-expanded={filtersOpen} aria-controls="kp-zoekfilters" onClick={() => setFiltersOpen((o) => !o)}>
              {t('search.filtersToggle', { n: activeCount })}
            </button>
            {/* Closed by a class, not the hidden attribute: React writes hidden="" (html-validate), and aria-controls needs the element. */}
            <div id="kp-zoekfilters" className="kp-zoeken__panel" data-open={filtersOpen}>
              {activeCount > 0 && (
                <button type="button" className="kp-button kp-button--secondary" onClick={() => commit({ ...state, filters: {} }, true)}>
                  {t('search.clearFilters')}
                </button>
              )}
              {filtersOpen && Object.keys(counts).length === 0 && <p>{t('search.filtersLoading')}</p>}
              {FACETS.map((facet) => (
                <FacetGroup key={facet} facet={facet} counts={counts[facet] ?? {}} selected={state.filters[facet] ?? []} onToggle={(v) => chooseFilter(facet, v)} />
              ))}
            </div>
          </div>
          <div className="kp-zoeken__main">
            <h2 ref={resultsHeading} tabIndex={-1} className="kp-zoeken__heading">{t('search.resultsHeading')}{searched && results ? ` (${total})` : ''}</h2>
            {results && results.length > 0 && (
              <ol className="kp-zoeken__results" data-query={resultsQuery}>
                {results.map((r) => (
                  <Result key={r.url} result={r} />
                ))}
              </ol>
            )}
            {results && shown < total && (
              <button ref={moreButton} type="button" className="kp-button kp-button--secondary" onClick={() => void showMore()}>{t('search.more')}</button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * A result's text as it is now. Pagefind hands every search the same cached object and rewrites its
 * excerpt for the latest search's words, so the shown results keep a copy of their own.
 */
const textOf = async (result: { data: () => Promise<Fragment> }): Promise<Fragment> => ({ ...(await result.data()) });

function FacetGroup({ facet, counts, selected, onToggle }: { facet: Facet; counts: Record<string, number>; selected: string[]; onToggle: (v: string) => void }) {
  const values = Object.entries(counts)
    .filter(([v, n]) => n > 0 || selected.includes(v))
    .sort(([a], [b]) => (facet === 'jaar' ? b.localeCompare(a) : a.localeCompare(b, 'nl')));
  if (!values.length) return null;
  return (
    <fieldset className="kp-zoeken__facet">
      <legend>{t(`search.facet.${facet}` as never)}</legend>
      {values.map(([value, n]) => (
        <label key={value}>
          <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} /> {value} <span className="kp-muted">({n})</span>
        </label>
      ))}
    </fieldset>
  );
}

function Result({ result }: { result: Fragment }) {
  // Only matches in the page's own text count: not those in the words the index added at the end.
  const moment = transcriptMoment(ownLocations(result), result.anchors);
  const sub = moment && !hasAddedTerms(result) ? result.sub_results.find((s) => s.url.includes('#')) : undefined;
  const date = result.meta.date ? new Date(result.meta.date).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : undefined;
  const themes = result.filters.thema ?? [];
  return (
    <li className="kp-zoeken__result">
      <p className="kp-zoeken__type">{result.meta.type}{date && <> · <time dateTime={result.meta.date}>{date}</time></>}</p>
      <h3><a href={result.url}>{result.meta.title}</a></h3>
      {/* Pagefind escapes page text and only adds <mark> around matches; excerptHtml escapes its own. */}
      <p dangerouslySetInnerHTML={{ __html: sub?.excerpt ?? excerptHtml(result) }} />
      {moment && (
        <p><a href={`${result.url}#${moment}`}>{t('search.moment', { time: momentLabel(moment) })}</a></p>
      )}
      {themes.length > 0 && <p className="kp-muted">{themes.join(', ')}</p>}
    </li>
  );
}
