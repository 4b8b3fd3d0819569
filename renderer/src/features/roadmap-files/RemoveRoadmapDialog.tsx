import { removeRoadmap, useActionChannel } from '../../storage';
import { ConfirmDialog } from '../../ui';

type Props = { roadmap: { id: string; title: string }; onClose: () => void };

/** Remove “X”…: asks first; the removal can be undone from its notice, Ctrl+Z or the top bar. */
export function RemoveRoadmapDialog({ roadmap, onClose }: Props) {
  const channel = useActionChannel();
  return (
    <ConfirmDialog
      title={`Remove “${roadmap.title}”?`}
      confirm="Remove roadmap"
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        void channel.run(removeRoadmap(roadmap.id, roadmap.title));
      }}
    >
      <p>
        Its progress, notes, plan and session log are removed with it, and the built-in roadmap shows. You can
        undo this.
      </p>
    </ConfirmDialog>
  );
}
