/**
 * Hover cards: for a date, the resolved TIMEX3 value, the weekday and how it was resolved
 * against this article's publication date; for a person, place or organisation, what the
 * article says about it.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/analyze';
import type { DateMention } from '../core/dates';
import { dateHeadline, describeName, publicationNote } from '../core/explain';
import type { AnalysisCache } from './analysis-cache';
import { isArticle } from './article-documents';

export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | null> {
    if (!isArticle(document)) return null;
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return null;
    const offset = document.offsetAt(position);
    const covers = (span: { start: number; end: number }): boolean => span.start <= offset && offset < span.end;
    const range = (span: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    // Overlap is allowed: a date inside a name ("the March 14 Alliance") gets both cards.
    const cards: vscode.MarkdownString[] = [];
    let hovered: { start: number; end: number } | undefined;
    analysis.entityMentions.forEach((mention, index) => {
      if (!covers(mention)) return;
      cards.push(nameCard(index, analysis));
      hovered ??= mention;
    });
    for (const date of analysis.dates.filter(covers)) {
      cards.push(dateCard(date, analysis));
      hovered ??= date;
    }
    return hovered ? new vscode.Hover(cards, range(hovered)) : null;
  }
}

export function dateCard(mention: DateMention, analysis: ArticleAnalysis): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**Date** · ${escape(dateHeadline(mention))}\n\n`);
  markdown.appendMarkdown(`TIMEX3 \`${mention.type}\` value \`${mention.value}\``);
  if (mention.inferred.length > 0) markdown.appendMarkdown(` · inferred: ${mention.inferred.join(', ')}`);
  markdown.appendMarkdown(`\n\n${escape(mention.explanation)}\n\n---\n\n`);
  markdown.appendMarkdown(`$(calendar) ${escape(publicationNote(analysis))}`);
  return markdown;
}

export function nameCard(mentionIndex: number, analysis: ArticleAnalysis): vscode.MarkdownString {
  const description = describeName(mentionIndex, analysis);
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**${description.typeLabel}** · ${escape(description.name)}\n\n`);
  for (const line of description.details) markdown.appendMarkdown(`${escape(line)}\n\n`);
  return markdown;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
