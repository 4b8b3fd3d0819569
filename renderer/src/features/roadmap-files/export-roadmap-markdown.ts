import type { Roadmap, TopicId } from '../../domain';
import { platform } from '../../platform';
import { describeStorageError } from '../../storage';
import { showNotice } from '../../ui';

/**
 * Export roadmap as Markdown…: the roadmap as shown (with the user's prerequisites) and the
 * user's own estimates, inline in one Markdown file that imports again as it is. Resolves to
 * what went wrong, for the caller to show, or null.
 */
export async function exportRoadmapMarkdown(
  roadmap: Roadmap,
  estimates: Readonly<Record<TopicId, number>>,
): Promise<string | null> {
  try {
    const { roadmapMarkdownFileName, roadmapToMarkdown } = await import('../../domain/roadmap-markdown');
    const result = await platform.saveFile({
      suggestedName: roadmapMarkdownFileName(roadmap.title),
      contents: roadmapToMarkdown(roadmap, { estimates }),
      extensions: ['md'],
      mimeType: 'text/markdown',
    });
    if (result.saved) showNotice(`“${roadmap.title}” saved as Markdown.`);
    return null;
  } catch (error) {
    return describeStorageError(error);
  }
}
