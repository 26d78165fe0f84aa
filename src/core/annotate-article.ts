/**
 * The "annotate an article" job, shared by the editor command and the CLI: bytes in,
 * sidecar text out (or a reason not to write). Callers only do the I/O.
 */
import { createHash } from 'node:crypto';
import type { Document } from 'yaml';
import { analyzeArticle, calendarDateOf, type ArticleAnalysis } from './analyze';
import { mergeSuggestions, type MergeResult } from './model/merge';
import { sidecarOutputText, type SidecarOutput } from './model/sidecar-output';
import { sourceInfo, suggestionsFrom } from './model/suggest';
import type { Sidecar } from './model/types';
import type { EmittedYaml } from './model/yaml-emit';
import { parseSidecarWithDocument } from './model/yaml-read';
import { newSidecarYaml, sidecarToYaml } from './model/yaml-write';
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

/** annotateArticleOutput's answer: what the sidecar is to hold, not yet as text when it is a new file. */
export type AnnotateOutputResult =
  | { ok: true; output: SidecarOutput; changed: boolean; summary: AnnotateSummary }
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
  const result = annotateArticleOutput(input);
  if (!result.ok) return result;
  return { ok: true, sidecarText: sidecarOutputText(result.output), changed: result.changed, summary: result.summary };
}

/**
 * annotateArticle, leaving a new sidecar as data (SidecarOutput): a caller that writes files on
 * another thread turns it into text there.
 */
export function annotateArticleOutput(input: AnnotateInput): AnnotateOutputResult {
  const decoded = decodeArticle(input.bytes, input.maxBytes);
  if (!decoded.ok) return { ok: false, message: `${input.fileName} ${decoded.reason}` };

  const text = decoded.text;
  const analysis = analyzeArticle(text, { fallbackDate: calendarDateOf(input.modifiedMillis), nameModel: input.nameModel });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const generator = `article-annotator ${ANNOTATOR_VERSION}; names ${input.nameModel.fingerprint}`;
  const source = sourceInfo(input.fileName, sha256, analysis, generator);
  const machine = suggestionsFrom(analysis, text);

  const fresh = mergeSuggestions(null, source, machine, text);
  if (input.existingSidecar === null) return annotated({ newSidecar: fresh.sidecar }, true, fresh, analysis);
  const freshYaml = newSidecarYaml(fresh.sidecar);
  if (isUntouchedMachineOutput(input.existingSidecar, freshYaml)) {
    return annotated({ text: freshYaml.text }, freshYaml.text !== input.existingSidecar, fresh, analysis);
  }

  const existing = readExistingSidecar(input.existingSidecar, input.fileName);
  if (!existing.ok) return existing;
  const merged = mergeSuggestions(existing.sidecar, source, machine, text);
  const mergedText = sidecarToYaml(merged.sidecar, existing.document);
  return annotated({ text: mergedText }, mergedText !== input.existingSidecar, merged, analysis);
}

/**
 * The common re-run: the sidecar on disk is byte for byte what the machine writes afresh, so no
 * person touched it, and merging the machine's suggestions into themselves changes nothing;
 * there is no need to parse it. (Only when the text reads back as written: otherwise reading it
 * changes a value, and the merge decides what that means.)
 */
function isUntouchedMachineOutput(existingSidecar: string, fresh: EmittedYaml): boolean {
  return fresh.readsBack && existingSidecar === fresh.text;
}

/** The sidecar on disk, and its YAML document for the writer to update; or why it is left alone. */
function readExistingSidecar(text: string, fileName: string): { ok: true; sidecar: Sidecar; document: Document } | { ok: false; message: string } {
  const { parsed, document } = parseSidecarWithDocument(text);
  const sidecarName = sidecarNameFor(fileName);
  if (!parsed.ok) {
    const where = parsed.line ? `${sidecarName}:${parsed.line}` : sidecarName;
    return { ok: false, message: `${where} is ${parsed.message}; fix or remove it (it was left untouched)` };
  }
  if (parsed.readOnly) return { ok: false, message: `${sidecarName} is ${parsed.reason}; it was left untouched` };
  return { ok: true, sidecar: parsed.sidecar, document };
}

function annotated(output: SidecarOutput, changed: boolean, { sidecar, anchoring }: MergeResult, analysis: ArticleAnalysis): AnnotateOutputResult {
  return {
    ok: true,
    output,
    changed,
    summary: {
      dates: analysis.dates.length,
      names: analysis.names.length,
      kept: sidecar.annotations.filter((annotation) => annotation.status !== 'suggested').length,
      moved: anchoring.moved + anchoring.fuzzy,
      orphaned: anchoring.orphaned,
      orphans: sidecar.orphans?.length ?? 0,
      published: sidecar.source.published ?? '',
      publishedFrom: analysis.reference.from,
    },
  };
}
