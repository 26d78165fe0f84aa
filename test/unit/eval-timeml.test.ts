import { strict as assert } from 'node:assert';
import { calendarDateOfValue, decodeXml, evaluateTimeml, parseTimeml } from '../../src/core/eval/timeml';

// Written for these tests (not from any corpus).
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST-001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" temporalFunction="false" functionInDocument="CREATION_TIME">March 9, 2001</TIMEX3></DCT>
<TITLE>Ferry timetable</TITLE>
<TEXT>
The ferry <EVENT eid="e1" class="OCCURRENCE">sails</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-10" temporalFunction="true" anchorTimeID="t0">tomorrow</TIMEX3> at noon &amp; returns <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
It runs <TIMEX3 tid="t3" type="SET" value="XXXX-WXX-1" quant="EVERY">every Monday</TIMEX3>.<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF"/>
</TEXT>
<TLINK lid="l1" relType="AFTER" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

describe('TimeML evaluation', () => {
  it('reads the DCT, the TEXT without tags, and gold TIMEX3 offsets into it', () => {
    const doc = parseTimeml(DOC);
    assert.equal(doc.id, 'TEST-001');
    assert.equal(doc.dctValue, '2001-03-09');
    assert.deepEqual(doc.dct, { year: 2001, month: 3, day: 9 });
    assert.equal(doc.text, '\nThe ferry sails tomorrow at noon & returns two days later.\nIt runs every Monday.\n');
    assert.deepEqual(
      doc.timexes.map((t) => [t.text, doc.text.slice(t.start, t.end), t.type, t.value]),
      [
        ['tomorrow', 'tomorrow', 'DATE', '2001-03-10'],
        ['two days', 'two days', 'DURATION', 'P2D'],
        ['every Monday', 'every Monday', 'SET', 'XXXX-WXX-1'],
      ],
    );
    assert.deepEqual(doc.ignored, []);
  });

  it('excludes a DCT that lies inside TEXT and ignores predictions on it', () => {
    const doc = parseTimeml(`<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">March 9, 2001</TIMEX3>
Talks resume <TIMEX3 tid="t1" type="DATE" value="2001-03-12">Monday</TIMEX3>.</TEXT></TimeML>`);
    assert.deepEqual(doc.dct, { year: 2001, month: 3, day: 9 });
    assert.deepEqual(doc.ignored, [{ start: 0, end: 13 }]);
    assert.deepEqual(doc.timexes.map((t) => t.text), ['Monday']);
    const result = evaluateTimeml([doc], (text) => [
      { start: 0, end: 13, type: 'DATE', value: '2001-03-09' },
      { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6, type: 'DATE', value: '2001-03-12' },
    ], { year: 2000, month: 1, day: 1 });
    assert.equal(result.detection.strict.precision, 1);
    assert.equal(result.value.f1, 1);
  });

  it('passes the DCT to the finder, or the fallback when there is none', () => {
    const seen: string[] = [];
    const finder = (_text: string, reference: { year: number; month: number; day: number }) => {
      seen.push(`${reference.year}-${reference.month}-${reference.day}`);
      return [];
    };
    const noDct = parseTimeml('<TimeML><TEXT>Nothing <TIMEX3 tid="t1" type="DATE" value="2001">that year</TIMEX3>.</TEXT></TimeML>');
    const result = evaluateTimeml([parseTimeml(DOC), noDct], finder, { year: 1999, month: 12, day: 31 });
    assert.deepEqual(seen, ['2001-3-9', '1999-12-31']);
    assert.equal(result.dataset, 'timeml');
    assert.equal(result.documents, 2);
    assert.equal(result.documentsWithoutDct, 1);
    assert.equal(result.gold, 4);
    assert.equal(result.detection.relaxed.recall, 0);
  });

  it('refuses a file without TEXT, and decodes XML entities', () => {
    assert.throws(() => parseTimeml('<TimeML><DOCID>x</DOCID></TimeML>'), /no <TEXT> element/);
    assert.equal(decodeXml('a &lt;b&gt; &amp; &quot;c&quot; &#233; &#x41;'), 'a <b> & "c" é A');
    assert.deepEqual(calendarDateOfValue('1998-11-20T19:30'), { year: 1998, month: 11, day: 20 });
    assert.deepEqual(calendarDateOfValue('19980108'), { year: 1998, month: 1, day: 8 });
    assert.equal(calendarDateOfValue('03-02-2009'), null);
    assert.equal(calendarDateOfValue('PRESENT_REF'), null);
  });
});
