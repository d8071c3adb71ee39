import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_STARS } from '../../../src/content/vocabulary.ts';
import { balanceCampaign, type MissionBalance } from '../../../src/sim/balance.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const SEEDS = [1000, 8919, 16838];
let report: MissionBalance[] = [];

describe('balance of the real campaign (the bots of npm run balance)', () => {
  beforeAll(() => {
    report = balanceCampaign(cat, SEEDS);
  }, 120_000);

  it('plays every mission of every playlist', () => {
    const ids = new Set([...cat.playlists.career, ...cat.playlists.classroom, ...cat.playlists.kiosk]);
    expect(report.map((m) => m.missionId).sort()).toEqual([...ids].sort());
  });

  it('lets every mission reach the most stars by some choices', () => {
    const short = report.filter((m) => m.bestStars < MAX_STARS).map((m) => `${m.missionId} (${m.bestScore})`);
    expect(short).toEqual([]);
  });

  it('lets no fixed recipe win 2 stars or more on more than a third of the missions', () => {
    const wins = new Map<string, string[]>();
    for (const m of report) {
      for (const r of m.results.filter((x) => x.strategy.startsWith('recipe:'))) {
        if (r.stars.slice(2).reduce((a, b) => a + b, 0) > SEEDS.length / 2)
          wins.set(r.strategy, [...(wins.get(r.strategy) ?? []), m.missionId]);
      }
    }
    const tooMany = [...wins.entries()].filter(([, ms]) => ms.length > report.length / 3);
    expect(tooMany).toEqual([]);
  });

  it('keeps random play under 2 stars on average', () => {
    const random = report.map((m) => m.results.find((r) => r.strategy === 'random')?.meanStars ?? 3);
    expect(random.reduce((a, b) => a + b, 0) / random.length).toBeLessThan(2);
  });

  it('rewards thought: the best-effort search beats random play on every mission', () => {
    for (const m of report) {
      const search = m.results.find((r) => r.strategy === 'search')?.meanStars ?? 0;
      const random = m.results.find((r) => r.strategy === 'random')?.meanStars ?? 0;
      expect(search, m.missionId).toBeGreaterThan(random);
    }
  });
});
