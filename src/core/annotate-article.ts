/**
 * The "annotate an article" job, shared by the editor command and the CLI: bytes in,
 * sidecar text out (or a reason not to write). Callers only do the I/O.
 */
import { createHash } from 'node:crypto';
import { analyzeArticle, calendarDateOf } from './analyze';
import { mergeSuggestions } from './model/merge';
import { sourceInfo, suggestionsFrom } from './model/suggest';
import { parseSidecar } from './model/yaml-read';
import { sidecarToYaml } from './model/yaml-write';
import type { NameModel } from './names';
import { decodeArticle } from './text-input';
import { ANNOTATOR_VERSION } from './version';

export const SIDECAR_SUFFIX = '.annotations.yaml';

export function sidecarNameFor(articleFileName: string): string {
  return articleFileName + SIDECAR_SUFFIX;
}

export interface AnnotateInput {
  /** The article's file name (no folder), recorded in the sidecar. */
  fileName: string;
  bytes: Uint8Array;
  /** The current sidecar's text, or null when there is none. */
  existingSidecar: string | null;
  /** The article file's modification time, the fallback publication date. */
  modifiedMillis: number;
  maxBytes?: number;
  nameModel: NameModel;
}

export type AnnotateResult =
  | { ok: true; sidecarText: string; changed: boolean; summary: AnnotateSummary }
  | { ok: false; message: string };

export interface AnnotateSummary {
  dates: number;
  names: number;
  kept: number;
  /** Human annotations re-attached after the article changed, and those that could not be (orphans). */
  moved: number;
  orphaned: number;
  /** All orphans in the file, old and new: listed until a person deals with them. */
  orphans: number;
  published: string;
  publishedFrom: string;
}

export function annotateArticle(input: AnnotateInput): AnnotateResult {
  const decoded = decodeArticle(input.bytes, input.maxBytes);
  if (!decoded.ok) return { ok: false, message: `${input.fileName} ${decoded.reason}` };

  let existing = null;
  if (input.existingSidecar !== null) {
    const parsed = parseSidecar(input.existingSidecar);
    const sidecarName = sidecarNameFor(input.fileName);
    if (!parsed.ok) {
      const where = parsed.line ? `${sidecarName}:${parsed.line}` : sidecarName;
      return { ok: false, message: `${where} is ${parsed.message}; fix or remove it (it was left untouched)` };
    }
    if (parsed.readOnly) return { ok: false, message: `${sidecarName} is ${parsed.reason}; it was left untouched` };
    existing = parsed.sidecar;
  }

  const text = decoded.text;
  const analysis = analyzeArticle(text, { fallbackDate: calendarDateOf(input.modifiedMillis), nameModel: input.nameModel });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const generator = `article-annotator ${ANNOTATOR_VERSION}; names ${input.nameModel.fingerprint}`;
  const source = sourceInfo(input.fileName, sha256, analysis, generator);
  const { sidecar, anchoring } = mergeSuggestions(existing, source, suggestionsFrom(analysis, text), text);
  const sidecarText = sidecarToYaml(sidecar, input.existingSidecar);
  return {
    ok: true,
    sidecarText,
    changed: sidecarText !== input.existingSidecar,
    summary: {
      dates: analysis.dates.length,
      names: analysis.names.length,
      kept: sidecar.annotations.filter((annotation) => annotation.status !== 'suggested').length,
      moved: anchoring.moved + anchoring.fuzzy,
      orphaned: anchoring.orphaned,
      orphans: sidecar.orphans?.length ?? 0,
      published: source.published ?? '',
      publishedFrom: analysis.reference.from,
    },
  };
}
