/**
 * Places below the country (regions, provinces, cities) that war news names as where things
 * happen, with the party of the country they are in: "killed in Dnipro", "à El-Fasher",
 * "в Херсонской области", "BOGOTÁ.–". A small list kept by hand: the packages of cities are
 * English only and megabytes (see docs/2026-12-03-extract-party-2.md). Written as the specs write
 * words, with their endings (expand.ts); like a country's name, a place counts only with a capital.
 * Contested places (Crimea, Jerusalem) are left out: the text, not this list, says whose they are.
 */
type Places = Readonly<Record<string, string>>;

const EN: Places = {
  'donetsk|luhansk|lugansk|kharkiv|kharkov|kherson|zaporizhzhia|zaporizhia|odesa|odessa|dnipro|lviv|mariupol|bakhmut|bucha|irpin|sumy|chernihiv|mykolaiv|kramatorsk|avdiivka|pokrovsk|kupiansk|donbas|donbass':
    'ukraine',
  'belgorod|kursk|bryansk': 'russia',
  'rafah|khan younis|khan yunis|jabalia|west bank|jenin|nablus': 'palestinians',
  'tel aviv|haifa|sderot': 'israel',
  'beirut|sidon': 'lebanon',
  'darfur|khartoum|el fasher|el-fasher|al-fashir|omdurman|kordofan|el geneina': 'sudan',
  'aleppo|idlib|damascus|homs|raqqa|deir ez-zor': 'syria',
  'baghdad|mosul|fallujah|falluja|ramadi|basra|kirkuk': 'iraq',
  'kabul|kandahar|helmand': 'afghanistan',
  "sanaa|sana'a|hodeidah": 'yemen',
  mogadishu: 'somalia',
  'bogota|bogotá|cauca|caquetá': 'colombia',
  algiers: 'algeria',
  bamako: 'mali',
  'borno|maiduguri|abuja': 'nigeria',
  'tigray|addis ababa': 'ethiopia',
  'rakhine|yangon': 'myanmar',
  'peshawar|balochistan|khyber pakhtunkhwa': 'pakistan',
};

const DE: Places = {
  'donezk(|s)|luhansk(|s)|charkiw(|s)|cherson(|s)|saporischschja|odessa(|s)|dnipro(|s)|lwiw(|s)|mariupol(|s)|bachmut(|s)|butscha(|s)|sumy|tschernihiw(|s)|mykolajiw(|s)|kramatorsk(|s)|awdijiwka|pokrowsk(|s)|donbass':
    'ukraine',
  'belgorod(|s)|kursk(|s)|brjansk(|s)': 'russia',
  'rafah(|s)|chan junis|dschabalija|westjordanland(|s)|dschenin(|s)|nablus': 'palestinians',
  'tel aviv(|s)|haifa(|s)|sderot(|s)': 'israel',
  'beirut(|s)|sidon(|s)': 'lebanon',
  'darfur(|s)|khartum(|s)|al-faschir(|s)|el fasher|el-fasher|omdurman(|s)|kordofan(|s)': 'sudan',
  'aleppo(|s)|idlib(|s)|damaskus|homs|rakka|raqqa': 'syria',
  'bagdad(|s)|mossul(|s)|falludscha(|s)|ramadi(|s)|basra(|s)|kirkuk(|s)': 'iraq',
  'kabul(|s)|kandahar(|s)|helmand(|s)': 'afghanistan',
  'sanaa(|s)|hudaida(|s)': 'yemen',
  'mogadischu(|s)': 'somalia',
  'bogotá(|s)|bogota(|s)|cauca': 'colombia',
  'algier(|s)': 'algeria',
  'bamako(|s)': 'mali',
  'borno(|s)|maiduguri(|s)|abuja(|s)': 'nigeria',
  'tigray(|s)|tigrai(|s)|addis abeba(|s)': 'ethiopia',
  'rakhine|rangun(|s)': 'myanmar',
  'peschawar(|s)|belutschistan(|s)': 'pakistan',
};

const ES: Places = {
  'donetsk|lugansk|járkov|jarkov|jersón|jerson|zaporiyia|odesa|dnipró|dnipro|leópolis|mariúpol|mariupol|bajmut|bucha|irpín|sumy|chernígov|mykolaiv|kramatorsk|avdiivka|pokrovsk|donbás|donbass':
    'ukraine',
  'bélgorod|belgorod|kursk|briansk': 'russia',
  'rafah|jan yunis|yabalia|cisjordania|yenín|jenín|nablus': 'palestinians',
  'tel aviv|haifa|sderot': 'israel',
  'beirut|sidón': 'lebanon',
  'darfur|jartum|el fasher|el-fasher|omdurmán|kordofán': 'sudan',
  'alepo|idlib|damasco|homs|raqqa': 'syria',
  'bagdad|mosul|faluya|ramadi|basora|kirkuk': 'iraq',
  'kabul|kandahar|helmand': 'afghanistan',
  'saná|hodeida': 'yemen',
  mogadiscio: 'somalia',
  'bogotá|bogota|cauca|caquetá|caqueta|cartagena del chairá': 'colombia',
  argel: 'algeria',
  bamako: 'mali',
  'borno|maiduguri|abuya': 'nigeria',
  'tigray|tigré|adís abeba': 'ethiopia',
  'rakáin|rakhine|rangún|yangón': 'myanmar',
  'peshawar|baluchistán': 'pakistan',
};

