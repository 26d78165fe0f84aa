import { isGeographicName } from '../../src/core/entities/geography';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterEntities, nameKey, transliterationKey, type ArticleEntity, type NameInput } from '../../src/core/entities/index';
import { findNames, loadNameModel, type NameModel } from '../../src/core/names/index';
import { SAMPLE_000, SAMPLE_001, readSample } from './samples';

const root = join(__dirname, '..', '..', '..');

/** Tagger output for `text`: each [surface, type] found in order, after the previous one. */
function tag(text: string, spans: readonly [string, NameInput['type']][]): NameInput[] {
  let from = 0;
  return spans.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `"${surface}" not in the text after ${from}`);
    from = start + surface.length;
    return { start, end: from, text: surface, type };
  });
}

function cluster(text: string, spans: readonly [string, NameInput['type']][]) {
  return clusterEntities(text, tag(text, spans));
}

/** The entity the mention with this text (first occurrence) belongs to. */
function entityOf(result: ReturnType<typeof clusterEntities>, mentionText: string): ArticleEntity {
  const mention = result.mentions.find((m) => m.text === mentionText);
  assert.ok(mention, `no mention "${mentionText}" in ${result.mentions.map((m) => m.text).join(', ')}`);
  return result.entities[mention.entityIndex]!;
}

describe('transliteration key', () => {
  const same = (a: string, b: string) => assert.equal(transliterationKey(a), transliterationKey(b), `${a} = ${b}`);
  const differ = (a: string, b: string) => assert.notEqual(transliterationKey(a), transliterationKey(b), `${a} ≠ ${b}`);

  it('folds the romanisations news outlets use for the same name', () => {
    same('Araqchi', 'Araghchi');
    same('Baqaei', 'Baghaei');
    same('Baqaei', 'Baghai');
    same('Mohammad', 'Muhammad');
    same('Mohammad', 'Mohammed');
    same('Gaddafi', 'Qaddafi');
    same('Gaddafi', 'Kadhafi');
    same('Esmaeil', 'Ismail');
    same('Hussein', 'Husayn');
    same('Zelensky', 'Zelenskyy');
    same('Sergei', 'Sergey');
    same('Fatemeh', 'Fatima');
    same('Javad', 'Jawad');
    same('Tchaikovsky', 'Chaikovsky');
    same('Abdullah', 'Abdallah');
    same('Abdel Rahman', 'Abdulrahman');
    same('Rodríguez', 'Rodriguez');
    same('Khamenei', 'KHAMENEI');
  });

  it('drops al-/el- prefixes, hyphens, spaces and a possessive', () => {
    same('al-Assad', 'Assad');
    same('el-Sisi', 'Sisi');
    same("Khamenei's", 'Khamenei');
    same('Khamenei’s', 'Khamenei');
  });

  it('keeps different names apart', () => {
    differ('Iran', 'Iraq');
    differ('Putin', 'Patin');
    differ('Ali', 'Eli');
    differ('Oman', 'Amman');
    differ('Niger', 'Nigeria');
    differ('Hassan', 'Hussein');
    differ('Mohammad', 'Mohammadi');
    differ('Baqaei', 'Beck');
  });

  it('keeps names in other scripts as their letters', () => {
    assert.equal(transliterationKey('Путин'), 'путин');
    assert.equal(transliterationKey('---'), '');
  });
});

