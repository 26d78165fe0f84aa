import { strict as assert } from 'node:assert';
import { detokenize, evaluateMeantime, goldNames, parseMeantime } from '../../src/core/eval/meantime';

// Written for these tests (not from the corpus): title, date line, two annotated sentences, and
// a last sentence with only a cross-document (bare) mention.
const words: Array<[number, string]> = [
  [0, 'Harbour'], [0, 'reopens'],
  [1, 'May'], [1, '02'], [1, ','], [1, '2011'],
  [2, 'Mayor'], [2, 'Ada'], [2, 'Quill'], [2, 'said'], [2, 'the'], [2, 'Port'], [2, 'of'], [2, 'Dunmore'], [2, 'reopens'], [2, 'on'], [2, 'Friday'], [2, '.'],
  [3, '"'], [3, 'It'], [3, "'s"], [3, 'back'], [3, ','], [3, '"'], [3, 'she'], [3, 'told'], [3, 'the'], [3, 'Gazette'], [3, '('], [3, 'a'], [3, 'weekly'], [3, ')'], [3, '.'],
  [4, 'Quill'], [4, 'smiled'], [4, '.'],
];
const tokens = words.map(([sentence, word], i) => `<token t_id="${i + 1}" sentence="${sentence}" number="${i}">${word.replace('&', '&amp;').replace('"', '&quot;')}</token>`).join('\n');
const anchors = (...ids: number[]): string => ids.map((id) => `<token_anchor t_id="${id}"/>`).join('');
const DOC = `<?xml version="1.0" ?><Document doc_id="42" doc_name="42_Harbour_reopens" lang="en" url="http://example.org/">
${tokens}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM">${anchors(8, 9)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM">${anchors(11, 12, 13, 14)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM">${anchors(27, 28)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NOM">${anchors(30, 31)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="PRO">${anchors(25)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="6">${anchors(34)}</ENTITY_MENTION>
<TIMEX3 m_id="10" type="DATE" value="2011-05-02" functionInDocument="CREATION_TIME">${anchors(3, 4, 5, 6)}</TIMEX3>
<TIMEX3 m_id="11" type="DATE" value="2011-05-06" functionInDocument="NONE">${anchors(17)}</TIMEX3>
<TIMEX3 m_id="12" type="DATE" value="PRESENT_REF" functionInDocument="NONE"/>
<ENTITY m_id="20" ent_type="PER" TAG_DESCRIPTOR="Ada Quill"/>
<ENTITY m_id="21" ent_type="LOC" TAG_DESCRIPTOR="Port of Dunmore"/>
<ENTITY m_id="22" ent_type="PRO" TAG_DESCRIPTOR="the Gazette"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="5"/><source m_id="6"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><source m_id="4"/><target m_id="22"/></REFERS_TO>
<TLINK r_id="4" relType="AFTER"><source m_id="11"/><target m_id="10"/></TLINK>
</Relations>
</Document>`;