const FR: Places = {
  'donetsk|louhansk|lougansk|kharkiv|kharkov|kherson|zaporijia|zaporijjia|odessa|dnipro|lviv|marioupol|bakhmout|boutcha|irpin|soumy|tchernihiv|mykolaïv|kramatorsk|avdiïvka|pokrovsk|donbass':
    'ukraine',
  'belgorod|koursk|briansk': 'russia',
  'rafah|khan younès|khan younis|jabaliya|cisjordanie|jénine|naplouse': 'palestinians',
  'tel-aviv|tel aviv|haïfa|sdérot': 'israel',
  'beyrouth|saïda|tyr': 'lebanon',
  'darfour|khartoum|el-fasher|el fasher|omdourman|kordofan|el-geneina': 'sudan',
  'alep|idleb|idlib|damas|homs|raqqa|deir ez-zor': 'syria',
  'bagdad|mossoul|falloujah|fallouja|ramadi|bassora|kirkouk': 'iraq',
  'kaboul|kandahar|helmand': 'afghanistan',
  'sanaa|hodeïda': 'yemen',
  mogadiscio: 'somalia',
  'bogota|bogotá|cauca': 'colombia',
  alger: 'algeria',
  bamako: 'mali',
  'borno|maiduguri|abuja': 'nigeria',
  'tigré|tigray|addis-abeba': 'ethiopia',
  'rakhine|rangoun': 'myanmar',
  'peshawar|baloutchistan': 'pakistan',
};

/** Russian: a city declined as a noun, a region ("Херсонская область") as its adjective. */
const RU: Places = {
  'донецк(|а|е|у|ом)|донецк(ая|ой|ую) област(ь|и)|луганск(|а|е|у|ом)|луганск(ая|ой|ую) област(ь|и)|харьков(|а|е|у|ом)|харьковск(ая|ой|ую) област(ь|и)|херсон(|а|е|у|ом)|херсонск(ая|ой|ую) област(ь|и)|запорожь(е|я|ю|ем)|запорожск(ая|ой|ую) област(ь|и)|одесс(а|ы|е|у|ой)|днепр(|а|е|у|ом)|днепропетровск(ая|ой|ую) област(ь|и)|львов(|а|е|у|ом)|мариупол(ь|я|е|ем)|бахмут(|а|е|у|ом)|буч(а|и|е|у|ей)|чернигов(|а|е|у|ом)|николаев(|а|е|у|ом)|краматорск(|а|е|у|ом)|авдеевк(а|и|е|у|ой)|покровск(|а|е|у|ом)|донбасс(|а|е|у|ом)':
    'ukraine',
  'белгород(|а|е|у|ом)|белгородск(ая|ой|ую) област(ь|и)|курск(|а|е|у|ом)|курск(ая|ой|ую) област(ь|и)|брянск(|а|е|у|ом)|брянск(ая|ой|ую) област(ь|и)':
    'russia',
  'рафах(|а|е|у|ом)|хан-юнис(|а|е|у|ом)|джабали(я|и|ю|ей)|западн(ый|ого|ом) берег(|а|у)|дженин(|а|е|у|ом)|наблус(|а|е|у|ом)':
    'palestinians',
  'тель-авив(|а|е|у|ом)|хайф(а|ы|е|у|ой)|сдерот(|а|е|у|ом)': 'israel',
  'бейрут(|а|е|у|ом)|сидон(|а|е|у|ом)': 'lebanon',
  'дарфур(|а|е|у|ом)|хартум(|а|е|у|ом)|эль-фашер(|а|е|у|ом)|омдурман(|а|е|у|ом)|кордофан(|а|е|у|ом)': 'sudan',
  'алеппо|идлиб(|а|е|у|ом)|дамаск(|а|е|у|ом)|хомс(|а|е|у|ом)|ракк(а|и|е|у|ой)': 'syria',
  'багдад(|а|е|у|ом)|мосул(|а|е|у|ом)|эль-фаллудж(а|и|е|у|ей)|фаллудж(а|и|е|у|ей)|баср(а|ы|е|у|ой)|киркук(|а|е|у|ом)':
    'iraq',
  'кабул(|а|е|у|ом)|кандагар(|а|е|у|ом)|гильменд(|а|е|у|ом)': 'afghanistan',
  'сана|ходейд(а|ы|е|у|ой)': 'yemen',
  могадишо: 'somalia',
  'богот(а|ы|е|у|ой)': 'colombia',
  'алжир(|а|е|у|ом)': 'algeria',
  бамако: 'mali',
  'тигр(ай|ая|ае|аем)|аддис-абеб(а|ы|е|у|ой)': 'ethiopia',
  'ракхайн(|а|е|у|ом)|янгон(|а|е|у|ом)': 'myanmar',
  'пешавар(|а|е|у|ом)|белуджистан(|а|е|у|ом)': 'pakistan',
};

