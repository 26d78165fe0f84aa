import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { annotateArticle, type AnnotateResult } from '../../src/core/annotate-article';
import { analyzeArticle } from '../../src/core/analyze';
import { mergeSuggestions } from '../../src/core/model/merge';
import { sourceInfo, suggestionsFrom } from '../../src/core/model/suggest';
import { parseSidecar, parseSidecarWithDocument } from '../../src/core/model/yaml-read';
import { sidecarToYaml } from '../../src/core/model/yaml-write';
import type { Annotation, Sidecar } from '../../src/core/model/types';
import { shippedNameModel } from './name-model';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

const MODIFIED = Date.UTC(2026, 0, 5);

function annotate(fileName: string, text: string, existingSidecar: string | null = null): Extract<AnnotateResult, { ok: true }> {
  const result = annotateArticle({ fileName, bytes: new TextEncoder().encode(text), existingSidecar, modifiedMillis: MODIFIED, nameModel: shippedNameModel() });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

function annotationsOf(yamlText: string): Annotation[] {
  return (parse(yamlText) as Sidecar).annotations;
}

describe('sidecar', () => {
  it('records the source and resolved dates of sample 001', () => {
    const { sidecarText } = annotate(SAMPLE_001, readSample(SAMPLE_001));
    const sidecar = parse(sidecarText) as Sidecar;
    assert.equal(sidecar.schema, 1);
    assert.equal(sidecar.source.file, SAMPLE_001);
    assert.equal(sidecar.source.published, '2025-04-20');
    assert.equal(sidecar.source.published_from, 'date-line');
    assert.match(sidecar.source.sha256, /^[0-9a-f]{64}$/);
    const nextSaturday = sidecar.annotations.find((a) => a.text === 'next Saturday');
    assert.equal(nextSaturday?.value, '2025-04-26');
    assert.equal(nextSaturday?.status, 'suggested');
    assert.equal(nextSaturday?.type, 'date');
  });

  it('stores code point offsets that point at the quote', () => {
    const text = 'date 2025-04-19\n🗞️😀 Talks resume next week in Rome 🇮🇹, said 𠀀 officials.';
    const codePoints = Array.from(text);
    for (const annotation of annotationsOf(annotate('emoji.txt', text).sidecarText)) {
      assert.equal(codePoints.slice(annotation.start, annotation.end).join(''), annotation.text);
    }
    assert.ok(annotationsOf(annotate('emoji.txt', text).sidecarText).some((a) => a.value === '2025-W17'));
  });

  it('is deterministic: the same article gives the same bytes, reported as unchanged', () => {
    const text = readSample(SAMPLE_000);
    const first = annotate(SAMPLE_000, text);
    const second = annotate(SAMPLE_000, text, first.sidecarText);
    assert.equal(second.sidecarText, first.sidecarText);
    assert.equal(second.changed, false);
    assert.equal(sidecarToYaml((parseSidecar(first.sidecarText) as { sidecar: Sidecar }).sidecar), first.sidecarText);
  });

  it('quotes text a YAML 1.2 reader would read as a number ("0o17"), so the file reads back', () => {
    const first = annotate(SAMPLE_000, readSample(SAMPLE_000));
    const sidecar = (parseSidecar(first.sidecarText) as { sidecar: Sidecar }).sidecar;
    const annotation = sidecar.annotations[0] as Annotation;
    annotation.text = '0o17';
    annotation.prefix = '0o17';
    const yamlText = sidecarToYaml(sidecar);
    const back = parseSidecar(yamlText) as { sidecar: Sidecar };
    assert.ok(back.sidecar, JSON.stringify(back));
    assert.equal(back.sidecar.annotations[0]?.text, '0o17');
    assert.equal(back.sidecar.annotations[0]?.prefix, '0o17');
  });

  it('keeps a note with spaces around blank lines as written, run after run', () => {
    // yaml's folded double-quoted form read such text (40 characters or more) back as other text.
    const text = readSample(SAMPLE_001);
    const sidecar = parse(annotate(SAMPLE_001, text).sidecarText) as Sidecar;
    const first = sidecar.annotations[0] as Annotation;
    first.status = 'accepted';
    first.note = 'checked with the desk \n \n\nthe talks resumed in Rome, said the wire ';
    const edited = sidecarToYaml(sidecar);
    const again = annotate(SAMPLE_001, text, edited);
    const kept = annotationsOf(again.sidecarText).find((a) => a.id === first.id);
    assert.equal(kept?.note, first.note);
    assert.equal(annotate(SAMPLE_001, text, again.sidecarText).sidecarText, again.sidecarText);
  });

  it('gives for an untouched sidecar what reading and merging it gives', () => {
    for (const name of [SAMPLE_000, SAMPLE_001]) {
      const text = readSample(name);
      const first = annotate(name, text);
      // A trailing comment makes it another text, which the full path reads and merges; it keeps the comment.
      const read = annotate(name, text, `${first.sidecarText}# seen\n`);
      const untouched = annotate(name, text, first.sidecarText);
      assert.equal(read.sidecarText.replace(/\n*# seen\n$/, '\n'), first.sidecarText);
      assert.deepEqual(untouched, { ...read, sidecarText: first.sidecarText, changed: false });
    }
  });

  it('makes a new sidecar as the general merge makes it from an empty one (the shortcut for new files changes nothing)', () => {
    for (const name of [SAMPLE_000, SAMPLE_001]) {
      const text = readSample(name);
      const analysis = analyzeArticle(text, { fallbackDate: { year: 2026, month: 1, day: 5 }, nameModel: shippedNameModel() });
      const source = sourceInfo(name, 'f'.repeat(64), analysis, 'article-annotator test');
      const machine = suggestionsFrom(analysis, text);
      // Shuffled, so the shortcut has to order them as the general path does.
      const shuffled = { annotations: [...machine.annotations].reverse(), entities: [...machine.entities].reverse() };
      const empty: Sidecar = { schema: 1, source: { ...source, sha256: '0'.repeat(64) }, entities: [], annotations: [] };
      const general = mergeSuggestions(empty, source, shuffled, text);
      const shortcut = mergeSuggestions(null, source, shuffled, text);
      assert.ok(shortcut.sidecar.annotations.length > 20 && shortcut.sidecar.entities.length > 5);
      assert.deepEqual(shortcut, general);
    }
  });

  it('keeps human decisions and hand-made annotations when re-annotating', () => {
    const text = readSample(SAMPLE_001);
    const sidecar = parse(annotate(SAMPLE_001, text).sidecarText) as Sidecar;
    const [first, second] = sidecar.annotations;
    assert.ok(first && second);
    first.status = 'accepted';
    first.note = 'checked against the wire copy';
    second.status = 'rejected';
    const start = Array.from(text).join('').indexOf('Rome');
    const handMade = { type: 'place', text: 'Rome', start, end: start + 4 };
    const edited = sidecarToYaml(sidecar).replace(/^annotations:\n/m, `annotations:\n  - ${JSON.stringify(handMade)}\n`);
    const again = annotationsOf(annotate(SAMPLE_001, text, edited).sidecarText);
    assert.deepEqual(again.find((a) => a.id === first.id), first);
    assert.deepEqual(again.find((a) => a.id === second.id), second);
    assert.equal(again.filter((a) => a.start === second.start && a.end === second.end && a.type === second.type).length, 1, 'a rejected suggestion is not offered again');
    const place = again.find((a) => a.text === 'Rome' && a.type === 'place');
    assert.equal(place?.status, 'accepted');
    assert.equal(place?.id, 'place-rome');
  });

  it('refuses to touch a sidecar that is not valid YAML, naming the line', () => {
    const result = annotateArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('date 2025-04-19\nNext week.'), existingSidecar: 'schema: 1\nannotations:\n  - {type: date\n', modifiedMillis: MODIFIED, nameModel: shippedNameModel() });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /^a\.txt\.annotations\.yaml:\d+ is not valid YAML.*left untouched/);
  });

  it('refuses a sidecar that is not our schema, and a newer schema', () => {
    assert.match(JSON.stringify(parseSidecar('- just\n- a list\n')), /not an annotations file/);
    assert.match(JSON.stringify(parseSidecar('schema: 1\nannotations:\n  - {type: weather, text: x, start: 0, end: 1}\n')), /type must be one of/);
    const newer = parseSidecar('schema: 2\nsource: {file: a.txt, sha256: x}\nannotations: []\n');
    assert.ok(newer.ok && newer.readOnly);
    const result = annotateArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('Body'), existingSidecar: 'schema: 2\nannotations: []\n', modifiedMillis: MODIFIED, nameModel: shippedNameModel() });
    assert.match(!result.ok ? result.message : '', /newer Article Annotator.*read-only/);
  });

  it('refuses a YAML alias bomb quickly', () => {
    const lines = ['schema: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const parsed = parseSidecar(lines.join('\n'));
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.message : '', /refused/i);
  });

  it('writes date-like strings quoted so YAML 1.1 readers do not turn them into timestamps', () => {
    const { sidecarText } = annotate(SAMPLE_000, readSample(SAMPLE_000));
    assert.match(sidecarText, /published: "2025-04-19"/);
  });
});

