import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { InlineSpan } from './roadmap';

// Reading mdast's inline nodes as the roadmap's text: bold labels, code spans, plain text.

/** The bold run at the start of a paragraph and the plain text after it. */
export function boldLabel(paragraph: Paragraph): { bold: string; rest: string } | null {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return null;
  return { bold: plainText(first.children).trim(), rest: plainText(rest) };
}

export function flatPhrasing(item: ListItem): PhrasingContent[] {
  const paragraph = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  return paragraph?.children ?? [];
}

export function toSpans(nodes: readonly PhrasingContent[]): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const node of nodes) {
    if (node.type === 'inlineCode') spans.push({ text: node.value, code: true });
    else if (node.type === 'text') spans.push({ text: node.value.replace(/\s*\n\s*/g, ' ') });
    else if (node.type === 'break') spans.push({ text: ' ' });
    else if ('children' in node) spans.push(...toSpans(node.children));
  }
  return spans;
}

export function plainText(nodes: readonly PhrasingContent[]): string {
  return spansText(toSpans(nodes));
}

export function spansText(spans: readonly InlineSpan[]): string {
  return spans.map((s) => s.text).join('');
}

export function mergeSpans(spans: readonly InlineSpan[]): InlineSpan[] {
  const merged: InlineSpan[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const last = merged.at(-1);
    if (last && !last.code && !span.code) last.text += span.text;
    else merged.push({ ...span });
  }
  return merged;
}

export function trimSpans(spans: readonly InlineSpan[]): InlineSpan[] {
  const out = mergeSpans(spans);
  const first = out[0];
  if (first && !first.code) first.text = first.text.trimStart();
  const last = out.at(-1);
  if (last && !last.code) last.text = last.text.trimEnd();
  return out.filter((s) => s.text !== '');
}

export function dropLeadingColon(spans: readonly InlineSpan[]): InlineSpan[] {
  const out = trimSpans(spans);
  const first = out[0];
  if (first && !first.code) first.text = first.text.replace(/^:\s*/, '');
  return out.filter((s) => s.text !== '');
}

export function lineOf(node: RootContent | ListItem): number {
  return node.position?.start.line ?? 1;
}