/** Ukrainian: a city declined as a noun, a region as its adjective or its "-щина" name. */
const UK: Places = {
  'донецьк(|а|у|ом)|донецьк(а|ої|ій|у) област(ь|і)|донеччин(а|и|і|у|ою)|луганськ(|а|у|ом)|луганськ(а|ої|ій|у) област(ь|і)|луганщин(а|и|і|у|ою)|харків(|а|у|і|ом)|харков(а|у|і|ом)|харківськ(а|ої|ій|у) област(ь|і)|харківщин(а|и|і|у|ою)|херсон(|а|у|і|ом)|херсонськ(а|ої|ій|у) област(ь|і)|херсонщин(а|и|і|у|ою)|запоріжж(я|і|ям)|запорізьк(а|ої|ій|у) област(ь|і)|запоріжжі|одес(а|и|і|у|ою)|дніпр(о|а|у|і|ом)|дніпропетровськ(а|ої|ій|у) област(ь|і)|дніпропетровщин(а|и|і|у|ою)|львів(|а|у|і|ом)|львов(а|у|і|ом)|львівщин(а|и|і|у|ою)|маріупол(ь|я|і|ем)|бахмут(|а|у|і|ом)|буч(а|і|у|ею)|чернігів|чернігов(а|і|ом)|миколаїв|миколаєв(а|і|ом)|краматорськ(|а|у|ом)|авдіївк(а|и|і|у|ою)|покровськ(|а|у|ом)|донбас(|у|і|ом)':
    'ukraine',
  'бєлгород(|а|у|і|ом)|бєлгородськ(а|ої|ій|у) област(ь|і)|курськ(|а|у|ом)|курськ(а|ої|ій|у) област(ь|і)|брянськ(|а|у|ом)':
    'russia',
  'рафах(|у|і|ом)|хан-юніс(|а|у|і|ом)|джабалі(я|ї|ю)|західн(ий|ого|ому) берег(|а|у|і)|дженін(|а|у|і|ом)|наблус(|а|у|і|ом)':
    'palestinians',
  'тель-авів(|а|у|і|ом)|хайф(а|и|і|у|ою)|сдерот(|а|у|і|ом)': 'israel',
  'бейрут(|а|у|і|ом)|сідон(|а|у|і|ом)': 'lebanon',
  'дарфур(|а|у|і|ом)|хартум(|а|у|і|ом)|ель-фашер(|а|у|і|ом)|омдурман(|а|у|і|ом)|кордофан(|у|і|ом)': 'sudan',
  'алеппо|ідліб(|а|у|і|ом)|дамаск(|а|у|і|ом)|хомс(|а|у|і|ом)|ракк(а|и|і|у|ою)': 'syria',
  'багдад(|а|у|і|ом)|мосул(|а|у|і|ом)|фаллудж(а|і|у|ею)|баср(а|и|і|у|ою)|кіркук(|а|у|і|ом)': 'iraq',
  'кабул(|а|у|і|ом)|кандагар(|а|у|і|ом)|гільменд(|у|і|ом)': 'afghanistan',
  'сана|ходейд(а|и|і|у|ою)': 'yemen',
  могадішо: 'somalia',
  'богот(а|и|і|у|ою)': 'colombia',
  'алжир(|а|у|і|ом)': 'algeria',
  бамако: 'mali',
  'тиграй|тигра(ю|ї|єм)|аддис-абеб(а|и|і|у|ою)': 'ethiopia',
  'ракхайн(|у|і|ом)|янгон(|а|у|і|ом)': 'myanmar',
  'пешавар(|а|у|і|ом)|белуджистан(|у|і|ом)': 'pakistan',
};

/** Each language's places, as a spec writes parties (a list with endings -> the country's slug). */
export const PLACES: Readonly<Record<string, Places>> = { en: EN, de: DE, es: ES, fr: FR, ru: RU, uk: UK };