describe('sidecar writing keeps what a person wrote', () => {
  it('keeps comments, unknown keys and key order when annotating again', () => {
    const text = readSample(SAMPLE_001);
    const first = annotate(SAMPLE_001, text).sidecarText;
    const edited = first
      .replace(/^schema: 1$/m, '# Checked by the desk on 2025-04-21.\nschema: 1')
      .replace(/^(\s+)- id: date-next-saturday$/m, '$1# confirmed with the wire copy\n$1- id: date-next-saturday')
      .replace(/(id: date-next-saturday\n(?:\s+.*\n)*?\s+status:) suggested/, '$1 accepted  # ok')
      .replace(/^annotations:$/m, 'reviewer: Dana\nannotations:');
    const again = annotate(SAMPLE_001, text, edited);
    assert.ok(again.sidecarText.includes('# Checked by the desk on 2025-04-21.\nschema: 1'));
    assert.ok(again.sidecarText.includes('# confirmed with the wire copy\n  - id: date-next-saturday'));
    assert.ok(again.sidecarText.includes('status: accepted # ok'));
    assert.ok(again.sidecarText.includes('reviewer: Dana\nannotations:'));
    const annotation = annotationsOf(again.sidecarText).find((a) => a.id === 'date-next-saturday');
    assert.equal(annotation?.status, 'accepted');
    assert.equal(again.sidecarText, annotate(SAMPLE_001, text, again.sidecarText).sidecarText, 'a third run changes nothing');
  });

  it('updates the document it read as it updates the text', () => {
    const first = annotate(SAMPLE_001, readSample(SAMPLE_001)).sidecarText;
    const edited = first.replace(/^schema: 1$/m, '# Checked.\nschema: 1').replace(/^annotations:$/m, 'reviewer: Dana\nannotations:');
    const { parsed, document } = parseSidecarWithDocument(edited);
    assert.ok(parsed.ok);
    parsed.sidecar.annotations[0]!.status = 'accepted';
    assert.equal(sidecarToYaml(parsed.sidecar, document), sidecarToYaml(parsed.sidecar, edited));
  });

  it('writes new keys in their canonical place in an existing annotation', () => {
    const text = readSample(SAMPLE_000);
    const first = annotate(SAMPLE_000, text).sidecarText;
    // A person moved "status" to the end of an annotation and deleted its context.
    const edited = first.replace(/(- id: date-next-week\n(?:\s{4}.*\n)*?)\s{4}status: suggested\n/, '$1').replace(/(- id: date-next-week\n(?:\s{4}.*\n)*?)\s{4}prefix: .*\n/, '$1');
    const sidecar = parse(edited) as Sidecar;
    assert.equal(sidecar.annotations.find((a) => a.id === 'date-next-week')?.status, undefined);
    const again = annotate(SAMPLE_000, text, edited).sidecarText;
    const block = again.slice(again.indexOf('- id: date-next-week'), again.indexOf('- id:', again.indexOf('- id: date-next-week') + 5));
    // Without status it counts as hand-made (accepted); the tool writes status where it belongs.
    assert.match(block, /end: \d+\n\s+status: accepted\n/);
  });
});

