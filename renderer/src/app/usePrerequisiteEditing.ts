import { useCallback } from 'react';
import type { TopicId } from '../domain';
import { useActionChannel } from '../storage';
import { showAlert } from '../ui';
import type { ShownRoadmap } from './useShownRoadmap';

/**
 * Prerequisites drawn and deleted on the graph: checked by the domain (a cycle or a later
 * phase is refused, saying why), stored as the user's edits over the roadmap, undoable.
 */
export function usePrerequisiteEditing(shown: ShownRoadmap) {
  const channel = useActionChannel();
  const edit = useCallback(
    (from: TopicId, to: TopicId, add: boolean) => {
      void import('./prerequisite-edit').then(({ prerequisiteEdit }) => {
        const result = prerequisiteEdit(shown, { from, to }, add);
        if ('refusal' in result) showAlert(result.refusal);
        else void channel.run(result.action);
      });
    },
    [channel, shown],
  );
  return {
    add: useCallback((from: TopicId, to: TopicId) => edit(from, to, true), [edit]),
    remove: useCallback((from: TopicId, to: TopicId) => edit(from, to, false), [edit]),
  };
}
