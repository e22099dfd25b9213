import type { Spec } from './spec';

const ADJ = '(e|er|en|es|em)';
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['ein', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
];
const TENS: ReadonlyArray<readonly [string, number]> = [
  ['zwanzig', 20],
  ['dreißig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
  ['siebzig', 70],
  ['achtzig', 80],
  ['neunzig', 90],
];

/** Compound number words that start the analysis of a window: "einundzwanzig", "zweitausend". */
function compounds(): string[] {
  const out: string[] = [];
  const small = ['zehn', 'elf', 'zwölf', ...UNITS.map(([u]) => u), ...TENS.map(([t]) => t)];
  for (const [t] of TENS) for (const [u] of UNITS) out.push(`${u}und${t}`);
  for (const [u] of UNITS) out.push(`${u}hundert`, `${u}tausend`);
  for (const w of small) out.push(`${w}tausend`);
  out.push('hunderttausend', 'einhunderttausend');
  return out;
}

/**
 * The round compounds of thousands and hundreds or tens, "zweitausendfünfhundert",
 * "dreihundertzwanzig", as pairs of heads and tails the compiled lexicon glues (spec.ts).
 */
function compoundProducts(): [string[], string[]][] {
  const small = ['', 'zehn', 'elf', 'zwölf', ...UNITS.map(([u]) => u), ...TENS.map(([t]) => t)];
  const hundreds = UNITS.map(([u]) => `${u}hundert`);
  const tails = ['zehn', 'elf', 'zwölf', ...TENS.map(([t]) => t)];
  return [
    [small.map((w) => `${w}tausend`), hundreds],
    [hundreds, tails],
  ];
}

/** German. Nouns are capitalized, so a capital says nothing about a name; compounds are split. */
/** Plain data (JSON-serializable): a lexicon can also travel as JSON and be built with `lexiconFromSpec`. */
export const DE_SPEC: Spec = {
  lang: 'de',
  rules: [
    'demonymAfterNoun',
    'partyInPredicate',
    'participleThenVerb',
    'cueBeforeBeingVerb',
    'joinedAcrossAside',
    'nameEndsAtFunctionWord',
  ],
  numberWords: 'inflected',
  groupSeps: " \u00a0\u202f\u2009.’'",
  decimalSeps: ',',
  units: {
    null: 0,
    'eins|ein|eine|einen|einem|einer|eines': 1,
    'zwei|zwo': 2,
    drei: 3,
    vier: 4,
    'fünf|fuenf': 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    'zwölf|zwoelf': 12,
    dreizehn: 13,
    vierzehn: 14,
    'fünfzehn|fuenfzehn': 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
  },
  tens: {
    zwanzig: 20,
    'dreißig|dreissig': 30,
    vierzig: 40,
    'fünfzig|fuenfzig': 50,
    sechzig: 60,
    siebzig: 70,
    achtzig: 80,
    neunzig: 90,
  },
  hundred: 'hundert',
  scales: {
    tausend: 1e3,
    'million|millionen|mio': 1e6,
    'milliarde|milliarden|mrd': 1e9,
    'billion|billionen': 1e12,
  },
  abbrevs: 'mio|mrd|tsd|ca|bzw|nr|rd|vgl|usw|ggf|inkl|evtl|sog|abs|str|hr|hrsg|dez|okt|sept|feb|aug',
  dozen: 'dutzend',
  articles: 'ein|eine|einen|einem|einer|eines',
  and: 'und',
  point: 'komma',
  minus: 'minus',
  half: 'halb|halbe|halbes|halben',
  vague: {
    'dutzende|dutzenden|mehrere dutzend|einige dutzend': [24, 99],
    'hunderte|hunderten': [200, 999],
    'mehrere hundert|einige hundert': [200, 900],
    'tausende|tausenden': [2000, 9999],
    'mehrere tausend|einige tausend': [2000, 9000],
    'zehntausende|zehntausenden': [20000, 99999],
    'hunderttausende|hunderttausenden': [200000, 999999],
  },
  before: {
    approx:
      'etwa|rund|ungefähr|ca .|ca|circa|zirka|schätzungsweise|geschätzt|geschätzte|geschätzten|vermutlich|mutmaßlich|' +
      'um die|gegen|an die',
    atLeast: 'mindestens|wenigstens|zumindest|nicht weniger als',
    moreThan: 'mehr als|über|weit über|deutlich mehr als|gut|über die',
    atMost: 'bis zu|höchstens|bis hin zu|maximal|nicht mehr als',
    lessThan: 'weniger als|unter|knapp unter',
    nearly: 'fast|beinahe|nahezu|knapp|annähernd',
  },
  after: { 'oder mehr|und mehr': 'atLeast' },
  rangeOpen: { zwischen: 'und', von: 'bis' },
  changeOpen: { von: 'auf' },
  changeTo: 'auf',
  rangeJoin: 'bis|oder',
  nouns: {
    military:
      'soldaten|soldat|soldatinnen|truppen|militärs|streitkräfte|kämpfer|polizisten|offiziere|generäle|söldner|' +
      'marinesoldaten|fallschirmjäger|rekruten|reservisten|aufständische|aufständischen|rebellen|milizionäre|milizen|' +
      'dschihadisten|terroristen|blauhelme|blauhelmsoldaten|friedenssoldaten|einsatzkräfte|piloten|sanitäter|mann|' +
      'kräfte|besatzungsmitglieder|angehörige|wehrpflichtige|wehrpflichtigen|grenzschützer|' +
      'militärangehörige|taliban-kämpfer|zivilpolizisten|polizeikräfte|kommandosoldaten|bundeswehrsoldaten',
    civilian:
      'zivilisten|zivilistinnen|zivilist|kinder|frauen|dorfbewohner|zivilpersonen|babys|minderjährige|einwohner|' +
      'anwohner|bewohner|passagiere|fahrgäste|schüler|mädchen',
    person:
      'menschen|personen|leute|männer|opfer|leichen|geiseln|gefangene|gefangenen|journalisten|helfer|' +
      'freiwillige|freiwilligen',
    nonfig:
      'wale|delfine|tiere(|n)|rinder(|n)|kühe|schafe|vögel(|n)|hunde|pferde|fische|robben|elefanten|schweine|hühner|ziegen|' +
      'panzer|drohnen|raketen|marschflugkörper(|n)|flugkörper(|n)|lenkflugkörper(|n)|geschosse|bomben|gleitbomben|kampfjets|flugzeuge|hubschrauber|fahrzeuge|geschütze|granaten|dörfer|städte|orte|gebäude|häuser|' +
      'schulen|länder|ländern|staaten|provinzen|regionen|angriffe|anschläge|anschlägen|luftangriffe|flüchtlinge|' +
      'vertriebene|festgenommene|demonstranten|jahre|jahren|jahr|monate|monaten|tage|tagen|wochen|stunden|minuten|' +
      'kilometer|km|meter|euro|dollar|prozent|tonnen|einsätze|einsätzen|auslandseinsätze|missionen|bataillone|brigaden|' +
      'divisionen|einheiten|kompanien|mal|stück|punkte|sitze|stimmen|fälle|haushalte|familien|wohnungen|ziele|stellungen',
  },
  modifiers: `weitere|weiteren|andere|anderen|eigene|eigenen|ausländische|ausländischen|feindliche|feindlichen|aktive|reguläre`,
  everydayCues:
    'mann|leben|kräfte|verloren|verlor|tod|tot|stellt|stellte|setzt|setzen|gekommen|stehen|ziehen|zog|zogen|dienen|befinden',
  cues: {
    killed:
      'getötet|tot|tote|toten|gestorben|starben|stirbt|sterben|ums leben gekommen|ums leben|kamen ums leben|' +
      'kam ums leben|umgekommen|gefallen|gefallene|gefallenen|tödlich verletzt|tödlich verwundet|todesopfer|' +
      'ermordet|tod|todes|hingerichtet|getötete|getöteten|getöteter|leichen|tödlich verunglückt|verstorben|verstarben',
    wounded:
      'verletzt|verletzte|verletzten|verwundet|verwundete|verwundeten|schwer verletzt|leicht verletzt|schwerverletzte|' +
      'schwerverletzten|leichtverletzte|leichtverletzten|verletzungen',
    casualties:
      'verluste|verlusten|getötet oder verwundet|getötet oder verletzt|tot oder verwundet|tote und verletzte|' +
      'toten und verletzten|tote und verwundete|toten und verwundeten|getötet und verwundet|getötet und verletzt|' +
      'verloren|verlor|außer gefecht',
    missing: 'vermisst|vermisste|vermissten|verschollen|werden vermisst|gelten als vermisst',
    captured:
      'gefangen genommen|gefangengenommen|gefangene|gefangenen|kriegsgefangene|kriegsgefangenen|in gefangenschaft|' +
      'gerieten in gefangenschaft|ausgetauscht|ergaben sich|gefangen|geisel(|n)',
    deployed:
      'stationiert|entsandt|eingesetzt|im einsatz|abkommandiert|verlegt|geschickt|schickte|schickt|schicken|stehen|' +
      'befinden sich|kämpfen|dienen|entsendet|entsenden|bereitgestellt|gestellt|ein',
    withdrawn:
      'abgezogen|zurückgezogen|zurückgekehrt|heimgekehrt|kehrten zurück|abzug|ziehen ab|zog ab|zogen ab|heimgeholt|' +
      'zurückbeordert|zurückgeholt',
  },
  antiCues:
    'evakuiert|festgenommen|verhaftet|geflohen|vertrieben|gerettet|befreit|freigelassen|infiziert|geimpft|entlassen|' +
    'eingestellt|beschäftigt|überlebten|überlebt|angeklagt|verurteilt|beschuldigt|freigesprochen|befördert|ausgezeichnet|geehrt',
  savedVerbs: 'rettete|retteten|gerettet|retten|bewahrt',
  verbs: {
    killed: 'tötete|töteten|starben|sterben|kamen ums leben|getötet',
    wounded: 'verletzte|verletzten|verwundete|verwundeten',
    casualties: 'verlor|verloren|hat verloren',
    captured: 'nahm gefangen|nahmen gefangen',
    deployed:
      'schickte|schickt|schicken|entsandte|entsendet|stationiert|stellt|stellte|setzt|setzen|verlegte|verlegt',
    withdrawn: 'zog ab|zogen ab|abgezogen',
  },
  // "Die Bundeswehr zieht ihre 1.000 Soldaten aus Mali ab", "zog 300 Soldaten zurück"
  particleVerbs: {
    verbs: 'zieht|zog|ziehen|zogen|zöge|kamen|kam|kommen|kommt|ließ|ließen|lässt|lassen',
    particles: { withdrawn: 'ab|zurück', captured: 'frei' },
  },
  aux:
    'sind|seien|waren|wurden|worden|wurde|werden|ist|war|sollen|sollten|bereits|auch|insgesamt|bisher|bislang|offenbar|' +
    'mutmaßlich|dabei|damals|vermutlich|wohl|inzwischen|mittlerweile|schon|noch',
  links:
    'von|auf|:|zahl|gesamtzahl|beträgt|betrug|stieg|liegt|lag|bei|der|die|das|mit|rund|insgesamt|–|-|erreichte',
  anaphora: '',
  subset:
    'darunter|davon|unter ihnen|einschließlich|inklusive|unter anderem|gegenüber|nach zuvor|nach vorher',
  yearBefore:
    'im|in|seit|bis|von|vom|jahr|jahre|anfang|ende|mitte|sommer|winter|frühjahr|herbst|zwischen|und|nach|vor|stichtag',
  months:
    'januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|' +
    'jun|jul|aug|sep|sept|okt|nov|dez',
  dateOf: '',
  unitsAfter:
    'jahre|jahren|jahr|prozent|km|euro|dollar|tonnen|uhr|grad|meter|kilometer|mal|stunden|tage|tagen',
  ageBefore: 'alter|alters',
  idBefore: 'nr|nummer|artikel|resolution|flug|paragraf|paragraph|kapitel|seite|linie|route|stufe|phase',
  stop:
    'und|oder|in|im|an|am|auf|bei|mit|von|vom|zu|zum|zur|nach|aus|für|gegen|durch|die|der|das|den|dem|des|sind|seien|' +
    'waren|wurden|wurde|ist|war|haben|hat|hatten|hätten|wären|wie|als|dass|aber|sowie|sich|seit',
  placePreps: 'in|im|nach|aus|gegen|bei|an|am|auf|mit|von|vom|durch|über|unter|zwischen|gegenüber|für',
  inWords: 'in|im',
  partyArticles: 'der|die|das|den|dem|des',
  according: 'laut|nach angaben|nach angaben von|zufolge|wie|berichtet|so|angaben zufolge',
  saidVerbs:
    'sagte|sagt|sagten|teilte mit|teilten mit|mitteilte|mitteilten|erklärte|erklärt|erklärten|berichtete|berichtet|' +
    'berichteten|meldete|meldet|meldeten|schätzt|schätzte|bestätigte|bestätigten|gab an|gaben an',
  clauseEnd: 'aber|während|doch|jedoch|obwohl',
  skipBefore: 'die|der|das|den|weitere|noch|insgesamt|seine|ihre|unsere',
  of: 'von',
  capNouns: true,
  compoundNouns: true,
  compoundNumbers: true,
  triggers: compounds(),
  triggerProducts: compoundProducts(),
  parties: {
    [`nordkorea(|s)|nordkoreanisch${ADJ}|nordkoreaner(|n|innen)|pjöngjang|kvdr`]: 'north-korea',
    [`russland(|s)|russisch${ADJ}|russen|moskau(|s)|kreml`]: 'russia',
    [`ukraine|ukrainisch${ADJ}|ukrainer(|n)|kiew|kyjiw`]: 'ukraine',
    [`deutsch${ADJ}|deutschland(|s)|bundeswehr|bundeswehrsoldaten`]: 'germany',
    [`afghanisch${ADJ}|afghanen|afghanistan(|s)`]: 'afghanistan',
    'taliban|aufständische|aufständischen': 'taliban',
    [`amerikanisch${ADJ}|amerikaner(|n)|usa|us|us-amerikanisch${ADJ}|pentagon`]: 'us',
    [`britisch${ADJ}|briten|großbritannien(|s)`]: 'uk',
    [`israelisch${ADJ}|israelis|israel(|s)`]: 'israel',
    [`palästinenser(|n)|palästinensisch${ADJ}|gaza`]: 'palestinians',
    hamas: 'hamas',
    'hisbollah|hizbollah': 'hezbollah',
    [`südkorea(|s)|südkoreanisch${ADJ}`]: 'south-korea',
    [`französisch${ADJ}|frankreich(|s)|franzosen`]: 'france',
    [`syrisch${ADJ}|syrien(|s)|syrer`]: 'syria',
    [`iranisch${ADJ}|iran(|s)`]: 'iran',
    [`türkisch${ADJ}|türkei|türken`]: 'turkey',
    nato: 'nato',
    'blauhelme|blauhelmsoldaten|friedenstruppen|uno - missionen|un - missionen|un - friedenstruppen':
      'un-peacekeepers',
  },
  groupNouns: {
    'militante(|n)|extremist(|en)': 'militants',
    'aufständische(|n|r)': 'insurgents',
    'rebell(|en)': 'rebels',
    'separatist(|en)': 'separatists',
    'dschihadist(|en)': 'jihadists',
  },
  nameArticles: {
    der: '',
    die: '',
    das: '',
    den: '',
    dem: '',
    des: '',
    einer: '',
    eines: '',
    einem: '',
    einen: '',
  },
  genitiveArticles: 'des|eines',
  speakerAnaphora:
    'es|ministerium|behörde|agentur|dienst|geheimdienst|amt|organisation|gruppe|stelle|dieses|diese|dieser',
  orgWords:
    'ministerium|ministeriums|behörde|agentur|dienst|dienstes|amt|amtes|armee|militär|streitkräfte|kommando|' +
    'regierung|rat|komitee|gruppe|organisation|stab|stabs|polizei|mission|kreml|pentagon|nationen|bundeswehr|' +
    'beobachtungsstelle|verwaltung|truppen',
  demonstratives: 'diese|dieser|diesen|jene|jener|jenen',
  ofThem: 'davon|von ihnen|unter ihnen',
  unWords: 'uno|un|vereinten nationen',
  healthWords: 'gesundheitsministerium(|s)|gesundheitsbehörde(|n)|gesundheitsbehörden',
  amongTotal:
    'unter den (toten|opfern|getöteten|verletzten|verwundeten|gefallenen)|unter den (toten|opfern|getöteten|verletzten|verwundeten|gefallenen) (sind|waren|seien)',
  negations: 'nicht|nie|kein|keine',
  negationGaps: 'mehr|sein|werden|wurden|haben',
  fromWords: 'aus',
  towardWords: 'richtung|in richtung',
  killVerbs: 'tötete|töteten|getötet|tötet',
  releaseVerbs: 'freigelassen|freigekommen|ausgetauscht|entlassen',
  captivityWords:
    'gefangenschaft|austausch|gefangenenaustausch|freigelassen|freilassung|frei|gefangene|kriegsgefangene',
  workNouns: 'film(|e)|buch|roman(|e)|lied|song|album|serie|stück|dokumentarfilm|titel|trilogie|gedicht|oper',
  crowdNouns:
    'menschen|personen|freiwillige(|n)|helfer(|n)|retter(|n)|demonstranten|fans|zuschauer(|n)|trauernde(|n)|anhänger(|n)|teilnehmer(|n)',
  naturalCauses:
    'cholera|covid|covid-19|corona|coronavirus|krankheit(|en)|infektion(|en)|krebs|malaria|masern|ebola|grippe|lungenentzündung|tuberkulose|seuche(|n)|herzinfarkt|altersschwäche|epidemie|pandemie',
  violentCauses:
    'kämpfe(|n)|angriff(|e|en)|beschuss|bombardierung(|en)|luftangriff(|e|en)|gefechte(|n)|gewalt|krieg',
  ageComparatives: 'jünger|älter',
  proportionWords: 'von',
  proportionBases: 'zehn|hundert',
  conditionals: 'wenn|falls|sofern',
  futureModals: 'wird|werden|würde|würden|könnte|könnten',
  ageAt: 'mit',
  leaveVerbs: 'verließen|verließ|verlassen|verlässt|verlassen',
  totalVerbs: 'beziffert|bezifferte|bezifferten|schätzt|schätzte|schätzten|geschätzt',
  changeVerbs:
    'reduziert|gesenkt|erhöht|gestiegen|gesunken|korrigiert|aufgestockt|verringert|stieg(|en)|sank(|en)|erhöhte(|n)|senkte(|n)|verringerte(|n)|reduzierte(|n)',
  common:
    'der|die|das|und|ist|nicht|sich|mit|von|den|dem|des|sind|wurden|auch|auf|für|bei|im|ein|eine|einer|wie|nach|' +
    'seit|hat|haben|wird|werden|zu|zum|zur|aus|als|dass|sowie|bisher|bislang|laut',
  scaleAlone: true,
  scaleOfScale: true,
  dottedDays: true,
  comparisonOf: 'von',
  joinWords: 'und|,',
  letters: 'ßäöü',
  script: 'latin',
  attackNouns:
    'offensive|invasion|operation|angriff(|e|en|s|es)|luftangriff(|e|en|s|es)|raketenangriff(|e|en|s|es)|' +
    'drohnenangriff(|e|en|s|es)|artillerieangriff(|e|en|s|es)|bombardement(|s)|beschuss|bombe(|n)|rakete(|n)|' +
    'luftschl(ag|äge|ägen)|anschlag|anschläge(|n)',
  targetPreps: 'auf|gegen',
  // "was" (what) ends a speaker's name, and before a verb of saying names nobody
  nameStops: 'was',
  notSaying: 'was',
};