describe('sidecars follow an edited article', () => {
  const text = readSample(SAMPLE_000);

  function acceptAll(yamlText: string, ids: string[]): string {
    const sidecar = parse(yamlText) as Sidecar;
    for (const annotation of sidecar.annotations) if (ids.includes(annotation.id)) annotation.status = 'accepted';
    return sidecarToYaml(sidecar, yamlText);
  }

  it('re-attaches accepted annotations after a paragraph is inserted above them', () => {
    const first = annotate(SAMPLE_000, text).sidecarText;
    const accepted = acceptAll(first, ['person-abbas-araqchi', 'date-next-week']);
    const edited = text.replace('Oman’s foreign minister', 'Editor’s note: updated with 😀 reactions.\n\nOman’s foreign minister');
    const result = annotate(SAMPLE_000, edited, accepted);
    assert.equal(result.summary.orphaned, 0);
    const codePoints = Array.from(edited);
    const kept = annotationsOf(result.sidecarText).filter((a) => a.status === 'accepted');
    assert.deepEqual(kept.map((a) => a.id).sort(), ['date-next-week', 'person-abbas-araqchi']);
    for (const annotation of kept) assert.equal(codePoints.slice(annotation.start, annotation.end).join(''), annotation.text);
  });

  it('follows a corrected spelling inside an accepted quote', () => {
    const accepted = acceptAll(annotate(SAMPLE_000, text).sidecarText, ['person-abbas-araqchi']);
    const edited = text.replace('Foreign Minister Abbas Araqchi held', 'Foreign Minister Abbas Araghchi held');
    const kept = annotationsOf(annotate(SAMPLE_000, edited, accepted).sidecarText).find((a) => a.id === 'person-abbas-araqchi');
    assert.equal(kept?.text, 'Abbas Araghchi');
    assert.equal(kept?.status, 'accepted');
  });

  it('keeps an accepted annotation whose text was deleted as an orphan, run after run', () => {
    const accepted = acceptAll(annotate(SAMPLE_000, text).sidecarText, ['date-last-week']);
    const edited = text.replace(', signaling renewed optimism from Tehran following a shift in tone last week', '');
    const once = annotate(SAMPLE_000, edited, accepted);
    assert.equal(once.summary.orphaned, 1);
    const twice = annotate(SAMPLE_000, edited, once.sidecarText);
    for (const run of [once, twice]) {
      const sidecar = parse(run.sidecarText) as Sidecar;
      assert.deepEqual(sidecar.orphans?.map((a) => a.id), ['date-last-week']);
      assert.equal(sidecar.annotations.some((a) => a.id === 'date-last-week'), false);
    }
  });
});

