import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { namePhrases, type PhraseLists } from '../../src/core/names/phrases';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

const LISTS: PhraseLists = {
  isCountryOrRegion: (words) => ['alabama', 'france', 'new york', 'germany', 'italy'].includes(words.join(' ')),
  isDemonym: (w) => w === 'german' || w === 'american',
  isCommonWord: (w) => w === 'aircraft',
  isNounOnly: (w) => ['employee', 'website', 'logo'].includes(w),
};

/** The phrase of each name (given as phrase/type pairs, in order) of a text, as text. */
function phrasesOf(text: string, names: Array<[string, Span['type']]>): string[] {
  const { tokens, sentences } = tokenize(text);
  const words = tokens.map((t) => t.norm);
  let from = 0;
  const spans = names.map(([phrase, type]): Span => {
    const parts = tokenize(phrase).tokens.map((t) => t.norm);
    for (let i = from; i + parts.length <= words.length; i++) {
      if (parts.every((p, k) => words[i + k] === p)) {
        from = i + parts.length;
        return { first: i, last: i + parts.length - 1, type };
      }
    }
    throw new Error(`no "${phrase}" in the text`);
  });
  return namePhrases(spans, words, sentences, LISTS).map((p) => `${text.slice(tokens[p.first]!.start, tokens[p.last]!.end)}${p.premodifier ? ' (premodifier)' : ''}${p.organisation ? ' (organisation)' : ''}`);
}

describe('the noun phrases of names', () => {
  it('gives the article to a name that heads its phrase, not to one that modifies a noun', () => {
    assert.deepEqual(phrasesOf('The GAO upheld the protest of the Beatles.', [['GAO', 'ORG'], ['Beatles', 'ORG']]), ['The GAO', 'the Beatles']);
    assert.deepEqual(phrasesOf('It is on the Apple website and the Boeing 737 is late.', [['Apple', 'ORG'], ['Boeing', 'ORG']]), ['Apple (premodifier)', 'Boeing (premodifier)']);
    // A verb after the name ("made", a past tense, "says") leaves it the head.
    assert.deepEqual(phrasesOf('Then the EU made a rule, the USAF decided, and the GAO says no.', [['EU', 'ORG'], ['USAF', 'ORG'], ['GAO', 'ORG']]), ['the EU', 'the USAF', 'the GAO']);
    // An organisation before a noun that is never a verb modifies it, with or without "the".
    assert.deepEqual(phrasesOf('Boeing employees cheered and Apple plans more.', [['Boeing', 'ORG'], ['Apple', 'ORG']]), ['Boeing (premodifier)', 'Apple']);
    // Before a possessive the article is the possessed noun's.
    assert.deepEqual(phrasesOf("It supplies the United Kingdom's Royal Air Force.", [['United Kingdom', 'LOC'], ['Royal Air Force', 'ORG']]), ['United Kingdom', 'Royal Air Force']);
  });

  it('joins a place and its region or country, not a list of countries', () => {
    assert.deepEqual(phrasesOf('Planes are built in Mobile, Alabama.', [['Mobile', 'LOC'], ['Alabama', 'LOC']]), ['Mobile, Alabama', 'Alabama']);
    assert.deepEqual(phrasesOf('Talks in France, Germany and Italy.', [['France', 'LOC'], ['Germany', 'LOC'], ['Italy', 'LOC']]), ['France', 'Germany', 'Italy']);
  });

  it('takes a title that opens the phrase into a person mention, not one after a name', () => {
    assert.deepEqual(phrasesOf('Senator John McCain spoke.', [['John McCain', 'PER']]), ['Senator John McCain']);
    assert.deepEqual(phrasesOf('He met Mr. Lee Hsien Loong and said that Chief executive Thomas Enders agreed.', [['Lee Hsien Loong', 'PER'], ['Thomas Enders', 'PER']]), ['Mr. Lee Hsien Loong', 'Chief executive Thomas Enders']);
    assert.deepEqual(phrasesOf('Apple CEO Steve Jobs and company CEO Tim Cook spoke.', [['Apple', 'ORG'], ['Steve Jobs', 'PER'], ['Tim Cook', 'PER']]), ['Apple', 'Steve Jobs', 'Tim Cook']);
  });

  it("takes a description of an organisation's kind, and types the name an organisation", () => {
    assert.deepEqual(phrasesOf('A deal with aircraft manufacturer Boeing was signed.', [['Boeing', 'ORG']]), ['aircraft manufacturer Boeing (organisation)']);
    assert.deepEqual(phrasesOf('Staff of German airline Lufthansa flew.', [['Lufthansa', 'LOC']]), ['German airline Lufthansa (organisation)']);
    assert.deepEqual(phrasesOf('The American computer company Apple grew.', [['Apple', 'ORG']]), ['The American computer company Apple (organisation)']);
    assert.deepEqual(phrasesOf('Irish low cost airline, Ryanair, bought planes.', [['Ryanair', 'ORG']]), ['Irish low cost airline, Ryanair (organisation)']);
    // After another name the description belongs to a longer phrase; a verb is no description.
    assert.deepEqual(phrasesOf('Airbus parent EADS won.', [['Airbus', 'ORG'], ['EADS', 'ORG']]), ['Airbus', 'EADS']);
    assert.deepEqual(phrasesOf('The order said airline Qantas would wait.', [['Qantas', 'ORG']]), ['airline Qantas (organisation)']);
    assert.deepEqual(phrasesOf('They met Qantas officials.', [['Qantas', 'ORG']]), ['Qantas']);
    // The tagger's person, when a description says organisation.
    assert.deepEqual(phrasesOf('It was news when German magazine Der Spiegel cited it.', [['Der Spiegel', 'PER']]), ['German magazine Der Spiegel (organisation)']);
  });

  it('make every mention of a name described as an organisation that organisation', () => {
    const text = 'Aeroflot negotiates purchase of new jets\nJune 10, 2007\nRussian flag carrier Aeroflot has negotiated the purchase of 22 jets.';
    const names = findNames(text, shippedNameModel()).filter((n) => n.text === 'Aeroflot');
    assert.deepEqual(names.map((n) => n.type), ['ORG', 'ORG']);
    assert.equal(names[1]?.phrase && text.slice(names[1].phrase.start, names[1].phrase.end), 'Russian flag carrier Aeroflot');
  });

  it('are given by findNames as offsets beside the name', () => {
    const text = 'The GAO upheld the protest, filed in Mobile, Alabama.';
    const names = findNames(text, shippedNameModel());
    const gao = names.find((n) => n.text === 'GAO');
    const mobile = names.find((n) => n.text === 'Mobile');
    assert.deepEqual(gao?.phrase && text.slice(gao.phrase.start, gao.phrase.end), 'The GAO');
    assert.deepEqual(mobile?.phrase && text.slice(mobile.phrase.start, mobile.phrase.end), 'Mobile, Alabama');
    assert.equal(names.find((n) => n.text === 'Alabama')?.phrase, undefined);
  });
});
