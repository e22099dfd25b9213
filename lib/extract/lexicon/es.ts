import type { Spec } from './spec';

const ADJ = '(o|a|os|as)';

/** Spanish. "3.000" and "3,000" are thousands (three digits after the mark); "3,5" is a decimal. */
/** Plain data (JSON-serializable): a lexicon can also travel as JSON and be built with `lexiconFromSpec`. */
export const ES_SPEC: Spec = {
  lang: 'es',
  rules: [
    'demonymAfterNoun',
    'partyInPredicate',
    'participleThenVerb',
    'cueBeforeBeingVerb',
    'joinedAcrossAside',
    'nameEndsAtFunctionWord',
  ],
  numberWords: 'inflected',
  groupSeps: ' \u00a0\u202f\u2009.,',
  decimalSeps: ',',
  units: {
    cero: 0,
    'un|uno|una': 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    'dieciséis|dieciseis': 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    'veintiuno|veintiún|veintiun|veintiuna': 21,
    'veintidós|veintidos': 22,
    'veintitrés|veintitres': 23,
    veinticuatro: 24,
    veinticinco: 25,
    'veintiséis|veintiseis': 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
  },
  tens: {
    veinte: 20,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
    sesenta: 60,
    setenta: 70,
    ochenta: 80,
    noventa: 90,
  },
  hundreds: {
    'cien|ciento': 100,
    'doscient(os|as)': 200,
    'trescient(os|as)': 300,
    'cuatrocient(os|as)': 400,
    'quinient(os|as)': 500,
    'seiscient(os|as)': 600,
    'setecient(os|as)': 700,
    'ochocient(os|as)': 800,
    'novecient(os|as)': 900,
  },
  scales: {
    mil: 1e3,
    'millón|millon|millones': 1e6,
    'millardo|millardos': 1e9,
    'billón|billon|billones': 1e12,
  },
  abbrevs: 'mill|aprox|núm|nº|sr|sra|srta|dra|ee|uu|ud|uds|pág|ene|ago|dic|gral',
  dozen: 'docena|docenas|dz|doz|dozs',
  articles: 'un|una',
  and: 'y',
  point: 'coma|con',
  half: 'media|medio',
  fractions: { cuarto: 0.25 },
  fractionLinks: 'de',
  vague: {
    'decenas|varias decenas|unas decenas|docenas|varias docenas': [24, 99],
    'cientos|centenares': [200, 999],
    'varios cientos|varios centenares|unos cientos': [200, 900],
    miles: [2000, 9999],
    'varios miles|unos miles|algunos miles': [2000, 9000],
    'decenas de miles': [20000, 99999],
    'cientos de miles|centenares de miles': [200000, 999999],
    // about N ("una treintena de soldados"): an approximate number, see candidates() in qualify.ts
    'una decena|decena': [10, 10],
    'una veintena|veintena': [20, 20],
    'una treintena|treintena': [30, 30],
    'una cincuentena|cincuentena': [50, 50],
    'un centenar|centenar': [100, 100],
    'un millar|millar': [1000, 1000],
    'medio millar': [500, 500],
  },
  before: {
    approx:
      'alrededor de|unos|unas|aproximadamente|en torno a|aproximadamente unos|más o menos|estimado en|estimados|' +
      'un estimado de|aprox .|aproximadamente a|cerca de unos',
    atLeast: 'al menos|por lo menos|como mínimo|no menos de|un mínimo de',
    moreThan:
      'más de|por encima de|superior a|superiores a|superan|supera|sobrepasa|sobrepasan|superaron|superó|más de unos|' +
      'mayor que|mayores que|mayor de|mayor a|mayores a|supera los|superan los|superó los|superaron los|supera las|superan las',
    atMost: 'hasta|como máximo|hasta un máximo de|no más de|un máximo de',
    lessThan:
      'menos de|por debajo de|menor que|menores que|menor de|menor a|menores a|inferior a|inferiores a',
    nearly: 'casi|cerca de|rozando|rozan|roza|prácticamente',
  },
  after: { 'o más|y más|o mayor|al menos|por lo menos|como mínimo': 'atLeast', 'o menos|o menor': 'atMost' },
  rangeOpen: { entre: 'y', de: 'a' },
  changeTo: 'a|en',
  rangeJoin: 'a|o|u',
  nouns: {
    military:
      'soldados|soldado|tropas|militares|militar|efectivos|combatientes|milicianos|policías|agentes|oficiales|generales|' +
      'marines|paracaidistas|reclutas|reservistas|mercenarios|guerrilleros|insurgentes|rebeldes|yihadistas|' +
      'cascos azules|pilotos|uniformados|guardias|fuerzas|miembros de las fuerzas|infantes|marinos|' +
      'conscriptos|reclutas|uniformados',
    civilian:
      'civiles|civil|niños|niñas|mujeres|menores|bebés|residentes|habitantes|vecinos|pasajeros|transeúntes|aldeanos|' +
      'campesinos|agricultores|pescadores',
    person:
      'personas|gente|hombres|víctimas|cadáveres|individuos|rehenes|periodistas|trabajadores humanitarios|voluntarios',
    nonfig:
      'ballenas|delfines|animales|vacas|ovejas|aves|pájaros|perros|caballos|peces|focas|elefantes|cerdos|gallinas|cabras|reses|' +
      'tanques|drones|misiles|cohetes|aviones|helicópteros|vehículos|blindados|proyectiles|pueblos|ciudades|localidades|' +
      'edificios|viviendas|casas|escuelas|hospitales|países|provincias|regiones|ataques|bombardeos|refugiados|' +
      'desplazados|detenidos|arrestados|manifestantes|años|meses|días|semanas|horas|minutos|kilómetros|km|metros|' +
      'euros|dólares|pesos|toneladas|veces|batallones|brigadas|unidades|millas|votos|escaños|puntos|casos|familias',
  },
  modifiers:
    'más|otros|otras|nuevos|nuevas|adicionales|propios|propias|extranjeros|enemigos|regulares|activos',
  everydayCues:
    'vida|perdido|perdió|perdieron|muerte|fuerzas|agentes|oficiales|generales|guardias|marinos|tiene|cuenta|mantiene|combate|presentes|encuentran',
  cues: {
    killed:
      `muert${ADJ}|murieron|muere|mueren|murió|fallecid${ADJ}|fallecieron|falleció|asesinad${ADJ}|abatid${ADJ}|` +
      'perdieron la vida|perdió la vida|han muerto|ha muerto|muerte|muertes|víctimas mortales|bajas mortales|' +
      'bajas fatales|caídos|ejecutados|sin vida|cadáveres|fallecimientos',
    wounded: `herid${ADJ}|resultaron heridos|lesionad${ADJ}|heridas graves`,
    casualties:
      'bajas|pérdidas|muertos y heridos|muertos o heridos|entre muertos y heridos|perdió|perdieron|ha perdido|han perdido|' +
      'muertos o heridas|fuera de combate|murieron o resultaron heridos|murieron o resultaron heridas|' +
      'murieron o fueron heridos|fallecieron o resultaron heridos|muertos o lesionados|murieron o quedaron heridos',
    missing: `desaparecid${ADJ}|dados por desaparecidos`,
    captured:
      `capturad${ADJ}|prisioneros|prisioneros de guerra|hechos prisioneros|tomados prisioneros|apresad${ADJ}|` +
      'canjeados|intercambiados|se rindieron|rendidos|capturas|rehén|rehenes',
    deployed:
      `desplegad${ADJ}|desplegó|despliega|desplegar|enviad${ADJ}|envió|envía|estacionad${ADJ}|destacad${ADJ}|` +
      `apostad${ADJ}|movilizad${ADJ}|presentes|se encuentran|permanecen|luchan|combaten|participan`,
    withdrawn: `retirad${ADJ}|retiró|retira|regresaron|regresado|volvieron|repatriad${ADJ}|replegad${ADJ}|han regresado|retirada`,
  },
  antiCues:
    'evacuados|evacuadas|detenidos|arrestados|huyeron|rescatados|liberados|infectados|vacunados|despedidos|contratados|' +
    'sobrevivieron|desplazados|acusados|imputados|condenados|procesados|juzgados|condecorados|ascendidos',
  savedVerbs: 'salvó|salvaron|salvado|salvar|salva|salvan',
  verbs: {
    killed:
      'mató|mataron|matando|matado|matar|abatió|abatieron|abatido|murieron|fallecieron|perdieron la vida|' +
      'causado la muerte de|causó la muerte de',
    wounded: 'hirió|hirieron|resultaron heridos',
    casualties: 'perdió|perdieron|sufrió|sufrieron|ha sufrido|han sufrido|ha perdido|han perdido',
    captured: 'capturó|capturaron|capturado',
    deployed:
      'envió|enviado|desplegó|desplegado|mantiene|movilizó|movilizado|tiene|cuenta con|envía|despliega',
    withdrawn:
      'retiró|retiraron|repatrió|repatriaron|retirar|retirará|retirarán|retira|retiran|repatriar|repatriará',
  },
  aux:
    'han|ha|fueron|fue|son|eran|habían|había|resultado|resultaron|también|ya|presuntamente|supuestamente|sido|estado|' +
    'quedado|quedaron|se|todos|al parecer|hasta ahora',
  links:
    'de|a|en|es|son|fue|asciende|ascendió|alcanza|alcanzó|cifra|total|la|el|los|las|suma|eleva|elevó|:|heridas|ya|más',
  anaphora: '',
  subset:
    'de los cuales|de las cuales|entre ellos|entre ellas|incluidos|incluidas|incluyendo|entre los que|de ellos|de ellas|entre los cuales|frente a|en comparación con|comparado con',
  yearBefore: 'en|de|desde|hasta|del|año|a|y|entre|finales|principios|mediados|fin',
  months:
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  dateOf: 'de',
  unitsAfter: 'años|año|por ciento|km|euros|dólares|toneladas|horas|días|metros|kilómetros|veces|grados',
  ageBefore: 'edad',
  idBefore: 'número|núm|artículo|resolución|vuelo|ruta|capítulo|página|línea|fase',
  stop: 'y|o|en|de|del|a|al|con|por|para|que|fueron|fue|son|eran|han|ha|habían|había|se|los|las|el|la|como|pero|sin|tras|desde|hasta|entre|durante',
  placePreps: 'en|a|de|desde|contra|con|hacia|cerca|dentro|por|entre|sobre|para|del|al',
  inWords: 'en',
  partyArticles: 'el|la|los|las',
  according: 'según|de acuerdo con|citando|citó',
  saidVerbs:
    'dijo|informó|afirmó|aseguró|anunció|declaró|señaló|indicó|estimó|calcula|reportó|confirmó|informa|dice',
  clauseEnd: 'pero|mientras|aunque|sin embargo',
  skipBefore: 'otros|otras|los|las|a|sus|nuestros|estos',
  of: 'de|del',
  parties: {
    [`norcorean${ADJ}|corea del norte|pyongyang`]: 'north-korea',
    [`rus${ADJ}|rusia|moscú|kremlin`]: 'russia',
    [`ucranian${ADJ}|ucrania|kiev|kyiv`]: 'ukraine',
    [`estadounidense(|s)|norteamerican${ADJ}|estados unidos|eeuu|pentágono`]: 'us',
    [`británic${ADJ}|reino unido|gran bretaña`]: 'uk',
    'israelí|israelíes|israel': 'israel',
    [`palestin${ADJ}|gaza|gazatíes`]: 'palestinians',
    'hamás|hamas': 'hamas',
    'hezbolá|hizbulá|hezbollah': 'hezbollah',
    [`surcorean${ADJ}|corea del sur`]: 'south-korea',
    'alemán|alemana|alemanes|alemanas|alemania': 'germany',
    'francés|francesa|franceses|francesas|francia': 'france',
    [`afgan${ADJ}|afganistán`]: 'afghanistan',
    'iraquí|iraquíes|irak|iraq': 'iraq',
    [`siri${ADJ}|siria`]: 'syria',
    'iraní|iraníes|irán': 'iran',
    [`turc${ADJ}|turquía`]: 'turkey',
    otan: 'nato',
    'cascos azules': 'un-peacekeepers',
  },
  groupNouns: {
    'insurgente(|s)': 'insurgents',
    'rebelde(|s)': 'rebels',
    'separatista(|s)': 'separatists',
    'yihadista(|s)': 'jihadists',
  },
  nameArticles: { del: 'el', al: 'el' },
  speakerAnaphora:
    'ellos|ellas|agencia|ministerio|servicio|organismo|departamento|oficina|organización|grupo|cartera|' +
    'dependencia|el|la|los|las|este|esta|dicho|dicha',
  orgWords:
    'ministerio|agencia|servicio|servicios|departamento|oficina|ejército|fuerzas|mando|gobierno|consejo|comité|' +
    'grupo|organización|autoridades|estado mayor|inteligencia|policía|misión|observatorio|kremlin|pentágono|' +
    'naciones|onu|administración',
  ofArticles: 'del',
  demonstratives: 'esos|esas|estos|estas|aquellos|aquellas|dichos|dichas',
  ofThem: 'de ellos|de ellas|entre ellos',
  unWords: 'onu|naciones unidas',
  healthWords: 'sanidad|salud',
  amongTotal:
    'entre los (muertos|fallecidos|heridos)|entre las víctimas|entre los (muertos|fallecidos|heridos) (hay|había|figuran)|entre las víctimas (hay|había|figuran)',
  negations: 'no|nunca',
  negationGaps: 'ser|será|sería|es|fue|eran|era|han|ha|habría|de',
  fromWords: 'procedentes de|provenientes de',
  towardWords: 'hacia|rumbo a',
  killVerbs: 'mató|mataron|matado|asesinó|asesinaron',
  releaseVerbs: 'liberados|liberadas|excarcelados|canjeados|intercambiados|repatriados',
  captivityWords: 'cautiverio|canje|intercambio|liberó|liberados|liberadas|prisioneros|rehenes',
  workNouns:
    'película(|s)|libro(|s)|novela(|s)|canción|álbum|serie|obra|documental|título(|s)|trilogía|poema|ópera',
  levelWords: 'hasta',
  crowdNouns:
    'personas|voluntarios|rescatistas|socorristas|manifestantes|aficionados|espectadores|seguidores|trabajadores|asistentes|participantes',
  naturalCauses:
    'cólera|covid|covid-19|coronavirus|enfermedad(|es)|infección|infecciones|cáncer|malaria|sarampión|ébola|gripe|neumonía|tuberculosis|dengue|epidemia|pandemia|antimicrobiana',
  violentCauses: 'combates|ataque(|s)|bombardeo(|s)|enfrentamientos|violencia|guerra',
  ageComparatives: 'jóvenes|mayores',
  proportionWords: 'cada',
  proportionBases: 'diez|cien',
  conditionals: 'si',
  futureModals: 'será|serán|sería|serían|podría|podrían|morirán|morirá|moriría|morirían',
  leaveVerbs: 'abandonaron|abandonan|abandonó|abandonará|abandonarán|abandonado|salieron|salió|salen|saldrán',
  totalVerbs:
    'asciende|ascienden|ascendió|ascendieron|ascendía|aumentan|aumenta|suben|sube|elevan|cifra|cifran|cifró|cifraron|cifrado|estima|estiman|estimó|calcula|calculan|calculó|situó|sitúa|sitúan',
  changeVerbs:
    'redujo|reducido|reducida|reduce|aumentó|aumentado|subió|bajó|pasó|pasaron|revisó|revisada|elevó|elevaron|elevado|eleva|recortó|recortado|rebajó',
  common:
    'el|la|los|las|y|que|del|en|por|con|una|fue|se|al|según|para|más|han|ha|como|entre|sus|este|esta|desde|hasta|' +
    'pero|también|sobre|tras|muertos|heridos',
  scaleAlone: true,
  scaleOfScale: true,
  dottedDays: true,
  comparisonOf: 'de|del',
  joinWords: 'y|,',
  letters: 'ñ¿¡áíóú',
  script: 'latin',
  attackNouns:
    'drones|dron|ataque(|s)|bombardeo(|s)|ofensiva(|s)|invasión|incursi(ón|ones)|misil(|es)|cohete(|s)|' +
    'ofensiva|ataque aéreo|ataques aéreos|operación|artillería|bombas|bomba',
  targetPreps: 'sobre|contra',
  nameStops: 'he|has',
};
