/**
 * Self-evaluation with a reflection guide: answer each question on the guide's scale, note the
 * evidence and next steps, see a summary per standard (printable on A4), and compare colleagues'
 * answers in team mode. Everything stays in this browser (localStorage) or in files the school
 * exports itself: there is no server, no cookie and no analytics.
 *
 * Progressive enhancement: the page also renders the static GuideForm (a printable paper form).
 * This island renders nothing on the server, so without JavaScript (or if it fails to load) the
 * reader gets the paper form and nothing broken. Once mounted, its root `.kp-selfeval` exists and
 * CSS (`main:has(.kp-selfeval) .kp-guide-static { display: none }`, self-evaluation.css) hides the
 * static form: no flash of two forms, no second copy of the questions, no DOM outside React touched.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../../i18n/t.ts';
import {
  answersFileName,
  draftFromFile,
  emptyDraft,
  parseAnswersFile,
  questionIds,
  reconcileAnswers,
  respondentNames,
  serializeAnswers,
  standardSummary,
  teamSpread,
  updateAnswer,
  type Answer,
  type AnswersDraft,
  type AnswersFile,
  type GuideDefinition,
  type TextField,
} from '../../lib/answers.ts';
import { ANSWERS_MAX_BYTES } from '../../schemas/answers.ts';
import { formatBytes, formatDate, formatTime } from '../../lib/format.ts';
import { DraftHistory } from './self-evaluation/DraftHistory.tsx';
import { SetAsidePanel } from './self-evaluation/SetAsidePanel.tsx';
import { storageGet, storageRemove, storageSet } from './self-evaluation/storage.ts';
import { useDraftStorage } from './self-evaluation/useDraftStorage.ts';
import './self-evaluation.css';

export interface ResourceLink {
  title: string;
  url: string;
}
export interface StandardLinks {
  label: string;
  url: string;
  brochures: ResourceLink[];
  practices: ResourceLink[];
}
interface Props {
  guide: GuideDefinition;
  /** Per standard id: its label and page, and brochures and good practices on it (from src/data). */
  standards: Record<string, StandardLinks>;
}

type View = 'fill' | 'summary' | 'team';
type Message = { kind: 'ok' | 'error'; text: string; details?: string[] };
const VIEWS: View[] = ['fill', 'summary', 'team'];
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function readFile(file: File, guide: GuideDefinition) {
  if (file.size > ANSWERS_MAX_BYTES) {
    return { ok: false as const, error: t('answers.error.tooLarge', { size: formatBytes(file.size), max: formatBytes(ANSWERS_MAX_BYTES) }) };
  }
  return parseAnswersFile(await file.text(), guide);
}

