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
    'lakh(|s)': 1e5,
    'crore(|s)': 1e7,
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
  dozen: 'dozen(|s)|doz(|s)|dz|dzs',
  articles: 'a|an',
  and: 'and',
  point: 'point',
  minus: 'minus|negative',
  half: 'half',
  fractions: { quarter: 0.25 },
  fractionLinks: 'of',
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
      'paratrooper(|s)|peacekeeper(|s)|combatant(|s)|commander(|s)|conscript(|s)|insurgent(|s)|' +
      'reservist(|s)|servicemen|servicemembers|commando(|s)|mercenar(ies|y)|militant(|s)|fighter(|s)|general(|s)|' +
      'guardsm(an|en)|officer(|s)|policem(an|en)|recruit(|s)|serviceman|servicewomen|soldier(|s)|marine(|s)|' +
      'sailor(|s)|pilot(|s)|rebel(|s)|troop(|s)|personnel|military|airmen|police|forces|militiamen|' +
      'jihadists|gunmen|infantrymen|airman|medic|gunman|reinforcements|draftees|cadets|snipers|sappers|' +
      'scouts|guards|service members|special forces|border guards|national guardsmen|force|contingent(|s)|garrison(|s)|' +
      'attacker(|s)|assailant(|s)|guerrilla(|s)',
    civilian:
      'firefighter(|s)|pedestrian(|s)|passenger(|s)|civilian(|s)|resident(|s)|fisherm(an|en)|rescuer(|s)|' +
      'teacher(|s)|driver(|s)|farmer(|s)|child(|ren)|girl(|s)|boy(|s)|women|kids|babies|infants|villagers|' +
      'woman|baby|inhabitants|locals|bystanders|shoppers|worshippers|pilgrims|tourists|miners',
    person:
      'individual(|s)|journalist(|s)|volunteer(|s)|prisoner(|s)|hostage(|s)|doctor(|s)|member(|s)|' +
      'person(|s)|victim(|s)|worker(|s)|nurse(|s)|crew(|men|s)|people|men|man|others|lives|bodies|medics|' +
      'patients|staff|employees|captives|pows|dead|wounded|injured|missing|body|casualties|deaths|' +
      'fatalities|losses|aid workers|crew member|crew members|aid worker',
    nonfig:
      'whale(|s)|dolphin(|s)|animal(|s)|cattle|cow(|s)|sheep|bird(|s)|dog(|s)|horse(|s)|fish|seal(|s)|elephant(|s)|pig(|s)|chicken(|s)|goat(|s)|camel(|s)|livestock|deer|turtle(|s)|penguin(|s)|' +
      'kilomet(ers|res)|launche(rs|s)|missile(|s)|arrest(ed|s)|drone(|s)|tank(|s)|rockets|rounds|shells|' +
      'howitzers|aircraft|planes|jets|helicopters|ships|vessels|boats|vehicles|artillery|guns|rifles|' +
      'weapons|systems|bombs|mines|munitions|ammunition|apcs|pieces|units|battalions|brigades|divisions|' +
      'regiments|companies|villages|towns|cities|settlements|buildings|homes|houses|schools|hospitals|sites|' +
      'bases|countries|nations|states|provinces|regions|districts|attacks|strikes|airstrikes|raids|' +
      'incidents|shots|refugees|evacuees|migrants|displaced|detainees|protesters|voters|students|jobs|cases|' +
      'documents|pages|types|times|votes|seats|dollars|euros|pounds|hours|days|weeks|months|years|decades|' +
      'minutes|seconds|miles|km|meters|metres|feet|tonnes|tons|percent|points|calls|projectiles|positions|' +
      'targets|packages|contracts|trucks|hectares|acres|households|families|locations|sorties|cartridges|' +
      'warplanes|satellites|officials|experts|lawmakers|delegates|reporters|episodes|hostilities|mortars|' +
      'grenades|kilograms|kg|sq|square|fighter jets|armoured vehicles',
  },
  cues: {
    killed:
      'killing(|s)|death(|s)|die(|d|s)|killed|dead|dying|perished|slain|fatalities|lives|bodies|fallen|' +
      'martyred|executed|kia|toll|murdered|massacred|lost their lives|lost his life|lost their life|' +
      'killed in action|death toll',
    wounded: 'wounded|injured|injuries|hurt|wounds|injury|wounded in action|wia',
    casualties:
      'lose(|s)|casualties|losses|lost|losing|killed or wounded|killed or injured|killed and wounded|' +
      'killed and injured|dead or wounded|dead and wounded|dead or injured|killed , wounded|killed or hurt|' +
      'put out of action|died or were wounded|died or were injured|died or were hurt|' +
      'killed or were wounded|killed or were injured|dead or hurt|died or were seriously wounded',
    missing: 'missing|missing in action|unaccounted for|mia',
    captured:
      'captive(|s)|captured|prisoners|pows|surrendered|detained|exchanged|swapped|taken prisoner|' +
      'taken captive|prisoners of war|held captive|taken hostage|handed over|in captivity|hostage(|s)',
    deployed:
      'dispatch(|ed)|deploy(|ed)|remain(|ed|ing)|sent|stationed|present|arrived|send|operating|strong|' +
      'massed|amassed|gathered|reinforcements|garrisoned|continue to operate|on the ground|in the region|' +
      'in the country|sent in|headed to|heading to|head to|heads to|on their way to|on the way to|en route to|' +
      'bound for|headed for|heading for',
    withdrawn:
      'withdraw(|ing|n)|retreat(|ed|ing)|withdrew|leave|leaving|pulled out|pull out|pulling out|' +
      'returned home|return home|returning home|rotated home|rotate home|rotated out|brought home|' +
      'coming home|sent home|drawn down|pulled back|pull back|left the country|evacuated home|redeployed away|' +
      'redeployed out|moved out|rotated back|headed home|heading home',
  },
  verbs: {
    killed: 'execute(|d)|kill(|ed|ing|s)|executing|claimed the lives of|claiming the lives of|left dead',
    wounded: 'injure(|d)|wound(|ed|ing)|injuring',
    casualties:
      'suffer(ed|ing|s)|lose(|s)|lost|losing|sustained|killed and wounded|killed or wounded|' +
      'killed and injured|killed or injured|killing and wounding|killing or wounding|killing and injuring',
    captured: 'capture(|d|s)|capturing|seized|took prisoner',
    deployed:
      'dispatch(|ed|ing)|mobilise(|d)|mobilize(|d)|station(|ed)|deploy(|ed|ing|s)|join(|ing)|keep(|ing)|' +
      'send(|ing|s)|sent|leave|massed|amassed|has|have|had',
    withdrawn:
      'withdraw(|ing|s)|remove(|d)|return(|ed|ing)|rotate(|d)|cut(|ting)|withdrew|removing|pulled out|' +
      'pull out|pulling out|bring home|brought home|bringing home|pull(|s|ing)|pulled',
  },
  before: {
    approx:
      'approximate(|ly)|about|around|some|roughly|estimated|~|circa|≈|approx .|an estimated|c .|or about|' +
      'just about|an approximate|nearly about|reportedly about',
    atLeast: 'at least|no fewer than|no less than|not less than|a minimum of|at a minimum',
    moreThan:
      'surpasse(d|s)|surpass(|ing)|exceed(|ed|ing|s)|over|above|beyond|topping|>|more than|well over|' +
      'upwards of|in excess of|well above|greater than|higher than|larger than|bigger than|just over',
    atMost: 'up to|no more than|as many as|as high as|not more than|a maximum of|at most|as much as|<=',
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
  rangeJoin: 'to|through|~|or',
  changeBy: 'by',
  changeTo: 'to',
  modifiers:
    'pro(|fessional)|more|additional|other|further|new|fresh|extra|active|duty|regular|reserve|elite|' +
    'enemy|foreign|allied|young|armed|unarmed|innocent|local|government|army|service|battle|combat|' +
    'frontline|ground|coalition|western|state|security|national|federal|special|un|u.n.|partner|uniformed|' +
    'trained|ordinary|contract|rank|file|retired|former|soviet|total',
  antiCues:
    'court-martia(led|lled)|recruit(ed|ing)|survive(|d)|employ(ed|ing|s)|displaced|evacuated|arrested|' +
    'fled|homeless|rescued|affected|relocated|sheltering|stranded|trapped|infected|sick|vaccinated|' +
    'registered|enrolled|treated|protested|voted|released|freed|repatriated|escaped|unharmed|layoffs|' +
    'fired|sacked|hired|hiring|furloughed|promoted|decorated|honoured|honored|awarded|charged|accused|' +
    'convicted|sentenced|indicted|implicated|prosecuted|disciplined|acquitted|laid off|laying off|lay off|' +
    'lays off|lost their homes|lost homes|lost their houses|lost their jobs|lost jobs|lost power|' +
    'lost everything|lost contact|lost touch|lost their livelihoods',
  weakCues: 'bodies|body|lives|life|toll|losses',
  everydayCues:
    'lose(|s)|lost|losing|die(|d|s)|dying|dead|death|fallen|missing|hurt|execute(|d)|detained|exchanged|' +
    'swapped|surrendered|present|strong|join(|ing)|keep(|ing)|cut(|ting)|left|leave|leaving|' +
    'return(|ed|ing)|remove(|d)|removing|bring|sent|send(|ing|s)|moved|arrived|remain(|ed|ing)|operating|' +
    'gathered|suffer(ed|ing|s)|sustained|station(|ed)|general(|s)|special|police|officer(|s)|military|' +
    'pilot(|s)|sailor(|s)|marine(|s)|guards|scouts|medic|fighter(|s)|commander(|s)|recruit(|s)',
  savedVerbs: 'protect(|ed|s)|spare(|d|s)|save(|d|s)|saving|sparing|prolonged|extended',
  aux:
    'reported(|ly)|all(|egedly)|say(|s)|were|was|are|is|have|has|had|been|being|be|also|said|to|believed|' +
    'thought|now|already|who|that|which|either|later|since|so|far|presumed|feared|confirmed|officially|' +
    'still|currently|would|will|could|may|might|expected|estimated|ultimately|eventually|then|just|' +
    'subsequently|get|got|likely|probably|possibly|apparently',
  links:
    'of|to|at|:|rose|risen|rising|climbed|reached|hit|stood|stands|increased|grew|now|is|was|has|had|surged|jumped|' +
    'totalled|totaled|numbered|passed|topped|the|number|total|tally|figure|estimate|estimated|put|puts|placed|' +
    'around|about|count|since|from|be|been|as|high|',
  anaphora: 'total|tally|toll|figure|estimate|count|number|sum|overall',
  subset:
    'include(d|s)|incl(|uding)|among|among them|of them|of whom|of which|among whom|of those|of these|down from|up from|compared with|compared to|versus',
  yearBefore:
    'in|since|of|by|until|till|from|year|years|summer|winter|spring|autumn|fall|early|late|mid|during|before|after|' +
    'circa|through|between|and|to|fiscal|fy|election|',
  months:
    'sept(|ember)|apr(|il)|aug(|ust)|dec(|ember)|feb(|ruary)|jan(|uary)|jul(|y)|jun(|e)|mar(|ch)|' +
    'nov(|ember)|oct(|ober)|may|sep',
  currencyBefore: 'c$|a$|hk$',
  unitsAfter:
    'kilometer(|s)|kilometre(|s)|percent(|age)|centur(ies|y)|decade(|s)|dollar(|s)|minute(|s)|second(|s)|' +
    'month(|s)|euro(|s)|hour(|s)|inch(|es)|mile(|s)|week(|s)|yard(|s)|year(|s)|day(|s)|ton(|nes|s)|%|per|' +
    'pc|pct|km|mi|metres|meters|m|feet|ft|foot|kg|kilograms|kilos|lbs|pounds|hryvnias|rubles|roubles|yuan|' +
    'yen|rupees|shekels|cents|hrs|min|sec|yrs|am|a.m.|pm|p.m.|gmt|utc|bst|cet|degrees|°|mph|kph|km/h|mm|' +
    'cm|acres|hectares|litres|liters|gallons|barrels|calories|mb|gb|kb|ghz|times|fold|x|sq|square|cubic|:|' +
    '/|°c|°f|grams|g|nautical|caliber|calibre|-mm|kt|knots|mw|kw|gw|bbl',
  ageBefore: 'aged(|d)|age(|s)',
  idBefore:
    'kilomet(er|re)|rank(|ed)|vol(|ume)|article|resolution|route|highway|flight|number|no|#|page|chapter|' +
    'section|room|building|block|gate|sector|zone|bus|line|platform|paragraph|item|version|level|phase|' +
    'grade|class|category|model|iphone|windows|covid|type|unit|precinct|ward|station|terminal|lot|case|' +
    'file|code|part|episode|season|act|rule|law|bill|amendment|step|tier|day|stage|round|game|match|camp|' +
    'exit|junction|cell|pier|hangar|wing|floor|apartment|street|avenue|road|plot|hill|height|top|channel|' +
    'mission|operation|tranche|package|bug|issue|ticket|ref|patch|revision|isbn|base|checkpoint|outpost|' +
    'post|position|bunker|trench|battery|hospital|school|mile|marker|quadrant|grid',
  placePreps:
    'through(|out)|toward(|s)|with(|in)|to|into|in|on|at|against|from|near|inside|across|onto|outside|' +
    'between|around|via|along|about|over|beyond|behind|under|versus|vs|vs.|and',
  stop:
    'toward(|s)|with(|in)|the(|ir|se)|in|on|at|to|into|from|by|and|or|but|as|who|which|that|were|was|are|' +
    'is|have|has|had|will|would|could|may|might|said|says|for|after|before|during|since|while|when|where|' +
    'if|than|a|an|this|those|its|over|across|near|throughout|amid|following|along|under|among|inside|' +
    'outside|against|until|last|next|earlier|later',
  according: 'according to|citing|cited by|per|quoting|says|said|reported by|as reported by',
  common:
    'the(|ir|y)|of|and|to|was|were|said|that|with|for|on|is|are|by|from|have|has|had|been|which|who|this|' +
    'after|at|an|it|its|since|more|than|killed|soldiers|troops|people',
  speakerAnaphora:
    'organi(sation|zation)|the(|y)|it|agency|ministry|service|department|office|body|group|spy|' +
    'intelligence|health|defence|defense|foreign|interior|news|press|this|that|its',
  orgWords:
    'authorit(ies|y)|service(|s)|organi(sation|zation)|force(|s)|agency|ministry|department|office|army|' +
    'military|command|government|council|committee|group|staff|intelligence|police|guard|mission|' +
    'observatory|monitor|commission|administration|pentagon|kremlin|nations|un|idf|nis',
  demonstratives: 'those|these',
  ofThem: 'of them|of whom|among them',
  unWords: 'un|u.n.|united nations',
  healthWords: 'health',
  amongTotal:
    'among the (dead|killed|victims|wounded|injured|casualties|fallen)|among those (killed|wounded|injured)',
  negations: 'not|never',
  negationGaps: 'be|been|to|expected to|likely to|thought to|have|has|go|run',
  fromWords: 'from',
  towardWords: 'toward|towards',
  killVerbs: 'kill|kills|killed|executed',
  releaseVerbs: 'freed|released|exchanged|swapped|repatriated',
  captivityWords: 'captivity|captive|captives|exchange|swap|prisoner|prisoners|pows|pow',
  workNouns:
    'film(|s)|movie(|s)|book(|s)|novel(|s)|song(|s)|album(|s)|series|play|documentary|show|title(|d)|trilogy|poem|opera',
  crowdNouns:
    'people|persons|volunteers|rescuers|workers|fans|spectators|mourners|supporters|demonstrators|onlookers|guests|participants|runners',
  naturalCauses:
    'cholera|covid|covid-19|coronavirus|disease(|s)|illness(|es)|infection(|s)|cancer|malaria|measles|ebola|flu|influenza|pneumonia|tuberculosis|dengue|overdose(|s)|heatstroke|natural|diarrhoea|diarrhea|epidemic(|s)|pandemic|antimicrobial',
  violentCauses: 'fighting|attack(|s)|shelling|bombing(|s)|airstrike(|s)|strikes|clashes|violence|combat|war',
  ageComparatives: 'younger|older',
  proportionWords: 'in',
  proportionBases: 'ten|hundred',
  conditionals: 'if|unless',
  futureModals: 'will|would|could|might',
  ageAt: 'at',
  leaveVerbs: 'left|leave|leaves|departed|quit',
  homeWords: 'home|homeward',
  changeVerbs:
    'cut(|s)|reduce(|d|s)|reducing|revise(|d|s)|lower(|ed|s)|raise(|d|s)|increase(|d|s)|rose|risen|fell|fallen|dropped|grew|grown|climbed|jumped|slashed|trimmed|boosted|expanded|shrank|shrunk|upped|adjusted|corrected|brought down|scaled back',
  haveVerbs: 'has|have|had',
  skipBefore: 'the(|ir)|another|a|total|of|an|some|about|its|his|her',
  clauseEnd: 'but|while|whereas|although|though',
  metricNouns: 'deaths|casualties|losses|fatalities',
  inWords: 'in',
  partyArticles: 'the(|ir)|a|an|its|this|that|tiny|northern|southern|eastern|western',
  determiners: 'the(|ir)|that|this|its|a',
  of: 'of',
  dateOf: 'of',
  parties: {},
  groupNouns: {
    'militant(|s)': 'militants',
    'insurgent(|s)': 'insurgents',
    'rebel(|s)': 'rebels',
    'separatist(|s)': 'separatists',
    'jihadist(|s)': 'jihadists',
  },
  saidVerbs:
    'announce(d|s)|estimate(d|s)|believe(d|s)|confirm(ed|s)|allege(d|s)|report(ed|s)|claim(|ed|s)|say(|s)|' +
    'said|stated|states|told|wrote|writes|added|noted|disclosed|revealed|tweeted|posted',
  passiveAux: 'were|was|are|is|been|being|be|get|got',
  numberingWords: 'number(ed|ing)|totall(ed|ing)|totaling|totaled',
  additionWords: 'another',
  joinWords: 'and|,|while|whereas',
  historyYearBefore: 'in|since|until|till|circa|during',
  ambiguousMonths: 'may',
  unitsOnlyWith: { per: 'cent' },
  ratioWords: 'in',
  attackNouns:
    'airstrike(|s)|operation(|s)|bombing(|s)|missile(|s)|attack(|s)|rocket(|s)|strike(|s)|drone(|s)|' +
    'shell(|ing|s)|raid(|s)|air|offensive|counteroffensive|assault|bombardment|ambush|incursion|invasion|' +
    'fire|artillery|barrage|forces|troops|soldiers|army|military',
  targetPreps: 'on|against',
  ofDeterminers: 'the(|ir|se)|its|his|our|those',
  partitivePronouns: 'them|whom',
  partWords:
    'quarter(|s)|fifth(|s)|tenth(|s)|third(|s)|half|percent|cent|%|most|many|some|several|few|none|' +
    'majority|bulk|rest|remainder',
  unitNouns: 'army|military|navy|brigade|battalion|regiment|division|unit|garrison|junta',
  describingNouns: 'military',
  strongWords: 'strong',
  functionWords: 'the(|ir)|a|an|of|in|on|to|at|by|for|from|with|as|and|or|his|her|its|out|up',
  nameStops:
    'is|are|was|were|has|have|had|an|a|it|they|he|she|that|which|who|as|and|but|on|in|last|this|earlier|late|early|' +
    // "Some say...", "Many say...": no one named
    'some|many|most|others|few|we|you|people|' +
    // "Russia denied reports that...": a verb before "reports", whose subject said nothing of the figure
    'denied|dismissed|rejected|disputed|confirmed|cited',
  notSaying: 'is|are|was|were|be|been|the|as',
  describingArticles: 'a|an',
  institutionWords:
    'prosecutor(|s)|official(|s)|command(|er)|govern(ment|or)|minist(er|ry)|spokes(man|person|woman)|' +
    'military|army|authorities|police|mayor|president|sources|witnesses|medics|rescuers|monitors|agency|' +
    'hospital(|s)|doctor(|s)|lawmaker(|s)|legislator(|s)|' +
    'administration',
};
