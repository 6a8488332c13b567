/**
 * Stored drafts outlive the page that wrote them. Two things can change under them:
 * - the draft format (ANSWERS_VERSION): each step from version n to n+1 is one entry in
 *   DRAFT_MIGRATIONS, applied in order when a draft is read; a draft from a newer page than this one
 *   is not touched (it is set aside whole, never cut down);
 * - a guide's scale: a draft remembers the scale it was answered on, and a rating moves to the
 *   step with the same label in the guide's current scale. A rating whose label is gone is not
 *   guessed: the caller sets it aside for the school to choose again.
 * Pure functions.
 */
import { ANSWERS_VERSION, type GuideDefinition } from '../../schemas/answers.ts';

export type RawDraft = Record<string, unknown>;
export interface DraftMigration {
  /** Migrates a draft of version `from` to version `from + 1`. */
  from: number;
  migrate: (draft: RawDraft) => RawDraft;
}

/** Version 1 is the first released format, so there is nothing to migrate yet. Add steps here, in order. */
export const DRAFT_MIGRATIONS: readonly DraftMigration[] = [];

export type MigrationResult = { ok: true; draft: RawDraft; migrated: boolean } | { ok: false; reason: 'newer' | 'unknown' };

export function migrateDraft(raw: RawDraft, migrations: readonly DraftMigration[] = DRAFT_MIGRATIONS, current: number = ANSWERS_VERSION): MigrationResult {
  let version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'unknown' };
  if (version > current) return { ok: false, reason: 'newer' };
  let draft = raw;
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: 'unknown' };
    draft = { ...step.migrate(draft), version: version + 1 };
    version += 1;
  }
  return { ok: true, draft, migrated: draft !== raw };
}

export type ScaleMove = { rating: number } | { gone: string };

/**
 * Where a saved rating goes on the guide's current scale: the step with the label it had when it
 * was saved (which may now have another value), or `gone` with the old label when that step no
 * longer exists. Without a saved scale the value is kept as it is.
 */
export function moveRating(rating: number, savedScale: readonly { value: number; label: string }[] | undefined, guide: GuideDefinition): ScaleMove {
  const old = savedScale?.find((s) => s.value === rating);
  if (!old) return { rating };
  const now = guide.scale.find((s) => s.label.trim().toLowerCase() === old.label.trim().toLowerCase());
  return now ? { rating: now.value } : { gone: old.label };
}

export const scaleSnapshot = (guide: GuideDefinition) => guide.scale.map((s) => ({ value: s.value, label: s.label }));
