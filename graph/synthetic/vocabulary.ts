/** Words the synthetic plans are made of: Danish municipal-plan vocabulary, so text sizes and the full-text index see realistic input. */

export const TOWN_STEMS = [
  "Lyngby", "Frederiks", "Hørs", "Ros", "Hel", "Nør", "Sønder", "Vester", "Øster", "Holte",
  "Ring", "Skander", "Silke", "Horsens", "Vejle", "Kolding", "Aaben", "Hjør", "Svend", "Næst",
] as const;
export const TOWN_SUFFIXES = ["by", "borg", "havn", "holm", "lev", "sted", "bjerg", "sø", "rød", "købing"] as const;

export const DEPARTMENTS = [
  { name: "Borgmestersekretariatet", slug: "borgmestersekretariatet", short: "BS" },
  { name: "IT-afdelingen", slug: "it-afdelingen", short: "IT" },
  { name: "Personaleafdelingen", slug: "personaleafdelingen", short: "PA" },
  { name: "Økonomiafdelingen", slug: "oekonomiafdelingen", short: "ØA" },
  { name: "Kultur- og Fritidsafdelingen", slug: "kultur-og-fritidsafdelingen", short: "KF" },
  { name: "Teknik- og Miljøafdelingen", slug: "teknik-og-miljoeafdelingen", short: "TM" },
  { name: "Social- og Sundhedsafdelingen", slug: "social-og-sundhedsafdelingen", short: "SS" },
] as const;

export const GOAL_TOPICS = [
  "Kommunikation", "Intranet", "Erhvervsservice", "Politisk struktur", "Organisations- og ledelsesudvikling",
  "Indkøb", "Juridisk stabsfunktion", "Regionalt samarbejde", "Infrastruktur på IT siden", "Servicedesk",
  "Virtualisering af servermiljøet", "Model for udskiftning af maskiner", "Digitaliseringsstrategi",
  "Ressourcestrategi", "Strategisk platform", "Kontorplatform", "Rekruttering og fastholdelse", "Sygefravær",
  "Lønsystem", "Budgetmodel", "Økonomistyring", "Regnskab og revision", "Ledelsesinformation", "Arbejdsmiljø",
  "Kompetenceudvikling", "Sagsbehandling", "Borgerservice", "Selvbetjening", "Informationssikkerhed", "Arkivering",
] as const;

export const VERBS = ["Udarbejde", "Implementere", "Gennemføre", "Udvikle", "Evaluere", "Forankre", "Afklare", "Udbrede", "Kortlægge", "Styrke"] as const;
export const OBJECTS = [
  "en model for kontinuerlig udskiftning af maskiner", "en fælles indkøbspolitik", "brugen af elektronisk sagsbehandling",
  "en ny budgetmodel for forvaltningen", "ledelsesinformation på tværs af afdelingerne", "servicedeskens arbejdsgange",
  "et samlet overblik over licenser", "digital post til borgere og virksomheder", "en strategi for informationssikkerhed",
  "samarbejdet med nabokommunerne", "uddannelse af superbrugere", "den interne kommunikation på intranettet",
  "aftaler med leverandørerne", "e-læring for nye medarbejdere", "registrering af sygefravær",
] as const;
export const QUALIFIERS = [
  "i løbet af 2009", "i samarbejde med IT-afdelingen", "med inddragelse af MED-udvalget", "inden budgetlægningen",
  "som led i digitaliseringsstrategien", "efter kommunalvalget", "med fokus på borgernes behov", "i hele forvaltningen",
] as const;

export const SYSTEMS = [
  { name: "OPUS", category: "system", modules: ["OPUS e-indkøb", "OPUS Debitor", "OPUS Ledelsesinformation", "OPUS Løn"] },
  { name: "GoPro", category: "system", modules: ["GoPro Sag", "GoPro Dokument"] },
  { name: "Lotus Notes", category: "platform", modules: ["Notes Mail", "Notes Kalender"] },
  { name: "MS Office", category: "platform", modules: ["Outlook", "Excel"] },
  { name: "Focus.IT", category: "project", modules: [] },
  { name: "Ny infrastruktur", category: "infrastructure", modules: ["Virtuelle servere", "Netværk"] },
  { name: "KMD Sag", category: "system", modules: ["KMD Ydelse"] },
  { name: "Prisme", category: "system", modules: ["Prisme Budget"] },
  { name: "SBSYS", category: "system", modules: [] },
  { name: "Silkeborg Data", category: "system", modules: ["SD Løn", "SD Fravær"] },
  { name: "Citrix", category: "platform", modules: [] },
  { name: "Intranettet", category: "platform", modules: ["Personalehåndbog"] },
  { name: "Servicedesk-systemet", category: "system", modules: [] },
  { name: "ESDH", category: "project", modules: [] },
  { name: "Borger.dk", category: "platform", modules: ["Selvbetjeningsløsninger"] },
  { name: "NemID", category: "infrastructure", modules: [] },
  { name: "Navision", category: "system", modules: [] },
  { name: "Rollebaseret indgang", category: "project", modules: [] },
  { name: "ØS", category: "system", modules: [] },
  { name: "Dokumentboks", category: "system", modules: [] },
] as const;

export const ORGANISATIONS = [
  "KMD", "revisionen", "Væksthus Hovedstadsregionen", "Rudersdal Kommune", "Gentofte Kommune", "KL",
  "Region Hovedstaden", "Økonomistyrelsen", "Digitaliseringsstyrelsen", "SKAT", "UNICEF Danmark",
  "Erhvervsrådet", "Kommunernes Revision", "Statens IT", "Dansk Erhverv", "Arbejdstilsynet",
] as const;

export const THEMES = ["Styring", "ESDH", "Ledelsesudvikling", "Digitalisering", "Borgerbetjening", "Grøn IT", "Effektivisering", "Samarbejde"] as const;

export const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"] as const;

export const OUTCOMES = ["DONE", "PARTLY_DONE", "IN_PROGRESS", "POSTPONED", "NOT_DONE", "DONE", "DONE", "IN_PROGRESS"] as const;
