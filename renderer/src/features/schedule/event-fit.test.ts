import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInLanes } from '../../domain';
import type { MinuteSpan } from '../../domain';
import {
  blockFit,
  cellEntries,
  HOUR_HEIGHT,
  LINE,
  minBlockHeight,
  NARROW_COLUMN,
  placeBlocks,
  titleLinesNeeded,
} from './event-fit';

const at = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const span = (from: string, to: string): MinuteSpan => ({ from: at(from), to: at(to) });

describe('how many lines a title needs', () => {
  it('takes one line in a wide day column, two in a narrow one, one while unmeasured', () => {
    expect(titleLinesNeeded(160)).toBe(1);
    expect(titleLinesNeeded(NARROW_COLUMN)).toBe(1);
    expect(titleLinesNeeded(101)).toBe(2);
    expect(titleLinesNeeded(null)).toBe(1);
    expect(minBlockHeight(1)).toBe(LINE.padding + LINE.title);
    expect(minBlockHeight(2)).toBe(LINE.padding + 2 * LINE.title);
  });
});

describe('an event box’s layout', () => {
  const minutes = (n: number) => (n * HOUR_HEIGHT) / 60 - 1;

  it('gives the time its own line only under the lines the title needs', () => {
    // Wide: 30 minutes hold one line ("Response Models 19:30"), 45 the title over its times.
    expect(blockFit(minutes(15), 1)).toEqual({ layout: 'inline', lines: 1 });
    expect(blockFit(minutes(30), 1)).toEqual({ layout: 'inline', lines: 1 });
    expect(blockFit(minutes(45), 1)).toEqual({ layout: 'stacked', lines: 1 });
    expect(blockFit(minutes(60), 1)).toEqual({ layout: 'stacked', lines: 2 });
    expect(blockFit(minutes(180), 1)).toEqual({ layout: 'stacked', lines: 3 });
    // Narrow: two lines of title come first; the time waits for a third line.
    expect(blockFit(minBlockHeight(2), 2)).toEqual({ layout: 'inline', lines: 2 });
    expect(blockFit(minutes(45), 2)).toEqual({ layout: 'inline', lines: 2 });
    expect(blockFit(minutes(60), 2)).toEqual({ layout: 'stacked', lines: 2 });
  });

  it('never promises more lines than the box holds, nor fewer than the title needs at the least height', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 400 }), (need, extra) => {
        const height = minBlockHeight(need) + extra;
        const fit = blockFit(height, need);
        const used = LINE.padding + fit.lines * LINE.title + (fit.layout === 'stacked' ? LINE.time : 0);
        expect(used).toBeLessThanOrEqual(height);
        expect(fit.lines).toBeGreaterThanOrEqual(need);
      }),
    );
  });
});

describe('placing a day’s events', () => {
  it('puts events at their times, a minute a pixel, a pixel apart', () => {
    const spans = [span('19:00', '20:00'), span('10:00', '11:30')];
    expect(placeBlocks(spans, placeInLanes(spans), 9, minBlockHeight(1))).toEqual([
      { top: 600, height: 59 },
      { top: 60, height: 89 },
    ]);
  });

  it('grows a short review for its title and starts the next session under it', () => {
    const spans = [span('19:00', '19:15'), span('19:15', '20:00')];
    const [review, study] = placeBlocks(spans, placeInLanes(spans), 19, minBlockHeight(1));
    expect(review).toEqual({ top: 0, height: minBlockHeight(1) });
    expect(study!.top).toBe(minBlockHeight(1) + 1);
    // Its end stays at 20:00.
    expect(study!.top + study!.height).toBe(59);
    // In a narrow column the review needs two lines; the session, pushed further, keeps its least height.
    const narrow = placeBlocks(spans, placeInLanes(spans), 19, minBlockHeight(2));
    expect(narrow[1]).toEqual({ top: minBlockHeight(2) + 1, height: minBlockHeight(2) });
  });

  it('keeps overlapping events side by side, each in its lane', () => {
    const spans = [span('19:00', '20:00'), span('19:30', '20:30')];
    const places = placeBlocks(spans, placeInLanes(spans), 19, minBlockHeight(1));
    expect(places).toEqual([
      { top: 0, height: 59 },
      { top: 30, height: 59 },
    ]);
  });

  it('never lets one box cover another in its lane, starts none before its time and none too low', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 24 * 60 - 5 }), fc.integer({ min: 1, max: 180 }))
      .map(([from, length]) => ({ from, to: Math.min(24 * 60, from + length) }));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 12 }), fc.integer({ min: 1, max: 2 }), (spans, need) => {
        const lanes = placeInLanes(spans);
        const minHeight = minBlockHeight(need);
        const places = placeBlocks(spans, lanes, 0, minHeight);
        places.forEach((place, i) => {
          expect(place.top).toBeGreaterThanOrEqual(spans[i]!.from);
          expect(place.height).toBeGreaterThanOrEqual(minHeight);
          expect(place.top + place.height).toBeGreaterThanOrEqual(spans[i]!.to - 1);
        });
        for (let a = 0; a < spans.length; a++) {
          for (let b = a + 1; b < spans.length; b++) {
            const [p, q] = [places[a]!, places[b]!];
            const apart = p.top + p.height < q.top || q.top + q.height < p.top;
            // Boxes in different lanes of one overlapping group stand side by side.
            const sideBySide = lanes[a]!.lane !== lanes[b]!.lane && overlap(spans[a]!, spans[b]!, spans);
            expect(apart || sideBySide, `${JSON.stringify([spans[a], spans[b]])}`).toBe(true);
          }
        }
      }),
    );
  });
});

/** Whether two spans fall in one group of overlapping spans (so placeInLanes set them side by side). */
function overlap(a: MinuteSpan, b: MinuteSpan, all: readonly MinuteSpan[]): boolean {
  const sorted = [...all].sort((x, y) => x.from - y.from);
  let groupEnd = -Infinity;
  let group = 0;
  const groupOf = new Map<MinuteSpan, number>();
  for (const s of sorted) {
    if (s.from >= groupEnd) group++;
    groupEnd = s.from >= groupEnd ? s.to : Math.max(groupEnd, s.to);
    groupOf.set(s, group);
  }
  return groupOf.get(a) === groupOf.get(b);
}

describe('a month cell’s sessions', () => {
  it('shows all that fit, else one place fewer and "+N more" for the rest', () => {
    expect(cellEntries([], 3)).toEqual({ shown: [], more: 0 });
    expect(cellEntries(['a', 'b', 'c'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 0 });
    expect(cellEntries(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b'], more: 2 });
    expect(cellEntries(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toEqual({ shown: ['a', 'b'], more: 4 });
  });

  it('accounts for every session: shown or counted', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 6 }), (entries, max) => {
        const { shown, more } = cellEntries(entries, max);
        expect(shown.length + more).toBe(entries.length);
        expect(shown.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(Math.max(max, 2));
      }),
    );
  });
});