describe('name key (across articles)', () => {
  it('is the same for spelling variants, honorifics, middle names and possessives of one person', () => {
    assert.equal(nameKey('Abbas Araqchi', 'person'), nameKey('Abbas Araghchi', 'person'));
    assert.equal(nameKey('Abbas Araqchi', 'person'), nameKey('Seyed Abbas Araghchi', 'person'));
    assert.equal(nameKey('Ali Khamenei', 'person'), nameKey('Ayatollah Seyyed Ali Khamenei', 'person'));
    assert.equal(nameKey('Khamenei', 'person'), nameKey("Khamenei's", 'person'));
    assert.equal(nameKey('Esmaeil Baqaei', 'person'), nameKey('Esmaeil Baghaei', 'person'));
    assert.equal(nameKey('Muammar Gaddafi', 'person'), nameKey('Muammar Qaddafi', 'person'));
    assert.equal(nameKey('Bashar al-Assad', 'person'), nameKey('Bashar Assad', 'person'));
    assert.equal(nameKey('President Donald Trump', 'person'), nameKey('Donald Trump', 'person'));
  });

  it('differs for different people', () => {
    assert.notEqual(nameKey('Ali Khamenei', 'person'), nameKey('Mojtaba Khamenei', 'person'));
    assert.notEqual(nameKey('Ali Khamenei', 'person'), nameKey('Khamenei', 'person'));
    assert.notEqual(nameKey('Donald Trump', 'person'), nameKey('Donald Trump Jr.', 'person'));
    assert.notEqual(nameKey('Iran', 'place'), nameKey('Iraq', 'place'));
  });

  it('unifies the common country variants and writes places and organisations in one key space', () => {
    const us = nameKey('United States', 'place');
    for (const v of ['US', 'U.S.', 'USA', 'the United States', 'America', 'U.S.’s']) assert.equal(nameKey(v, 'place'), us, v);
    assert.equal(nameKey('UK', 'place'), nameKey('Britain', 'place'));
    assert.equal(nameKey('UAE', 'place'), nameKey('United Arab Emirates', 'place'));
    assert.equal(nameKey('Tehran', 'place'), nameKey('Tehran', 'organization'));
    assert.notEqual(nameKey('Niger', 'place'), nameKey('Nigeria', 'place'));
    assert.equal(nameKey('the IAEA', 'organization'), nameKey('IAEA', 'organization'));
  });
});