describe('MEANTIME evaluation', () => {
  it('rebuilds the text as written, a line per sentence', () => {
    const doc = parseMeantime(DOC);
    assert.equal(doc.id, '42');
    assert.equal(doc.text, 'Harbour reopens\nMay 02, 2011\nMayor Ada Quill said the Port of Dunmore reopens on Friday.\n"It\'s back," she told the Gazette (a weekly).\nQuill smiled.');
    for (const token of doc.tokens) assert.equal(doc.text.slice(token.start, token.end), words[Number(token.id) - 1]?.[1]);
    assert.deepEqual(detokenize(['US$', '40', 'billion', 'did', 'n\'t', '...']).text, "US$40 billion didn't...");
  });

  it('types mentions through REFERS_TO and scores named PER, LOC, ORG mentions only', () => {
    const doc = parseMeantime(DOC);
    assert.deepEqual(
      doc.mentions.map((m) => [m.text, m.syntacticType, m.type]),
      [
        ['Ada Quill', 'NAM', 'PER'],
        ['the Port of Dunmore', 'NAM', 'LOC'],
        ['she', 'PRO', 'PER'],
        ['the Gazette', 'NAM', 'PRO'],
        ['a weekly', 'NOM', 'PRO'],
        ['Quill', '', 'PER'],
      ],
    );
    assert.deepEqual(goldNames(doc).map((m) => m.text), ['Ada Quill', 'the Port of Dunmore']);
  });

  it('takes the DCT as reference, excludes it, and skips timexes without tokens', () => {
    const doc = parseMeantime(DOC);
    assert.deepEqual(doc.dct, { value: '2011-05-02', date: { year: 2011, month: 5, day: 2 }, span: { start: 16, end: 28 } });
    assert.deepEqual(doc.timexes.map((t) => [t.text, t.value]), [['Friday', '2011-05-06']]);
    assert.equal(doc.unanchoredTimexes, 1);
    // Sentences 0-3 carry intra-document markables; sentence 4 only a bare cross-document one.
    assert.equal(doc.text.slice(doc.annotatedEnd), '\nQuill smiled.');
  });

  it('scores predictions in the annotated sentences, ignoring the DCT', () => {
    const doc = parseMeantime(DOC);
    const at = (s: string, from = 0): { start: number; end: number } => {
      const start = doc.text.indexOf(s, from);
      return { start, end: start + s.length };
    };
    const result = evaluateMeantime([doc], () => ({
      names: [
        { ...at('Ada Quill'), type: 'PER' }, // correct
        { ...at('Port of Dunmore'), type: 'LOC' }, // extent differs from gold "the Port of Dunmore"
        { ...at('Gazette'), type: 'ORG' }, // gold is PRO: a false positive
        { ...at('Quill', 100), type: 'PER' }, // after the annotated sentences: ignored
      ],
      dates: [
        { ...at('May 02, 2011'), type: 'DATE', value: '2011-05-02' }, // the DCT: ignored
        { ...at('on Friday'), type: 'DATE', value: '2011-05-06' }, // relaxed match, right value
      ],
    }));
    assert.equal(result.dataset, 'meantime');
    assert.equal(result.documents, 1);
    assert.deepEqual(result.entities.types.PER, { gold: 1, predicted: 1, correct: 1, precision: 1, recall: 1, f1: 1 });
    assert.deepEqual([result.entities.types.LOC.gold, result.entities.types.LOC.correct], [1, 0]);
    assert.equal(result.entities.types.ORG.predicted, 1);
    assert.equal(result.entities.micro.precision, 1 / 3);
    assert.equal(result.entities.predictionsOutsideScope, 1);
    // Relaxed: "Port of Dunmore" overlaps gold "the Port of Dunmore" (same type) and counts.
    assert.deepEqual([result.entities.relaxed.types.LOC.gold, result.entities.relaxed.types.LOC.correct], [1, 1]);
    assert.equal(result.entities.relaxed.micro.precision, 2 / 3);
    assert.equal(result.timex.ignoredPredictions, 1);
    assert.equal(result.timex.detection.strict.correct, 0);
    assert.equal(result.timex.detection.relaxed.f1, 1);
    assert.equal(result.timex.value.f1, 1);
    assert.equal(result.timex.unanchored, 1);
  });

  it('scores a prediction by its noun phrase, and ignores one that is exactly a gold premodifier mention', () => {
    const premodifierDoc = DOC.replace('<ENTITY_MENTION m_id="6">', `<ENTITY_MENTION m_id="7" syntactic_type="PRE.NAM">${anchors(14)}</ENTITY_MENTION>\n<ENTITY_MENTION m_id="6">`).replace(
      '<REFERS_TO r_id="2"><source m_id="2"/>',
      '<REFERS_TO r_id="2"><source m_id="2"/><source m_id="7"/>',
    );
    const doc = parseMeantime(premodifierDoc);
    const at = (s: string): { start: number; end: number } => ({ start: doc.text.indexOf(s), end: doc.text.indexOf(s) + s.length });
    const result = evaluateMeantime([doc], () => ({
      names: [
        { ...at('Ada Quill'), type: 'PER' },
        // The name "Port of Dunmore" with its noun phrase "the Port of Dunmore": exact.
        { ...at('Port of Dunmore'), type: 'LOC', phrase: at('the Port of Dunmore') },
        // "Dunmore" alone is the gold premodifier mention (written for this test): neither right nor wrong.
        { ...at('Dunmore reopens'), end: at('Dunmore reopens').start + 'Dunmore'.length, type: 'LOC' },
        // Of the wrong type it is a false positive.
        { ...at('Dunmore reopens'), end: at('Dunmore reopens').start + 'Dunmore'.length, type: 'ORG' },
      ],
      dates: [],
    }));
    assert.deepEqual([result.entities.types.LOC.predicted, result.entities.types.LOC.correct], [1, 1]);
    assert.equal(result.entities.types.ORG.predicted, 1);
    assert.equal(result.entities.ignoredPremodifiers, 1);
    assert.equal(result.entities.micro.precision, 2 / 3);
    // None ignored: the "Dunmore" on the gold premodifier counts wrong.
    assert.deepEqual([result.entities.noneIgnored.types.LOC.predicted, result.entities.noneIgnored.types.LOC.correct], [2, 1]);
    // The names as highlighted, nothing ignored: "Port of Dunmore" misses the gold extent.
    assert.deepEqual([result.entities.names.types.LOC.predicted, result.entities.names.types.LOC.correct], [2, 0]);
  });

  it('refuses a file without tokens', () => {
    assert.throws(() => parseMeantime('<Document doc_id="1"><Markables/></Document>'), /no <token> elements/);
  });
});
