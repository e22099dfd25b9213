import type { Spec } from './spec';

/**
 * English. "1,234" and "1 234" are thousands, "1.5" a decimal, and "1,5" too (one or two digits
 * after a comma, outside a list). Plain data, as every language's spec.
 */
export const EN_SPEC: Spec = {
  lang: 'en',
  rules: ['partOfWhole', 'memberOfUnit', 'activeVerbObject', 'remainThenState'],
  numberWords: 'plain',
  groupSeps: ', \u00a0\u202f\u2009',
  decimalSeps: '.',
  shortCommaDecimals: true,
  units: {
    'zero|nought|naught|oh': 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  hundred: 'hundred',
  scales: {
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    'lakh|lakhs': 1e5,
    'crore|crores': 1e7,
  },
  suffixScales: {
    k: 1e3,
    K: 1e3,
    M: 1e6,
    m: 1e6,
    MM: 1e6,
    mm: 1e6,
    mil: 1e6,
    mln: 1e6,
    b: 1e9,
    B: 1e9,
    bn: 1e9,
    bln: 1e9,
    G: 1e9,
    g: 1e9,
    tn: 1e12,
    tln: 1e12,
    T: 1e12,
  },
  dozen: 'dozen|dozens|dz|dzs|doz|dozs',
  articles: 'a|an',
  and: 'and',
  point: 'point',
  minus: 'minus|negative',
  half: 'half',
  vague: {
    'dozens|several dozen|a few dozen': [24, 99],
    scores: [40, 99],
    hundreds: [200, 999],
    'several hundred|a few hundred': [200, 900],
    thousands: [2000, 9999],
    'several thousand|a few thousand': [2000, 9000],
    'tens of thousands': [20000, 99999],
    'hundreds of thousands': [200000, 999999],
    millions: [2000000, 9999999],
    'several million': [2000000, 9000000],
  },
  nouns: {
    military:
      'troops|troop|soldiers|soldier|servicemen|serviceman|servicemembers|personnel|military|marines|marine|sailors|airmen|' +
      'paratroopers|commandos|conscripts|recruits|reservists|mercenaries|fighters|militants|insurgents|rebels|combatants|' +
      'officers|officer|generals|commanders|peacekeepers|peacekeeper|guardsmen|policemen|police|pilots|forces|' +
      'militiamen|jihadists|gunmen|service members|servicewomen|infantrymen|special forces|border guards|' +
      'sailor|airman|paratrooper|commando|conscript|recruit|reservist|mercenary|fighter|militant|insurgent|rebel|' +
      'combatant|general|commander|guardsman|policeman|pilot|medic|gunman|' +
      'reinforcements|reservists|draftees|cadets|snipers|sappers|scouts|guards|national guardsmen',
    civilian:
      'civilians|civilian|women|children|kids|babies|infants|villagers|woman|child|girl|boy|girls|boys|baby|' +
      'residents|inhabitants|locals|passengers|pedestrians|bystanders|shoppers|worshippers|pilgrims|tourists|' +
      'drivers|miners|firefighters|rescuers|farmers|fishermen|teachers|resident|passenger|pedestrian|driver|' +
      'firefighter|rescuer|farmer|fisherman|teacher',
    person:
      'people|persons|person|men|man|others|individuals|members|lives|bodies|victims|aid workers|journalists|medics|' +
      'doctors|nurses|patients|staff|employees|workers|hostages|prisoners|captives|pows|dead|wounded|injured|missing|' +
      'volunteers|volunteer|crew|crews|crew member|crew members|crewmen|' +
      'journalist|doctor|nurse|aid worker|worker|individual|member|victim|body|hostage|prisoner|' +
      'casualties|deaths|fatalities|losses',
    nonfig:
      'tanks|tank|drones|drone|missiles|missile|rockets|rounds|shells|howitzers|aircraft|planes|jets|helicopters|ships|' +
      'vessels|boats|vehicles|artillery|guns|rifles|weapons|systems|launchers|bombs|mines|munitions|ammunition|apcs|pieces|' +
      'units|battalions|brigades|divisions|regiments|companies|villages|towns|cities|settlements|buildings|homes|houses|' +
      'schools|hospitals|sites|bases|countries|nations|states|provinces|regions|districts|attacks|strikes|airstrikes|' +
      'raids|incidents|shots|refugees|evacuees|migrants|displaced|arrests|arrested|detainees|protesters|voters|students|' +
      'jobs|cases|documents|pages|types|times|votes|seats|dollars|euros|pounds|hours|days|weeks|months|years|decades|' +
      'minutes|seconds|miles|kilometres|kilometers|km|meters|metres|feet|tonnes|tons|percent|points|calls|projectiles|' +
      'positions|targets|packages|contracts|trucks|hectares|acres|households|families|locations|sorties|' +
      'launches|rounds|cartridges|warplanes|fighter jets|armoured vehicles|satellites|officials|experts|lawmakers|' +
      'delegates|reporters|episodes|hostilities|mortars|grenades|kilograms|kg|sq|square',
  },
  cues: {
    killed:
      'killed|dead|died|die|dies|dying|perished|slain|deaths|death|fatalities|lives|bodies|fallen|martyred|executed|' +
      'lost their lives|lost his life|lost their life|killed in action|kia|death toll|toll|murdered|massacred|killing|killings',
    wounded: 'wounded|injured|injuries|hurt|wounds|injury|wounded in action|wia',
    casualties:
      'casualties|losses|killed or wounded|killed or injured|killed and wounded|killed and injured|dead or wounded|' +
      'dead and wounded|dead or injured|killed , wounded|killed or hurt|put out of action|loses|lost|lose|losing',
    missing: 'missing|missing in action|unaccounted for|mia',
    captured:
      'captured|taken prisoner|taken captive|prisoners|prisoners of war|pows|surrendered|detained|captives|' +
      'held captive|captive|taken hostage|exchanged|swapped|handed over|in captivity',
    deployed:
      'deployed|sent|dispatched|stationed|remain|remained|remaining|present|arrived|deploy|' +
      'send|dispatch|continue to operate|operating|on the ground|in the region|in the country|strong|' +
      'sent in|massed|amassed|gathered|reinforcements|garrisoned',
    withdrawn:
      'withdrawn|withdraw|withdrawing|withdrew|pulled out|pull out|pulling out|returned home|return home|' +
      'returning home|rotated home|rotate home|rotated out|brought home|coming home|sent home|retreat|retreated|' +
      'retreating|drawn down|pulled back|pull back|leave|leaving|left the country|evacuated home',
  },
  verbs: {
    killed:
      'killing|killed|kill|kills|claimed the lives of|claiming the lives of|left dead|executed|executing|execute',
    wounded: 'wounding|wounded|injuring|injured|injure|wound',
    casualties:
      'lost|loses|lose|losing|suffered|suffers|sustained|suffering|killed and wounded|killed or wounded|' +
      'killed and injured|killed or injured|killing and wounding|killing or wounding|killing and injuring',
    captured: 'captured|capturing|capture|captures|took prisoner|seized',
    deployed:
      'sent|sending|send|sends|deployed|deploying|deploy|deploys|dispatched|dispatch|dispatching|stationed|' +
      'station|leave|keep|keeping|join|joining|mobilised|mobilized|mobilise|mobilize|massed|amassed|has|have|had',
    withdrawn:
      'withdrew|withdraw|withdrawing|withdraws|pulled out|pull out|pulling out|bring home|brought home|bringing home|' +
      'return|returned|returning|rotate|rotated|cut|cutting|remove|removed|removing',
  },
  before: {
    approx:
      'about|approximately|approx .|around|some|roughly|an estimated|estimated|~|circa|c .|or about|just about|' +
      'an approximate|approximate|nearly about|reportedly about|≈',
    atLeast: 'at least|no fewer than|no less than|not less than|a minimum of|at a minimum',
    moreThan:
      'more than|over|well over|upwards of|surpassing|in excess of|exceeding|above|well above|greater than|' +
      'higher than|larger than|bigger than|just over|beyond|topping|surpassed|exceeded|exceed|exceeds|surpass|surpasses|>',
    atMost: 'up to|no more than|as many as|not more than|a maximum of|at most|as much as|<=',
    lessThan: 'fewer than|less than|under|below|just under|lower than|smaller than|<',
    nearly: 'nearly|almost|close to|nearing|approaching|just shy of|short of',
  },
  after: {
    'or so': 'approx',
    'or more': 'atLeast',
    'and more': 'atLeast',
    'or greater': 'atLeast',
    'or above': 'atLeast',
    'and above': 'atLeast',
    'or higher': 'atLeast',
    'or fewer': 'atMost',
    'or less': 'atMost',
    'and fewer': 'atMost',
    'and less': 'atMost',
    'or below': 'atMost',
    'and below': 'atMost',
  },
  comparisonOf: 'than',
  rangeOpen: { between: 'and', from: 'to' },
  rangeJoin: 'to|through|~',
  changeBy: 'by',
  changeTo: 'to',
  modifiers:
    'more|additional|other|further|new|fresh|extra|active|duty|regular|reserve|elite|enemy|foreign|allied|young|' +
    'armed|unarmed|innocent|local|government|army|pro|service|battle|combat|' +
    'frontline|ground|coalition|western|state|security|national|federal|special|un|u.n.|partner|' +
    'uniformed|trained|ordinary|professional|contract|rank|file|retired|former|soviet|total',
  antiCues:
    'displaced|evacuated|arrested|fled|homeless|rescued|affected|relocated|sheltering|stranded|trapped|infected|sick|' +
    'vaccinated|employed|registered|enrolled|treated|protested|voted|released|freed|repatriated|survived|' +
    'survive|escaped|unharmed|laid off|laying off|lay off|lays off|layoffs|fired|sacked|hired|hiring|furloughed|' +
    'lost their homes|lost homes|lost their houses|lost their jobs|lost jobs|lost power|lost everything|' +
    'lost contact|lost touch|lost their livelihoods|promoted|decorated|honoured|honored|awarded|' +
    'employs|employing|recruited|recruiting|charged|accused|convicted|sentenced|indicted|implicated|prosecuted|' +
    'disciplined|court-martialed|court-martialled|acquitted',
  weakCues: 'bodies|body|lives|life|toll|losses',
  savedVerbs:
    'saved|save|saves|saving|spared|spare|spares|sparing|protected|protect|protects|prolonged|extended',
  aux:
    'were|was|are|is|have|has|had|been|being|be|reportedly|also|all|said|to|allegedly|believed|thought|now|already|' +
    'who|that|which|either|later|since|so|far|presumed|feared|confirmed|officially|reported|still|currently|' +
    'would|will|could|may|might|expected|estimated|ultimately|eventually|then|just|subsequently|say|says|being|get|got',
  links:
    'of|to|at|:|rose|risen|rising|climbed|reached|hit|stood|stands|increased|grew|now|is|was|has|had|surged|jumped|' +
    'totalled|totaled|numbered|passed|topped|the|number|total|tally|figure|estimate|estimated|put|puts|placed|' +
    'around|about|count|since|from|be|been|as|high|',
  anaphora: 'total|tally|toll|figure|estimate|count|number|sum|overall',
  subset:
    'including|among them|of them|of whom|of which|among whom|among|includes|included|incl|of those|of these',
  yearBefore:
    'in|since|of|by|until|till|from|year|years|summer|winter|spring|autumn|fall|early|late|mid|during|before|after|' +
    'circa|through|between|and|to|fiscal|fy|election|',
  months:
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|' +
    'aug|sep|sept|oct|nov|dec',
  currencyBefore: 'c$|a$|hk$',
  unitsAfter:
    '%|percent|per|pc|pct|percentage|km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi|metres|meters|m|' +
    'feet|ft|foot|yards|yard|kg|kilograms|kilos|tonnes|tons|ton|lbs|pounds|dollars|dollar|euros|euro|hryvnias|' +
    'rubles|roubles|yuan|yen|rupees|shekels|cents|hours|hour|hrs|minutes|minute|min|seconds|second|sec|days|day|' +
    'weeks|week|months|month|years|year|yrs|decades|decade|centuries|century|am|a.m.|pm|p.m.|gmt|utc|bst|cet|' +
    'degrees|°|mph|kph|km/h|mm|cm|inches|inch|acres|hectares|litres|liters|gallons|barrels|calories|mb|gb|kb|ghz|' +
    'times|fold|x|sq|square|cubic|:|/|°c|°f|grams|g|nautical|mm|caliber|calibre|-mm|kt|knots|mw|kw|gw|bbl',
  ageBefore: 'aged|age|ages|agedd',
  idBefore:
    'article|resolution|route|highway|flight|number|no|#|page|chapter|section|room|building|block|gate|sector|' +
    'zone|bus|line|platform|paragraph|item|version|level|phase|grade|class|category|model|iphone|windows|covid|' +
    'type|unit|precinct|ward|station|terminal|lot|case|file|code|vol|volume|part|episode|season|act|rule|law|' +
    'bill|amendment|step|tier|day|stage|round|game|match|camp|exit|junction|cell|pier|hangar|wing|floor|' +
    'apartment|street|avenue|road|plot|hill|height|top|ranked|rank|channel|mission|operation|tranche|package|' +
    'bug|issue|ticket|ref|patch|revision|isbn|base|checkpoint|outpost|post|position|bunker|trench|battery|' +
    'hospital|school|kilometre|kilometer|mile|marker|quadrant|grid',
  placePreps:
    'to|into|in|on|at|against|with|from|toward|towards|near|inside|across|onto|within|through|throughout|outside|' +
    'between|around|via|along|about|over|beyond|behind|under|versus|vs|vs.|and',
  stop:
    'in|on|at|to|into|from|by|with|and|or|but|as|who|which|that|were|was|are|is|have|has|had|will|would|could|' +
    'may|might|said|says|for|after|before|during|since|while|when|where|if|than|the|a|an|this|these|those|its|their|' +
    'over|across|near|within|throughout|amid|following|along|under|among|inside|outside|against|toward|towards|until',
  according: 'according to|citing|cited by|per|quoting|says|said|reported by|as reported by',
  common:
    'the|of|and|to|was|were|said|that|with|for|on|is|are|by|from|have|has|had|been|which|who|their|they|this|' +
    'after|at|an|it|its|since|more|than|killed|soldiers|troops|people',
  speakerAnaphora:
    'it|they|agency|ministry|service|department|office|organisation|organization|body|group|spy|intelligence|' +
    'health|defence|defense|foreign|interior|news|press|the|this|that|its',
  orgWords:
    'agency|ministry|service|services|department|office|army|military|forces|force|command|government|council|' +
    'committee|group|organisation|organization|authority|authorities|staff|intelligence|police|guard|mission|' +
    'observatory|monitor|commission|administration|pentagon|kremlin|nations|un|idf|nis',
  demonstratives: 'those|these',
  ofThem: 'of them|of whom|among them',
  haveVerbs: 'has|have|had',
  skipBefore: 'another|a|total|of|the|an|some|about|its|their|his|her',
  clauseEnd: 'but|while|whereas|although|though',
  metricNouns: 'deaths|casualties|losses|fatalities',
  inWords: 'in',
  partyArticles: 'the|a|an|its|their|this|that|tiny|northern|southern|eastern|western',
  determiners: 'the|that|this|its|their|a',
  of: 'of',
  dateOf: 'of',
  parties: {},
  saidVerbs:
    'said|says|reported|reports|announced|announces|claimed|claims|claim|estimated|estimates|stated|states|told|' +
    'wrote|writes|confirmed|confirms|added|noted|disclosed|revealed|alleged|alleges|believes|believed|tweeted|posted|' +
    'say',
  passiveAux: 'were|was|are|is|been|being|be|get|got',
  numberingWords: 'numbering|totalling|totaling|totaled|totalled|numbered',
  additionWords: 'another',
  joinWords: 'and|,|while|whereas',
  historyYearBefore: 'in|since|until|till|circa|during',
  ambiguousMonths: 'may',
  unitsOnlyWith: { per: 'cent' },
  ratioWords: 'in',
  attackNouns:
    'attack|attacks|strike|strikes|airstrike|airstrikes|air|raid|raids|offensive|counteroffensive|assault|' +
    'shelling|bombing|bombings|bombardment|ambush|incursion|invasion|fire|missile|missiles|drone|drones|rocket|' +
    'rockets|shell|shells|artillery|barrage|operation|operations|forces|troops|soldiers|army|military',
  ofDeterminers: 'its|their|the|his|our|those|these',
  partitivePronouns: 'them|whom',
  partWords:
    'half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|percent|cent|%|most|many|some|several|few|' +
    'none|majority|bulk|rest|remainder',
  unitNouns: 'army|military|navy|brigade|battalion|regiment|division|unit|garrison',
  describingNouns: 'military',
  strongWords: 'strong',
  functionWords: 'the|a|an|of|in|on|to|at|by|for|from|with|as|and|or|their|his|her|its|out|up',
  nameStops:
    'is|are|was|were|has|have|had|an|a|it|they|he|she|that|which|who|as|and|but|on|in|last|this|earlier|late|early|' +
    // "Some say...", "Many say...": no one named
    'some|many|most|others|few|we|you|people|' +
    // "Russia denied reports that...": a verb before "reports", whose subject said nothing of the figure
    'denied|dismissed|rejected|disputed|confirmed|cited',
  notSaying: 'is|are|was|were|be|been|the|as',
  describingArticles: 'a|an',
  institutionWords:
    'officials|official|ministry|military|army|authorities|government|police|spokesman|spokeswoman|spokesperson|' +
    'command|mayor|governor|minister|president|commander|prosecutors|prosecutor|sources|witnesses|medics|rescuers|' +
    'monitors|agency|administration',
};
