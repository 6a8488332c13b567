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
// First: before any schema is made (see the module).
import '../zod-without-eval.ts';
import { useCallback, useEffect, useId, useState } from 'react';
import { t, plural } from '../../../i18n/t.ts';
import {
  answersFileName,
  draftFromFile,
  emptyDraft,
  parseAnswersFile,
  questionIds,
  reconcileAnswers,
  serializeAnswers,
  updateAnswer,
  type Answer,
  type AnswersDraft,
  type AnswersFile,
  type GuideDefinition,
} from '../../../lib/self-evaluation/answers.ts';
import { ANSWERS_MAX_BYTES } from '../../../schemas/answers.ts';
import { formatBytes, formatTime } from '../../../core/format.ts';
import { DraftHistory } from './DraftHistory.tsx';
import { SetAsidePanel } from './SetAsidePanel.tsx';
import { storageGet } from './storage.ts';
import { useDraftStorage } from './useDraftStorage.ts';
import { useTeamFiles } from './useTeamFiles.ts';
import { Tabs, Panel } from './Tabs.tsx';
import { FileField } from './FileField.tsx';
import { Question } from './Question.tsx';
import { RemovedAnswers } from './AnswerTexts.tsx';
import { Summary } from './Summary.tsx';
import { Team } from './Team.tsx';
import { type StandardLinks, type View } from './types.ts';
import './self-evaluation.css';

export type { ResourceLink, StandardLinks } from './types.ts';

interface Props {
  guide: GuideDefinition;
  /** Per standard id: its label and page, and brochures and good practices on it (from src/data). */
  standards: Record<string, StandardLinks>;
}

type Message = { kind: 'ok' | 'error'; text: string; details?: string[] };
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
  const { mounted, draft, saved } = store;
  const [message, setMessage] = useState<Message | null>(null);
  const sayError = useCallback((text: string) => setMessage({ kind: 'error', text }), []);
  const team = useTeamFiles(guide, `${store.storageKey}:team`, sayError);
  const [undo, setUndo] = useState<AnswersDraft | null>(null);
  const [view, setView] = useState<View>('fill');
  const [includeOwn, setIncludeOwn] = useState(true);
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const id = useId();

  useEffect(() => {
    if (store.notice) setMessage(store.notice);
  }, [store.notice]);

  // A failed save is said where the change was made, not only in the progress line.
  useEffect(() => {
    if (saved === 'failed' && mounted && storageGet(store.storageKey) !== undefined) setMessage({ kind: 'error', text: t('draft.saveFailed') });
  }, [saved, mounted, store.storageKey]);

  const setAnswer = (questionId: string, patch: Partial<Answer>) => store.edit((d) => updateAnswer(d, questionId, patch));
  const setField = (field: 'respondent' | 'school', value: string) => store.edit((d) => ({ ...d, [field]: value, savedAt: new Date().toISOString() }));

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
    store.replace(next);
    const { current, removed } = reconcileAnswers(next.answers, guide);
    const details = removed.length ? [plural('selfEval.import.removed', removed.length)] : [];
    setMessage({ kind: 'ok', text: plural('selfEval.import.done', questionIds(guide).length, { file: file.name, answered: Object.keys(current).length }), details });
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
      else if ([...team.team, ...added].some((f) => f.checksum === result.value.checksum)) problems.push(t('selfEval.team.duplicate', { file: file.name }));
      else added.push(result.value);
    }
    team.add(added);
    setMessage({
      kind: problems.length ? 'error' : 'ok',
      text: problems.length ? t('selfEval.team.someFailed', { added: added.length, failed: problems.length }) : plural('selfEval.team.added', added.length),
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
              store.replace(undo);
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
              onChange={(e) => setField('respondent', e.target.value)}
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
              onChange={(e) => setField('school', e.target.value)}
            />
          </label>
          <p className="kp-selfeval__progress">
            <strong>{plural('selfEval.progress', total, { answered })}</strong>{' '}
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
                    store.replace(emptyDraft(guide));
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
        <Summary guide={guide} draft={draft} team={team.team} standards={standards} answered={answered} total={total} />
      </Panel>

      <Panel id={id} view="team" active={view}>
        <Team
          id={id}
          guide={guide}
          draft={draft}
          team={team.team}
          includeOwn={includeOwn}
          onlyDiffering={onlyDiffering}
          onIncludeOwn={setIncludeOwn}
          onOnlyDiffering={setOnlyDiffering}
          onImport={(input) => void importTeam(input)}
          onRemove={team.remove}
        />
      </Panel>
    </section>
  );
}

/** Tabs (WAI-ARIA pattern): arrow keys move between tabs, Tab moves into the panel. */