describe('entity clustering: people', () => {
  it('joins a surname to the full name before or after it, and keeps the fullest form as the name', () => {
    const text = 'Araqchi arrived. Foreign Minister Abbas Araqchi spoke. Later Araqchi left.';
    const r = cluster(text, [['Araqchi', 'PER'], ['Abbas Araqchi', 'PER'], ['Araqchi', 'PER']]);
    assert.equal(r.entities.length, 1);
    const e = r.entities[0]!;
    assert.deepEqual(
      { id: e.id, type: e.type, name: e.name, aliases: e.aliases, role: e.role, mentions: e.mentionIndices },
      { id: 'abbas-araqchi', type: 'person', name: 'Abbas Araqchi', aliases: ['Araqchi'], role: 'Foreign Minister', mentions: [0, 1, 2] },
    );
    assert.equal(e.key, nameKey('Abbas Araghchi', 'person'));
    assert.deepEqual(r.mentions.map((m) => [m.text, m.type, m.entityIndex]), [
      ['Araqchi', 'person', 0], ['Abbas Araqchi', 'person', 0], ['Araqchi', 'person', 0],
    ]);
  });

  it('strips honorifics and possessives, merging a name into a longer one that contains it', () => {
    const text =
      'the Leader, Ayatollah Seyyed Ali Khamenei, wrote. Supreme Leader Ayatollah Ali Khamenei agreed. Khamenei’s view held. Mr. Khamenei left.';
    const r = cluster(text, [
      ['Ayatollah Seyyed Ali Khamenei', 'PER'], ['Ayatollah Ali Khamenei', 'PER'], ['Khamenei’s', 'PER'], ['Mr. Khamenei', 'PER'],
    ]);
    assert.equal(r.entities.length, 1);
    const e = r.entities[0]!;
    assert.equal(e.name, 'Ali Khamenei');
    assert.deepEqual(e.aliases, ['Ayatollah Ali Khamenei', 'Ayatollah Seyyed Ali Khamenei', 'Khamenei', 'Mr. Khamenei']);
    assert.equal(e.role, 'Supreme Leader');
  });

  it('never merges two different full names that share a surname; a surname goes to the nearest one before it', () => {
    const text = 'Ali Khamenei met Mojtaba Khamenei. Khamenei said yes. Then Ali Khamenei spoke. Khamenei smiled.';
    const r = cluster(text, [
      ['Ali Khamenei', 'PER'], ['Mojtaba Khamenei', 'PER'], ['Khamenei', 'PER'], ['Ali Khamenei', 'PER'], ['Khamenei', 'PER'],
    ]);
    assert.deepEqual(
      r.entities.map((e) => [e.name, e.mentionIndices]),
      [['Ali Khamenei', [0, 3, 4]], ['Mojtaba Khamenei', [1, 2]]],
    );
  });

  it('merges a middle name or an initial, but not a suffix', () => {
    const text = 'George W. Bush and George Bush; George Bush Jr. is someone else.';
    const r = cluster(text, [['George W. Bush', 'PER'], ['George Bush', 'PER'], ['George Bush Jr.', 'PER']]);
    assert.deepEqual(r.entities.map((e) => [e.name, e.mentionIndices]), [['George W. Bush', [0, 1]], ['George Bush Jr.', [2]]]);
  });

  it('merges transliteration variants of a full name within an article and keeps the variant as an alias', () => {
    const text = 'Abbas Araqchi said. Abbas Araghchi added. Araghchi left.';
    const r = cluster(text, [['Abbas Araqchi', 'PER'], ['Abbas Araghchi', 'PER'], ['Araghchi', 'PER']]);
    assert.equal(r.entities.length, 1);
    assert.equal(r.entities[0]!.name, 'Abbas Araqchi');
    assert.deepEqual(r.entities[0]!.aliases, ['Abbas Araghchi', 'Araghchi']);
  });

  it('lets a first name join its full name, and never merges two different single names', () => {
    const text = 'Giorgia Meloni came. Giorgia smiled. Ali came. Eli came. Ali left.';
    const r = cluster(text, [['Giorgia Meloni', 'PER'], ['Giorgia', 'PER'], ['Ali', 'PER'], ['Eli', 'PER'], ['Ali', 'PER']]);
    assert.deepEqual(r.entities.map((e) => [e.name, e.mentionIndices]), [['Giorgia Meloni', [0, 1]], ['Ali', [2, 4]], ['Eli', [3]]]);
  });

  it('rejoins a name the tagger cut at a particle (and mistyped)', () => {
    const text = 'Oman’s foreign minister, Badr bin Hamad Al Busaidi, spoke. Busaidi smiled.';
    const r = cluster(text, [['Badr', 'ORG'], ['Hamad Al Busaidi', 'PER'], ['Busaidi', 'PER']]);
    assert.equal(r.entities.filter((e) => e.type === 'person').length, 1);
    const e = entityOf(r, 'Badr');
    assert.equal(e.name, 'Badr bin Hamad Al Busaidi');
    assert.equal(e.role, 'foreign minister');
    assert.deepEqual(e.mentionIndices, [0, 1, 2]);
    assert.equal(r.mentions[0]!.type, 'person');
  });

  it('does not join names across ordinary words', () => {
    const text = 'Rome and Paris; Anna de Berg.';
    const r = cluster(text, [['Rome', 'LOC'], ['Paris', 'LOC'], ['Anna', 'PER'], ['Berg', 'PER']]);
    assert.deepEqual(r.entities.map((e) => e.name), ['Rome', 'Paris', 'Anna de Berg']);
  });
});

