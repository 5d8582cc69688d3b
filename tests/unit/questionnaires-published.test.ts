/**
 * A published questionnaire file is never edited: organizations' assessments are pinned to it, and
 * their scores must read the same in ten years. Fix a mistake by publishing a new version (see
 * questionnaires/VERSIONS.md). Publishing a version = adding its hash here, in the same commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listQuestionnaireFiles, QUESTIONNAIRES_DIR } from '../../scripts/questionnaire-files.ts';

const PUBLISHED: Record<string, string> = {
  'cqm-apercu/1.0.0.json': 'b0e012fe8214470f4f19087048966446238dc802f46cf1fc29919f60f03028ab',
  'cqm-maturite/1.0.0.json': 'd8b09ea36825aeed531d3703c94ab0f30990acf1d51ea0629223f82cb2830d10',
  'cqm-maturite/2.0.0.json': '741442a5b8912193b474809007e1fac44cf19404b85f0f745379979664062b01',
  'cqm-maturite/3.0.0.json': 'fa30d29268837674c564f47c85c5fb088f43d1ba6f96ad0d8ca6e2e25c6b7f45',
};

/** SHA-256 of the text with Unix line ends, so a Windows checkout hashes the same. */
function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).digest('hex');
}

describe('published questionnaire files', () => {
  const files = listQuestionnaireFiles().map((file) => relative(QUESTIONNAIRES_DIR, file));

  it.each(Object.keys(PUBLISHED))('%s is unchanged since it was published', (name) => {
    expect(files, `${name} was published: it must never be deleted`).toContain(name);
    expect(
      hashOf(`${QUESTIONNAIRES_DIR}${name}`),
      `${name} was published and must not change: copy it to a new version instead`,
    ).toBe(PUBLISHED[name]);
  });

  it('every questionnaire file in the app is registered as published', () => {
    const unregistered = files.filter((name) => !(name in PUBLISHED));
    expect(unregistered, 'add the hash of each new version to PUBLISHED in this test (the file is then frozen)').toEqual([]);
  });
});
