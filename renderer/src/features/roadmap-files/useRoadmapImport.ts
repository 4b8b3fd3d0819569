import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { freeRoadmapId, importPreview, reimportChanges, toRoadmapData } from '../../domain';
import type {
  ImportPreview,
  Problem,
  ReimportChanges,
  Roadmap,
  RoadmapDocument,
  RoadmapFile,
} from '../../domain';
import { importRoadmap, readRoadmap, useActionChannel, useRoadmapList } from '../../storage';
import { pickRoadmapFile } from './pick-roadmap-file';

/** Checks a picked file off the UI thread (the app's roadmap workers). */
export type OpenRoadmapFile = (file: RoadmapFile) => Promise<RoadmapDocument>;

/** Where the import dialog is. */
export type ImportStep =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problems: readonly Problem[] }
  | { step: 'preview'; file: Omit<RoadmapFile, 'id'>; roadmap: Roadmap; preview: ImportPreview };

/** The id a file is checked under, before the id it is stored with is chosen. */
const CHECKED_AS = 'imported-roadmap';

/**
 * The import dialog's steps: pick a file, check it in workers (nothing is stored), preview
 * it, then store it as a new roadmap or as a new file of one already imported (`target`).
 */
export function useRoadmapImport(openFile: OpenRoadmapFile, builtinId: string, onDone: () => void) {
  const channel = useActionChannel();
  const imported = useRoadmapList(channel.db) ?? [];
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  // Which imported roadmap the file updates ('' for a new one); the one of the same title at first.
  const [target, setTarget] = useState('');
  const updated = useLiveQuery(
    async () => (target === '' ? null : ((await readRoadmap(channel.db, target)) ?? null)),
    [channel.db, target],
  );
  const changes: ReimportChanges | null =
    state.step === 'preview' && updated ? reimportChanges(updated.data, state.roadmap) : null;

  const choose = async () => {
    const picked = await pickRoadmapFile();
    if (!picked) return;
    if (!picked.ok) {
      const problem = { file: picked.fileName, line: 1, message: picked.message };
      setState({ step: 'refused', fileName: picked.fileName, problems: [problem] });
      return;
    }
    const { file } = picked;
    setState({ step: 'checking', fileName: file.fileName });
    const document = await openFile({ ...file, id: CHECKED_AS });
    if (document.status === 'invalid') {
      setState({ step: 'refused', fileName: file.fileName, problems: document.problems });
      return;
    }
    const { roadmap } = document;
    setTarget(imported.find((r) => r.title === roadmap.title)?.id ?? '');
    setState({ step: 'preview', file, roadmap, preview: importPreview(roadmap) });
  };

  const confirm = () => {
    if (state.step !== 'preview') return;
    const taken = new Set([builtinId, ...imported.map((r) => r.id)]);
    const id = target !== '' ? target : freeRoadmapId(state.roadmap.title, taken);
    onDone();
    void channel.run(importRoadmap({ ...state.file, id }, { ...toRoadmapData(state.roadmap), id }));
  };

  return { state, choose, imported, target, setTarget, changes, confirm };
}