describe('entity clustering: roles', () => {
  const roleOf = (text: string, spans: [string, NameInput['type']][], who: string) => entityOf(cluster(text, spans), who).role;

  it('reads titles before the name, without the country or a possessive owner', () => {
    assert.equal(roleOf('said US President Donald Trump.', [['US', 'LOC'], ['Donald Trump', 'PER']], 'Donald Trump'), 'President');
    assert.equal(roleOf('to Russian President Vladimir Putin.', [['Vladimir Putin', 'PER']], 'Vladimir Putin'), 'President');
    assert.equal(roleOf('Italy’s Prime Minister Giorgia Meloni', [['Italy', 'LOC'], ['Giorgia Meloni', 'PER']], 'Giorgia Meloni'), 'Prime Minister');
    assert.equal(
      roleOf('Iran’s Foreign Ministry spokesperson Esmaeil Baqaei said', [['Iran', 'LOC'], ['Foreign Ministry', 'ORG'], ['Esmaeil Baqaei', 'PER']], 'Esmaeil Baqaei'),
      'Foreign Ministry spokesperson',
    );
    assert.equal(
      roleOf('Spokesperson of Iran’s Ministry of Foreign Affairs Esmaeil Baqaei stated', [['Esmaeil Baqaei', 'PER']], 'Esmaeil Baqaei'),
      'Spokesperson of Iran’s Ministry of Foreign Affairs',
    );
    assert.equal(roleOf('US Secretary of State Marco Rubio said', [['Marco Rubio', 'PER']], 'Marco Rubio'), 'Secretary of State');
  });

  it('reads appositives before and after the name', () => {
    assert.equal(
      roleOf('President Donald Trump’s Middle East envoy, Steve Witkoff.', [['Donald Trump', 'PER'], ['Middle East', 'LOC'], ['Steve Witkoff', 'PER']], 'Steve Witkoff'),
      'Middle East envoy',
    );
    assert.equal(
      roleOf(
        'Meanwhile, Ali Shamkhani, a political advisor to Iran’s Supreme Leader Ayatollah Ali Khamenei, said',
        [['Ali Shamkhani', 'PER'], ['Iran', 'LOC'], ['Ayatollah Ali Khamenei', 'PER']],
        'Ali Shamkhani',
      ),
      'political advisor to Iran’s Supreme Leader',
    );
  });

  it('takes a title the tagger put inside the name span', () => {
    const r = cluster('President Trump spoke. Trump left.', [['President Trump', 'PER'], ['Trump', 'PER']]);
    assert.deepEqual(r.entities.map((e) => [e.name, e.role, e.mentionIndices]), [['Trump', 'President', [0, 1]]]);
  });

  it('gives no role for ordinary words, counterparts, other sentences or a possessive', () => {
    assert.equal(roleOf('talks with Antonio Tajani, in Rome.', [['Antonio Tajani', 'PER'], ['Rome', 'LOC']], 'Antonio Tajani'), undefined);
    assert.equal(roleOf('his Italian counterpart, Antonio Tajani.', [['Antonio Tajani', 'PER']], 'Antonio Tajani'), undefined);
    assert.equal(roleOf('He met the president. Antonio Tajani left.', [['Antonio Tajani', 'PER']], 'Antonio Tajani'), undefined);
    assert.equal(roleOf('the President’s Antonio Tajani', [['Antonio Tajani', 'PER']], 'Antonio Tajani'), undefined);
    const list = cluster('He met Xi Jinping, President Vladimir Putin and others.', [['Xi Jinping', 'PER'], ['Vladimir Putin', 'PER']]);
    assert.deepEqual(list.entities.map((e) => [e.name, e.role]), [['Xi Jinping', undefined], ['Vladimir Putin', 'President']]);
  });
});

describe('entity clustering: places and organisations', () => {
  it('merges the common country variants; the longest form is the name', () => {
    const text = 'The US and the U.S. and the United States and the USA.';
    const r = cluster(text, [['US', 'LOC'], ['U.S.', 'LOC'], ['United States', 'LOC'], ['USA', 'LOC']]);
    assert.equal(r.entities.length, 1);
    assert.deepEqual([r.entities[0]!.name, r.entities[0]!.aliases], ['United States', ['U.S.', 'US', 'USA']]);
    assert.equal(r.entities[0]!.key, nameKey('America', 'place'));
  });

  it('links an acronym to its expansion: in parentheses, or by its initials anywhere in the article', () => {
    const jcpoa = cluster('the Joint Comprehensive Plan of Action (JCPOA) agreement. The JCPOA died.', [
      ['Joint Comprehensive Plan of Action', 'ORG'], ['JCPOA', 'ORG'], ['JCPOA', 'ORG'],
    ]);
    assert.deepEqual(jcpoa.entities.map((e) => [e.type, e.name, e.aliases, e.mentionIndices]), [
      ['organization', 'Joint Comprehensive Plan of Action', ['JCPOA'], [0, 1, 2]],
    ]);
    const irna = cluster('IRNA said. The Islamic Republic News Agency added.', [['IRNA', 'ORG'], ['Islamic Republic News Agency', 'ORG']]);
    assert.deepEqual(irna.entities.map((e) => [e.name, e.aliases]), [['Islamic Republic News Agency', ['IRNA']]]);
    const odd = cluster('the Atomic Energy Organization of Iran (AEOI) said', [['Atomic Energy Organization of Iran', 'ORG'], ['AEOI', 'ORG']]);
    assert.equal(odd.entities.length, 1);
    const alone = cluster('IRNA said. Reuters said.', [['IRNA', 'ORG'], ['Reuters', 'ORG']]);
    assert.equal(alone.entities.length, 2);
  });

  it('keeps the same name typed LOC here and ORG there as two entities (the club and the city)', () => {
    // (Where most mentions agree, findNames has already given them all one type: unifyTypes.)
    const r = cluster('Leicester won. They play in Leicester. Leicester lost.', [['Leicester', 'ORG'], ['Leicester', 'LOC'], ['Leicester', 'ORG']]);
    assert.deepEqual(r.entities.map((e) => [e.type, e.mentionIndices]), [['organization', [0, 2]], ['place', [1]]]);
    assert.deepEqual(r.mentions.map((m) => m.type), ['organization', 'place', 'organization']);
  });

  it('keeps Iran and Iraq, Oman and Amman apart', () => {
    const r = cluster('Iran, Iraq, Oman, Amman.', [['Iran', 'LOC'], ['Iraq', 'LOC'], ['Oman', 'LOC'], ['Amman', 'LOC']]);
    assert.equal(r.entities.length, 4);
  });
});

