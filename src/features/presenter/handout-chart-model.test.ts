import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { eventRows, moneyRows } from './handout-chart-model';

const model = buildAtlasModel(sampleAtlas());

describe('handout chart model', () => {
  it('shows only the money known at the date, open bounds open, each unit on its own scale', () => {
    const all = moneyRows(model, null, []);
    expect(all.length).toBe(model.atlas.investments.length);
    expect(moneyRows(model, '1900-01-01', [])).toEqual([]);
    for (const unit of new Set(all.map((r) => r.unit))) {
      const shares = all.filter((r) => r.unit === unit).map((r) => r.share);
      expect(Math.max(...shares)).toBe(1);
    }
    const vague = model.atlas.investments.find((i) => i.amount.kind === 'lower-bound');
    if (vague) expect(all.find((r) => r.id === vague.id)?.open).toBe(true);
  });

  it('places known events in date order on one axis and marks the cited ones', () => {
    const first = model.atlas.events[0]!;
    const rows = eventRows(model, null, [first.id]);
    expect(rows.map((r) => r.startMs)).toEqual([...rows.map((r) => r.startMs)].sort((a, b) => a - b));
    expect(rows[0]?.position).toBe(0);
    expect(rows.filter((r) => r.cited).map((r) => r.id)).toEqual([first.id]);
    expect(eventRows(model, '1900-01-01', [])).toEqual([]);
  });
});
