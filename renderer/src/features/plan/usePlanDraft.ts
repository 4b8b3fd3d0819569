import { useCallback, useMemo, useState } from 'react';
import type { PlanSettings } from '../../domain';
import { evaluateDraft, sameDraft, toDraft } from './plan-draft';
import type { DraftResult, PlanDraft } from './plan-draft';

export type PlanDraftState = {
  draft: PlanDraft;
  /** True when the draft differs from `settings`. */
  changed: boolean;
  result: DraftResult;
  update: (change: Partial<PlanDraft>) => void;
  discard: () => void;
};

/**
 * A draft copy of `settings` for the plan form. When `settings` change from outside (a save,
 * a restore) an untouched draft follows them; one with edits is kept, so no typing is lost.
 */
export function usePlanDraft(settings: PlanSettings): PlanDraftState {
  const [base, setBase] = useState(settings);
  const [draft, setDraft] = useState(() => toDraft(settings));
  if (settings !== base) {
    // Adjusting state while rendering (not in an effect) avoids a frame showing stale values.
    setBase(settings);
    if (sameDraft(draft, toDraft(base))) setDraft(toDraft(settings));
  }
  const changed = useMemo(() => !sameDraft(draft, toDraft(settings)), [draft, settings]);
  const result = useMemo(() => evaluateDraft(settings, draft), [settings, draft]);
  const update = useCallback((change: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...change })), []);
  const discard = useCallback(() => setDraft(toDraft(settings)), [settings]);
  return { draft, changed, result, update, discard };
}
