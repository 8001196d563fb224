/**
 * The command-line tools on the real data and on broken fixtures: their logic in-process (the
 * functions the scripts call), and each script once as a user runs it (a tsx process), for the
 * wiring of arguments, output streams and exit code.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CliResult } from '../../scripts/lib/cliResult';
import { dataCheck } from '../../scripts/lib/dataCheckCli';
import { query } from '../../scripts/lib/queryCli';

/** A script run as its own process, as `npm run` runs it. */
const spawnScript = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });

/** What the tool returns, with `status` as a process reports its exit code. */
const asRun = (r: CliResult) => ({ ...r, status: r.code });
const runCheck = (args: string[]) => asRun(dataCheck(args));
const runQuery = async (args: string[]) => asRun(await query(args));

describe('the scripts as processes', () => {
  it('data:check prints each problem on stdout and exits 1 on a broken data directory', () => {
    const res = spawnScript('scripts/data-check.ts', ['--dir', 'tests/fixtures/broken-safety']);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe(dataCheck(['--dir', 'tests/fixtures/broken-safety']).stdout);
    expect(res.stdout.trim().split('\n')).toHaveLength(4);
    expect(res.stderr).toContain('data:check: 4 problem(s)');
  });

  it('query prints JSON on stdout, and exits 2 with a suggestion on an unknown region', () => {
    const ok = spawnScript('scripts/query.ts', ['rank', 'l-temple']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveProperty('candidates');
    const bad = spawnScript('scripts/query.ts', ['rank', 'l-tempel']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Did you mean: l-temple');
  });
});

describe('data:check', () => {
  it('fails on a malformed data directory, naming file, record and field', () => {
    const res = runCheck(['--dir', 'tests/fixtures/broken-data']);
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(
      'tests/fixtures/broken-data/muscles/test.json › test-muscle-1 › essential: essential zone must not be empty',
    );
    // The muscle whose record failed is unknown to the condition that names it.
    expect(res.stdout).toContain(
      'tests/fixtures/broken-data/conditions.json › test-condition › muscles.0: unknown muscle "test-muscle"',
    );
    expect(res.stdout).toMatch(
      /tests\/fixtures\/broken-data\/redflags\.json › \(file\) › \(file\): invalid JSON/,
    );
  });

  it('fails on each clinical safety defect of the broken-safety fixture', () => {
    const res = runCheck(['--dir', 'tests/fixtures/broken-safety']);
    expect(res.status).toBe(1);
    const M = 'tests/fixtures/broken-safety/muscles/test.json';
    // A symptom that is a red-flag sign but has no link to the flag.
    expect(res.stdout).toContain(
      `${M} › test-muscle-1 › symptoms.0: "Foot drop when walking far" is a sign of red flag "new-weakness"; move it to redFlagSymptoms with that link`,
    );
    // A hazard whose structure name and kind disagree.
    expect(res.stdout).toContain(
      `${M} › test-muscle-1 › needling.hazards.0.kind: "Carotid artery deep to the muscle" names a structure of kind "artery", not "vein"`,
    );
    // A non-pain record that carries a referral zone.
    expect(res.stdout).toContain(
      `${M} › test-muscle-2 › spillover: a non-pain record has no referral pattern; leave spillover empty`,
    );
    // A condition listing a muscle that refers to none of its drawing.
    expect(res.stdout).toContain(
      `tests/fixtures/broken-safety/conditions.json › test-condition › muscles.1: "other-muscle" refers pain to none of the condition's drawing`,
    );
    expect(res.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('passes on the real dataset and prints stats', () => {
    const res = runCheck(['--stats']);
    expect(res.stderr).not.toMatch(/problem/);
    expect(res.status).toBe(0);
    const stats = JSON.parse(res.stdout) as { muscles: number; triggerPoints: number };
    expect(stats.muscles).toBeGreaterThan(0);
  });
});

describe('query', () => {
  it('lists regions with id, label, side and parent', async () => {
    const res = await runQuery(['regions']);
    expect(res.status).toBe(0);
    const regions = JSON.parse(res.stdout) as {
      id: string;
      label: string;
      side: string;
      parent: string;
    }[];
    expect(regions.find((r) => r.id === 'l-temple')).toMatchObject({
      label: 'left temple',
      side: 'left',
      parent: 'head',
    });
  });

  it('lists muscles with their trigger points', async () => {
    const res = await runQuery(['muscles']);
    const muscles = JSON.parse(res.stdout) as {
      id: string;
      layer: string;
      triggerPoints: string[];
    }[];
    expect(muscles.find((m) => m.id === 'upper-trapezius')?.triggerPoints).toContain(
      'upper-trapezius-1',
    );
  });

  it('ranks upper trapezius and temporalis in the first five for the left temple', async () => {
    const res = await runQuery(['rank', 'l-temple']);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as {
      candidates: { muscle: string; side: string }[];
      explainingSet: unknown[];
    };
    const top5 = out.candidates.slice(0, 5).map((c) => c.muscle);
    expect(top5).toContain('upper-trapezius');
    expect(top5).toContain('temporalis');
    expect(out.candidates[0]?.side).toBe('left');
    expect(out.explainingSet.length).toBe(1);
  });

  it('exits 2 on an unknown region and suggests the closest ids', async () => {
    const res = await runQuery(['rank', 'l-tempel']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Did you mean: l-temple');
  });

  it('exits 2 on an unknown command and prints help on --help', async () => {
    expect((await runQuery(['rnak'])).status).toBe(2);
    const help = await runQuery(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('rank <region>');
  });
});
