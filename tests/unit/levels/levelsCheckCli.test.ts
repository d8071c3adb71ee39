import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { levelsDir, missionFile, repoRoot } from './levelFiles.ts';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const script = join(repoRoot, 'scripts/levels-check.ts');

function levelsCheck(...args: string[]) {
  const run = spawnSync(process.execPath, [tsxCli, script, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Spawning tsx takes about a second on the project's slow machines.
const slow = 30_000;

describe('npm run levels:check', () => {
  const temp = mkdtempSync(join(tmpdir(), 'levels-check-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('exits 0 with a one-line summary on the real levels/', { timeout: slow }, () => {
    const { code, stdout } = levelsCheck();
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/OK.*\d+ missions?, \d+ tools?, \d+ roles?, \d+ formats?, \d+ recruiters?/);
  });

  it('exits 1 naming the file and the path of each problem', { timeout: slow }, () => {
    const broken = join(temp, 'broken');
    cpSync(levelsDir, broken, { recursive: true });
    const missionPath = join(broken, missionFile);
    const mission = JSON.parse(readFileSync(missionPath, 'utf8'));
    mission.recruiter = 'nobody';
    writeFileSync(missionPath, JSON.stringify(mission, null, 2));

    const { code, stdout } = levelsCheck(broken);
    expect(code).toBe(1);
    expect(stdout).toContain(`${missionFile}: $.recruiter: unknown recruiter "nobody"`);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/1 problem in 1 file/);
  });

  it('exits 2 when the folder does not exist', { timeout: slow }, () => {
    const { code, stderr } = levelsCheck(join(temp, 'no-such-folder'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/no-such-folder is not a directory/);
  });
});
