import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The built pages pass the Nu HTML checker (vnu-jar, run on the machine's Java) without errors. */
const BUILD = path.resolve(__dirname, '../../build');
const VNU = path.resolve(__dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
const PAGES = [
  'index.html',
  'limits/index.html',
  'limits/degenerative-ai/index.html',
  'limits/fundamental-limits/index.html',
  'camps/index.html',
  'camps/scaling-not-dead/index.html',
  'camps/performance-plateau/index.html',
  'strategies/post-scaling-playbook/index.html',
  'sources/index.html',
  'claims/index.html',
  'claims/cs-dai-defined/index.html',
  'claims/graph/index.html',
  'search/index.html',
  '404.html',
];

describe('HTML validity (Nu HTML checker)', () => {
  it('finds no error in any page type of either locale', () => {
    const files = [...PAGES, ...PAGES.map((p) => `zh-Hans/${p}`)].map((p) => path.join(BUILD, p));
    const res = spawnSync('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (res.error) throw new Error(`could not run java for the Nu HTML checker: ${res.error.message}. Install a JRE (apt-get install -y default-jre-headless).`);
    const messages: { type: string; url: string; message: string; lastLine?: number }[] = JSON.parse(res.stderr || '{"messages":[]}').messages;
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*\/build\//, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 180_000);
});
