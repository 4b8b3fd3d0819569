import type { Roadmap, TopicId } from '../../domain';
import { platform } from '../../platform';
import { describeStorageError } from '../../storage';
import { showAlert, showNotice } from '../../ui';

/**
 * Export roadmap as Markdown…: the roadmap as shown (with the user's prerequisites) and the
 * user's own estimates, inline in one Markdown file that imports again as it is.
 */
export async function exportRoadmapMarkdown(
  roadmap: Roadmap,
  estimates: Readonly<Record<TopicId, number>>,
): Promise<void> {
  try {
    const { roadmapMarkdownFileName, roadmapToMarkdown } = await import('../../domain/roadmap-markdown');
    const result = await platform.saveFile({
      suggestedName: roadmapMarkdownFileName(roadmap.title),
      contents: roadmapToMarkdown(roadmap, { estimates }),
      extensions: ['md'],
      mimeType: 'text/markdown',
    });
    if (result.saved) showNotice(`“${roadmap.title}” saved as Markdown.`);
  } catch (error) {
    showAlert(describeStorageError(error));
  }
}
