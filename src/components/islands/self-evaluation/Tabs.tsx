/** Tabs (fill in, summary, team) and their panels. */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../../../i18n/t.ts';
import { VIEWS, type View } from './types.ts';

export function Tabs({ id, view, onChange }: { id: string; view: View; onChange: (v: View) => void }) {
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

export function Panel({ id, view, active, children }: { id: string; view: View; active: View; children: ReactNode }) {
  return (
    <div className="kp-selfeval__panel" role="tabpanel" id={`${id}-panel-${view}`} aria-labelledby={`${id}-tab-${view}`} hidden={view !== active}>
      {view === active ? children : null}
    </div>
  );
}