describe('suggestions a person edited without changing their status', () => {
  const text = readSample(SAMPLE_001);
  const editValue = (yamlText: string): string => yamlText.replace(/(- id: date-next-saturday\n(?:\s{4}.*\n)*?\s{4}value:) "2025-04-26"/, '$1 "2025-05-03"');

  it('count as the person\'s when the article and the generator are unchanged', () => {
    const edited = editValue(annotate(SAMPLE_001, text).sidecarText);
    const kept = annotationsOf(annotate(SAMPLE_001, text, edited).sidecarText).find((a) => a.id === 'date-next-saturday');
    assert.equal(kept?.value, '2025-05-03');
    assert.equal(kept?.status, 'accepted');
  });

  it('are refreshed when another version of the tool or model made them', () => {
    const edited = editValue(annotate(SAMPLE_001, text).sidecarText).replace(/generator: [^}]*\}/, 'generator: article-annotator 0.0.1; names 000000000000}');
    const again = annotationsOf(annotate(SAMPLE_001, text, edited).sidecarText);
    assert.equal(again.filter((a) => a.status === 'accepted').length, 0);
    assert.equal(again.find((a) => a.id === 'date-next-saturday')?.value, '2025-04-26');
  });
});

describe('exact offsets in awkward text', () => {
  const cases: Record<string, string> = {
    'CRLF line ends': 'date 2025-04-19\r\nOfficials in Rome said on Saturday\r\nthat talks resume next week in Muscat.\r\n',
    'a byte-order mark': '\uFEFFdate 2025-04-19\nOfficials in Rome said talks resume next week in Muscat.\n',
    'emoji and CJK extension B': 'date 2025-04-19\n🇮🇷🤝🇺🇸 𠀀𠀁 Officials in Rome said talks resume next week in Muscat 🕌.\n',
    'combining marks': 'date 2025-04-19\nJose\u0301 Gonza\u0301lez met officials in Rome; talks resume next week in Muscat.\n',
    'right-to-left text': 'date 2025-04-19\nعباس عراقچی and שלום met officials in Rome; talks resume next week in Muscat.\n',
  };
  for (const [name, raw] of Object.entries(cases)) {
    it(`keeps every quote on its code points with ${name}`, () => {
      const result = annotate('awkward.txt', raw);
      const text = raw.replace(/^\uFEFF/, ''); // the BOM is not part of the text, as in VS Code
      const codePoints = Array.from(text);
      const annotations = annotationsOf(result.sidecarText);
      assert.ok(annotations.some((a) => a.value === '2025-W17'), 'next week is found');
      assert.ok(annotations.some((a) => a.text === 'Rome'), 'Rome is found');
      for (const a of annotations) assert.equal(codePoints.slice(a.start, a.end).join(''), a.text, `${a.id} at ${a.start}-${a.end}`);
    });
  }
});
