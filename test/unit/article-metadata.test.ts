import { strict as assert } from 'node:assert';
import { formatIsoDate, makeDate, readArticleMetadata } from '../../src/core/article-metadata';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

describe('article metadata', () => {
  it('reads the header line of sample 000', () => {
    const { published } = readArticleMetadata(readSample(SAMPLE_000));
    assert.ok(published);
    assert.equal(formatIsoDate(published.date), '2025-04-19');
    assert.equal(published.from, 'header');
    assert.equal(published.evidence?.text, 'date 2025-04-19');
  });

  it('reads the date line "Apr. 20, 2025 • 2 min read" of sample 001, and its dateline', () => {
    const text = readSample(SAMPLE_001);
    const { published, dateline } = readArticleMetadata(text);
    assert.ok(published);
    assert.equal(formatIsoDate(published.date), '2025-04-20');
    assert.equal(published.from, 'date-line');
    assert.equal(published.evidence?.text, 'Apr. 20, 2025');
    assert.equal(text.slice(published.evidence.start, published.evidence.end), 'Apr. 20, 2025');
    assert.equal(dateline?.place, 'ERBIL');
  });

  it('reads a date line that names the weekday: Wikinews\' "Monday, June 1, 2009"', () => {
    for (const line of ['Monday, June 1, 2009', 'Mon., June 1, 2009', 'Published Monday 1 June 2009']) {
      const { published } = readArticleMetadata(`General Motors files for bankruptcy\n\n${line}\n\nGM filed on Monday.`);
      assert.equal(published?.from, 'date-line', line);
      assert.equal(published && formatIsoDate(published.date), '2009-06-01', line);
    }
    assert.equal(readArticleMetadata('Title\n\nMonday, June 1, 2009, was a day of talks.\n').published, null);
  });

  it('does not take a date inside the prose of the first lines as the publication date', () => {
    const text = 'Talks resume\n\nOfficials met on April 19, 2025 in Rome, and agreed to meet again after a long day of talks.';
    assert.equal(readArticleMetadata(text).published, null);
  });

  it('reads a date from a wire dateline', () => {
    const text = 'MOSCOW, April 20, 2025 (Reuters) - Russia said on Sunday it welcomed the talks.';
    const { published, dateline } = readArticleMetadata(text);
    assert.equal(dateline?.place, 'MOSCOW');
    assert.equal(published?.from, 'dateline');
    assert.equal(published && formatIsoDate(published.date), '2025-04-20');
  });

  it('reads a dateline printed as a line of its own: "WASHINGTON, April 19, 2025"', () => {
    for (const line of ['WASHINGTON, April 19, 2025', 'WASHINGTON, April 19, 2025 ', 'NEW YORK, 19 April 2025 (AP)']) {
      const text = `${line}\n\nTalks resume next Saturday in Rome.\n`;
      const { published, dateline } = readArticleMetadata(text);
      assert.equal(published?.from, 'date-line', line);
      assert.equal(published && formatIsoDate(published.date), '2025-04-19', line);
      assert.equal(dateline && text.slice(dateline.start, dateline.end), line.slice(0, line.indexOf(',')), line);
    }
    // Prose and headlines with a date stay prose.
    assert.equal(readArticleMetadata('Talks resume\n\nIRAN, the US and Oman met on April 19, 2025 in Rome.').published, null);
    assert.equal(readArticleMetadata('Talks resume\n\nIRAN, April 19, 2025 talks in Rome\n').published, null);
  });

  it('accepts other date-line shapes: "Published 20 April 2025", "2025-04-20"', () => {
    assert.equal(formatIsoDate(readArticleMetadata('Title\nPublished 20 April 2025\n\nBody.').published!.date), '2025-04-20');
    assert.equal(formatIsoDate(readArticleMetadata('Title\n2025-04-20\n\nBody.').published!.date), '2025-04-20');
  });

  it('reads a byline: "Author The New Region" (sample 001), "By Jane Doe, Reuters"', () => {
    const text = readSample(SAMPLE_001);
    const byline = readArticleMetadata(text).byline;
    assert.equal(byline?.author, 'The New Region');
    assert.equal(text.slice(byline?.start, byline?.end), 'The New Region');
    assert.equal(readArticleMetadata('Title\nBy Jane Doe, Reuters\nText.').byline?.author, 'Jane Doe');
    assert.equal(readArticleMetadata('Title\nWritten by Jane Doe | 3 min read\nText.').byline?.author, 'Jane Doe');
    // Prose that starts with "By" is not a byline.
    assert.equal(readArticleMetadata('By the end of the week the talks had stalled.').byline, null);
    assert.equal(readArticleMetadata('By Monday, the talks had stalled.').byline, null);
  });

  it('finds nothing in a text without dates', () => {
    assert.deepEqual(readArticleMetadata('Just words.\nMore words.'), { published: null, dateline: null, byline: null });
  });

  it('rejects impossible calendar dates', () => {
    assert.equal(makeDate(2025, 2, 30), null);
    assert.equal(readArticleMetadata('date 2025-02-30\nBody').published, null);
    assert.deepEqual(makeDate(2024, 2, 29), { year: 2024, month: 2, day: 29 });
  });
});
