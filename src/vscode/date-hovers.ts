/**
 * Hover cards for dates: the resolved TIMEX3 value, the weekday, and how it was resolved
 * against this article's publication date.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/analyze';
import type { DateMention } from '../core/dates';
import { dateHeadline, publicationNote } from '../core/explain';
import type { AnalysisCache } from './analysis-cache';
import { isArticle } from './article-documents';

export class DateHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | null> {
    if (!isArticle(document)) return null;
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return null;
    const offset = document.offsetAt(position);
    const mention = analysis.dates.find((date) => date.start <= offset && offset < date.end);
    if (!mention) return null;
    const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
    return new vscode.Hover(dateHoverMarkdown(mention, analysis), range);
  }
}

export function dateHoverMarkdown(mention: DateMention, analysis: ArticleAnalysis): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**Date** · ${escape(dateHeadline(mention))}\n\n`);
  markdown.appendMarkdown(`TIMEX3 \`${mention.type}\` value \`${mention.value}\``);
  if (mention.inferred.length > 0) markdown.appendMarkdown(` · inferred: ${mention.inferred.join(', ')}`);
  markdown.appendMarkdown(`\n\n${escape(mention.explanation)}\n\n---\n\n`);
  markdown.appendMarkdown(`$(calendar) ${escape(publicationNote(analysis))}`);
  return markdown;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