export default function SelfEvaluation({ guide, standards }: Props) {
  const store = useDraftStorage(guide);
  const { mounted, draft, commit, saved } = store;
  const [message, setMessage] = useState<Message | null>(null);
  const [undo, setUndo] = useState<AnswersDraft | null>(null);
  const [view, setView] = useState<View>('fill');
  const [team, setTeam] = useState<AnswersFile[]>([]);
  const [includeOwn, setIncludeOwn] = useState(true);
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const teamKey = `${store.storageKey}:team`;
  const id = useId();

  useEffect(() => {
    if (store.notice) setMessage(store.notice);
  }, [store.notice]);

  // A failed save is said where the change was made, not only in the progress line.
  useEffect(() => {
    if (saved === 'failed' && mounted && storageGet(store.storageKey) !== undefined) setMessage({ kind: 'error', text: t('draft.saveFailed') });
  }, [saved, mounted, store.storageKey]);

  // The team files added before; a file that no longer reads is named, never dropped silently.
  useEffect(() => {
    const teamStored = storageGet(teamKey);
    if (!teamStored) return;
    void (async () => {
      let texts: unknown;
      try {
        texts = JSON.parse(teamStored);
      } catch {
        texts = [teamStored];
      }
      const list = Array.isArray(texts) ? texts.map(String) : [String(texts)];
      const files = await Promise.all(list.map((text) => parseAnswersFile(text, guide)));
      setTeam(files.flatMap((f) => (f.ok ? [f.value] : [])));
      const bad = files.flatMap((f, i) => (f.ok ? [] : [t('selfEval.team.fileN', { n: i + 1 })]));
      if (bad.length) setMessage({ kind: 'error', text: t('draft.team.unreadable', { n: bad.length, files: bad.join(', ') }) });
    })();
  }, [guide, teamKey]);

  const saveTeam = (files: AnswersFile[]) => {
    setTeam(files);
    if (files.length) storageSet(teamKey, JSON.stringify(files.map((f) => JSON.stringify(f))));
    else storageRemove(teamKey);
  };

  const setAnswer = (questionId: string, patch: Partial<Answer>) => commit(updateAnswer(draft, questionId, patch));

  const exportAnswers = async () => {
    const name = answersFileName(draft);
    download(name, await serializeAnswers(draft));
    setMessage({ kind: 'ok', text: t('selfEval.export.done', { file: name }) });
  };

  const importAnswers = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await readFile(file, guide);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('selfEval.import.failed', { file: file.name }), details: [result.error, t('selfEval.import.kept')] });
      return;
    }
    setUndo(draft);
    store.snapshot();
    const next = draftFromFile(result.value);
    commit(next);
    const { current, removed } = reconcileAnswers(next.answers, guide);
    const details = removed.length ? [t('selfEval.import.removed', { n: removed.length })] : [];
    setMessage({ kind: 'ok', text: t('selfEval.import.done', { file: file.name, n: Object.keys(current).length, total: questionIds(guide).length }), details });
  };

  const importTeam = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    const added: AnswersFile[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const result = await readFile(file, guide);
      if (!result.ok) problems.push(`${file.name}: ${result.error}`);
      else if ([...team, ...added].some((f) => f.checksum === result.value.checksum)) problems.push(t('selfEval.team.duplicate', { file: file.name }));
      else added.push(result.value);
    }
    saveTeam([...team, ...added]);
    setMessage({
      kind: problems.length ? 'error' : 'ok',
      text: problems.length ? t('selfEval.team.someFailed', { added: added.length, failed: problems.length }) : t('selfEval.team.added', { n: added.length }),
      details: problems,
    });
  };

  if (!mounted) return null;

  const { current, removed } = reconcileAnswers(draft.answers, guide);
  const total = questionIds(guide).length;
  const answered = Object.values(current).filter((a) => a.rating !== undefined).length;

  return (
    <section className="kp-selfeval" data-view={view} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('selfEval.title')}</h2>
      <p className="kp-prose">{t('selfEval.intro')}</p>
      <Tabs id={id} view={view} onChange={setView} />
      <div className="kp-selfeval__messages kp-no-print">
        <div role="status" aria-live="polite" aria-atomic="true">
          {message && (
            <div className={`kp-selfeval__message kp-selfeval__message--${message.kind}`}>
              <p>{message.text}</p>
              {message.details?.length ? <ul>{message.details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
            </div>
          )}
        </div>
        {undo && message?.kind === 'ok' && (
          <button
            type="button"
            className="kp-button kp-button--secondary"
            onClick={() => {
              commit(undo);
              setUndo(null);
              setMessage({ kind: 'ok', text: t('selfEval.import.undone') });
            }}
          >
            {t('selfEval.import.undo')}
          </button>
        )}
      </div>

      <Panel id={id} view="fill" active={view}>
        <div className="kp-selfeval__toolbar kp-no-print">
          <label className="kp-selfeval__field" htmlFor={`${id}-name`}>
            <span className="kp-selfeval__label">{t('selfEval.name')}</span>
            <span className="kp-selfeval__hint" id={`${id}-name-hint`}>{t('selfEval.nameHint')}</span>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="name"
              maxLength={80}
              aria-describedby={`${id}-name-hint`}
              value={draft.respondent ?? ''}
              onChange={(e) => commit({ ...draft, respondent: e.target.value, savedAt: new Date().toISOString() })}
            />
          </label>
          <label className="kp-selfeval__field" htmlFor={`${id}-school`}>
            <span className="kp-selfeval__label">{t('selfEval.school')}</span>
            <input
              id={`${id}-school`}
              type="text"
              autoComplete="organization"
              maxLength={120}
              value={draft.school ?? ''}
              onChange={(e) => commit({ ...draft, school: e.target.value, savedAt: new Date().toISOString() })}
            />
          </label>
          <p className="kp-selfeval__progress">
            <strong>{t('selfEval.progress', { n: answered, total })}</strong>{' '}
            <span className="kp-muted">
              {saved === 'failed' ? t('selfEval.storage.failed') : saved === 'saved' ? t('selfEval.saved', { time: formatTime(new Date(draft.savedAt)) }) : t('selfEval.autosave')}
            </span>
          </p>
        </div>
        {guide.sections.map((section, si) => (
          <section key={section.standard + si} className="kp-selfeval__section" aria-labelledby={`${id}-s${si}`}>
            <h3 id={`${id}-s${si}`}>{section.title}</h3>
            {standards[section.standard] && (
              <p className="kp-selfeval__standard">
                <a href={standards[section.standard]!.url}>{standards[section.standard]!.label}</a>
              </p>
            )}
            {section.intro && <p>{section.intro}</p>}
            {section.questions.map((q) => (
              <Question key={q.id} id={id} guide={guide} number={questionIds(guide).indexOf(q.id) + 1} question={q} answer={current[q.id] ?? {}} onChange={(patch) => setAnswer(q.id, patch)} />
            ))}
          </section>
        ))}
        {removed.length > 0 && <RemovedAnswers guide={guide} removed={removed} />}
        <SetAsidePanel id={id} guide={guide} items={store.setAside} saveFailed={store.asideSaveFailed} onRestore={store.restoreAside} onRemove={store.removeAside} />
        <div className="kp-selfeval__actions kp-no-print">
          <h3>{t('selfEval.save.title')}</h3>
          <p className="kp-prose">{t('selfEval.save.intro')}</p>
          <div className="kp-selfeval__buttons">
            <button type="button" className="kp-button" onClick={() => void exportAnswers()}>{t('selfEval.export')}</button>
          </div>
          <FileField id={`${id}-import`} label={t('selfEval.import')} hint={t('selfEval.importHint')} onFiles={(input) => void importAnswers(input)} />
          <DraftHistory
            id={id}
            guide={guide}
            history={store.history}
            onRestore={(entry, when) => {
              store.restoreHistory(entry);
              setMessage({ kind: 'ok', text: t('draft.history.restored', when) });
            }}
          />
          <div className="kp-selfeval__clear">
            {!confirmClear ? (
              <button type="button" className="kp-button kp-button--secondary" onClick={() => setConfirmClear(true)}>{t('selfEval.clear')}</button>
            ) : (
              <div role="group" aria-labelledby={`${id}-clear`}>
                <p id={`${id}-clear`}><strong>{t('selfEval.clear.confirm')}</strong></p>
                <button
                  type="button"
                  className="kp-button"
                  onClick={() => {
                    setUndo(draft);
                    store.snapshot();
                    commit(emptyDraft(guide));
                    setConfirmClear(false);
                    setMessage({ kind: 'ok', text: t('selfEval.clear.done') });
                  }}
                >
                  {t('selfEval.clear.yes')}
                </button>{' '}
                <button type="button" className="kp-button kp-button--secondary" onClick={() => setConfirmClear(false)}>{t('selfEval.clear.no')}</button>
              </div>
            )}
          </div>
        </div>
      </Panel>

      <Panel id={id} view="summary" active={view}>
        <Summary guide={guide} draft={draft} team={team} standards={standards} answered={answered} total={total} />
      </Panel>

      <Panel id={id} view="team" active={view}>
        <Team
          id={id}
          guide={guide}
          draft={draft}
          team={team}
          includeOwn={includeOwn}
          onlyDiffering={onlyDiffering}
          onIncludeOwn={setIncludeOwn}
          onOnlyDiffering={setOnlyDiffering}
          onImport={(input) => void importTeam(input)}
          onRemove={(checksum) => saveTeam(team.filter((f) => f.checksum !== checksum))}
        />
      </Panel>
    </section>
  );
}

