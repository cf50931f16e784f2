import {describe, expect, it} from 'vitest';
import {createProgress, progressEnabled, progressLine} from '../src/progress.js';

describe('progress line', () => {
  it('shows files done of the total, findings so far and the time left', () => {
    // 10 of 40 files in 5 seconds: 30 files to go take 15 seconds more.
    expect(progressLine(10, 40, 23, 5000)).toBe('[#####---------------] 10 van 40 bestanden, 23 adviezen, nog 15 s');
    expect(progressLine(1, 200, 1, 2000)).toBe('[--------------------] 1 van 200 bestanden, 1 advies, nog 6 min 38 s');
  });

  it('is drawn only in a terminal, not in CI, not with --quiet', () => {
    expect(progressEnabled({isTTY: true, quiet: false, env: {}})).toBe(true);
    expect(progressEnabled({isTTY: false, quiet: false, env: {}})).toBe(false);
    expect(progressEnabled({isTTY: true, quiet: true, env: {}})).toBe(false);
    expect(progressEnabled({isTTY: true, quiet: false, env: {CI: 'true'}})).toBe(false);
  });

  it('redraws one line in place and wipes it before other output', () => {
    const written: string[] = [];
    let time = 0;
    const progress = createProgress((text) => written.push(text), 3, true, () => time);
    time = 500;
    progress.update(1, 2);
    time = 520; // within 100 ms of the last draw: skipped
    progress.update(2, 2);
    progress.clear();
    progress.clear(); // nothing drawn since: nothing to wipe
    time = 530;
    progress.update(3, 4); // the last file is always drawn
    expect(written).toEqual(['\r\u001B[K[#######-------------] 1 van 3 bestanden, 2 adviezen, nog 1 s', '\r\u001B[K', '\r\u001B[K[####################] 3 van 3 bestanden, 4 adviezen, nog 0 s']);
  });

  it('writes nothing when it is off', () => {
    const written: string[] = [];
    const progress = createProgress((text) => written.push(text), 10, false);
    progress.update(5, 1);
    progress.clear();
    expect(written).toEqual([]);
  });
});

describe('number of workers', () => {
  it('takes --jobs as given, but never more than there are files', async () => {
    const {jobsFor} = await import('../src/pool.js');
    expect(jobsFor(2, 1000, 8)).toBe(2);
    expect(jobsFor(4, 3, 8)).toBe(3);
    expect(jobsFor(1, 1000, 8)).toBe(1);
  });

  it('starts a worker per 200 files by default, at most one per core', async () => {
    const {jobsFor} = await import('../src/pool.js');
    expect(jobsFor(undefined, 1, 2)).toBe(1);
    expect(jobsFor(undefined, 150, 2)).toBe(1);
    expect(jobsFor(undefined, 450, 2)).toBe(2);
    expect(jobsFor(undefined, 5000, 2)).toBe(2);
    expect(jobsFor(undefined, 5000, 16)).toBe(16);
  });
});
