/**
 * The named rules of extraction: the constructions it reads, each by the name a case cites
 * (lexicon/<lang>.cases.ts) and the module that holds it. A rule that holds in some languages
 * only is also a language rule (lexicon/language-rules.ts), which a language's spec switches on.
 * To add a rule: write it in its module, add its name here, and a case in every language it holds in.
 */
export const RULE_NAMES = {
  // numbers (engine/)
  digitGroups: 'read-digits: "1,250", "3 200", "1.250", decimals by the lexicon\'s separators',
  scaleWords: 'number-phrase: a scale word or suffix after a number ("4.7 thousand", "15K", "40 тыс.")',
  numberWords: 'plain- and inflected-number-words: numbers in words ("twenty-one", "двух тысяч")',
  spacedGroup:
    'read-digits: "50, 000" (a space slipped in after the group comma) is 50,000; "1, 234" stays a list',
  europeanThousands:
    'number-phrase: "78.000 soldiers" in English text is 78,000 (no count has three decimals)',
  halfOfScale:
    'plain- and inflected-number-words: "half a million", "medio millón", "un demi-million", "полмиллиона" are 500,000',
  fractionOfScale:
    'fraction-of-scale: "a quarter of a million", "un cuarto de millón", "четверть миллиона" are 250,000',
  oneAndHalf:
    'inflected-number-words: "полторы тысячи", "півтори тисячі" are 1,500; "полтора десятка" about 15',
  mixedNumber:
    'number-phrase: digits after a scale word add to it ("mil 300", "3 тисячі 354", "4 млн. 59 тыс.")',
  compoundNumbers: 'compound-number: number words glued into one ("zweitausend")',
  vagueAmount: 'number-phrase: vague amounts and their bounds ("dozens", "hundreds of thousands")',
  aboutOne: 'number-phrase, candidates: "une trentaine", "около десятка", "более сотни" (about one number)',
  // amounts
  qualifierBefore: 'qualifier: "at least", "about", "up to", "as high as" before a number',
  negatedBound:
    'qualifier: "would not be more than 650", "did not exceed 7,000" are at most (a negation turns the bound)',
  qualifierAfter: 'qualifier: "or so", "or more", "+" after a number',
  range: 'range: "between 300 and 400", "10,000-12,000", "5 to 6 thousand"',
  changedCount:
    'range, changed-count: "revised the toll from 359 to 253", "stieg von 80 auf 145" are two counts, not a range; the one with a noun lends it to the other',
  newLevel:
    'qualifier: "число погибших выросло до 300" is a total of 300 (a new level), while "погибли до 300" is at most',
  earlierValue:
    'subset-of-figure: "fell to 900, down from 1,500", "contre 410 l\'an dernier", "проти 410 торік": the earlier value of the figure before, what it counts',
  raisedTotal:
    'raised-total: "elevó a 71 el número de muertos", "ascienden a 300 los muertos", "estime à 8 000 le nombre de tués": the exact total a verb raised or stated, of the casualty word after it',
  totalNewLevel:
    'raised-total: "the toll has climbed to eleven", "auf sieben gestiegen", "a porté à onze": a number spelled out is the new level of the total named before',
  troopLevel:
    'raised-total: "reduce its troops in Iraq to 2,000", "the number of US troops fell to 35,000", "has dropped below 400": the new level of the clause\'s soldiers is deployed (also "до 900 человек")',
  changeIsNoRange: 'range, subset-of-figure: "rose by 12 to 85" is a change and its new total',
  // numbers that are never figures
  moneyOrAge: 'never-figure: a currency or an age before the number',
  unitAfter: 'never-figure: a unit, a percentage or a fraction after the number ("300 km", "19-year-old")',
  yearOrDate: 'never-figure: years and days of a month ("in 2022", "12 April", "31. Januar")',
  timeOrCode: 'never-figure: numbers glued to another by a colon or dash ("10:30", "F-16")',
  identifier: 'never-figure: ids and codes ("Resolution 2334", "Bug 1676388", "mia826")',
  footnoteMark: 'never-figure: "died in 1933.[30]"',
  proportion: 'never-figure: "1 in 5 soldiers"',
  articleAlone: 'never-figure: "un soldado", "ein Soldat" (an article alone)',
  // the noun phrase after a number
  nounOfPeople: 'noun-phrase: what the noun counts (soldiers, civilians, people) and what it does not',
  thingsNotPeople:
    'noun-phrase: nouns of things, places, units and animals ("30 tanks", "14 villages", "200 whales")',
  listAfterColon:
    'list-after-colon: bare numbers listed after a colon count what the heading before it names ("Losses by sector: north, 120; south, 75")',
  releasedCaptives:
    'freed-captives: soldiers or a people set free are captured ("40 soldiers were released", "1,200 Ukrainians have been freed", "ont été libérés"); "20 patients were released" is no figure',
  freedCaptives:
    'freed-captives: soldiers returned from captivity or in a swap are captured, not withdrawn ("the swap brought home 95 soldiers")',
  crowdNotTroops:
    'out-of-scope: a crowd, volunteers or rescuers gathered are no deployment ("2,000 people gathered")',
  naturalDeath:
    'out-of-scope: deaths from disease are no war deaths ("died of cholera", "an der Grippe gestorben")',
  titleOfWork:
    'title-of-work: a number in the quoted title of a film or book is none (the novel «Un millón de muertos»)',
  tollAt:
    'out-of-scope: "put the death toll at 63", "the number of dead at 40": a count before "at" makes no age of the number',
  ageAtDeath: 'out-of-scope: "dead at 69" is an age',
  proportionBase:
    'out-of-scope: both numbers of a proportion with a base of ten or a hundred count nobody ("sieben von zehn", "семь из десяти")',
  comparedAge:
    'out-of-scope: a number after a comparative of age is an age ("younger than 25", "jünger als 25")',
  rejectedNumber:
    'out-of-scope: a number right after a negation is denied ("31,000, not 300,000"; "not more than 650" is a bound)',
  hypotheticalNumber:
    'out-of-scope: a number in a condition\'s clause with a future modal counts nobody ("If they fail, 1,600 men will be killed")',
  unknownNoun: 'noun-phrase: an unknown noun counts nothing ("One of the reasons")',
  titleInCapitals: 'noun-phrase: "Get Lost in 8 Great Biographies" is a title, not a name',
  strongForce: 'noun-phrase-start: "a 50,000-strong force"',
  spelledPartOf:
    'noun-phrase-start: "six of the dead", "two of the soldiers": a number in words before "of the" counts a part of what follows (not "one of the")',
  partOfWhole: 'part-of-whole: "300 of the 1,200 soldiers", "Of the 300 soldiers, 12..." (the whole is none)',
  memberOfUnit: 'noun-phrase-parts: "120 men of the brigade" are soldiers',
  nameHyphenModifier:
    'noun-phrase: "Four New York-based Guard soldiers": a name glued to a word by a hyphen is one modifier',
  describingNoun: 'noun-phrase: "3 US military wary of..." (military describes the word after it)',
  adjectiveOfDead: 'noun-phrase: "40 wounded soldiers", "12 dead civilians"',
  compoundNoun: 'noun-phrase-parts: "Bundeswehrsoldaten" ends in a known noun',
  // what a figure counts
  hedgeAdverb:
    'cue-after: "were probably killed", "had likely been killed": a hedge between the auxiliaries and the cue',
  cueAfter: 'cue-after: a cue after the noun ("soldiers were killed")',
  onTheWay:
    'cue-after: troops "heading home", "headed home" are withdrawn; "headed to the region", "en route to Kuwait" are deployed',
  troopsHome:
    'cue-after: "ordered 5,000 troops home", "Troops Home": home right after the troops, before a place or the clause end, is withdrawn',
  eitherOutcome:
    'cue-after: "died or were wounded", "murieron o resultaron heridos": a count of those killed or wounded, either verb, is casualties',
  verbBefore: 'verb-before: a verb before the number ("killed 40", "sent 500")',
  particleVerb: 'cue-after: a verb and its particle at the clause end ("zieht 1.000 Soldaten ab")',
  releaseParticle:
    'cue-after: "kamen 230 Ukrainer und 248 Russen frei", "230 Ukrainer kamen frei": a verb of release split from its particle, across a list of numbers',
  leftInPlace:
    'cue-after: "1,000 US Troops Left in Syria": troops left in a place remain (deployed); "left Mali", "left in March" are withdrawn',
  linkBefore: 'verb-before: "the death toll rose to 1,340", "losses of 250"',
  troopsNumbering:
    'verb-before: "troops numbering 50,000", "контингент в Сирии насчитывает 4000" (a place between; a verb before the noun says sent or withdrawn)',
  clauseCue: 'clause-cue: the nearest cue in the clause, forward or backward',
  previousSentence: 'clause-cue: "В ее составе - 3000": the cue of the sentence before',
  subsetOfFigure:
    'subset-of-figure: "including 21 children", "50 of them", "the total": the figure before\'s metric',
  sharedQualifier:
    'elided-noun: "nearly 800 Russian and 250 Ukrainian soldiers", "mehr als 700 russische und 200 ukrainische": the bound of the first number governs the second',
  sharedQualifierNounFirst:
    'elided-noun: "más de 900 soldados rusos y 300 ucranianos": the noun before its party, the next number with a party only shares the bound (not "y 300 civiles")',
  cutCompound:
    'elided-noun: "rund 30 Schwer- und 80 Leichtverletzte": the first half of a compound cut by a hyphen counts what the second does',
  countPronoun:
    'subset-of-figure: "alors qu\'on en comptait 71", "il n\'en reste que 450": a pronoun before the verb stands for what the figure before counts',
  elidedNoun:
    'elided-noun: "about 40,000 South Korean and 5,000 US troops": the first counts troops too, and "about" governs both',
  joinedToFigure: 'subset-of-figure: "700 troops in the north and 1,100 in the south"',
  additionToFigure: 'subset-of-figure: "Another 2,000 are expected"',
  savedLives: 'verb-before: "saved 27,000 lives" are no deaths',
  hostagesHeld:
    'noun-phrase: hostages taken, held, exchanged or freed are captured ("freed 24 hostages", "24 Geiseln", "24 заложника")',
  leavingWithdrawn:
    'cue-after: troops that leave are withdrawn ("the last 400 soldiers left Mali", "ont quitté", "verließen", "залишили"); "40 are left there" remain',
  withdrawnWording: 'cue-after: troops brought home, rotated out or redeployed away are withdrawn',
  prisonersDied: 'figure-metric: "killed 40 prisoners of war", "40 prisoners were executed"',
  thingsLost: 'verb-before: "won 3 games and lost 2"',
  antiCue: 'cue-after, clause-cue: words that make a count no figure ("displaced", "charged", "promoted")',
  defaultDeployed:
    'figure-metric: soldiers counted with no cue are deployed ("A total of 15,000 troops took part")',
  peopleNotTroops: 'figure-metric: a people or civilians are never deployed ("5,000 civilians remain")',
  activeVerbObject: 'active-verb-object: "1,000 soldiers killed 300 civilians" (language rule)',
  remainThenState: 'figure-metric: "600 soldiers remain missing" (language rule)',
  participleThenVerb: 'figure-metric: "300 soldados enviados a Kursk han muerto" (language rule)',
  cueBeforeBeingVerb: 'verb-before: "У полоні перебувають 8 тисяч" (language rule)',
  joinedAcrossAside:
    'subset-of-figure: an aside between a figure and the number joined to it (language rule)',
  // whose people
  countryParty:
    'party-name: any country, by its name or demonym, as the country packages give them and declined ("soldados peruanos", "в Колумбии")',
  partyInNounPhrase: 'noun-phrase: "40 North Korean soldiers", "120 Palestinians"',
  demonymAfterNoun: 'noun-phrase: "soldados rusos", "загиблих українських" (language rule)',
  groupAfterOf: 'noun-phrase-parts: "combatientes de Hamás" (an armed group after "de")',
  partyInPredicate: 'figure-party: "250 fueron estadounidenses" (language rule)',
  partyNextToCue:
    'figure-party: a party right before the cue ("Russian losses", "soldados rusos ... murieron")',
  subjectParty: 'figure-party: the subject of the clause ("North Korea has sent 5,000 troops")',
  soldiersFrom:
    'figure-party: "500 troops from Chad", "44 миротворці з України": the country soldiers come from',
  placeOfEvents:
    'figure-party: the dead or wounded nothing names are of the country the text before says it happened in ("Fighting went on in Sudan. 40 people were killed.")',
  placeOfDead: 'figure-party: "killed in Gaza"',
  countryPeacekeepers:
    'figure-party: peacekeepers a country qualifies are its own ("325 Ukrainian peacekeepers", "российских миротворцев"), unless their sentence names the UN',
  ownArmy:
    'figure-party: soldiers an army speaks of are its own ("The Israeli military says the toll of soldiers killed in Gaza has reached 101"), not of where they fell',
  placeBelowCountry:
    'lexicon/places.ts: a region or city names its country ("killed in Dnipro", "à El-Fasher", "в Херсонской области"), its civilians where the history counts them apart',
  soldiersAbroad:
    'figure-party: soldiers a party qualifies before "in" a place are that party\'s ("losses of North Korean troops in the Kursk region"), not the place\'s',
  groupNoun:
    'figure-party: a noun that names an armed group by what it is ("86 militants", "30 Rebellen", "40 боевиков") is its party, when no name is given',
  datelineScene:
    'figure-party: a place that opens a report before a dash or "(" ("KANDAHAR (Reuters) -", "BOGOTÁ.–") is its dateline, the scene, not an actor',
  towardPlace:
    'figure-party: a place a way leads to ("on its way toward Baghdad", "rumbo a Bogotá") is no scene of the passage',
  nounBeforeVerb:
    'figure-party: an unknown word between a party and a verb of killing is a noun the party qualifies ("Sudan Quake Kills 30"): the party is the scene, not the actor',
  speakerVictims:
    'figure-party: a country that says another party killed counts its own dead ("Ukraine says Russia killed 14 civilians")',
  healthAuthority:
    'figure-party: a health ministry that speaks counts its own country\'s dead ("Gaza\'s health ministry said", "Минздрав Ливана")',
  passageScene:
    'figure-party: the dead nothing names are of the one country the text named before them ("TURKEY FLOODS: ... killed 27 people")',
  attackerNotVictim:
    'figure-party, attack-side: "killed in Russian strikes", "durch israelische Angriffe", "bombardeos israelíes" name the attacker, not whose dead',
  attackTarget:
    'attack-side: the dead of "strikes on Gaza", "frappes sur le Liban", "удары по Украине" are of the target',
  placeNotParty: 'figure-party: "sent to Syria", "nach Syrien entsandt" is where, not whose',
  civiliansOfParty: 'figure-party: "12 Ukrainian residents" count Ukraine\'s civilians',
  // context
  figureBefore: 'figure-before: party, metric and population from the figure before',
  amongTotal:
    'antecedent: "Among the dead were 100 women", "среди погибших 7 детей": of the side of the dead counted before',
  antecedent: 'antecedent: "those soldiers", "2,000 of them" point back to a group named before',
  population: 'figure-population: soldiers, civilians or both',
  // who said it
  according: 'claimed-by: "according to X", "selon X", "laut X"',
  saidVerb: 'claimed-by: "X said", "said X", "it said"',
  speakerNameCase:
    'speaker-name: the name without its case ("des Ministeriums" -> "Ministerium", "Генштаба" -> "Генштаб")',
  nameEndsAtFunctionWord:
    'speaker-phrase: a name ends at a function word or a number, "de" + capital goes on (language rule)',
  // sentences and text
  languagePerSentence: 'extract: with no language given, each sentence in the language it looks like',
  abbreviationNoStop: 'sentence-stop: "ca.", "бл.", "Gen." end no sentence',
  wrappedLine: 'tokenize: a line ending in a number goes on into the next',
} as const;

/** The name of a rule, as a case cites it. */
export type RuleName = keyof typeof RULE_NAMES;