/** Tabs (WAI-ARIA pattern): arrow keys move between tabs, Tab moves into the panel. */
function Tabs({ id, view, onChange }: { id: string; view: View; onChange: (v: View) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = VIEWS.indexOf(view);
    const next = e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + VIEWS.length - 1) % VIEWS.length : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(VIEWS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div className="kp-selfeval__tabs kp-no-print" role="tablist" aria-label={t('selfEval.tabs')}>
      {VIEWS.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${id}-tab-${v}`}
          aria-controls={`${id}-panel-${v}`}
          aria-selected={view === v}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={onKeyDown}
        >
          {t(`selfEval.tab.${v}`)}
        </button>
      ))}
    </div>
  );
}

function Panel({ id, view, active, children }: { id: string; view: View; active: View; children: ReactNode }) {
  return (
    <div className="kp-selfeval__panel" role="tabpanel" id={`${id}-panel-${view}`} aria-labelledby={`${id}-tab-${view}`} hidden={view !== active}>
      {view === active ? children : null}
    </div>
  );
}

function FileField({ id, label, hint, multiple = false, onFiles }: { id: string; label: string; hint: string; multiple?: boolean; onFiles: (input: HTMLInputElement) => void }) {
  return (
    <div className="kp-selfeval__file">
      <label htmlFor={id} className="kp-selfeval__label">{label}</label>
      <span className="kp-selfeval__hint" id={`${id}-hint`}>{hint}</span>
      <input id={id} type="file" accept=".json,application/json" multiple={multiple} aria-describedby={`${id}-hint`} onChange={(e) => onFiles(e.currentTarget)} />
    </div>
  );
}

function Question({
  id,
  guide,
  number,
  question,
  answer,
  onChange,
}: {
  id: string;
  guide: GuideDefinition;
  number: number;
  question: GuideDefinition['sections'][number]['questions'][number];
  answer: Answer;
  onChange: (patch: Partial<Answer>) => void;
}) {
  const base = `${id}-q-${question.id}`;
  const text = (field: TextField, label: string, hint?: string) => (
    <div className="kp-selfeval__text">
      <label htmlFor={`${base}-${field}`} className="kp-selfeval__label">{label}</label>
      {hint && <span className="kp-selfeval__hint" id={`${base}-${field}-hint`}>{hint}</span>}
      <textarea
        id={`${base}-${field}`}
        rows={2}
        maxLength={5000}
        value={answer[field] ?? ''}
        {...(hint ? { 'aria-describedby': `${base}-${field}-hint` } : {})}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="kp-selfeval__q" id={base}>
      <fieldset className="kp-selfeval__rating">
        <legend>
          <span className="kp-selfeval__nr">{number}.</span> {question.text}
        </legend>
        <div className="kp-selfeval__scale">
          {guide.scale.map((step) => (
            <label key={step.value}>
              <input type="radio" name={base} value={step.value} checked={answer.rating === step.value} onChange={() => onChange({ rating: step.value })} /> {step.label}
            </label>
          ))}
        </div>
        {answer.rating !== undefined && (
          <button type="button" className="kp-selfeval__reset kp-no-print" onClick={() => onChange({ rating: undefined })}>
            {t('selfEval.clearRating')}<span className="kp-visually-hidden"> {t('selfEval.forQuestion', { n: number })}</span>
          </button>
        )}
      </fieldset>
      {text('evidence', t('guide.evidence'), question.evidence)}
      {text('notes', t('guide.notes'))}
      {text('nextSteps', t('selfEval.nextSteps'), t('selfEval.nextStepsHint'))}
    </div>
  );
}

function ratingLabel(guide: GuideDefinition, rating: number | undefined): string {
  return guide.scale.find((s) => s.value === rating)?.label ?? t('selfEval.unanswered');
}

function RemovedAnswers({ guide, removed }: { guide: GuideDefinition; removed: { id: string; answer: Answer }[] }) {
  return (
    <section className="kp-selfeval__removed">
      <h3>{t('selfEval.removed.title')}</h3>
      <p>{t('selfEval.removed.intro')}</p>
      <ul>
        {removed.map(({ id, answer }) => (
          <li key={id}>
            <strong>{t('selfEval.removed.question', { id })}</strong>: {answer.rating !== undefined ? ratingLabel(guide, answer.rating) : t('selfEval.unanswered')}
            <AnswerTexts {...answer} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Summary({ guide, draft, team, standards, answered, total }: { guide: GuideDefinition; draft: AnswersDraft; team: AnswersFile[]; standards: Record<string, StandardLinks>; answered: number; total: number }) {
  const summary = standardSummary(draft.answers, guide);
  const participants = [draft.respondent?.trim(), ...respondentNames(team.map((f) => f.respondent))].filter((n): n is string => !!n);
  return (
    <div className="kp-selfeval__summary">
      <div className="kp-selfeval__print-head">
        <p className="kp-selfeval__print-title">{t('selfEval.summary.printTitle', { guide: guide.title })}</p>
        {draft.school?.trim() && <p>{t('selfEval.summary.schoolLine', { school: draft.school.trim() })}</p>}
        {participants.length > 0 && <p>{t('selfEval.summary.participants', { names: participants.join(', ') })}</p>}
        <p>
          {formatDate(new Date(draft.savedAt))} · {t('selfEval.progress', { n: answered, total })}
        </p>
      </div>
      <p className="kp-prose kp-no-print">{t('selfEval.summary.intro')}</p>
      <button type="button" className="kp-button kp-no-print" onClick={() => window.print()}>{t('selfEval.summary.print')}</button>
      {summary.map((s) => {
        const links = standards[s.standard];
        return (
          <section key={s.standard + s.title} className="kp-selfeval__standard-summary">
            <h3>{s.title}</h3>
            {links && <p className="kp-selfeval__standard"><a href={links.url}>{links.label}</a></p>}
            <p>
              <strong>{t('selfEval.progress', { n: s.answered, total: s.total })}</strong>
              {s.answered > 0 && <> · {s.counts.filter((c) => c.count > 0).map((c) => `${c.label}: ${c.count}`).join(' · ')}</>}
            </p>
            <dl className="kp-selfeval__answers">
              {s.questions.map((q) => (
                <div key={q.id} className="kp-selfeval__answer">
                  <dt>{q.number}. {q.text}</dt>
                  <dd><span className="kp-selfeval__k">{t('guide.answer')}:</span> {q.rating?.label ?? t('selfEval.unanswered')}</dd>
                  {q.evidence && <dd><span className="kp-selfeval__k">{t('guide.evidence')}</span> {q.evidence}</dd>}
                  {q.notes && <dd><span className="kp-selfeval__k">{t('guide.notes')}:</span> {q.notes}</dd>}
                  {q.nextSteps && <dd><span className="kp-selfeval__k">{t('selfEval.nextSteps')}:</span> {q.nextSteps}</dd>}
                </div>
              ))}
            </dl>
            {links && (links.brochures.length > 0 || links.practices.length > 0) && (
              <div className="kp-selfeval__further">
                <h4>{t('selfEval.summary.further', { standard: links.label })}</h4>
                {links.brochures.length > 0 && (
                  <>
                    <p className="kp-selfeval__k">{t('type.brochures.plural')}</p>
                    <ul>{links.brochures.map((l) => <li key={l.url}><a href={l.url} data-print-url={new URL(l.url, location.href).href}>{l.title}</a></li>)}</ul>
                  </>
                )}
                {links.practices.length > 0 && (
                  <>
                    <p className="kp-selfeval__k">{t('type.practices.plural')}</p>
                    <ul>{links.practices.map((l) => <li key={l.url}><a href={l.url} data-print-url={new URL(l.url, location.href).href}>{l.title}</a></li>)}</ul>
                  </>
                )}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Team(props: {
  id: string;
  guide: GuideDefinition;
  draft: AnswersDraft;
  team: AnswersFile[];
  includeOwn: boolean;
  onlyDiffering: boolean;
  onIncludeOwn: (v: boolean) => void;
  onOnlyDiffering: (v: boolean) => void;
  onImport: (input: HTMLInputElement) => void;
  onRemove: (checksum: string) => void;
}) {
  const { id, guide, draft, team, includeOwn, onlyDiffering } = props;
  const ownCount = Object.keys(draft.answers).length;
  const names = respondentNames(team.map((f) => f.respondent));
  const respondents = [
    ...(includeOwn && ownCount ? [{ name: draft.respondent?.trim() ? t('selfEval.team.youNamed', { name: draft.respondent.trim() }) : t('selfEval.team.you'), answers: draft.answers }] : []),
    ...team.map((f, i) => ({ name: names[i]!, answers: f.answers })),
  ];
  const sections = teamSpread(respondents, guide);
  const all = sections.flatMap((s) => s.questions);
  const differing = all.filter((q) => q.spread > 0).length;
  return (
    <div className="kp-selfeval__team">
      <p className="kp-prose">{t('selfEval.team.intro')}</p>
      <FileField id={`${id}-team-import`} label={t('selfEval.team.import')} hint={t('selfEval.team.importHint')} multiple onFiles={props.onImport} />
      <label className="kp-selfeval__check">
        <input type="checkbox" checked={includeOwn} onChange={(e) => props.onIncludeOwn(e.target.checked)} /> {t('selfEval.team.includeOwn')}
      </label>
      {team.length > 0 && (
        <>
          <h3>{t('selfEval.team.members', { n: team.length })}</h3>
          <ul className="kp-selfeval__members">
            {team.map((f, i) => (
              <li key={f.checksum}>
                {names[i]} <span className="kp-muted">({formatDate(new Date(f.savedAt))}, {t('selfEval.team.answered', { n: Object.keys(reconcileAnswers(f.answers, guide).current).length, total: questionIds(guide).length })})</span>{' '}
                <button type="button" className="kp-selfeval__reset" onClick={() => props.onRemove(f.checksum)}>
                  {t('selfEval.team.remove')}<span className="kp-visually-hidden"> {names[i]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {respondents.length < 2 ? (
        <p className="kp-selfeval__message kp-selfeval__message--info">{t('selfEval.team.needTwo')}</p>
      ) : (
        <>
          <p>
            <strong>{t('selfEval.team.overview', { n: respondents.length, differ: differing, total: all.length })}</strong>
          </p>
          <label className="kp-selfeval__check kp-no-print">
            <input type="checkbox" checked={onlyDiffering} onChange={(e) => props.onOnlyDiffering(e.target.checked)} /> {t('selfEval.team.onlyDiffering')}
          </label>
          {sections.map((s, si) => {
            const questions = s.questions.filter((q) => !onlyDiffering || q.spread > 0);
            if (!questions.length) return null;
            return (
              <section key={s.standard + si} aria-labelledby={`${id}-team-s${si}`}>
                <h3 id={`${id}-team-s${si}`}>{s.title}</h3>
                {questions.map((q) => (
                  <div key={q.id} className="kp-selfeval__spread" data-question={q.id}>
                    <h4>{q.number}. {q.text}</h4>
                    <p className={q.spread > 0 ? 'kp-selfeval__badge kp-selfeval__badge--differ' : 'kp-selfeval__badge'}>
                      {q.spread > 0
                        ? t('selfEval.team.differ', { n: q.spread })
                        : q.options.reduce((n, o) => n + o.names.length, 0) >= 2
                          ? t('selfEval.team.agree')
                          : q.options.some((o) => o.names.length)
                            ? t('selfEval.team.oneAnswer')
                            : t('selfEval.team.noneAnswered')}
                    </p>
                    <ul className="kp-selfeval__options">
                      {q.options.map((o) => (
                        <li key={o.value}>
                          <span className="kp-selfeval__option">{o.label}</span>
                          <span className="kp-selfeval__bar" aria-hidden="true">
                            <span style={{ inlineSize: `${(o.names.length / respondents.length) * 100}%` }} />
                          </span>
                          <span className="kp-selfeval__names">{o.names.length ? `${o.names.length}: ${o.names.join(', ')}` : '0'}</span>
                        </li>
                      ))}
                    </ul>
                    {q.unanswered.length > 0 && <p className="kp-muted">{t('selfEval.team.unanswered', { names: q.unanswered.join(', ') })}</p>}
                    {q.comments.length > 0 && (
                      <details>
                        <summary>{t('selfEval.team.comments', { n: q.comments.length })}</summary>
                        <ul>
                          {q.comments.map((c) => (
                            <li key={c.name}>
                              <strong>{c.name}</strong>
                              <AnswerTexts {...c} />
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </div>
                ))}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

/** The written parts of one answer (evidence, notes, next steps), each on its own line when filled in. */
function AnswerTexts({ evidence, notes, nextSteps }: { evidence?: string; notes?: string; nextSteps?: string }) {
  return (
    <>
      {evidence && <><br />{t('guide.evidence')} {evidence}</>}
      {notes && <><br />{t('guide.notes')}: {notes}</>}
      {nextSteps && <><br />{t('selfEval.nextSteps')}: {nextSteps}</>}
    </>
  );
}