describe('entity clustering: ids, order and size', () => {
  it('gives readable ids in order of first mention, -2 on a collision, and one mention per input name', () => {
    const text = 'Georgia Smith visited Georgia. Jordan and Smith went to Jordan.';
    const names = tag(text, [['Georgia Smith', 'PER'], ['Georgia', 'LOC'], ['Jordan', 'LOC'], ['Smith', 'PER'], ['Jordan', 'LOC']]);
    const r = clusterEntities(text, names);
    assert.deepEqual(r.entities.map((e) => e.id), ['georgia-smith', 'georgia', 'jordan']);
    assert.equal(r.mentions.length, names.length);
    r.mentions.forEach((m, i) => {
      assert.equal(m.start, names[i]!.start);
      assert.ok(r.entities[m.entityIndex]!.mentionIndices.includes(i));
    });
    const clash = cluster('Paris Hilton in Paris.', [['Paris', 'PER'], ['Paris', 'LOC']]);
    assert.deepEqual(clash.entities.map((e) => e.id), ['paris', 'paris-2']);
    assert.deepEqual(clusterEntities('', []), { entities: [], mentions: [] });
    const cyrillic = cluster('Путин и Владимир Путин', [['Путин', 'PER'], ['Владимир Путин', 'PER']]);
    assert.deepEqual(cyrillic.entities.map((e) => [e.id, e.name, e.aliases]), [['владимир-путин', 'Владимир Путин', ['Путин']]]);
  });

  it('does not depend on the order of the input and is deterministic', () => {
    const text = 'Abbas Araqchi met Donald Trump. Araqchi and Trump talked in Rome.';
    const names = tag(text, [['Abbas Araqchi', 'PER'], ['Donald Trump', 'PER'], ['Araqchi', 'PER'], ['Trump', 'PER'], ['Rome', 'LOC']]);
    const a = clusterEntities(text, names);
    const b = clusterEntities(text, [...names].reverse());
    assert.deepEqual(a.entities.map((e) => [e.id, e.name]), b.entities.map((e) => [e.id, e.name]));
    assert.deepEqual(clusterEntities(text, names), a);
  });

  // Speed is measured by `npm run bench` (full analysis of a 10,000-word article), not here.
  it('clusters a dense 10,000-word article into one entity per name', () => {
    const people = ['Abbas Araqchi', 'Donald Trump', 'Steve Witkoff', 'Vladimir Putin', 'Giorgia Meloni'];
    const parts: string[] = [];
    const spans: [string, NameInput['type']][] = [];
    for (let i = 0; parts.join(' ').length < 60_000; i++) {
      const full = people[i % people.length]!;
      const surname = full.split(' ')[1]!;
      const who = i % 3 === 0 ? full : surname;
      parts.push(`Foreign Minister ${who} met officials in Rome and said the US and Iran will keep talking next week.`);
      spans.push([who, 'PER'], ['Rome', 'LOC'], ['US', 'LOC'], ['Iran', 'LOC']);
    }
    const text = parts.join(' ');
    const result = clusterEntities(text, tag(text, spans));
    assert.ok(text.split(/\s+/).length >= 10_000);
    assert.equal(result.entities.length, people.length + 3);
  });
});

