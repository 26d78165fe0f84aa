import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyze';
import { describeName } from '../../src/core/explain';
import { shippedNameModel } from './name-model';

describe('name descriptions (the hover card of a name)', () => {
  const text = 'ROME, April 26, 2025\n\nStaff of German airline Lufthansa met in Mobile, Alabama. Lufthansa said talks on the GAO report went well.\n';
  const analysis = analyzeArticle(text, { fallbackDate: { year: 2025, month: 4, day: 26 }, nameModel: shippedNameModel() });
  const card = (name: string, n = 0): ReturnType<typeof describeName> => {
    const indices = analysis.entityMentions.flatMap((m, i) => (m.text === name ? [i] : []));
    const index = indices[n];
    assert.notEqual(index, undefined, `no mention ${n} of ${name}`);
    return describeName(index as number, analysis);
  };

  it("says what the article calls an organisation, from any of its mentions", () => {
    assert.equal(card('Lufthansa', 1).typeLabel, 'Organisation');
    assert.ok(card('Lufthansa', 1).details.includes('Described as: German airline'));
  });

  it('gives a place as the article writes it with its region, and nothing for a bare article', () => {
    assert.ok(card('Mobile').details.includes('Written here as: Mobile, Alabama'));
    assert.ok(!card('GAO').details.some((line) => line.startsWith('Written here as') || line.startsWith('Described as')));
  });
});
