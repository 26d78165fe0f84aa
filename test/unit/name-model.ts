/** The shipped name model, loaded once for the unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNameModel, type NameModel } from '../../src/core/names';

let model: NameModel | undefined;

export function shippedNameModel(): NameModel {
  model ??= loadNameModel(readFileSync(join(__dirname, '..', '..', '..', 'models', 'names.bin')));
  return model;
}
