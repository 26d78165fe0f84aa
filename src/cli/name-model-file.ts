/** Loads the name tagger's model shipped beside the CLI bundle (dist/../models/names.bin), once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNameModel, type NameModel } from '../core/names';

export const NAME_MODEL_PATH = join(__dirname, '..', 'models', 'names.bin');

let loaded: NameModel | undefined;

export function nameModel(): NameModel {
  loaded ??= loadNameModel(readFileSync(NAME_MODEL_PATH));
  return loaded;
}
