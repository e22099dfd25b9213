import type { Spec } from './spec';

/** French. "12 000" is twelve thousand, "4,8" a decimal; l', d', qu' stand apart from their word. */
/** Plain data (JSON-serializable): a lexicon can also travel as JSON and be built with `lexiconFromSpec`. */
export const FR_SPEC: Spec = {
  lang: 'fr',
  rules: [
    'demonymAfterNoun',
    'partyInPredicate',
    'participleThenVerb',
    'cueBeforeBeingVerb',
    'joinedAcrossAside',
    'nameEndsAtFunctionWord',
  ],
  numberWords: 'inflected',
  groupSeps: ' \u00a0\u202f\u2009.',
  decimalSeps: ',',
  units: {
    'zéro|zero': 0,
    'un|une': 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
  },
  tens: {
    'vingt|vingts': 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    'huitante|octante': 80,
    nonante: 90,
  },
  timesTens: 'vingt|vingts',
  hundred: 'cent|cents',
  scales: {
    'mille|mil': 1e3,
    'million|millions': 1e6,
    'milliard|milliards': 1e9,
    'billion|billions': 1e12,
  },
  abbrevs: 'env|mds|md|mlns|mme|mmes|mlle|mm|ste|av|janv|févr|avr|juil|déc|gén',
  dozen: 'douzaine|douzaines',
  articles: 'un|une',
  and: 'et',
  point: 'virgule',
  half: 'demi|demie',
  fractions: { quart: 0.25 },
  fractionLinks: 'de',
  vague: {
    'dizaines|plusieurs dizaines|quelques dizaines': [24, 99],
    centaines: [200, 999],
    'plusieurs centaines|quelques centaines': [200, 900],
    milliers: [2000, 9999],
    'plusieurs milliers|quelques milliers': [2000, 9000],
    'dizaines de milliers': [20000, 99999],
    'centaines de milliers': [200000, 999999],
    // about N ("une trentaine de soldats"): an approximate number, see candidates() in qualify.ts
    'une dizaine|dizaine': [10, 10],
    'une quinzaine|quinzaine': [15, 15],
    'une vingtaine|vingtaine': [20, 20],
    'une trentaine|trentaine': [30, 30],
    'une quarantaine|quarantaine': [40, 40],
    'une cinquantaine|cinquantaine': [50, 50],
    'une soixantaine|soixantaine': [60, 60],
    'une centaine|centaine': [100, 100],
    'un millier|millier': [1000, 1000],
  },

  before: {
    approx:
      "environ|quelque|à peu près|approximativement|autour de|autour d'|de l'ordre de|aux alentours de|estimé à|estimés à|" +
      'une estimation de|env .|un peu plus de|grosso modo',
    atLeast: "au moins|au minimum|pas moins de|un minimum de|pas moins d'",
    moreThan:
      "plus de|plus d'|+ de|+ d'|supérieur à|supérieure à|supérieurs à|supérieures à|plus que|plus grand que|au - delà de|dépassant|supérieur à|plus de quelque|bien plus de|largement plus de|dépasse|dépassent|dépassera|dépasseront|dépassé|dépasse les|dépassent les",
    atMost:
      "jusqu' à|pas plus de|au maximum|au plus|jusqu'à|ne dépasse pas|ne dépassent pas|ne dépassera pas|ne dépasseront pas|ne dépasse pas les",
    lessThan:
      "moins de|moins d'|inférieur à|inférieure à|inférieurs à|inférieures à|en dessous de|plus petit que|moins que",
    nearly: "près de|presque|quasiment|pratiquement|près d'|avoisinant|frôlant|pas loin de|bientôt",
  },
  after: { 'ou plus|et plus|au moins': 'atLeast', 'ou moins|au plus': 'atMost', environ: 'approx' },
  rangeOpen: { entre: 'et', de: 'à' },
  changeTo: 'à',
  rangeJoin: 'à|ou',
  nouns: {
    military:
      'soldats|soldat|militaires|militaire|troupes|combattants|officiers|officier|généraux|général|policiers|gendarmes|' +
      'marins|pilotes|parachutistes|légionnaires|mercenaires|rebelles|insurgés|djihadistes|jihadistes|casques bleus|' +
      'recrues|réservistes|miliciens|forces|effectifs|hommes de troupe|fantassins|sous - officiers|conscrits|volontaires',
    civilian:
      'civils|civil|enfants|femmes|bébés|mineurs|habitants|riverains|passagers|villageois|passants|agriculteurs|' +
      'pêcheurs|écoliers',
    person: 'personnes|gens|hommes|victimes|individus|otages|journalistes|humanitaires',
    nonfig:
      'baleines|dauphins|animaux|vaches|moutons|oiseaux|chiens|chevaux|poissons|phoques|éléphants|porcs|poulets|chèvres|bovins|' +
      'chars|drones|missiles|roquettes|obus|avions|hélicoptères|véhicules|blindés|villages|villes|localités|bâtiments|' +
      'maisons|écoles|hôpitaux|pays|provinces|régions|attaques|frappes|bombardements|réfugiés|déplacés|arrêtés|' +
      'interpellés|manifestants|ans|années|mois|jours|semaines|heures|minutes|kilomètres|km|mètres|euros|dollars|' +
      'tonnes|fois|bataillons|brigades|unités|sites|positions|points|cas|familles|logements|sièges|voix',
  },
  modifiers: 'autres|supplémentaires|nouveaux|nouvelles|étrangers|ennemis|réguliers|propres',
  everydayCues:
    'fait|compte|perd|perdu|perdus|mort|morte|forces|général|généraux|officier|officiers|engage|maintient|combat|présents|dispose|servent',
  cues: {
    killed:
      'tués|tuées|tué|tuée|morts|mortes|mort|morte|décédés|décédé|sont morts|ont péri|péri|périrent|ont perdu la vie|' +
      'perdu la vie|trouvé la mort|ont trouvé la mort|décès|tombés|abattus|exécutés|assassinés|présumés morts|' +
      'mortellement blessés|tués au combat|morts au combat|exterminés|exterminées|massacrés|massacrées',
    wounded: 'blessés|blessées|blessé|blessée|grièvement blessés|légèrement blessés',
    casualties:
      'pertes|tués ou blessés|tués et blessés|morts et blessés|morts ou blessés|hors de combat|perdu|perdus|' +
      'tués ou blessées|mis hors de combat',
    missing: 'disparus|disparues|disparu|portés disparus|porté disparu',
    captured:
      'capturés|capturées|capturé|faits prisonniers|prisonniers|prisonniers de guerre|capture|captifs|se sont rendus|' +
      'échangés|fait prisonniers|détenus par|otage(|s)',
    deployed:
      'déployés|déployées|déployé|engagés|envoyés|envoyé|stationnés|positionnés|mobilisés|présents|dépêchés|combattent|' +
      'se battent|servent|massés|déploiement|envoi',
    withdrawn: 'retirés|retiré|rapatriés|rentrés|revenus|repliés|retrait|rentrés au pays',
  },
  antiCues:
    'évacués|arrêtés|interpellés|fui|secourus|libérés|infectés|vaccinés|licenciés|embauchés|ont survécu|survécu|' +
    'déplacés|mis en cause|mis en examen|inculpés|poursuivis|accusés|condamnés|jugés|sanctionnés|décorés|promus|honorés',
  savedVerbs: 'sauvé|sauvés|sauver|sauve|sauvent|épargné',
  verbs: {
    killed: 'tué|tuant|tue|a tué|ont tué|fait|tuer|abattu|ont abattu|éliminé',
    wounded: 'blessé|blessant|a blessé',
    casualties: 'perdu|perd|a perdu|subi|a subi|ont perdu',
    missing: 'manque|manquent|manquait|manquaient',
    captured: 'capturé|a capturé|ont capturé',
    deployed:
      'envoyé|déployé|dépêché|mobilisé|engage|a envoyé|compte|maintient|dispose de|envoyer|déployer|dépêcher|' +
      'envoie|envoient|déploie|déploient|enverra|déploiera',
    withdrawn: 'retiré|rapatrié|a retiré|retirer|rapatrier|retire|retirent|retirera|rapatrie|rapatrient',
  },
  aux:
    'sont|ont|été|avaient|avait|a|étaient|était|seraient|auraient|aurait|se|également|déjà|probablement|«|»|portés|' +
    'porté|tous|toutes|eux|aussi',
  links:
    "de|d'|à|s'élève|s'élevait|atteint|est|sont|:|le|la|les|l'|un|une|bilan|total|nombre|chiffre|porte|porté|passé",
  anaphora: '',
  subset:
    'dont|parmi eux|parmi lesquels|y compris|notamment|parmi elles|parmi lesquelles|contre|par rapport à|comparé à',
  yearBefore: "en|de|depuis|jusqu'en|d'ici|année|fin|début|mi|entre|et|à|l'année|d'",
  months:
    'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  unitsAfter: 'ans|années|an|pour cent|km|euros|dollars|tonnes|heures|jours|mètres|kilomètres|fois|degrés|h',
  ageBefore: 'âgé|âgés|âgée|âgées|âge',
  idBefore: 'numéro|n°|no|article|résolution|vol|route|chapitre|page|ligne|phase',
  stop:
    "et|ou|en|dans|de|du|des|à|au|aux|avec|par|pour|qui|que|qu'|sont|ont|a|été|avaient|avait|étaient|était|seraient|auraient|aurait|seront|sera|le|la|les|l'|un|une|mais|selon|sur|" +
    'sous|après|avant|pendant|depuis|contre|quelques|plusieurs',
  placePreps: "en|dans|à|au|aux|de|du|des|contre|avec|vers|depuis|par|sur|près|entre|chez|d'",
  inWords: 'en|dans|à|au|aux',
  partyArticles: "le|la|les|l'",
  according: "selon|d'après|citant|cités par|cité par|citée par",
  saidVerbs:
    'déclaré|annoncé|indiqué|estime|affirme|affirmé|dit|rapporte|rapporté|confirmé|estimé|précisé|assuré',
  clauseEnd: 'mais|tandis|alors que|cependant|bien que|pourtant',
  skipBefore: 'les|des|autres|ses|leurs|nos|ces',
  of: "de|d'",
  elisions: 'l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu',
  parties: {
    'nord - coréen(|s|ne|nes)|corée du nord|pyongyang|nord-coréen(|s|ne|nes)': 'north-korea',
    'russe|russes|russie|moscou|kremlin': 'russia',
    'ukrainien(|s|ne|nes)|ukraine|kiev|kyiv': 'ukraine',
    'britannique(|s)|royaume - uni|grande - bretagne': 'uk',
    'américain(|s|e|es)|états - unis|pentagone': 'us',
    'israélien(|s|ne|nes)|israël|tsahal': 'israel',
    'palestinien(|s|ne|nes)|gaza|gazaouis': 'palestinians',
    hamas: 'hamas',
    hezbollah: 'hezbollah',
    'sud - coréen(|s|ne|nes)|corée du sud|séoul': 'south-korea',
    'allemand(|s|e|es)|allemagne': 'germany',
    'français|française|françaises|france': 'france',
    'afghan(|s|e|es)|afghanistan': 'afghanistan',
    'syrien(|s|ne|nes)|syrie': 'syria',
    'iranien(|s|ne|nes)|iran': 'iran',
    'turc(|s|que|ques)|turquie': 'turkey',
    otan: 'nato',
    'casques bleus|soldats de la paix': 'un-peacekeepers',
  },
  groupNouns: {
    'insurgé(|s)': 'insurgents',
    'rebelle(|s)': 'rebels',
    'séparatiste(|s)': 'separatists',
    'djihadiste(|s)|jihadiste(|s)': 'jihadists',
  },
  nameArticles: { du: 'le', des: 'les', au: 'le', aux: 'les' },
  speakerAnaphora:
    "ils|elles|agence|ministère|service|services|organisme|département|bureau|organisation|groupe|le|la|les|l'|" +
    'ce|cet|cette',
  orgWords:
    'ministère|agence|service|services|département|bureau|armée|forces|commandement|gouvernement|conseil|comité|' +
    'groupe|organisation|autorités|état-major|major|renseignement|renseignements|police|mission|observatoire|' +
    'kremlin|pentagone|nations|onu|administration',
  ofArticles: 'du|des',
  demonstratives: 'ces|ceux',
  ofThem: "d'entre eux|d'entre elles|parmi eux",
  countPronouns: "on en|il en|ils en|elles en|y en|n' en",
  unWords: 'onu|nations unies',
  healthWords: 'santé',
  amongTotal: 'parmi les (morts|tués|victimes|blessés)|parmi les (morts|tués|victimes|blessés) (figurent)',
  negations: "pas|jamais|ne|n'",
  negationGaps: 'être|sera|serait|est|était|ont|a|devrait|de',
  fromWords: 'venus de|originaires de',
  towardWords: 'vers|en direction de',
  killVerbs: 'tué|tue|tuent|abattu',
  releaseVerbs: 'libérés|libérées|relâchés|relâchées|échangés|rapatriés',
  captivityWords: 'captivité|échange|libéré|libérés|libérées|prisonniers|otages',
  workNouns: 'film(|s)|livre(|s)|roman(|s)|chanson|album|série|pièce|documentaire|titre|trilogie|poème|opéra',
  crowdNouns:
    'personnes|gens|bénévoles|secouristes|manifestants|supporters|spectateurs|fidèles|travailleurs|participants',
  naturalCauses:
    'choléra|covid|covid-19|coronavirus|maladie(|s)|infection(|s)|cancer|paludisme|rougeole|ebola|grippe|pneumonie|tuberculose|dengue|épidémie|pandémie',
  violentCauses: 'combats|attaque(|s)|bombardement(|s)|frappes|affrontements|violences|guerre',
  ageComparatives: 'jeunes|âgés',
  proportionWords: 'sur',
  proportionBases: 'dix|cent',
  conditionals: 'si',
  futureModals: 'sera|seront|pourrait|pourraient|mourront|mourrait|mourraient',
  ageAt: 'à',
  leaveVerbs: 'quitté|quittent|quitte|quitteront|quittera|quittaient',
  totalVerbs:
    'estime|estiment|estimé|estimait|évalue|évaluent|évalué|évaluait|chiffre|chiffrent|chiffré|établit|établi',
  changeVerbs:
    'réduit|réduits|réduite|passé|passée|passés|augmenté|porté|portés|porte|portent|revu|revue|abaissé|relevé|grimpé|ramené|ramenés',
  common:
    'le|la|les|des|du|et|est|dans|une|sur|par|pour|qui|au|aux|ont|été|selon|avec|pas|ce|cette|son|sont|mais|plus|' +
    "l'|d'|qu'|été|leur|ses|tués|blessés",
  scaleAlone: true,
  scaleOfScale: true,
  dottedDays: true,
  comparisonOf: "de|d'",
  joinWords: 'et|,',
  letters: 'çèêàùœëîôâé',
  script: 'latin',
  attackNouns:
    'offensive|invasion|incursion|raid|raids|missile|missiles|drone|drones|forces|attaque(|s)|frappe(|s)|' +
    'bombardement(|s)|tir(|s)|roquette(|s)|obus|attentat(|s)|opération',
  targetPreps: 'sur|contre',
  nameStops: 'on',
  institutionWords: 'police|sources|administration|hôpital|hôpitaux|médecins|député|députés',
};
