import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hoverTextAt, openArticle, SAMPLE_000, SAMPLE_001, workspaceFile } from './workspace';

describe('name hovers in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('explains a person in sample 000: canonical name, role, other forms, how often', async () => {
    const { document } = await openArticle(SAMPLE_000);
    const hover = await hoverTextAt(document, 'Abbas Araqchi', 3);
    assert.match(hover, /\*\*Person\*\* · Abbas Araqchi/);
    assert.match(hover, /Role: Foreign Minister/i);
    assert.match(hover, /Also written: .*Araqchi/);
    assert.match(hover, /Mentioned \d+ times in this article/);
  });

  it('explains a surname-only mention as the same person', async () => {
    const { document } = await openArticle(SAMPLE_000);
    const hover = await hoverTextAt(document, 'Araqchi said that he was in Moscow', 2);
    assert.match(hover, /\*\*Person\*\* · Abbas Araqchi/);
  });

  it('explains a place and an organisation in sample 000', async () => {
    const { document } = await openArticle(SAMPLE_000);
    assert.match(await hoverTextAt(document, 'Rome', 1), /\*\*Place\*\* · Rome/);
    assert.match(await hoverTextAt(document, 'IRNA', 1), /\*\*Organisation\*\* · IRNA/);
  });

  it('explains a place in sample 001', async () => {
    const { document } = await openArticle(SAMPLE_001);
    assert.match(await hoverTextAt(document, 'Muscat', 2), /\*\*Place\*\* · Muscat/);
  });

  it('offers no name card on the section label or the agreement of sample 001', async () => {
    const { document } = await openArticle(SAMPLE_001);
    const nameCard = /\*\*(?:Person|Place|Organisation)\*\*/;
    assert.doesNotMatch(await hoverTextAt(document, 'News', 1), nameCard);
    assert.doesNotMatch(await hoverTextAt(document, 'Joint Comprehensive Plan of Action', 6), nameCard);
    assert.doesNotMatch(await hoverTextAt(document, 'JCPOA', 2), nameCard);
  });

  it('keeps a patronymic name whole, finds the countries of "US-Iran" and reads the byline\'s author as an organisation', async () => {
    const { document: article000 } = await openArticle(SAMPLE_000);
    assert.match(await hoverTextAt(article000, 'Badr bin Hamad Al Busaidi', 10), /\*\*Person\*\* · Badr bin Hamad Al Busaidi/);
    const { document: article001 } = await openArticle(SAMPLE_001);
    assert.match(await hoverTextAt(article001, 'US-Iran talks', 1), /\*\*Place\*\* · US/);
    assert.match(await hoverTextAt(article001, 'US-Iran talks', 4), /\*\*Place\*\* · Iran/);
    assert.match(await hoverTextAt(article001, 'The New Region', 5), /\*\*Organisation\*\* · The New Region/);
  });

  it('reads a dateline line, types a surname alone as the person, and offers no product as a name', async () => {
    const text = [
      'SAN FRANCISCO, June 6, 2005',
      '',
      'Apple chief executive Steve Jobs unveiled a new iPod on Monday. Jobs said it would ship next Saturday.',
      'Singapore Airlines flies the Boeing 787 Dreamliner to London; the Dreamliner seats 250 people.',
      '',
    ].join('\n');
    const uri = workspaceFile('keynote.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.match(await hoverTextAt(document, 'Jobs said', 1), /\*\*Person\*\* · Steve Jobs/);
    // Published Monday 2005-06-06 (the date line): next Saturday is the Saturday of next week, as in sample 001.
    assert.match(await hoverTextAt(document, 'next Saturday', 5), /`2005-06-18`/);
    const nameCard = /\*\*(?:Person|Place|Organisation)\*\*/;
    assert.doesNotMatch(await hoverTextAt(document, 'iPod', 1), nameCard);
    assert.doesNotMatch(await hoverTextAt(document, 'Dreamliner to', 2), nameCard);
    assert.doesNotMatch(await hoverTextAt(document, 'Dreamliner seats', 2), nameCard);
    assert.match(await hoverTextAt(document, 'Singapore Airlines', 3), /\*\*Organisation\*\* · Singapore Airlines/);
    assert.doesNotMatch(await hoverTextAt(document, 'Boeing 787', 2), nameCard);
  });

  it("says what the article calls an organisation, and the region a place is given with", async () => {
    const text = ['ROME, April 26, 2025', '', 'Staff of German airline Lufthansa and aircraft manufacturer Boeing met in Mobile, Alabama. Lufthansa said talks went well.', ''].join('\n');
    const uri = workspaceFile('descriptions.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const lufthansa = await hoverTextAt(document, 'Lufthansa said', 2);
    assert.match(lufthansa, /\*\*Organisation\*\* · Lufthansa/);
    assert.match(lufthansa, /Described as: German airline/);
    assert.match(await hoverTextAt(document, 'Boeing met', 2), /Described as: aircraft manufacturer/);
    const mobile = await hoverTextAt(document, 'Mobile', 2);
    assert.match(mobile, /\*\*Place\*\* · Mobile/);
    assert.match(mobile, /Written here as: Mobile, Alabama/);
  });
});