describe('entity clustering of the sample articles (shipped name model)', function () {
  this.timeout(20_000);
  let model: NameModel;
  before(() => {
    model = loadNameModel(readFileSync(join(root, 'models', 'names.bin')));
  });
  const run = (file: string) => {
    const text = readSample(file);
    return clusterEntities(text, findNames(text, model));
  };

  it('000: Araqchi, Khamenei, Witkoff, Baqaei and Trump, each one person with a role', () => {
    const r = run(SAMPLE_000);
    const araqchi = entityOf(r, 'Abbas Araqchi');
    assert.equal(araqchi.type, 'person');
    assert.equal(araqchi.name, 'Abbas Araqchi');
    assert.ok(araqchi.aliases.includes('Araqchi'));
    assert.equal(entityOf(r, 'Araqchi'), araqchi);
    assert.equal(araqchi.role, 'Foreign Minister');
    assert.equal(r.entities.filter((e) => e.name.includes('Araqchi')).length, 1);

    const khamenei = entityOf(r, 'Khamenei');
    assert.equal(khamenei.name, 'Ali Khamenei');
    assert.equal(khamenei.role, 'Supreme Leader');
    assert.ok(khamenei.mentionIndices.length >= 3);
    assert.equal(r.entities.filter((e) => e.type === 'person' && /Khamenei/.test(e.name)).length, 1);

    assert.match(entityOf(r, 'Steve Witkoff').role ?? '', /envoy/);
    assert.match(entityOf(r, 'Esmaeil Baqaei').role ?? '', /spokesperson/i);
    const trump = entityOf(r, 'Donald Trump');
    assert.equal(trump.role, 'President');
    assert.equal(entityOf(r, 'Trump'), trump);
    const us = entityOf(r, 'US');
    assert.equal(entityOf(r, 'United States'), us);
    assert.equal(us.name, 'United States');
  });

  it('001: Araghchi is one person, with the same key as Araqchi in 000', () => {
    const r000 = run(SAMPLE_000);
    const r = run(SAMPLE_001);
    const araghchi = entityOf(r, 'Abbas Araghchi');
    assert.equal(entityOf(r, 'Araghchi'), araghchi);
    assert.equal(araghchi.name, 'Abbas Araghchi');
    assert.equal(araghchi.role, 'Foreign Minister');
    assert.equal(araghchi.key, entityOf(r000, 'Abbas Araqchi').key);
    assert.match(entityOf(r, 'Esmaeil Baqaei').role ?? '', /spokesperson/i);
    assert.equal(entityOf(r, 'Esmaeil Baqaei').key, entityOf(r000, 'Esmaeil Baqaei').key);
    assert.equal(entityOf(r, 'Donald Trump').role, 'President');
    assert.equal(entityOf(r, 'Donald Trump').key, entityOf(r000, 'Donald Trump').key);
    assert.equal(entityOf(r, 'US').key, entityOf(r000, 'United States').key);
    // An agreement is no person, place or organisation: neither it nor its acronym is an entity
    // (acronym linking is tested above on organisations).
    assert.ok(!r.mentions.some((m) => m.text === 'JCPOA' || m.text === 'Joint Comprehensive Plan of Action'));
  });
});

describe('geographic names', () => {
  it('are places whatever the tagger says, by their head word', () => {
    for (const name of ['Strait of Hormuz', 'Gulf of Oman', 'Kurdistan Region of Iraq', 'Caspian Sea', 'Korean Peninsula', 'the Bay of Bengal', 'Changi International Airport', 'Wembley Stadium']) {
      assert.ok(isGeographicName(name), name);
    }
    for (const name of ['Islamic State', 'Bank of England', 'Sea Shepherd', 'Foreign Ministry', 'Gulf Cooperation Council', 'Oman', 'The New Region', 'Airport Authority']) {
      assert.ok(!isGeographicName(name), name);
    }
  });

  it('turn an organisation-tagged "Strait of Hormuz" into a place', () => {
    const text = 'Ships crossed the Strait of Hormuz.';
    const start = text.indexOf('Strait');
    const { entities, mentions } = clusterEntities(text, [{ start, end: start + 'Strait of Hormuz'.length, text: 'Strait of Hormuz', type: 'ORG' }]);
    assert.equal(entities[0]?.type, 'place');
    assert.equal(mentions[0]?.type, 'place');
  });
});
