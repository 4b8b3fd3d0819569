import { describe, expect, it } from 'vitest';
import { headingText, inlineSpans, readTopicText } from './canvas-text';

describe('readTopicText', () => {
  it('takes the first non-blank line as the title, without heading, bold or list marks; {#id} fixes the id', () => {
    expect(readTopicText('\n\n## Pods & Deployments ##\n', 4).title).toBe('Pods & Deployments');
    expect(readTopicText('**Pods** {#pods}', 4)).toMatchObject({ title: 'Pods', idMark: 'pods' });
    expect(readTopicText('- __Pods__ {#}', 4)).toMatchObject({ title: 'Pods', idMark: '' });
    expect(readTopicText('   ', 4)).toEqual({ title: '', idMark: null, items: [], tip: null, meta: [] });
  });

  it('keeps list lines as sub-points (bullets, numbers, checkboxes, nested) at the text line, and drops the rest', () => {
    const read = readTopicText(
      'Title\nA description.\n- one\n  * two\n3. three\n4) four\n- [x] five\n-\n+ six',
      9,
    );
    expect(read.items.map((i) => [i.text, i.line])).toEqual([
      ['one', 9],
      ['two', 9],
      ['three', 9],
      ['four', 9],
      ['five', 9],
      ['six', 9],
    ]);
  });

  it('reads the first Important: sub-point as the tip, bold or not', () => {
    expect(readTopicText('T\n- **Important:** keep `it` small', 2).tip).toEqual({
      text: 'keep it small',
      spans: [{ text: 'keep ' }, { text: 'it', code: true }, { text: ' small' }],
      line: 2,
    });
    expect(readTopicText('T\n- important: a\n- Important: b', 2).items.map((i) => i.text)).toEqual([
      'Important: b',
    ]);
  });

  it('keeps estimate: and after: as metadata for the builder, not as sub-points', () => {
    const read = readTopicText(
      'T\n- estimate: 4 h\n- x\n- **After**: Containers, Linux\n- estimate: soon',
      2,
    );
    expect(read.meta).toEqual([
      { key: 'estimate', value: '4 h', line: 2 },
      { key: 'after', value: 'Containers, Linux', line: 2 },
      { key: 'estimate', value: 'soon', line: 2 },
    ]);
    expect(read.items.map((i) => i.text)).toEqual(['x']);
  });
});

describe('headingText', () => {
  it('drops the opening and closing marks, keeping a mark that is part of the text', () => {
    expect(['# A', '### A ###', '  ## A  #  ', '# C#', '#', '#A', '    # A', '# #'].map(headingText)).toEqual(
      ['A', 'A', 'A', 'C#', null, null, null, ''],
    );
  });
});

describe('inlineSpans', () => {
  it('keeps code as code and reads links, wiki links, bold, italics and strike-through as text', () => {
    expect(inlineSpans('**Use** `a_b` with [docs](https://x.y) and [[Note]] or [[Note|that]]')).toEqual([
      { text: 'Use ' },
      { text: 'a_b', code: true },
      { text: ' with docs and Note or that' },
    ]);
    expect(inlineSpans('*very* _much_ ~~not~~ snake_case_name 2*3*4')).toEqual([
      { text: 'very much not snake_case_name 2*3*4' },
    ]);
  });

  it('reads long hostile lines in linear time', () => {
    const started = performance.now();
    const runs = ['*a ', '_b ', '[[', '[', '[a](', '`a', '**', ' '];
    for (const run of runs) inlineSpans(`x${run.repeat(50_000)}`);
    for (const head of ['# ', '', '- '])
      readTopicText(`${head}x${' '.repeat(100_000)}{#${' '.repeat(100_000)}#`, 1);
    readTopicText(`T\n- ${' '.repeat(100_000)}x\n${' '.repeat(100_000)}`, 1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
