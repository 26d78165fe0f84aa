/**
 * schemas/annotations.schema.json (what the YAML extension validates sidecars with, as people
 * type) agrees with what the tool writes and reads.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { annotateArticle } from '../../src/core/annotate-article';
import { parseSidecar } from '../../src/core/model/yaml-read';
import { shippedNameModel } from './name-model';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

const ROOT = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8')) as object;
// enumDescriptions is VS Code's addition to JSON Schema.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('annotations JSON Schema', () => {
  for (const name of [SAMPLE_000, SAMPLE_001]) {
    it(`accepts the sidecar written for ${name}`, () => {
      const result = annotateArticle({ fileName: name, bytes: new TextEncoder().encode(readSample(name)), existingSidecar: null, modifiedMillis: 0, nameModel: shippedNameModel() });
      assert.ok(result.ok);
      assert.ok(validate(parse(result.sidecarText)), JSON.stringify(validate.errors));
    });
  }

  it('accepts a minimal hand-written file, as the reader does', () => {
    const text = 'schema: 1\nannotations:\n  - {type: place, text: Rome, start: 10, end: 14}\n';
    assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
    assert.ok(parseSidecar(text).ok);
  });

  it('rejects what the reader rejects', () => {
    for (const text of [
      'annotations: []\n',
      'schema: 1\nannotations:\n  - {type: weather, text: x, start: 0, end: 1}\n',
      'schema: 1\nannotations:\n  - {type: place, text: Rome, start: -1, end: 3}\n',
      'schema: 1\nannotations:\n  - {type: place, text: Rome, start: 0, end: 4, status: maybe}\n',
      'schema: 1\nannotations:\n  - {type: place, start: 0, end: 4}\n',
    ]) {
      assert.equal(validate(parse(text)), false, text);
      assert.equal(parseSidecar(text).ok, false, text);
    }
  });
});
