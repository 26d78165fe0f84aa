import { version } from '../../package.json';

/** The version of Article Annotator, as in package.json. */
export const ANNOTATOR_VERSION: string = version;
