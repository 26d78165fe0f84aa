import { strict as assert } from 'node:assert';
import { OffsetMap } from '../../src/core/offsets';
import { decodeArticle } from '../../src/core/text-input';

describe('code point offsets', () => {
  it('maps UTF-16 indices to code points and back around astral characters', () => {
    const text = 'a😀b𠀀c\u0301d';
    const map = new OffsetMap(text);
    const utf16 = [0, 1, 3, 4, 6, 7, 8, 9];
    const codePoints = [0, 1, 2, 3, 4, 5, 6, 7];
    utf16.forEach((u, i) => {
      assert.equal(map.toCodePoint(u), codePoints[i], `toCodePoint(${u})`);
      assert.equal(map.toUtf16(codePoints[i]!), u, `toUtf16(${codePoints[i]})`);
    });
    assert.equal([...text].length, map.toCodePoint(text.length));
  });

  it('agrees with Array.from on a text with many emoji', () => {
    const text = 'Talks 🇮🇷🇺🇸 in Rome 🏛️ then Muscat 🕌 — done';
    const map = new OffsetMap(text);
    const points = Array.from(text);
    let utf16 = 0;
    points.forEach((point, index) => {
      assert.equal(map.toCodePoint(utf16), index);
      assert.equal(map.toUtf16(index), utf16);
      utf16 += point.length;
    });
  });
});

describe('article input', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 text, drops a byte-order mark as VS Code does, and keeps CRLF', () => {
    const result = decodeArticle(encode('\uFEFFdate 2025-04-19\r\nBody'));
    assert.ok(result.ok);
    assert.equal(result.text, 'date 2025-04-19\r\nBody');
  });

  it('refuses a binary file politely', () => {
    const result = decodeArticle(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /binary/);
  });

  it('refuses text that is not UTF-8', () => {
    const result = decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /UTF-8/);
  });

  it('refuses a file over the size limit', () => {
    const result = decodeArticle(encode('x'.repeat(2000)), 1024);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : '', /over the 1\.0 KB limit/);
  });
});
