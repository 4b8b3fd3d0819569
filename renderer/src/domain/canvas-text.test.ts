import { describe, expect, it } from 'vitest';
import { headingText, inlineSpans, parseHours, readTopicText } from './canvas-text';

describe('readTopicText', () => {
  it('takes the first non-blank line as the title, without heading, bold, list or {#id} marks', () => {
    expect(readTopicText('\n\n## Pods & Deployments ##\n', 4).title).toBe('Pods & Deployments');
    expect(readTopicText('**Pods** {#pods}', 4).title).toBe('Pods');
    expect(readTopicText('- __Pods__', 4).title).toBe('Pods');
    expect(readTopicText('   ', 4)).toEqual({
      title: '',
      items: [],
      tip: null,
      estimateHours: null,
      problems: [],
    });
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

  it('reads estimate: as hours, not as a sub-point, and says what is wrong with a bad one', () => {
    expect(readTopicText('T\n- estimate: 4 h\n- x', 2)).toMatchObject({ estimateHours: 4, problems: [] });
    expect(readTopicText('T\n- **Estimate**: 1.5 hours', 2).estimateHours).toBe(1.5);
    expect(readTopicText('T\n- estimate: 0', 2).problems).toEqual([
      'has the estimate "0", which is not a number of hours above 0 and at most 1000 (write "estimate: 4 h")',
    ]);
    expect(readTopicText('T\n- estimate: 2\n- estimate: 3', 2)).toMatchObject({
      estimateHours: 2,
      problems: ['gives its estimate twice; keep one "estimate:" line'],
    });
  });
});

describe('headingText', () => {
  it('drops the opening and closing marks, keeping a mark that is part of the text', () => {
    expect(['# A', '### A ###', '  ## A  #  ', '# C#', '#', '#A', '    # A', '# #'].map(headingText)).toEqual(
      ['A', 'A', 'A', 'C#', null, null, null, ''],
    );
  });
});

describe('parseHours', () => {
  it('reads hours with or without a unit, and nothing else', () => {
    expect(['4', '4h', '4 h', '4 hrs', '2.5 hours'].map(parseHours)).toEqual([4, 4, 4, 4, 2.5]);
    expect(['', '-1', '0', '1001', 'four', '4 days', '1e3', 'Infinity'].map(parseHours)).toEqual(
      Array(8).fill(null),
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
