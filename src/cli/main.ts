/**
 * article-annotator: the command-line twin of the extension, over the same core.
 */
import { parseArgs } from 'node:util';
import { runAnnotate } from './annotate-command';
import { UsageError } from './usage-error';
import { version } from '../../package.json';

const HELP = `article-annotator ${version}: find and explain dates (and soon people, places and
organisations) in news articles, and keep the annotations as YAML next to each article.

Usage:
  article-annotator annotate <files or folders...> [--max-size <MB>]
      Analyse each article and write <article>.annotations.yaml beside it. Folders are
      searched for *.txt (node_modules and hidden folders are skipped). Annotations a person
      accepted, rejected or wrote by hand are kept; machine suggestions are refreshed.
      A sidecar that is not valid is reported and never overwritten.
      Prints one line per file; exits 1 if any file could not be annotated.
      --max-size <MB>   refuse articles larger than this (default 5)

  article-annotator help            this text
  article-annotator --version       the version

Exit codes: 0 success, 1 some files failed, 2 bad usage.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return command === undefined ? 2 : 0;
    case '--version':
    case '-v':
      console.log(version);
      return 0;
    case 'annotate': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) {
        console.log(HELP);
        return 0;
      }
      const maxSizeMb = values['max-size'] === undefined ? 5 : Number(values['max-size']);
      if (!Number.isFinite(maxSizeMb) || maxSizeMb <= 0) throw new UsageError('--max-size takes a positive number of megabytes');
      return runAnnotate(positionals, { maxBytes: Math.round(maxSizeMb * 1024 * 1024) });
    }
    default:
      throw new UsageError(`unknown command "${command}"; run "article-annotator --help"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`article-annotator: ${(error as Error).message}`);
      process.exitCode = 2;
    } else {
      console.error(`article-annotator: unexpected error: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
