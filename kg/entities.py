"""Organisations and people: found, labelled, named once per article, with roles.

The ``kg_entities`` component runs after the statistical model and before kg's money
and deal components. It does three things to a ``Doc``:

1. Refines ``doc.ents`` to the CoNLL label set (PER, ORG, LOC, MISC) for both
   languages: OntoNotes labels are folded in and numeric ones dropped; false
   entities are dropped (sentence-initial function words, question words, headings,
   lower-case phrases); organisations the model missed or mislabelled are found with
   spaCy matchers and context rules (legal forms, gazetteer names, institution
   words, descriptors such as "la startup X" or "chipmaker X", appositions such as
   "X, a cybersecurity firm", deal verbs such as "adquirir X", and acronym
   definitions such as "Sociedad Estatal de Participaciones Industriales (SEPI)");
   and a name keeps one label within an article ("one sense per discourse").
2. Resolves the organisations and people of the article: every mention of one
   real-world thing is gathered into one ``kg.facts.Entity`` with a canonical name
   (the gazetteer name, or else the fullest form seen, without its legal form) and
   every other form as an alias. The result is ``doc._.kg_entities``.
3. Reads roles ("el CEO de OpenAI, Sam Altman", "co-founder and CEO Arthur Mensch")
   into ``doc._.kg_roles``.

The gazetteer (``gazetteer/organizations.tsv`` plus any files named in the
component's ``gazetteers`` setting) lists organisations with their aliases and an
optional Wikidata id; see ``gazetteer/README.md``.
"""

from __future__ import annotations

import csv
import functools
import gettext
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.errors import InputError
from kg.facts import Entity, EntityKind, EntityRef, Role, Span
from kg.iri import LEGAL_SUFFIXES, fold, name_key
from kg.resources import data_dir

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "KgEntities",
    "canonical_key",
    "known_places",
    "load_gazetteer",
    "load_demonyms",
    "load_given_names",
    "register_extensions",
]

# --- label set -------------------------------------------------------------------

# OntoNotes (English pipelines) and CoNLL labels → CoNLL labels; others are dropped.
LABEL_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}

# --- word lists (Spanish and English together: a cue of one language simply never
# matches a text in the other) ------------------------------------------------------

# Legal forms written after a company name (matched case-sensitively).
LEGAL_FORMS = frozenset({
    "S.A.", "S.A", "SA", "S.L.", "S.L", "SL", "SAU", "S.A.U.", "SLU", "S.L.U.", "S.A.B.",
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "plc", "PLC",
    "Plc", "LLC", "L.L.C.", "AG", "GmbH", "SE", "NV", "N.V.", "BV", "B.V.", "KGaA", "SpA",
    "S.p.A.", "SAS", "LP", "L.P.", "LLP", "Co", "Co.",
    # other countries' forms: Portugal and Brazil, Italy, France, Germany, the Nordics,
    # Australia, Malaysia, Indonesia
    "Ltda", "Ltda.", "SGPS", "S/A", "S.r.l.", "Srl", "SRL", "SARL", "S.à.r.l.", "KG", "Oyj",
    "ASA", "A/S", "Pty", "Bhd", "Tbk",
})
# Tokens whose folded form is a legal suffix (kg.iri): stripped from canonical names.
_LEGAL_FOLDED = frozenset(LEGAL_SUFFIXES) | {
    "kgaa", "&", "llp", "ltda", "sgps", "srl", "sarl", "kg", "oyj", "asa", "pty", "bhd", "tbk",
}

# Capitalised words that open an organisation's name ("Banco Santander",
# "Universidad de Salamanca", "Ministry of Defence").
ORG_HEADS = frozenset({
    "Banco", "Grupo", "Universidad", "Ministerio", "Fundación", "Asociación", "Federación",
    "Confederación", "Sociedad", "Compañía", "Corporación", "Instituto", "Agencia",
    "Comisión", "Consejo", "Tribunal", "Ayuntamiento", "Diputación", "Junta", "Gobierno",
    "Partido", "Sindicato", "Cámara", "Fondo", "Caja", "Autoridad", "Organización",
    "Bolsa", "Defensoría", "Secretaría", "Oficina", "Servicio", "Departamento",
    "Audiencia", "Policía", "Guardia", "Ejército", "Club", "Laboratorios", "Editorial",
    "Industrias", "Presidencia", "Dirección", "Superintendencia", "Procuraduría",
    "Fiscalía", "Corte", "Congreso", "Parlamento", "Senado", "Jurado", "Comité",
    "Bank", "University", "Ministry", "Department", "Commission", "Council", "Court",
    "Agency", "Authority", "Association", "Federation", "Foundation", "Institute",
    "Board", "Party", "Organisation", "Organization", "Office", "Bureau", "Fund",
    "College", "School", "Society", "Committee", "Unión", "Union",
    # Portuguese, Italian, French and German heads ("Lojas Renner", "Cassa di Risparmio")
    "Lojas", "Companhia", "Caixa", "Construtora", "Indústrias", "Cassa", "Società",
    "Compagnie", "Société", "Groupe", "Gruppo", "Banque", "Banca", "Deutsche",
})
# Capitalised words that close an organisation's name ("Spark Capital", "Cisco
# Systems", "Lloyds Bank").
ORG_TAILS = frozenset({
    "Bank", "Group", "Capital", "Partners", "Ventures", "Holdings", "Holding", "Systems",
    "Technologies", "Technology", "Labs", "Airlines", "Airways", "Motors",
    "Pharmaceuticals", "Pharma", "Communications", "Networks", "Software", "Securities",
    "Investments", "Corporation", "Company", "Associates", "Media", "Telecom", "Bancorp",
    "Insurance", "Industries", "Energy", "Therapeutics", "Semiconductor",
    "Semiconductors", "Electronics", "Entertainment", "Studios", "Brands", "Financial",
    "Resources", "Petroleum", "Robotics", "Biotech", "Analytics", "Logistics", "AI",
    "Telecomunicaciones", "Seguros", "Inversiones", "Energía",
    # Sector nouns that close a company's name ("Graham Packaging", "Pear VC", "Yankee
    # Global Enterprises"). Spanish ones that open names as often ("Renovables
    # Moncayo", "Logística Quercus") are left to the rules for a leading common noun.
    "VC", "Enterprises", "Packaging", "Solutions", "Services", "Consulting", "Foods",
    "Properties", "Realty", "Hotels", "Resorts", "Mining", "Chemicals", "Materials",
    "Aerospace", "Automotive", "Healthcare", "Biosciences", "Renewables", "Steel",
    "Shipping", "Investors", "Advisors", "Management", "Finance", "Equity",
    # Portuguese, Italian, German and Dutch ones ("Ondas Investimentos", "Varel Chemie").
    "Investimentos", "Participações", "Saúde", "Serviços", "Tecnologia", "Energia",
    "Engenharia", "Comércio", "Seguradora", "Chemie", "Technik", "Versicherung",
    "Versicherungen", "Bankengruppe", "Beteiligungen", "Assicurazioni", "Tecnologie",
})
# Institution words that name an organisation on their own when capitalised inside a
# sentence ("el Gobierno aprobó", "the Senate voted"). Kept as ORG in doc.ents but
# not turned into graph entities: alone they do not say which government.
INSTITUTIONS = frozenset({
    "Gobierno", "Ejecutivo", "Junta", "Parlamento", "Congreso", "Senado", "Generalitat",
    "Govern", "Ejército", "Diputación", "Ayuntamiento", "Gabinete", "Administración",
    "Government", "Parliament", "Congress", "Senate", "Cabinet", "Treasury",
    "Administration", "Pentagon", "Policía", "Fiscalía", "Hacienda", "Justicia", "Police",
})
# Lower-case nouns that, right before a name, say it is an organisation
# ("la startup X", "el banco X", "chipmaker X").
DESCRIPTORS = frozenset({
    "startup", "start-up", "compañía", "empresa", "firma", "banco", "operadora",
    "tecnológica", "aseguradora", "eléctrica", "petrolera", "farmacéutica",
    "multinacional", "gestora", "fondo", "grupo", "entidad", "filial", "matriz",
    "constructora", "cadena", "consultora", "teleco", "telco", "fabricante",
    "distribuidora", "energética", "naviera", "aerolínea", "automovilística", "diario",
    "periódico", "agencia", "holding", "conglomerado", "minorista", "proveedora",
    "competidora", "rival", "socimi", "cotizada", "unicornio", "gigante", "desarrolladora",
    "company", "firm", "bank", "lender", "insurer", "carrier", "operator", "retailer",
    "automaker", "carmaker", "chipmaker", "group", "fund", "maker", "giant",
    "subsidiary", "conglomerate", "manufacturer", "provider", "developer", "producer",
    "supplier", "newspaper", "publisher", "broadcaster", "agency", "unicorn", "airline",
    "miner", "utility", "drugmaker", "peer", "outlet", "daily", "operador", "banca",
    "cooperativa", "fintech", "insurtech", "proptech", "neobanco", "bróker",
    "broker", "exchange", "platform", "neobank", "vendor", "owner", "parent",
    "organización", "asociación", "fundación", "institución", "organization",
    "organisation", "club", "equipo", "team", "escudería", "sindicato", "partido",
})
# Nouns before an organisation's name that are not companies' (kept apart from
# DESCRIPTORS, which kg.deals reads as "a company"): regulators, investors, consortia
# ("el regulador Cofece", "existing investor General Catalyst").
ORG_DESCRIPTORS = frozenset({
    "regulador", "supervisor", "organismo", "regulator", "watchdog", "investor",
    "inversor", "inversora", "backer", "consorcio", "consortium", "bufete", "despacho",
    "auditora", "auditor", "laboratorio", "aseguradora", "cervecera", "minera",
})
# Nouns of facilities named after a person or a place ("la planta fotovoltaica
# Francisco Pizarro", "el estadio Santiago Bernabéu"): the name is the facility.
FACILITY_DESCRIPTORS = frozenset({
    "planta", "central", "parque", "mina", "yacimiento", "refinería", "aeropuerto",
    "estadio", "hospital", "complejo", "fábrica", "presa", "embalse", "pabellón",
    "polideportivo", "puerto", "terminal", "gasoducto", "oleoducto",
})
# Nouns whose owner ("de X", "of X") is an organisation.
OWNED_NOUNS = frozenset({
    "acciones", "accionista", "accionistas", "títulos", "filial", "filiales", "matriz",
    "tiendas", "clubes", "supermercados", "sucursales", "oficinas", "plantas", "fábricas",
    "shares", "shareholder", "shareholders", "subsidiary", "subsidiaries", "stores",
    "branches", "plants", "factories", "directivos", "empleados", "trabajadores",
    "plantilla", "employees", "executives", "staff",
})
_MAKERS = frozenset({"maker", "makers", "fabricante", "fabricantes"})
# Kinds of product an English name comes before ("its Bing search engine").
_PRODUCT_HEADS = frozenset({
    "engine", "browser", "chatbot", "assistant", "app", "platform", "console", "smartphone",
    "phone", "chip", "chips", "processor", "software", "game", "franchise", "brand",
    "brands", "model", "models", "drug", "vaccine", "operating", "headset", "glasses",
})
_GOVERNMENT_NOUNS = frozenset({
    "government", "army", "navy", "parliament", "cabinet", "treasury",
    "regulator", "gobierno",
})
_STATE_HEADS = frozenset({"Gobierno", "Estado", "Ejecutivo", "Ejército", "Parlamento"})
# Places that take "el" in Spanish; any other single place name after "el"/"del"/"al"
# is a club or a company ("el Parma", "del Sabadell").
ARTICLE_PLACES = frozenset({
    "Caribe", "Mediterráneo", "Atlántico", "Pacífico", "Índico", "Golfo", "Vaticano",
    "Sáhara", "Sahara", "Ártico", "Antártico", "Magreb", "Pirineo", "Amazonas", "Ebro",
    "Tajo", "Duero", "Guadalquivir", "Nilo", "Danubio", "Rin", "Sena", "Támesis",
    "Misisipi", "Mississippi", "Cáucaso", "Kurdistán", "Tíbet", "Tibet", "Peloponeso",
    "Congo", "Yemen", "Líbano", "Perú", "Japón", "Ecuador", "Salvador", "Cairo", "Himalaya",
    "Sinaí", "Néguev", "Golán", "Bósforo", "Estrecho", "Retiro", "Bierzo", "Penedès",
    "Penedés", "Maresme", "Vallès", "Baix", "Alto", "Bajo", "Norte", "Sur", "Este", "Oeste",
    "Paraguay", "Uruguay", "Chad", "Reino", "Gobierno",
})
# Plural descriptors, followed by "como" / "such as" / "like" and a name
# ("firmas como Groq", "companies such as Nvidia").
PLURAL_DESCRIPTORS = frozenset({
    "empresas", "compañías", "firmas", "startups", "bancos", "operadoras", "entidades",
    "tecnológicas", "gestoras", "fondos", "aseguradoras", "rivales", "competidores",
    "companies", "firms", "banks", "lenders", "rivals", "groups", "funds",
    "investors", "inversores", "chipmakers", "operators", "carriers", "insurers",
})
# Nouns before the name of a product, which is not an organisation ("la plataforma
# Vera Rubin", "franquicias como Diablo", "the Tanzu platform" is not read).
PRODUCT_DESCRIPTORS = frozenset({
    "plataforma", "modelo", "chip", "juego", "videojuego", "app", "aplicación",
    "producto", "dispositivo", "superordenador", "saga", "franquicia", "consola",
    "asistente", "chatbot", "software", "platform", "model", "game", "device", "product",
    "supercomputer", "franchise", "console", "smartphone", "teléfono", "phone", "vehículo",
    "coche", "vehicle", "fármaco", "medicamento", "drug", "vacuna", "vaccine",
})
PRODUCT_PLURALS = frozenset({
    "plataformas", "modelos", "chips", "juegos", "videojuegos", "apps", "aplicaciones",
    "productos", "dispositivos", "sagas", "franquicias", "títulos", "consolas",
    "platforms", "models", "games", "devices", "products", "franchises", "titles",
    "fármacos", "medicamentos", "drugs", "vacunas", "vaccines",
})
# Feminine nationality adjectives that stand for "la empresa ..." after "la"/"una"
# ("la británica Zegona", "la estadounidense Broadcom").
NATIONALITY_DESCRIPTORS = frozenset({
    "británica", "estadounidense", "norteamericana", "francesa", "alemana", "china",
    "japonesa", "española", "italiana", "suiza", "holandesa", "neerlandesa", "sueca",
    "surcoreana", "coreana", "india", "canadiense", "australiana", "israelí", "catalana",
    "vasca", "mexicana", "argentina", "brasileña", "chilena", "colombiana", "peruana",
    "portuguesa", "irlandesa", "belga", "danesa", "noruega", "finlandesa", "austriaca",
    "saudí", "emiratí", "qatarí", "taiwanesa", "luxemburguesa", "europea", "asiática",
})
# Lemmas of deal verbs whose object (or agent, in the passive) is an organisation.
DEAL_VERBS = frozenset({
    "adquirir", "comprar", "absorber", "invertir", "fusionar", "vender", "financiar",
    "participar", "respaldar", "acquire", "buy", "purchase", "invest", "merge", "sell",
    "back", "fund", "take",
})
# Nouns of deals and the preposition that introduces the organisation they concern
# ("la adquisición de Bethesda", "a stake in Anthropic", "la fusión con X").
DEAL_NOUNS: dict[str, tuple[str, ...]] = {
    "adquisición": ("de",), "compra": ("de",), "opa": ("sobre", "de"),
    "absorción": ("de",), "inversión": ("en",), "participación": ("en",),
    "fusión": ("con",), "acquisition": ("of",), "purchase": ("of",), "takeover": ("of",),
    "buyout": ("of",), "investment": ("in",), "stake": ("in",), "merger": ("with",),
}
# Verbs and nouns whose object is a company, never a person ("buy X", "la compra de X",
# "a takeover bid for X"), and the prepositions that introduce it.
TARGET_VERBS = frozenset({
    "adquirir", "adquirido", "comprar", "comprado", "absorber", "vender", "fusionar",
    "acquire", "buy", "purchase", "absorb", "sell", "merge",
})
TARGET_NOUNS = frozenset({
    "adquisición", "compra", "opa", "absorción", "oferta", "contraoferta", "fusión",
    "acquisition", "purchase", "takeover", "buyout", "bid", "offer", "merger",
})
_TARGET_PREPS = frozenset({"de", "sobre", "por", "con", "of", "for", "with", "by"})
_COORD = frozenset({"y", "e", "and", "&"})
# Verbs whose infinitive complement is a deal the subject makes ("agreed to buy").
_INTENT_VERBS = frozenset({
    "agree", "plan", "seek", "aim", "move", "offer", "decide", "intend", "want",
    "acordar", "decidir", "planear", "pretender", "querer", "ofrecer", "comprometer",
})
_FOLDED_HEADS = frozenset(fold(w) for w in ORG_HEADS)
_FOLDED_TAILS = frozenset(fold(w) for w in ORG_TAILS)
# Descriptors of media outlets, whose names may open with an article ("el diario La
# Crónica", "the newspaper The Times").
_OUTLET_DESCRIPTORS = frozenset({"diario", "periódico", "revista", "semanario", "newspaper"})
# Common nouns that open names of places, events and works rather than companies
# ("Sierra Nevada", "Copa del Rey", "Juegos Olímpicos").
_NOT_COMPANY_HEADS = frozenset({
    "sierra", "costa", "puerto", "rio", "mar", "monte", "montes", "playa", "isla", "islas",
    "valle", "lago", "cabo", "golfo", "campo", "plaza", "calle", "avenida", "paseo",
    "barrio", "ciudad", "villa", "san", "santa", "santo", "provincia", "region",
    "comunidad", "peninsula", "estrecho", "bahia", "canal", "cordillera", "desierto",
    "copa", "liga", "juegos", "mundial", "campeonato", "torneo", "premio", "premios",
    "festival", "feria", "semana", "dia", "guerra", "ley", "plan", "programa", "real",
    "gran", "nueva", "nuevo", "alto", "alta", "bajo", "baja", "norte", "sur", "este",
    "oeste", "central", "casa", "palacio", "museo", "teatro", "catedral", "iglesia",
})

# Capitalised words that are not names: acronyms of business concepts and titles.
NON_NAMES = frozenset({
    "AI", "IA", "CEO", "CFO", "COO", "CTO", "IPO", "OPA", "OPV", "PIB", "GDP", "ETF", "API",
    "EBITDA", "IVA", "VAT", "M&A", "IT", "TI", "ESG", "SaaS", "LLM", "GPU", "CPU", "PDF",
    "FAQ", "KPI", "ROI", "UX", "TV", "PC", "ARPU", "MW", "GW", "Q1", "Q2", "Q3", "Q4",
    # time zones, and business terms written as acronyms
    "GMT", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "UTC", "SME", "SMEs", "PYME",
    "PYMES", "VC", "PE", "B2B", "B2C", "CAGR", "EPS", "OPEX", "CAPEX", "FX", "HR", "R&D",
    "I+D", "PPA", "PPAs", "LBO", "MBO", "SPAC", "NFT", "EV", "EVs", "ERE", "ERTE",
    # technologies
    "FTTH", "FTTx", "LTE", "IoT", "5G", "4G", "PaaS", "IaaS", "DSL", "ADSL", "VoIP",
    "RFID", "NFC", "OLED", "LNG", "GNL", "GLP", "LPG", "HVAC",
})
# Days and months (English capitalises them): never a name on their own.
CALENDAR_WORDS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Lunes", "Martes", "Miércoles",
    "Jueves", "Viernes", "Sábado", "Domingo", "Enero", "Febrero", "Marzo", "Abril",
    "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Setiembre", "Octubre",
    "Noviembre", "Diciembre",
})
# A company's own bodies, dropped from the end of an organisation's name ("Chevron's
# Board of Directors" is Chevron).
INTERNAL_BODIES = (
    ("Board", "of", "Directors"), ("Board",), ("Consejo", "de", "Administración"),
    ("Junta", "General", "de", "Accionistas"), ("Junta", "de", "Accionistas"),
)
# Verbs of headlines written in title case ("Chevron to Acquire Hess").
HEADLINE_VERBS = frozenset({
    "acquire", "acquires", "buy", "buys", "invest", "invests", "sell", "sells", "merge",
    "merges", "raise", "raises", "adquiere", "compra", "invierte", "vende", "lanza",
    "launch", "launches", "says", "said",
})
# Words right before a person's name: honorifics (case-sensitive) ...
HONORIFICS = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
    "Sr.", "Sra.", "Srta.", "Prof.", "Professor", "President", "Minister", "Senator",
    "Sen.", "Rep.", "Gov.", "Governor", "Judge", "Pope", "King", "Queen", "Prince",
    "Princess", "Gen.", "Col.", "Capt.", "Coach", "Don", "Doña", "don", "doña",
    "Presidente", "Presidenta", "Chancellor", "Premier", "Mayor", "Rabbi", "Father",
    "Sheikh", "Emir", "Ayatollah", "Cardinal", "Bishop", "Archbishop",
})
# ... and lower-case roles and occupations ("el ministro X", "striker X", "CEO X").
PERSON_ROLES = frozenset({
    "presidente", "presidenta", "ministro", "ministra", "secretario", "secretaria",
    "alcalde", "alcaldesa", "consejero", "consejera", "director", "directora", "portavoz",
    "juez", "jueza", "fiscal", "senador", "senadora", "diputado", "diputada",
    "entrenador", "técnico", "delantero", "defensa", "centrocampista", "portero",
    "jugador", "jugadora", "tenista", "ciclista", "atleta", "piloto", "escritor",
    "escritora", "cantante", "actor", "actriz", "periodista", "economista", "analista",
    "abogado", "abogada", "empresario", "empresaria", "magnate", "fundador", "fundadora",
    "cofundador", "cofundadora", "ceo", "cfo", "coo", "cto", "delegado", "delegada",
    "vicepresidente", "vicepresidenta", "gobernador", "gobernadora", "rey", "reina",
    "príncipe", "princesa", "coronel", "dictador", "candidato", "candidata",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "striker",
    "midfielder", "defender", "goalkeeper", "coach", "captain", "chairman",
    "chairwoman", "executive", "minister", "president", "lawyer", "attorney", "founder",
    "co-founder", "cofounder", "billionaire", "singer", "writer", "author", 
    "envoy", "ambassador", "embajador", "embajadora", "premier",
    "dissident", "opositor", "opositora", "activista", "activist", "broker", "trader",
    "dealer", "corredor",
    "colega", "compañero", "compañera", "pitcher",
    "dirigente", "mandatario", "mandataria", 
})
# Verbs of saying, whose subject is often a person ("Díez afirmó", "Ramos said").
SPEECH_VERBS = frozenset({
    "decir", "afirmar", "asegurar", "añadir", "explicar", "declarar", "reiterar",
    "considerar", "señalar", "indicar", "manifestar", "subrayar", "destacar", "advertir",
    "recordar", "comentar", "insistir", "opinar", "admitir", "reconocer", "lamentar",
    "say", "tell", "add", "explain", "argue", "insist", "recall", "comment",
    "acknowledge", "admit", "deny", "complain", "shriek", "warn", "reply", "agregar",
    "sostener", "expresar", "precisar", "aclarar", "apuntar", "puntualizar", "confesar",
    "relatar", "narrar", "criticar", "denunciar", "exclamar", "responder", "contar",
})
# Role and occupation nouns after a name and a comma ("Cuperly, antiguo ayudante de").
APPOSITION_ROLES = PERSON_ROLES | frozenset({
    "ayudante", "asesor", "asesora", "hijo", "hija", "padre", "madre", "esposa", "esposo",
    "hermano", "hermana", "viuda", "autor", "autora", "profesor", "profesora", "miembro",
    "responsable", "jefe", "jefa", "titular", "adviser", "advisor", "son", "daughter",
    "wife", "husband", "brother", "sister", "widow", "professor", "head", "chief",
    "deputy", "aide", "member",
})
# Words inside a person's name ("Joao Pimienta da Veiga", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({
    "de", "del", "da", "das", "do", "dos", "van", "von", "der", "den", "di", "du", "la",
    "le", "bin", "ibn", "al",
})
# Prepositions of place: after one, a surname that is also a place is the place.
LOCATIVES = frozenset({
    "en", "desde", "hacia", "in", "at", "from", "near", "into", "inside", "outside",
})
# Words that may join the capitalised words of one name.
CONNECTORS = frozenset({
    "de", "del", "la", "las", "los", "of", "the", "&", "for", "für",
    # Portuguese, Italian and French ones ("Banco do Brasil", "Cassa di Risparmio")
    "do", "da", "dos", "das", "di", "della", "du", "des",
})
# Sentence-initial and question words the model sometimes takes for names.
FALSE_NAMES = frozenset({
    "según", "además", "ahora", "así", "aunque", "también", "tras", "mientras",
    "cuando", "donde", "qué", "quién", "quiénes", "cómo", "cuánto", "cuál", "por",
    "más", "menos", "hoy", "ayer", "mañana", "sin", "con", "para", "pero", "sobre",
    "entre", "desde", "hasta", "durante", "ante", "fuente", "fuentes",
    "however", "meanwhile", "according", "also", "what", "who", "how", "why", "where",
    "when", "more", "today", "yesterday", "but", "and", "while", "after", "before",
})
# Trailing words of a name that do not change which company it is ("Cerebras
# Systems" is "Cerebras"): used to link short and long forms within an article.
GENERIC_TAIL = frozenset({
    "systems", "ai", "group", "grupo", "holdings", "holding", "technologies",
    "technology", "labs", "inc", "corp", "corporation", "company", "co", "ltd", "plc",
    "sa", "s a", "sl", "ag", "se", "kgaa", "llc", "platforms", "networks", "software",
    "communications", "entertainment", "international", "global", "&", "y", "and",
})
GENERIC_HEAD = frozenset({
    "banco", "grupo", "bank", "group", "compania", "corporacion",
    # football clubs' initials: "AC Milan" is "Milan", "FC Oporto" is "Oporto"
    "ac", "fc", "cf", "afc", "ssc", "ud", "cd", "rcd",
})

# Role titles (matched on lower-case text). Longer titles win over shorter ones.
ROLE_TITLES = (
    "ceo", "cfo", "coo", "cto", "consejero delegado", "consejera delegada", "presidente",
    "presidenta", "presidente ejecutivo", "presidenta ejecutiva", "vicepresidente",
    "vicepresidenta", "fundador", "fundadora", "cofundador", "cofundadora",
    "co-fundador", "co-fundadora", "director financiero", "directora financiera",
    "director ejecutivo", "directora ejecutiva", "director general", "directora general",
    "director de operaciones", "directora de operaciones", "director de tecnología",
    "consejero", "consejera", "socio fundador", "máximo responsable", "primer ejecutivo",
    "founder", "co-founder", "cofounder", "chief executive", "chief executive officer",
    "chief financial officer", "chief operating officer", "chief technology officer",
    "chairman", "chairwoman", "chair", "president", "vice president", "vice-president",
    "managing director", "executive chairman", "general counsel", "head", "director",
    "partner", "managing partner", "general partner", "chief scientist", "ejecutivo",
    "ejecutiva", "executive", "director de inversiones", "chief investment officer",
    "jefe", "jefa", "responsable", "socio director", "socia directora",
)
_TITLE_JOINERS = frozenset({"and", "y", "e", "&", ","})
# Titles that only companies have: "CEO de X" makes X an organisation.
CORPORATE_TITLES = frozenset({
    "ceo", "cfo", "coo", "cto", "consejero delegado", "consejera delegada",
    "director financiero", "directora financiera", "director ejecutivo",
    "directora ejecutiva", "fundador", "fundadora", "cofundador", "cofundadora",
    "co-fundador", "co-fundadora", "founder", "co-founder", "cofounder",
    "chief executive", "chief executive officer", "chief financial officer",
    "chief operating officer", "chief technology officer", "presidente ejecutivo",
    "presidenta ejecutiva", "managing director", "executive chairman",
})


# --- gazetteer ----------------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation of the gazetteer: its name, aliases and optional Wikidata id."""

    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """Gazetteer entries and a lookup by the comparison key of any of their forms."""

    entries: tuple[GazetteerEntry, ...]

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose forms has the same key as ``name``, if any.

        >>> Gazetteer((GazetteerEntry("Telefónica", ("Telefonica",)),)).lookup("TELEFÓNICA S.A.")
        GazetteerEntry(name='Telefónica', aliases=('Telefonica',), wikidata=None)
        """
        return self._index().get(canonical_key(name))

    def _index(self) -> dict[str, GazetteerEntry]:
        index = self.__dict__.get("_by_key")
        if index is None:
            index = {}
            for entry in self.entries:
                for form in entry.forms:
                    # The first entry to claim a key keeps it, so users' files
                    # (loaded after the starter list) cannot silently re-route a name.
                    index.setdefault(canonical_key(form), entry)
            object.__setattr__(self, "_by_key", index)
        return index


def canonical_key(name: str) -> str:
    """The key two names of one organisation share: folded, legal form dropped.

    It is the key kg.iri slugs into an organisation's IRI, so names with equal keys
    become one node across articles.

    >>> canonical_key("Telefónica, S.A.") == canonical_key("TELEFONICA")
    True
    """
    return name_key(name)


def _read_entries(path: Path) -> Iterator[GazetteerEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the gazetteer ({err})") from err
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                yield _entry(row.get("name", ""), row.get("aliases", []), row.get("wikidata"))
            except (json.JSONDecodeError, AttributeError, TypeError, ValueError) as err:
                raise InputError(
                    f"{path}:{number}: expected a JSON object with 'name', 'aliases' "
                    f"(a list) and optional 'wikidata' ({err})"
                ) from err
        return
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), 1):
        if number == 1 and row and row[0].strip().lower() == "name":
            continue  # header line
        try:
            aliases = row[1].split("|") if len(row) > 1 else []
            yield _entry(row[0], aliases, row[2] if len(row) > 2 else None)
        except (IndexError, ValueError) as err:
            raise InputError(
                f"{path}: row {number}: expected name<TAB>aliases<TAB>wikidata ({err})"
            ) from err


def _entry(name: str, aliases: Iterable[str], wikidata: str | None) -> GazetteerEntry:
    name = name.strip()
    if not name:
        raise ValueError("empty name")
    wikidata = (wikidata or "").strip() or None
    if wikidata is not None and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
        raise ValueError(f"{wikidata!r} is not a Wikidata id such as Q95")
    clean = tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name))
    return GazetteerEntry(name, clean, wikidata)


@functools.lru_cache(maxsize=2)
def known_places(countries_only: bool = False) -> frozenset[str]:
    """Names of countries (in English and Spanish) and their subdivisions, from pycountry.

    A verb of saying or an age never turns one of these into a person.

    >>> {"Perú", "Peru", "Texas"} <= known_places()
    True
    """
    names: set[str] = set()
    try:
        spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
        translate = spanish.gettext
    except OSError:  # a pycountry build without its translations
        def translate(message: str) -> str:
            return message
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
                names.add(translate(value))
    # Short forms the ISO names lack.
    names.update({"U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "EEUU", "EE.UU.", "EE. UU."})
    # Everyday names the ISO list lacks (it has "Russian Federation", not "Russia"),
    # the nations of the United Kingdom, and former countries still named in news.
    names.update({
        "Russia", "Rusia", "Britain", "Great Britain", "Gran Bretaña", "England",
        "Inglaterra", "Scotland", "Escocia", "Wales", "Gales", "Northern Ireland",
        "Irlanda del Norte", "Holland", "Holanda", "Macedonia", "Bosnia", "Kosovo",
        "Palestine", "Palestina", "Ivory Coast", "Costa de Marfil", "Burma", "Birmania",
        "Yugoslavia", "Soviet Union", "Unión Soviética", "USSR", "URSS", "Zaire",
    })
    if not countries_only:
        for subdivision in pycountry.subdivisions:
            names.add(subdivision.name)
    return frozenset(names)


def load_given_names(extra: Sequence[str | Path] = ()) -> frozenset[str]:
    """Given names from ``gazetteer/given_names*.txt`` (words, ``#`` comments) and extra files.

    >>> "Arthur" in load_given_names()
    True
    """
    paths = sorted(data_dir("gazetteer").glob("given_names*.txt"))
    paths += [Path(p) for p in extra]
    names: set[str] = set()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"{path}: cannot read the given names ({err})") from err
        for line in text.splitlines():
            if not line.startswith("#"):
                names.update(line.split())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def load_demonyms() -> frozenset[str]:
    """Nationality words from ``gazetteer/demonyms*.txt`` (words, ``#`` comments):
    English ones capitalised, Spanish ones in lower case, as each language writes them.

    >>> {"Italian", "colombiano"} <= load_demonyms()
    True
    """
    names: set[str] = set()
    for path in sorted(data_dir("gazetteer").glob("demonyms*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"{path}: cannot read the demonyms ({err})") from err
        for line in text.splitlines():
            if not line.startswith("#"):
                names.update(line.split())
    return frozenset(names)


def load_gazetteer(extra: Sequence[str | Path] = (), *, starter: bool = True) -> Gazetteer:
    """The starter gazetteer (``gazetteer/*.tsv`` and ``*.jsonl``) plus extra files.

    >>> load_gazetteer().lookup("Nvidia").wikidata
    'Q182477'
    """
    paths: list[Path] = []
    if starter:
        folder = data_dir("gazetteer")
        paths += sorted([*folder.glob("*.tsv"), *folder.glob("*.jsonl")])
    for item in extra:
        path = Path(item)
        if not path.is_file():
            raise InputError(f"{path}: gazetteer file not found; check the 'gazetteers' setting")
        paths.append(path)
    entries: list[GazetteerEntry] = []
    for path in paths:
        entries.extend(_read_entries(path))
    return Gazetteer(tuple(entries))


# --- Doc extensions -------------------------------------------------------------------


def register_extensions(force: bool = True) -> None:
    """Register ``doc._.kg_entities`` and ``doc._.kg_roles`` (None until the component ran)."""
    for attr in ("kg_entities", "kg_roles"):
        if force or not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None, force=True)


register_extensions(force=False)


# --- the component ----------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    priority: int  # higher wins an overlap


# Priorities of the sources of a candidate entity.
_P_MODEL, _P_CONTEXT, _P_HEAD, _P_PERSON, _P_GAZ, _P_ACRONYM, _P_LEGAL = 0, 1, 2, 3, 4, 5, 6


@Language.factory(
    "kg_entities",
    default_config={"gazetteers": [], "given_names": []},
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
    assigns=["doc.ents", "doc._.kg_entities", "doc._.kg_roles"],
)
def make_kg_entities(
    nlp: Language, name: str, gazetteers: list[str], given_names: list[str]
) -> KgEntities:
    """spaCy factory: ``nlp.add_pipe("kg_entities", config={"gazetteers": [...]})``.

    ``gazetteers`` and ``given_names`` name extra files, read after kg's own.
    """
    register_extensions()
    return KgEntities(nlp, name, load_gazetteer(gazetteers), load_given_names(given_names))


class KgEntities:
    """Refines ``doc.ents`` and sets ``doc._.kg_entities`` and ``doc._.kg_roles``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        gazetteer: Gazetteer,
        given_names: frozenset[str] = frozenset(),
    ) -> None:
        self.name = name
        self.lang = nlp.lang
        self.gazetteer = gazetteer
        self.given_names = given_names
        self.places = known_places()
        self.countries = known_places(countries_only=True)
        self.demonyms = load_demonyms()
        self.stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self.gaz_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for index, entry in enumerate(gazetteer.entries):
            self.gaz_matcher.add(f"GAZ{index}", [nlp.make_doc(f) for f in entry.forms])
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("TITLE", [nlp.make_doc(t) for t in ROLE_TITLES])
        self._cap_of: dict[int, bool] = {}  # word type (orth id) → _is_cap
        self._hyphens = frozenset(nlp.vocab.strings.add(h) for h in ("-", "‐", "‑"))
        self.currencies = _currency_codes()
        self.lexicon = _common_words(nlp)
        self._folded_places = frozenset(fold(p) for p in self.places)

    def _caps(self, doc: Doc) -> list[bool]:
        """``_is_cap`` of every token, read once per word type: it depends on the word
        alone, and building a Token per word is most of what it would cost."""
        if not len(doc):
            return []
        cache = self._cap_of
        vocab = doc.vocab
        out = []
        hyphens = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            cap = cache.get(orth)
            if cap is None:
                cap = cache[orth] = _is_cap(vocab[orth])
            out.append(cap)
            if orth in self._hyphens:
                hyphens.append(i)
        # A hyphen written without spaces between two capitalised words joins them
        # into one name ("Couche-Tard", "Lip-Bu Tan", "dpa-AFX"), whereas a spaced
        # dash separates names ("Norwich - Leeds").
        for i in hyphens:
            if 0 < i < len(out) - 1 and out[i - 1] and out[i + 1] and \
                    not doc[i - 1].whitespace_ and not doc[i].whitespace_:
                out[i] = True
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents, aliases = self._refine(doc)
        doc.ents = ents
        entities, by_mention = self._resolve(doc, aliases)
        doc._.kg_entities = entities
        doc._.kg_roles = self._roles(doc, by_mention)
        return doc

    # -- 1. recognition ------------------------------------------------------------

    def _refine(self, doc: Doc) -> tuple[list[SpacySpan], list[tuple[str, str]]]:
        """The refined entities and the (long form, short form) pairs read from the text."""
        caps = self._caps(doc)
        texts = _texts(doc)
        cands: list[_Cand] = []
        pairs: list[tuple[str, str]] = []
        shouting: dict[int, bool] = {}
        has_sents = doc.has_annotation("SENT_START")
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label == "MISC" and self.lang == "es" and has_sents and \
                    ent.sent.start not in shouting:
                shouting[ent.sent.start] = _shouting(ent.sent)
            if label is None:
                continue
            if label == "MISC" and (
                shouting.get(ent.sent.start, False)
                or (len(ent) == 1 and any(c.isdigit() for c in ent.text))
            ):
                # Codes such as "M.70" are no names; and the Spanish model's MISC in
                # all-capitals headlines are mostly wrong (the English model's are not).
                continue
            for start, end in self._clean(doc, ent.start, ent.end, caps, label):
                # "Perú afirmó" is a country, and in English "Surrey" is a place; not
                # so in Spanish, where many surnames are place names (León, Toledo).
                if label == "PER" and (
                    doc[start:end].text in self.countries
                    or (self.lang != "es" and end - start == 1 and doc[start].text in self.places)
                ):
                    cands.append(_Cand(start, end, "LOC", _P_MODEL))
                elif label == "PER" and start > ent.start and \
                        doc[start - 1].lower_ in ("'s", "’s"):
                    # What a person owns and the model ran into the name is no person
                    # ("Silvio Berlusconi's Fininvest").
                    cands.append(_Cand(start, end, "ORG", _P_CONTEXT))
                else:
                    cands.append(_Cand(start, end, label, _P_MODEL))
        for _, start, end in self.gaz_matcher(doc):
            if not _sentence_initial_false(doc, start, self.stop_words):
                cands.append(_Cand(start, end, "ORG", _P_GAZ))
        cands += self._cue_candidates(doc, caps, cands, pairs, texts)
        cands += self._person_candidates(doc, caps, cands, texts)
        cands += _table_candidates(doc, caps)
        cands += self._dateline_candidates(doc, caps)
        chosen = _resolve_overlaps(doc, cands)
        chosen = self._company_names(doc, chosen)
        chosen = self._one_sense(doc, chosen, caps, texts)
        chosen = self._people_lists(doc, chosen, caps)
        chosen = self._join_people(doc, chosen, caps)
        chosen = self._retype(doc, chosen, caps)
        chosen = self._org_lists(doc, chosen)
        chosen = _one_type(doc, chosen)
        spans = [SpacySpan(doc, c.start, c.end, label=c.label) for c in chosen]
        return spans, pairs

    def _clean(
        self, doc: Doc, start: int, end: int, caps: list[bool], label: str = ""
    ) -> list[tuple[int, int]]:
        """Trim or drop a model entity; split it at line breaks, numbers and brackets."""
        pieces: list[tuple[int, int]] = []
        piece_start = start
        # A person, place or "misc" name never runs across "y"/"and" between two
        # capitalised words ("Ébano y Logística Quercus" is two companies), unless the
        # whole is a known place ("Castilla y León").
        joins = ("y", "e", "and", ",") if label == "PER" else ("y", "e", "and")
        split = label != "ORG" and doc[start:end].text not in self.places
        for i in range(start, end + 1):
            if i == end or (_breaks_name(doc[i]) and not caps[i]) or (
                split and doc[i].lower_ in joins and i > start
                and caps[i - 1] and i + 1 < end and caps[i + 1]
            ) or (
                # A comma never falls inside a name, save before a legal form
                # ("Telefónica, S.A."): "Mercado Libre, Globant" is two companies.
                doc[i].text == "," and i + 1 < end and doc[i + 1].text not in LEGAL_FORMS
            ) or (
                # A round's name ends before its company: "Serie E de Ruvo".
                i - start >= 2 and doc[i - 2].text in ("Serie", "Series", "Ronda")
                and len(doc[i - 1].text) <= 2 and doc[i].lower_ in ("de", "of", "del")
                and _funding_sentence(doc, i)
            ) or (
                # A possessive ends the owner's name: "Silvio Berlusconi's Fininvest".
                doc[i].lower_ in ("'s", "’s") and i + 1 < end and caps[i + 1]
            ):
                if i > piece_start:
                    pieces.append((piece_start, i))
                piece_start = i + 1
        kept = []
        for s, e in pieces:
            # Leading punctuation and function words ("¿Qué", "Según Reuters").
            while s < e and (
                doc[s].is_punct
                or (doc[s].lower_ in FALSE_NAMES)
                or (doc[s].is_sent_start and doc[s].lower_ in self.stop_words
                    and doc[s].pos_ not in ("DET", "PROPN"))
            ):
                s += 1
            while s < e and doc[s].lower_ in HEADLINE_VERBS and doc[s].text[:1].isupper():
                s += 1
            # An article opening a sentence belongs to a title ("El País", "The
            # Information") but not to a term or a company ("El EBITDA", "The
            # Volkswagen Group").
            if e - s >= 2 and doc[s].lower_ in _ARTICLES and _opens_sentence(doc, s) and (
                doc[s + 1].text in NON_NAMES or doc[s + 1].text in self.currencies
                or doc[e - 1].text in ORG_TAILS or doc[e - 1].text in LEGAL_FORMS
            ):
                s += 1
            e = _strip_bodies(doc, s, e)
            while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s")
                             or doc[e - 1].lower_ in CONNECTORS):
                e -= 1
            while label == "PER" and e - s > 1 and doc[e - 1].text in NON_NAMES:
                e -= 1  # a person's name never ends in a term ("Global VC investment")
            if e - s == 1 and doc[s].text in NON_NAMES:
                continue
            if e - s == 1 and label == "PER" and _opens_sentence(doc, s) and \
                    doc[s].text not in self.given_names and self.is_common(doc[s].text) \
                    and e < end:
                continue  # what is left is a common word opening the sentence
            if self.lang == "en" and e - s == 1 and s > 0 and doc[s - 1].text == "The" and \
                    not _opens_sentence(doc, s - 1) and self.is_common(doc[s].text):
                s -= 1  # "The Information reported": a title, whose "The" is capitalised
            if e <= s or not any(caps[s:e]):
                continue
            if not caps[s] and not doc[s].is_digit:
                # A name starts with a capital ("the Financial Times" → "Financial Times").
                while s < e and not caps[s]:
                    s += 1
                if e <= s:
                    continue
            if any(
                doc[i].is_alpha and not caps[i] and doc[i].lower_ not in CONNECTORS
                for i in range(s + 1, e)
            ):
                continue  # a phrase or heading, not a name ("La operación está sujeta")
            if e - s == 1 and _sentence_initial_false(doc, s, self.stop_words):
                continue
            if e - s == 1 and doc[s].is_sent_start and doc[s].pos_ == "NOUN" and \
                    e < len(doc) and doc[e].text == ":":
                continue  # a heading's label ("Goles:", "Incidencias:")
            kept.append((s, e))
        return kept

    def _cue_candidates(
        self, doc: Doc, caps: list[bool], model: list[_Cand], pairs: list[tuple[str, str]],
        texts: list[str],
    ) -> list[_Cand]:
        out: list[_Cand] = []
        n = len(doc)
        strings = doc.vocab.strings
        lemmas = doc.to_array(LEMMA).tolist() if n else []
        for i, text in enumerate(texts):
            # Every cue below is keyed on this token's text, lower case or lemma: most
            # tokens are none of them and cost no Token.
            if text not in _CUE_TEXTS and text.lower() not in _CUE_LOWERS and \
                    strings[lemmas[i]].lower() not in DEAL_VERBS and text not in self.demonyms:
                continue
            tok = doc[i]
            # Legal form after a name: "Zegona SAU", "Akorn Inc.", "Telefónica, S.A.".
            if text in LEGAL_FORMS and i > 0:
                j = i - 1 if doc[i - 1].text != "," else i - 2
                if j >= 0 and caps[j] and doc[j].text not in LEGAL_FORMS:
                    s = _run_start(doc, j, caps, self.stop_words)
                    e = i + 1
                    while e < n and (doc[e].text in LEGAL_FORMS or doc[e].text == "&"):
                        e += 1
                    while doc[e - 1].text == "&":
                        e -= 1
                    out.append(_Cand(s, e, "ORG", _P_LEGAL))
            # Institution head opening a name: "Banco de Sabadell", "Ministry of Defence".
            elif text in ORG_HEADS and caps[i]:
                e = _run_end(doc, i + 1, caps, allow_connector_first=True)
                if e > i + 1 and tuple(t.text for t in doc[i:e]) not in INTERNAL_BODIES:
                    s = i
                    if self.lang == "en":
                        # English puts the name's adjectives before its head ("Royal
                        # Bank of Scotland", "European Investment Bank").
                        s = _run_start(doc, i, caps, self.stop_words)
                        while s < i and (doc[s].text in self.countries
                                         or doc[s].text in HONORIFICS):
                            s += 1
                    if doc[s:e].text not in self.places:  # not "Soviet Union"
                        out.append(_Cand(s, e, "ORG", _P_HEAD))
                elif text in INSTITUTIONS and not tok.is_sent_start:
                    out.append(_Cand(i, i + 1, "ORG", _P_HEAD))
            elif text in INSTITUTIONS and not tok.is_sent_start:
                out.append(_Cand(i, i + 1, "ORG", _P_HEAD))
            # Tail word closing a name: "Spark Capital", "Cisco Systems", "Mistral AI".
            if text in ORG_TAILS and i > 0 and caps[i - 1] and doc[i - 1].pos_ == "PROPN" and \
                    not (text in NON_NAMES and i + 1 < n and doc[i + 1].is_lower
                         and doc[i + 1].is_alpha):
                s = _run_start(doc, i - 1, caps, self.stop_words)
                if s < i:
                    out.append(_Cand(s, i + 1, "ORG", _P_HEAD))
            # Descriptor before a name: "la startup X", "chipmaker X", "el banco X".
            low = tok.lower_
            if (low in DESCRIPTORS or low in ORG_DESCRIPTORS) and \
                    (text.lower() == text or tok.is_sent_start) or (
                low in NATIONALITY_DESCRIPTORS and i > 0 and doc[i - 1].lower_ in ("la", "una")
            ):
                k = i + 1
                via_adp = False
                while k < n and k - i <= 3 and doc[k].is_alpha and doc[k].is_lower and (
                    doc[k].pos_ == "ADJ"
                    or (doc[k].lower_ == "de" and k + 1 < n and doc[k + 1].pos_ == "NOUN"
                        and doc[k + 1].is_lower)
                    or (via_adp and doc[k].pos_ == "NOUN")
                ):
                    via_adp = via_adp or doc[k].pos_ == "ADP"
                    k += 1
                if k < n and caps[k] and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "X") and \
                        doc[k].text not in NON_NAMES and doc[k].text not in self.countries \
                        and doc[k].text not in self.demonyms and \
                        not (via_adp and _label_at(model, k, k + 1) in ("LOC", "PER")
                             and doc[k].text in self.places):
                    out.append(_Cand(k, _run_end(doc, k, caps), "ORG", _P_CONTEXT))
            elif low in _PLURAL_CUES:
                k = i + 1
                if k < n and doc[k].lower_ == "such" and k + 1 < n and doc[k + 1].lower_ == "as":
                    k += 1
                if k + 1 < n and doc[k].lower_ in ("como", "as", "like", "including") and \
                        caps[k + 1]:
                    out += _list_of_names(doc, k + 1, caps)
                elif k + 2 < n and tok.is_lower and caps[k] and not doc[k].is_sent_start and \
                        doc[k].pos_ in ("PROPN", "NOUN", "X") and doc[k].text not in NON_NAMES:
                    # "las aseguradoras X e Y", "shipping groups X and Y": a list of two
                    # or more, so that a plural noun before one name is not read as a cue.
                    names = _list_of_names(doc, k, caps)
                    if len(names) >= 2:
                        out += names
            if low in _OUTLET_DESCRIPTORS and tok.is_lower and i + 2 < n and \
                    doc[i + 1].text in ("El", "La", "Los", "Las", "The") and caps[i + 2]:
                out.append(_Cand(i + 1, _run_end(doc, i + 2, caps), "ORG", _P_CONTEXT))
            # A product: "la plataforma Vera Rubin", "franquicias como Diablo".
            if low in PRODUCT_DESCRIPTORS and tok.is_lower and i + 1 < n and caps[i + 1] and \
                    i > 0 and doc[i - 1].lower_ in ("el", "la", "the", "su", "its", "del", "al"):
                # above a given name: products are named after people ("Vera Rubin")
                out.append(_Cand(i + 1, _run_end(doc, i + 1, caps), "MISC", _P_GAZ))
            elif low in PRODUCT_PLURALS and tok.is_lower and i + 2 < n and \
                    doc[i + 1].lower_ in ("como", "like", "including") and caps[i + 2]:
                out += [_Cand(c.start, c.end, "MISC", _P_CONTEXT)
                        for c in _list_of_names(doc, i + 2, caps)]
            # A funding round's name is no organisation: "la Serie E de Ruvo",
            # "a Series B round".
            if text in ("Serie", "Series", "Ronda") and i + 1 < n and \
                    len(doc[i + 1].text) <= 2 and doc[i + 1].text[:1].isupper() and \
                    doc[i + 1].text[:1].isalpha() and _funding_sentence(doc, i):
                out.append(_Cand(i, i + 2, "MISC", _P_LEGAL))
            # A facility named after a person or place: "la planta fotovoltaica
            # Francisco Pizarro", "el estadio Ramón Sánchez".
            if low in FACILITY_DESCRIPTORS and tok.is_lower and i > 0 and \
                    doc[i - 1].lower_ in ("el", "la", "su", "del", "al", "los", "las"):
                k = i + 1
                while k < n and k - i <= 2 and doc[k].is_alpha and doc[k].is_lower and \
                        doc[k].pos_ == "ADJ":
                    k += 1
                if k < n and caps[k] and k > i:
                    out.append(_Cand(k, _person_end(doc, k, caps), "LOC", _P_GAZ))
            # The owner of shares, stores or accounts is an organisation: "las
            # acciones de Nutresa", "accionista mayoritario de Asur", "shares of X".
            if low in OWNED_NOUNS and tok.is_lower:
                k = i + 1
                while k < n and k - i <= 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k += 1
                if k + 1 < n and doc[k].lower_ in ("de", "del", "of", "in", "en") and \
                        caps[k + 1] and doc[k + 1].pos_ == "PROPN" and \
                        doc[k + 1].text not in self.given_names and \
                        doc[k + 1].text not in NON_NAMES:
                    e = _run_end(doc, k + 1, caps)
                    if _label_at(model, k + 1, e) in (None, "MISC", "ORG") or (
                        e - k - 1 == 1 and _label_at(model, k + 1, e) == "PER"
                    ) or doc[k + 1:e].text not in self.places:
                        out.append(_Cand(k + 1, e, "ORG", _P_CONTEXT))
            # "Houston-based Talen": what comes before "-based" is a place.
            if low in ("based", "headquartered") and i > 1 and \
                    doc[i - 1].text in ("-", "–", "‐") and not doc[i - 2].whitespace_ and \
                    not doc[i - 1].whitespace_ and caps[i - 2]:
                s = _run_start(doc, i - 2, caps, self.stop_words)
                out.append(_Cand(s, i - 1, "LOC", _P_CONTEXT))
            # A nationality names a government: "the German government", "el
            # Estado colombiano", "el Gobierno español".
            if text in self.demonyms and text[:1].isupper() and i + 1 < n and \
                    doc[i + 1].lower_ in _GOVERNMENT_NOUNS and doc[i + 1].is_lower:
                out.append(_Cand(i, i + 2, "ORG", _P_HEAD))
            if text in _STATE_HEADS and i + 1 < n and doc[i + 1].text in self.demonyms and \
                    doc[i + 1].is_lower and not tok.is_sent_start:
                out.append(_Cand(i, i + 2, "ORG", _P_HEAD))
            # What a maker makes is a product: "Snickers maker Mars", "maker of
            # Pringles and Cheez-It", "fabricante de Ariel".
            if low in _MAKERS and tok.is_lower:
                if i > 0 and caps[i - 1] and low in ("maker", "makers") and \
                        not tok.is_sent_start:
                    s = _run_start(doc, i - 1, caps, self.stop_words)
                    out.append(_Cand(s, i, "MISC", _P_CONTEXT))
                if i + 2 < n and doc[i + 1].lower_ in ("of", "de") and caps[i + 2]:
                    out += [_Cand(c.start, c.end, "MISC", _P_CONTEXT)
                            for c in _list_of_names(doc, i + 2, caps)]
            # English names a product before its kind: "its Bing search engine".
            if low in ("its", "their", "his", "her") and i + 2 < n and caps[i + 1]:
                e = _run_end(doc, i + 1, caps)
                k = e
                while k < n and k - e < 2 and doc[k].is_lower and doc[k].is_alpha and \
                        doc[k].lower_ not in _PRODUCT_HEADS:
                    k += 1
                if k < n and doc[k].lower_ in _PRODUCT_HEADS and doc[k].is_lower:
                    out.append(_Cand(i + 1, e, "MISC", _P_CONTEXT))
            # A source line: "Fuente: Xataka", "Source: Reuters".
            if low in ("fuente", "fuentes", "source", "sources", "vía", "via") and \
                    i + 2 < n and doc[i + 1].text == ":" and caps[i + 2]:
                out.append(_Cand(i + 2, _run_end(doc, i + 2, caps), "ORG", _P_CONTEXT))
            # Copula: "Telecom es una compañía", "Groq is a chipmaker".
            last = i - 2 if i > 1 and doc[i - 1].text == "," else i - 1
            if low in ("es", "is", "era", "was") and last >= 0 and caps[last] and \
                    i + 2 < n and doc[i + 1].lower_ in ("un", "una", "a", "an"):
                for k in range(i + 2, min(n, i + 5)):
                    if doc[k].lower_ in DESCRIPTORS:
                        s = self._name_start(doc, model, last, caps)
                        out.append(_Cand(s, last + 1, "ORG", _P_CONTEXT))
                        break
                    if not (doc[k].is_alpha and doc[k].is_lower):
                        break
            # A bare apposition: "Nugil, empresa del Grupo Gilinski", "X, filial de Y".
            if text == "," and i > 0 and caps[i - 1] and i + 2 < n and \
                    doc[i + 1].lower_ in DESCRIPTORS and doc[i + 1].is_lower and \
                    doc[i + 2].lower_ in ("de", "del", "of", "que", "that", "con", "with") and \
                    not _sentence_initial_false(doc, i - 1, self.stop_words):
                s = self._name_start(doc, model, i - 1, caps)
                if doc[s:i].text not in self.places:
                    out.append(_Cand(s, i, "ORG", _P_CONTEXT))
            # A descriptor in brackets: "GIC (firma de inversión de Singapur)".
            if text == "(" and i > 0 and caps[i - 1] and i + 1 < n and \
                    (doc[i + 1].lower_ in DESCRIPTORS or doc[i + 1].lower_ in ORG_DESCRIPTORS) \
                    and doc[i + 1].is_lower:
                s = self._name_start(doc, model, i - 1, caps)
                if doc[s:i].text not in self.places:
                    out.append(_Cand(s, i, "ORG", _P_CONTEXT))
            # Apposition: "X, a cybersecurity firm", "Cerebras Systems, una startup".
            if text == "," and i > 0 and caps[i - 1] and i + 2 < n and \
                    doc[i + 1].lower_ in ("un", "una", "la", "el", "a", "an", "the") and \
                    not _sentence_initial_false(doc, i - 1, self.stop_words):
                for k in range(i + 2, min(n, i + 6)):
                    if doc[k].lower_ in DESCRIPTORS:
                        s = self._name_start(doc, model, i - 1, caps)
                        out.append(_Cand(s, i, "ORG", _P_CONTEXT))
                        break
                    if not (doc[k].is_alpha and doc[k].is_lower):
                        break
            # Deal verb with an organisation as object or agent: "adquirir X",
            # "invertir en X", "buy X", "adquirida por NVIDIA".
            if tok.lemma_.lower() in DEAL_VERBS and tok.pos_ in ("VERB", "AUX", "NOUN"):
                k = i + 1
                if k < n and doc[k].lower_ in ("en", "in", "a", "con", "with", "por", "by"):
                    k += 1
                if k < n and caps[k] and doc[k].pos_ == "PROPN":
                    e = _run_end(doc, k, caps)
                    label = _label_at(model, k, e)
                    if label in (None, "MISC", "ORG"):
                        out.append(_Cand(k, e, "ORG", _P_CONTEXT))
                # The subject of a deal verb ("FTX invirtió", "Amazon will invest"), also
                # of the verb it completes ("Orchard Health agreed to buy").
                subjects = list(tok.children)
                if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENT_VERBS:
                    subjects += list(tok.head.children)
                for child in subjects:
                    if child.dep_ != "nsubj" or not caps[child.i] or child.pos_ != "PROPN":
                        continue
                    hit = _cand_at(model, child.i)
                    if hit is None:
                        start = child.i
                        if self.lang == "en":
                            # An English name ends in its head ("Orchard Health").
                            start = _run_start(doc, child.i, caps, self.stop_words)
                        out.append(_Cand(start, _run_end(doc, child.i, caps), "ORG", _P_CONTEXT))
                    elif hit.label == "MISC":
                        out.append(_Cand(hit.start, hit.end, "ORG", _P_CONTEXT))
            # Deal noun: "la adquisición de Bethesda", "a stake in Anthropic".
            preps = DEAL_NOUNS.get(low)
            if preps and i + 1 < n and doc[i + 1].lower_ in preps:
                k = i + 2
                if k < n and doc[k].lower_ in ("la", "el", "the"):
                    k += 1
                if k < n and caps[k] and doc[k].pos_ == "PROPN" and \
                        doc[k].text not in NON_NAMES:
                    e = _run_end(doc, k, caps)
                    if _label_at(model, k, e) in (None, "MISC", "ORG"):
                        out.append(_Cand(k, e, "ORG", _P_CONTEXT))
            # "el Parma", "del Sabadell": a place name never takes "el" in Spanish,
            # a club or a company does; "la SEPI", "el BBVA": an acronym with an article.
            if low in ("el", "del", "al", "la") and tok.is_lower and i + 1 < n and \
                    caps[i + 1] and doc[i + 1].text not in NON_NAMES and \
                    (i + 2 >= n or not caps[i + 2]):
                nxt_tok = doc[i + 1]
                hit = _cand_at(model, i + 1)
                label = hit.label if hit is not None and hit.end == i + 2 and \
                    hit.start == i + 1 else None
                if _is_acronym(nxt_tok.text) and nxt_tok.text.isupper() and \
                        label in (None, "MISC", "LOC") and nxt_tok.text not in self.countries:
                    out.append(_Cand(i + 1, i + 2, "ORG", _P_CONTEXT))
                elif low != "la" and label == "LOC" and nxt_tok.text not in ARTICLE_PLACES \
                        and nxt_tok.text not in self.countries:
                    out.append(_Cand(i + 1, i + 2, "ORG", _P_CONTEXT))
            # Acronym definition: "Sociedad Estatal de Participaciones Industriales (SEPI)".
            if text == "(" and i > 0 and i + 2 < n and doc[i + 2].text == ")" and \
                    _is_acronym(doc[i + 1].text) and caps[i - 1] and \
                    doc[i + 1].text not in NON_NAMES:
                s = self._name_start(doc, model, i - 1, caps)
                long_form = doc[s:i]
                acronym = doc[i + 1].text
                if _initials_fit(acronym, long_form.text):
                    label = _label_at(model, s, i)
                    orgish = any(t.text in ORG_HEADS or t.text in ORG_TAILS or
                                 t.text in LEGAL_FORMS for t in long_form)
                    label = label if label in ("LOC", "PER", "MISC") and not orgish else "ORG"
                    out.append(_Cand(s, i, label, _P_ACRONYM))
                    out.append(_Cand(i + 1, i + 2, label, _P_ACRONYM))
                    pairs.append((long_form.text, acronym))
            # The long form of a term's acronym is no name: "Oferta Pública de
            # Adquisición (OPA)", "Initial Public Offering (IPO)".
            if text == "(" and i > 0 and i + 2 < n and doc[i + 2].text == ")" and \
                    doc[i + 1].text in NON_NAMES and caps[i - 1]:
                s = self._name_start(doc, model, i - 1, caps)
                out.append(_Cand(s, i, "MISC", _P_ACRONYM))
            # Ticker: "Chevron Corporation (NYSE: CVX)".
            if text == "(" and i > 0 and i + 4 < n and doc[i + 2].text == ":" and \
                    doc[i + 4].text == ")" and doc[i + 1].text.isupper() and \
                    doc[i + 3].text.isupper() and doc[i + 3].is_alpha:
                if caps[i - 1] or _ent_start(model, i - 1) is not None:
                    s = self._name_start(doc, model, i - 1, caps)
                    out.append(_Cand(i + 3, i + 4, "ORG", _P_ACRONYM))
                    pairs.append((doc[s:i].text, doc[i + 3].text))
        # "consejero delegado de Brivana", "Vantor CEO": the organisation of a title
        # only companies have.
        for _, ts, te in self.title_matcher(doc):
            if doc[ts:te].text.lower() not in CORPORATE_TITLES:
                continue
            k = te + 1 if te < n and doc[te].lower_ in ("de", "del", "of", "at") else -1
            if k < 0 and ts > 0 and caps[ts - 1] and doc[ts - 1].pos_ == "PROPN":
                s = self._name_start(doc, model, ts - 1, caps)
                if doc[s:ts].text not in self.places:
                    out.append(_Cand(s, ts, "ORG", _P_CONTEXT))
            elif 0 < k < n and caps[k]:
                e = _run_end(doc, k, caps)
                if doc[k:e].text not in self.places and _label_at(model, k, e) != "PER":
                    out.append(_Cand(k, e, "ORG", _P_CONTEXT))
        return out

    def is_common(self, word: str) -> bool:
        """Whether a word (any case) is a common noun or adjective of the language
        ("Textiles", "Energías", "Freight"), read from the lemmatiser's word lists; a
        place name never is."""
        if word in self.places:
            return False
        folded = fold(word)
        if not folded or not folded.isalpha():
            return False
        forms = {folded}
        if folded.endswith("s"):
            forms |= {folded[:-1], folded[:-2]}
            if folded.endswith("ies"):
                forms.add(folded[:-3] + "y")
        forms |= {f[:-1] + "o" for f in list(forms) if f.endswith("a")}
        return bool(forms & self.lexicon)

    def _generic_word(self, word: str) -> bool:
        """A common word that can be left out of a company name (not a place, not a
        connector)."""
        folded = fold(word)
        if folded in _FOLDED_TAILS:
            return True  # "Robotics" of "Nubia Robotics", in a Spanish article too
        return folded not in CONNECTORS and folded not in self._folded_places and \
            self.is_common(word)

    def _company_names(self, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
        """Organisations the model took for people or places.

        A name without a known given name is a company when it opens with a common noun
        in Spanish ("Textiles Brezo", "Energías del Cierzo"), when in English a "person"
        ends with one ("Northwind Cloud", "Baltica Freight"), when a deal makes it a
        target ("was bought by X", "a takeover bid for X", "la compra de X"), or when it
        is coordinated with an organisation ("X and Y said they would merge"), the last
        read once the others have been decided."""
        out: list[_Cand] = []
        taken = {i for c in chosen for i in range(c.start, c.end)}
        for c in chosen:
            k = c.start - 1
            if self.lang == "es" and k >= 0 and k not in taken and c.label != "PER" and \
                    _opens_sentence(doc, k) and doc[k].pos_ in ("PROPN", "NOUN") and \
                    doc[k].text[:1].isupper() and doc[k].text[1:].islower() and \
                    doc[k].lower_ not in self.stop_words and doc[k].lower_ not in PERSON_ROLES \
                    and fold(doc[k].text) not in _NOT_COMPANY_HEADS and \
                    self.is_common(doc[k].text):
                # "Transportes Ébano y ...": the model left out the common noun that
                # opens the sentence and the company's name.
                c = _Cand(k, c.end, "ORG", _P_CONTEXT)
            if self._may_be_company(doc, c) and self._reads_as_company(doc, c):
                c = _Cand(c.start, c.end, "ORG", _P_CONTEXT)
            out.append(c)
        org_ends = {c.end for c in out if c.label == "ORG"}
        org_starts = {c.start for c in out if c.label == "ORG"}
        n = len(doc)
        for index, c in enumerate(out):
            if self._may_be_company(doc, c) and (
                (c.end + 1 < n and doc[c.end].lower_ in _COORD and c.end + 1 in org_starts)
                or (c.start > 0 and doc[c.start - 1].lower_ in _COORD
                    and c.start - 1 in org_ends)
            ):
                out[index] = _Cand(c.start, c.end, "ORG", _P_CONTEXT)
        return out

    def _may_be_company(self, doc: Doc, c: _Cand) -> bool:
        """A model's person, place or "misc" name that no given name, known place or
        head word of places and events rules out as a company."""
        text = doc[c.start:c.end].text
        return c.label in ("PER", "LOC", "MISC") and c.priority == _P_MODEL and \
            doc[c.start].text not in self.given_names and text not in self.places and \
            text.title() not in self.places and fold(doc[c.start].text) not in _NOT_COMPANY_HEADS

    def _reads_as_company(self, doc: Doc, c: _Cand) -> bool:
        """The words of a name, or a deal around it, say it is a company."""
        first = doc[c.start]
        last = doc[c.end - 1]
        prev = doc[c.start - 1] if c.start > 0 else None
        before = doc[c.start - 2] if c.start > 1 else None
        if prev is not None and prev.lower_ in ("la", "el", "the") and before is not None:
            prev, before = before, doc[c.start - 3] if c.start > 2 else None
        root = doc[c.start:c.end].root
        return (
            (self.lang == "es" and c.end - c.start >= 2 and first.text[:1].isupper()
             and first.text[1:].islower() and first.lower_ not in self.stop_words
             and first.pos_ not in ("DET", "ADP", "PRON") and self.is_common(first.text))
            or (self.lang != "es" and c.label == "PER" and c.end - c.start >= 2
                and len(last.text) > 3 and last.text[1:].islower()
                and self.is_common(last.text))
            or (prev is not None and before is not None and prev.lower_ in _TARGET_PREPS
                and (before.lower_ in TARGET_NOUNS
                     or (prev.lower_ in ("by", "por")
                         and before.lemma_.lower() in TARGET_VERBS)))
            or (root.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
                and root.head.lemma_.lower() in TARGET_VERBS)
        )

    def _name_start(self, doc: Doc, model: list[_Cand], last: int, caps: list[bool]) -> int:
        """First token of the name ending at ``last``: the model's entity, or the
        capitalised run."""
        start = _ent_start(model, last)
        return _run_start(doc, last, caps, self.stop_words) if start is None else start

    def _person_candidates(
        self, doc: Doc, caps: list[bool], model: list[_Cand], texts: list[str]
    ) -> list[_Cand]:
        """People from the words around a name: honorifics and roles before it ("Mr
        Smith", "el ministro X", "CEO Arthur Mensch"), an initial ("K. Curran"), a
        known given name ("Marc Murtra"), an age ("Wang, 45,"), a verb of saying."""
        out: list[_Cand] = []
        n = len(doc)
        for i, text in enumerate(texts):
            # Only a capitalised word, an honorific or a role opens any cue below.
            if not caps[i] and text not in HONORIFICS and text.lower() not in PERSON_ROLES:
                continue
            tok = doc[i]
            nxt = i + 1
            if nxt < n and caps[nxt] and (
                text in HONORIFICS
                or (tok.lower_ in PERSON_ROLES and (not caps[i] or tok.is_sent_start))
                or (tok.lower_ in PERSON_ROLES and text.isupper() and len(text) <= 3)
            ):
                e = _person_end(doc, nxt, caps)
                if e > nxt:
                    out.append(_Cand(nxt, e, "PER", _P_PERSON))
                continue
            # "el CEO de OpenAI, Sam Altman", "ministro de Economía, Carlos Cuerpo".
            if tok.lower_ in PERSON_ROLES and nxt + 1 < n and \
                    doc[nxt].lower_ in ("de", "del", "of", "at"):
                k = nxt + 1
                if doc[k].lower_ in ("la", "el", "the") and k + 1 < n:
                    k += 1
                if caps[k]:
                    e = _run_end(doc, k, caps)
                    if e + 1 < n and doc[e].text == "," and caps[e + 1]:
                        pe = _person_end(doc, e + 1, caps)
                        if pe > e + 1:
                            out.append(_Cand(e + 1, pe, "PER", _P_PERSON))
            if not caps[i]:
                continue
            # An initial: "K. Curran", "J. Zanetti", in English also "G Crosse".
            initial = (len(text) == 2 and text[1] == "." and text[0].isupper()) or (
                self.lang == "en" and len(text) == 1 and text.isupper() and text not in "AI"
                and not tok.is_sent_start and nxt < n and doc[nxt].text[1:].islower()
            )
            if initial and nxt < n and \
                    caps[nxt] and doc[nxt].text not in ORG_TAILS and \
                    doc[nxt].text not in LEGAL_FORMS:
                e = _person_end(doc, nxt, caps)
                if e > nxt:
                    out.append(_Cand(i, e, "PER", _P_PERSON))
                continue
            # A name and a country in brackets: "Geir Moen ( Norway )".
            # Not a dateline: "Sao Paulo ( Brasil ) , 23 may" is a place.
            if nxt + 2 < n and doc[nxt].text == "(" and doc[nxt + 2].text == ")" and \
                    doc[nxt + 1].text in self.countries and not (
                        nxt + 4 < n and doc[nxt + 3].text == "," and doc[nxt + 4].like_num
                    ):
                s = _run_start(doc, i, caps, self.stop_words)
                if 2 <= i + 1 - s <= 3 and not any(
                    doc[k].text in ORG_TAILS or doc[k].text in LEGAL_FORMS
                    or doc[k].text in ORG_HEADS for k in range(s, i + 1)
                ) and doc[s:i + 1].text not in self.places:
                    out.append(_Cand(s, i + 1, "PER", _P_CONTEXT))
            # A given name: "Arthur Mensch", "Joao Pimienta da Veiga", "KEVIN BROWN".
            given = text in self.given_names or (
                text.isupper() and len(text) > 2 and text.title() in self.given_names
            )
            if given and nxt < n and caps[nxt] and \
                    not _sentence_initial_false(doc, i, self.stop_words):
                e = _person_end(doc, nxt, caps)
                if e > nxt and not any(doc[k].text in ORG_TAILS or doc[k].text in ORG_HEADS
                                       or doc[k].text in LEGAL_FORMS for k in range(i, e)):
                    out.append(_Cand(i, e, "PER", _P_PERSON))
            # An age: "Wang, 45, a veteran dissident".
            if i + 3 < n and doc[nxt].text == "," and doc[i + 2].is_digit and \
                    doc[i + 3].text == "," and 16 <= int(doc[i + 2].text) <= 105:
                s = self._name_start(doc, model, i, caps)
                if doc[s:i + 1].text not in self.places:
                    out.append(_Cand(s, i + 1, "PER", _P_CONTEXT))
            # A name with a relative "quien"/"who", or with a role in apposition
            # ("Barrena, quien sostuvo", "Cuperly, antiguo ayudante de Guy Roux").
            if nxt + 1 < n and doc[nxt].text == "," and (
                doc[nxt + 1].lower_ in ("quien", "quienes", "who")
                or _apposition_role(doc, nxt + 1)
            ):
                hit = _cand_at(model, i)
                s = hit.start if hit is not None and hit.end == i + 1 else \
                    _run_start(doc, i, caps, self.stop_words)
                if doc[s:i + 1].text not in self.places and \
                        (hit is None or hit.label != "ORG"):
                    out.append(_Cand(s, i + 1, "PER", _P_CONTEXT))
            # The subject of a verb of saying, when the model did not call it an
            # organisation ("Díez afirmó", "aseguró Castillo").
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and \
                    tok.head.lemma_.lower() in SPEECH_VERBS and text not in self.places and \
                    tok.lower_ not in PERSON_ROLES and text not in HONORIFICS:
                hit = _cand_at(model, i)
                if hit is None:
                    if not _sentence_initial_false(doc, i, self.stop_words):
                        out.append(_Cand(i, i + 1, "PER", _P_CONTEXT))
                elif hit.label == "LOC" and hit.end - hit.start == 1:
                    out.append(_Cand(hit.start, hit.end, "PER", _P_CONTEXT))
        return out

    def _people_lists(self, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
        """In a list of names that is mostly people ("Sam Altman, Greg Lund and Pesce"),
        the other names are people too: unlabelled ones, and single words the model
        alone labelled otherwise."""
        by_start = {c.start: c for c in chosen}
        n = len(doc)
        out = list(chosen)
        i = 0
        while i < n:
            items: list[_Cand] = []
            k = i
            while k < n:
                if k in by_start:
                    item = by_start[k]
                elif caps[k] and doc[k].text not in NON_NAMES and not doc[k].is_sent_start:
                    item = _Cand(k, _person_end(doc, k, caps), "", -1)
                    if any(j in by_start for j in range(item.start, item.end)):
                        break
                else:
                    break
                items.append(item)
                k = item.end
                while k < n and (doc[k].text in _LIST_SEPARATORS or doc[k].lower_ in
                                 ("and", "y", "e") or (doc[k].like_num and not caps[k])):
                    if doc[k].text in (":", "."):
                        break
                    k += 1
                if k < n and doc[k].text in (":", "."):
                    break  # a list never runs across these
            people = [c for c in items if c.label == "PER"]
            if len(items) >= 3 and len(people) >= 2 and len(people) * 2 >= len(items):
                for c in items:
                    if c.label == "" and doc[c.start:c.end].text not in self.places:
                        out.append(_Cand(c.start, c.end, "PER", _P_CONTEXT))
                    elif c.label in ("LOC", "ORG", "MISC") and c.priority == _P_MODEL and \
                            c.end - c.start == 1 and doc[c.start].text not in self.places:
                        c.label = "PER"
            i = max(k, i + 1)
        return sorted(out, key=lambda c: c.start)

    def _join_people(self, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
        """A person's name the model cut in two ("Natalya" + "Golodnova", "Irina"
        alone before "Privalova") is one name: a person takes in the capitalised word
        right after it, or right before it, when that word is unlabelled or a word
        the model alone labelled, and is no place, title or organisation word."""
        owner = {i: c for c in chosen for i in range(c.start, c.end)}
        dropped: set[int] = set()

        def joinable(k: int, left: bool) -> bool:
            if not (0 <= k < len(doc)) or not caps[k] or not doc[k].is_alpha:
                return False
            tok = doc[k]
            if tok.text in NON_NAMES or tok.text in self.places or tok.text in HONORIFICS \
                    or tok.lower_ in PERSON_ROLES or tok.text in ORG_TAILS \
                    or tok.text in ORG_HEADS or tok.text in LEGAL_FORMS \
                    or tok.lower_ in DESCRIPTORS or tok.text.isupper():
                return False
            if left and (tok.is_sent_start or _sentence_initial_false(doc, k, self.stop_words)):
                return False
            if not left and tok.is_sent_start:
                return False
            other = owner.get(k)
            return other is None or (
                other.priority == _P_MODEL and other.end - other.start == 1
                and (other.label in ("PER", "LOC") or not left)
            )

        for c in chosen:
            if c.label != "PER" or id(c) in dropped:
                continue
            for left in (False, True):
                k = c.start - 1 if left else c.end
                if c.end - c.start < 4 and joinable(k, left):
                    other = owner.get(k)
                    if other is not None:
                        dropped.add(id(other))
                    if left:
                        c.start = k
                    else:
                        c.end = k + 1
                    owner[k] = c
        return [c for c in chosen if id(c) not in dropped]

    def _retype(self, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
        """Typing constraints read once every name of the article is known.

        - Days, months, currency codes and acronyms of business terms are no names;
          a nationality word ("Italian") is no organisation or person.
        - A name made of the surnames of a person of the article is that person
          ("Chico Pardo" after "Fernando Chico Pardo").
        - News name a person in full before they shorten it: a one-word "person"
          whose full name the article never gives, with no title or given name, is
          a false name at the start of a sentence ("Materializa", "Escrito") and an
          organisation elsewhere ("las plantas de Danone").
        """
        people = [doc[c.start:c.end] for c in chosen if c.label == "PER" and c.end - c.start > 1]
        last_names = {span[-1].text for span in people}
        surnames: dict[tuple[str, ...], int] = {}
        person_words: set[str] = set()
        word_owners: dict[str, set[int]] = defaultdict(set)
        for span in people:
            words = [t.text for t in span if caps[t.i] and t.is_alpha]
            person_words.update(words)
            for word in words:
                word_owners[word].add(span.start)
            for size in range(1, len(words)):
                for k in range(1, len(words) - size + 1):
                    surnames.setdefault(tuple(words[k:k + size]), span.start)
        # Reports that name people by one word throughout (sports line-ups, "Rivaldo
        # marcó") do not follow the convention: it is read only where such names are
        # the exception.
        lone = {doc[c.start].text for c in chosen if c.label == "PER" and
                c.end - c.start == 1 and c.priority == _P_MODEL and
                doc[c.start].text not in person_words}
        convention = len(lone) <= 3 and self.lang == "es"
        # A name listed beside people is one of them ("Ann Lobb, Ryan Mirek and Vell").
        per_ends = {c.end for c in chosen if c.label == "PER"}
        per_starts = {c.start for c in chosen if c.label == "PER"}
        n = len(doc)

        def listed(c: _Cand) -> bool:
            return (c.start > 1 and doc[c.start - 1].lower_ in _LIST_JOINERS
                    and c.start - 1 in per_ends) or \
                (c.end + 1 < n and doc[c.end].lower_ in _LIST_JOINERS
                 and c.end + 1 in per_starts)
        # Words capitalised somewhere other than at the start of a sentence.
        inner_caps = {t.text for t in doc if caps[t.i] and not _opens_sentence(doc, t.i)}
        inner_caps.update(doc[i].text for c in chosen if c.end - c.start > 1
                          for i in range(c.start, c.end))
        texts_of = Counter(doc[c.start:c.end].text for c in chosen if c.label != "LOC")
        out: list[_Cand] = []
        person_at_end: dict[int, _Cand] = {}
        for c in chosen:
            span = doc[c.start:c.end]
            text = span.text
            single = c.end - c.start == 1
            model_only = c.priority == _P_MODEL
            if c.label == "PER":
                k = c.start
                while k > 0 and doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 1].is_lower:
                    k -= 1
                owner = person_at_end.get(k)
                if k < c.start and owner is not None and c.start - k <= 2 and \
                        any(o is owner for o in out):
                    # "Marta Ruiz de la Fuente": a surname with particles after a name.
                    owner.end = c.end
                    person_at_end[c.end] = owner
                    continue
                person_at_end[c.end] = c
            parts = self._owner_split(doc, c, texts_of, inner_caps)
            if parts:
                out += parts
                continue
            if single and model_only and text not in inner_caps and \
                    _opens_sentence(doc, c.start) and text not in self.given_names and \
                    self.is_common(text) and not doc[c.start].dep_.startswith("nsubj"):
                # A common word capitalised only as a sentence opens, and not its
                # subject ("Beneficios de la operación", not "Shell agreed to buy").
                continue
            if single and model_only and c.end < len(doc) and \
                    doc[c.end].text in HONORIFICS and self.is_common(text):
                continue  # part of a title: "Defense Minister", "Finance Minister"
            if single and model_only and c.label == "ORG" and text in self.countries:
                out.append(_Cand(c.start, c.end, "LOC", c.priority))
                continue
            if not single and model_only and c.label != "ORG" and \
                    span[-1].text in self.countries and doc[c.start:c.end - 1].text \
                    not in self.places and span[0].text not in self.given_names and \
                    span[-2].lower_ not in CONNECTORS and text not in self.places and \
                    fold(span[0].text) not in _NOT_COMPANY_HEADS:
                # "Danone España", "Telefónica Argentina": a company's national arm.
                out.append(_Cand(c.start, c.end, "ORG", _P_CONTEXT))
                continue
            if single and (text in CALENDAR_WORDS or text.title() in CALENDAR_WORDS
                           or text in NON_NAMES or len(text) == 1
                           or (text in self.currencies and c.priority < _P_GAZ)):
                continue
            if single and text in self.demonyms and c.label in ("ORG", "PER"):
                out.append(_Cand(c.start, c.end, "MISC", c.priority))
                continue
            name = tuple(t.text for t in span)
            if not single and c.label != "PER" and c.priority < _P_GAZ and \
                    (name in surnames or (self.lang == "es" and c.end - c.start == 2
                                          and name[0] in last_names
                                          and c.priority <= _P_CONTEXT
                                          and name[1] not in self.places)) and not any(
                        t.text in ORG_TAILS or t.text in LEGAL_FORMS for t in span):
                out.append(_Cand(c.start, c.end, "PER", _P_CONTEXT))
                continue
            if self.lang == "es" and not single and c.label == "PER" and model_only and \
                    span[0].text not in self.given_names and \
                    not any(word_owners[t.text] - {c.start} for t in span) and \
                    not _titled(doc, c.start) and _common_noun_tail(self, span[-1].text):
                # "Salvesen Logística", "Ferrer Transportes": a surname and a common
                # noun name a company; a person's surnames are no common nouns.
                out.append(_Cand(c.start, c.end, "ORG", _P_CONTEXT))
                continue
            if self.lang == "en" and single and c.label == "PER" and model_only and \
                    text not in person_words and text not in self.given_names and \
                    not _titled(doc, c.start) and not listed(c) and _corporate_role(doc, c.start):
                # English news name famous people by surname alone, so the convention
                # above is read there only where the name plays a company's part:
                # "Mobileye's shares", "Mobileye reported revenue of".
                out.append(_Cand(c.start, c.end, "ORG", _P_CONTEXT))
                continue
            if convention and single and c.label == "PER" and c.priority == _P_MODEL and \
                    text not in person_words and text not in self.given_names and \
                    not _titled(doc, c.start) and not listed(c):
                if _opens_sentence(doc, c.start) and (
                    self.is_common(text) or not doc[c.start].dep_.startswith("nsubj")
                ):
                    continue
                out.append(_Cand(c.start, c.end, "ORG", _P_CONTEXT))
                continue
            out.append(c)
        return out

    def _owner_split(
        self, doc: Doc, c: _Cand, names: Counter[str], inner_caps: set[str]
    ) -> list[_Cand]:
        """"FibreCo de Masorange" is two organisations when the article names both
        alone elsewhere (unlike "Banco de Sabadell", whose head never stands alone)."""
        if c.label != "ORG" or c.priority >= _P_GAZ or c.end - c.start < 3:
            return []
        for k in range(c.start + 1, c.end - 1):
            if doc[k].lower_ not in ("de", "del"):
                continue
            left, right = doc[c.start:k], doc[k + 1:c.end]
            if left.text in ORG_HEADS or fold(left[0].text) in _FOLDED_HEADS or \
                    fold(left[0].text) in GENERIC_HEAD or right[0].lower_ in ("la", "el", "los"):
                return []
            if right.text in self.places or left.text in self.places:
                return []
            if names.get(right.text) and (left.text in names or (
                    len(left) == 1 and left.text in inner_caps
                    and sum(1 for t in doc if t.text == left.text) > 1)):
                return [_Cand(c.start, k, "ORG", _P_CONTEXT),
                        _Cand(k + 1, c.end, "ORG", _P_CONTEXT)]
        return []

    def _org_lists(self, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
        """Coordination joins like with like: in a list of names with an organisation
        ("Arcano Partners, Ruiz Lobo y Deloitte asesoran"), the names only the
        model labelled are organisations too (but for a person's name of two or more
        words: "Tencent, SoftBank, Jorge Soto y Goldman"). A country before an
        institution is part of its name ("U.S. Securities and Exchange Commission")."""
        ordered = sorted(chosen, key=lambda c: c.start)
        chains: list[list[_Cand]] = []
        for c in ordered:
            if chains:
                last = chains[-1][-1]
                gap = doc[last.end:c.start]
                if (len(gap) == 1 and gap[0].lower_ in _LIST_JOINERS) or (
                    len(gap) == 2 and gap[0].text == "," and gap[1].lower_ in _LIST_JOINERS
                ):
                    chains[-1].append(c)
                    continue
            chains.append([c])
        relabel: dict[int, str] = {}
        for chain in chains:
            orgs = sum(c.label == "ORG" for c in chain)
            people = sum(c.label == "PER" and (c.end - c.start > 1 or c.priority > _P_MODEL)
                         for c in chain)
            if len(chain) < 2 or orgs <= people or not any(
                    c.label == "ORG" and c.priority > _P_MODEL for c in chain):
                continue
            for c in chain:
                text = doc[c.start:c.end].text
                if c.priority == _P_MODEL and c.label in ("MISC", "PER") and \
                        (c.label != "PER" or c.end - c.start == 1) and \
                        text not in self.places and doc[c.start].text not in self.given_names \
                        and text not in self.demonyms and not _titled(doc, c.start):
                    relabel[id(c)] = "ORG"
        out = [_Cand(c.start, c.end, relabel[id(c)], _P_CONTEXT) if id(c) in relabel else c
               for c in ordered]
        if self.lang == "en":
            merged: list[_Cand] = []
            for c in out:
                prev = merged[-1] if merged else None
                if prev is not None and prev.end == c.start and c.label == "ORG" and \
                        prev.label in ("LOC", "ORG") and \
                        doc[prev.start:prev.end].text in self.countries \
                        and any(doc[k].text in ORG_HEADS for k in range(c.start, c.end)):
                    merged[-1] = _Cand(prev.start, c.end, "ORG", c.priority)
                    continue
                merged.append(c)
            out = merged
        return out

    def _dateline_candidates(self, doc: Doc, caps: list[bool]) -> list[_Cand]:
        """A dateline: the place in capitals opening a line and the news agency in
        brackets ("SAN FRANCISCO (AP) —", "BOGOTÁ, 3 mar (Reuters) -", "June 11
        (Reuters) -")."""
        out: list[_Cand] = []
        n = len(doc)
        starts = [0] + [t.i + 1 for t in doc if "\n" in t.whitespace_ or
                        (t.is_space and "\n" in t.text)]
        for i in starts:
            while i < n and doc[i].is_space:
                i += 1
            if i >= n:
                continue
            # The agency: "( X )" within the line's first words, then a dash or a stop.
            agency = False
            for k in range(i, min(n - 2, i + 10)):
                if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
                    break
                if doc[k].text != "(":
                    continue
                close = next((j for j in range(k + 1, min(n, k + 5)) if doc[j].text == ")"), -1)
                inside = doc[k + 1:close].text if close > k else ""
                if k > i and close > k + 1 and len(inside) > 1 and inside not in self.places \
                        and inside.title() not in self.places and \
                        any(ch.isupper() for ch in inside) and \
                        all(t.is_alpha or t.text in ("-", "&") for t in doc[k + 1:close]) and (
                            close + 1 >= n or doc[close + 1].text in ("-", "–", "—", ".")
                            or "\n" in doc[close].whitespace_):
                    agency = True
                    out.append(_Cand(k + 1, close, "ORG", _P_LEGAL))
                    # The place before it, in capitals.
                    e = i
                    while e < k and doc[e].is_alpha and doc[e].text.isupper() and \
                            len(doc[e].text) > 1:
                        e += 1
                    if e > i and doc[e].text in (",", "("):
                        out.append(_Cand(i, e, "LOC", _P_LEGAL))
                break
            if not agency:
                e = i
                while e < n and doc[e].is_alpha and doc[e].text.isupper() and len(doc[e].text) > 1:
                    e += 1
                if e > i and e + 1 < n and ((doc[e].text == "," and (
                    doc[e + 1].like_num or doc[e + 1].text[:3].title() in _MONTH_PREFIXES
                )) or _DATE_SHAPE.fullmatch(doc[e].text)):
                    out.append(_Cand(i, e, "LOC", _P_LEGAL))
        return out

    def _one_sense(
        self, doc: Doc, chosen: list[_Cand], caps: list[bool], texts: list[str]
    ) -> list[_Cand]:
        """Give a name one label in the whole article, and find its unlabelled mentions.

        A label from a cue beats the model's; among model labels the majority wins.
        A single word that shortens a known organisation ("Cerebras" for "Cerebras
        Systems") or a known person ("Altman") takes its label.
        """
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        cued: dict[str, str] = {}
        best: dict[str, tuple[int, bool]] = {}
        for c in chosen:
            text = doc[c.start:c.end].text
            votes[text][c.label] += 1
            rank = (c.priority, c.label == "ORG")
            if c.priority > _P_MODEL and rank > best.get(text, (-1, False)):
                cued[text] = c.label
                best[text] = rank
        label_of: dict[str, str] = {}
        for text, counter in votes.items():
            if text in cued:
                label_of[text] = cued[text]
            else:
                order = {"ORG": 3, "PER": 2, "LOC": 1, "MISC": 0}
                label_of[text] = max(counter, key=lambda lab: (counter[lab], order[lab]))
        # Short forms: "Cerebras" of the organisation "Cerebras Systems", "Altman" and
        # "Dario" of the person "Dario Altman". Organisations first: "Hess" of "Hess
        # Corporation" is the company even when "John Hess" is in the same article.
        short: dict[str, str] = {}
        for text, label in label_of.items():
            words = text.split()
            if len(words) < 2:
                continue
            if label == "ORG":
                for form in _org_short_forms(words, self._generic_word, self.lang or ""):
                    short.setdefault(form, "ORG")
        # A surname that is also a place ("Alejandro Toledo" ... "Toledo afirmó") is the
        # person when alone, except after a preposition of place ("en Toledo").
        surnames: set[str] = set()
        for text, label in label_of.items():
            words = text.split()
            if label == "PER" and len(words) >= 2:
                middle = (words[1],) if len(words) == 3 else ()
                for form in (words[-1], words[0], *middle):
                    if form not in self.places and form[:1].isupper():
                        short.setdefault(form, "PER")
                last = words[-1]
                # Not "Juan Bosco de Mérida", where the place is where he is from.
                if last in self.places and last not in self.countries and \
                        last[:1].isupper() and len(last) > 2 and not last.isupper() and \
                        words[-2].lower() not in ("de", "of", "from"):
                    surnames.add(last)
        # A place the article names as one ("en Mérida") is no surname in it.
        if surnames:
            surnames -= {
                w for i, w in enumerate(texts) if i > 0 and w in surnames
                and doc[i - 1].lower_ in LOCATIVES
            }
        cued_orgs = [t for t, lab in cued.items() if lab == "ORG"]
        for text in list(label_of):
            if text in cued:
                continue
            if text in short and label_of[text] != short[text]:
                label_of[text] = short[text]
            elif label_of[text] != "ORG" and any(text.startswith(o + " ") for o in cued_orgs):
                # "Telefónica Argentina" beside the organisation "Telefónica".
                label_of[text] = "ORG"
        # Unlabelled mentions of organisation and person names: "Cerebras" after
        # "Cerebras Systems, una startup", "Tiger Woods" the second time.
        wanted: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for text, label in [*label_of.items(), *short.items()]:
            if label in ("ORG", "PER"):
                parts = tuple(text.split())
                wanted[parts[0]].append(parts)
        taken = [False] * len(doc)
        for c in chosen:
            for i in range(c.start, c.end):
                taken[i] = True
        extra: list[_Cand] = []
        if wanted:
            for i, word in enumerate(texts):
                if word not in wanted or taken[i] or not caps[i]:
                    continue
                tok = doc[i]
                for parts in sorted(wanted[word], key=len, reverse=True):
                    e = i + len(parts)
                    if e <= len(doc) and tuple(texts[i:e]) == parts and \
                            not any(taken[i:e]) and (e == len(doc) or not caps[e]) and \
                            (i == 0 or not caps[i - 1] or doc[i - 1].is_sent_start is False
                             and not caps[i - 1]) and \
                            not _sentence_initial_false(doc, i, self.stop_words):
                        label = label_of.get(" ".join(parts)) or short[" ".join(parts)]
                        if label == "PER" and e - i == 1 and tok.text in self.places and \
                                i > 0 and doc[i - 1].lower_ in LOCATIVES:
                            break
                        extra.append(_Cand(i, e, label, _P_CONTEXT))
                        for k in range(i, e):
                            taken[k] = True
                        break
        out = []
        for c in chosen:
            text = doc[c.start:c.end].text
            label = label_of[text]
            if text in surnames and text not in cued and c.priority == _P_MODEL and \
                    not (c.start > 0 and doc[c.start - 1].lower_ in LOCATIVES):
                label = "PER"
            out.append(_Cand(c.start, c.end, label, c.priority))
        out = self._shouted_names(doc, [*out, *extra], label_of, short)
        return sorted(out, key=lambda c: c.start)

    def _shouted_names(
        self, doc: Doc, cands: list[_Cand], label_of: dict[str, str], short: dict[str, str]
    ) -> list[_Cand]:
        """Names of the article written in capitals in a headline ("SHEARER NAMED
        CAPTAIN" after "Alan Shearer") take the label they have in the article; a
        model entity in capitals around them gives way."""
        known: dict[tuple[str, ...], str] = {}
        for text, label in [*short.items(), *label_of.items()]:
            if label in ("PER", "ORG", "LOC") and not text.isupper():
                known[tuple(w.lower() for w in text.split())] = label
        if not known:
            return cands
        longest = max(len(k) for k in known)
        owner = {i: c for c in cands for i in range(c.start, c.end)}
        found: list[_Cand] = []
        n = len(doc)
        i = 0
        while i < n:
            if not (doc[i].text.isupper() and doc[i].is_alpha and len(doc[i].text) > 1):
                i += 1
                continue
            for size in range(min(longest, n - i), 0, -1):
                words = doc[i:i + size]
                key = tuple(t.lower_ for t in words)
                if key not in known or not all(t.text.isupper() for t in words):
                    continue
                hits = {id(owner[k]): owner[k] for k in range(i, i + size) if k in owner}
                if all(h.priority == _P_MODEL for h in hits.values()) and \
                        (i + size == n or not doc[i + size].text.isupper()
                         or not doc[i + size].is_alpha or hits):
                    found.append(_Cand(i, i + size, known[key], _P_CONTEXT))
                    i += size - 1
                break
            i += 1
        if not found:
            return cands
        taken = {i for c in found for i in range(c.start, c.end)}
        kept = [c for c in cands if not any(i in taken for i in range(c.start, c.end))]
        return [*kept, *found]

    # -- 2. identity within the article ------------------------------------------------

    def _resolve(
        self, doc: Doc, pairs: list[tuple[str, str]]
    ) -> tuple[list[Entity], dict[tuple[int, int], EntityRef]]:
        """Group the ORG and PER mentions into entities; map each mention to its entity."""
        orgs = [e for e in doc.ents if e.label_ == "ORG" and e.text not in INSTITUTIONS]
        people = [e for e in doc.ents if e.label_ == "PER" and len(e.text) > 1]
        entities: list[tuple[int, Entity]] = []
        by_mention: dict[tuple[int, int], EntityRef] = {}
        for kind, groups in (("org", self._group_orgs(orgs, pairs)),
                             ("person", _group_people(people))):
            for mentions in groups:
                entity = self._entity(doc, kind, mentions)  # type: ignore[arg-type]
                entities.append((min(m.start_char for m in mentions), entity))
                for m in mentions:
                    by_mention[(m.start, m.end)] = entity.ref
        entities.sort(key=lambda pair: (pair[0], pair[1].kind, pair[1].name))
        return [e for _, e in entities], by_mention

    def _group_orgs(
        self, mentions: list[SpacySpan], pairs: list[tuple[str, str]]
    ) -> list[list[SpacySpan]]:
        keys = {canonical_key(m.text): m.text for m in mentions}
        parent = {k: k for k in keys}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def gaz(k: str) -> GazetteerEntry | None:
            return self.gazetteer.lookup(keys[k])

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra == rb:
                return
            ga, gb = gaz(ra), gaz(rb)
            if ga is not None and gb is not None and ga != gb:
                return  # two different gazetteer organisations never merge
            parent[max(ra, rb)] = min(ra, rb)

        by_entry: dict[str, str] = {}
        for k in sorted(keys):
            entry = gaz(k)
            if entry is not None:
                if entry.name in by_entry:
                    union(by_entry[entry.name], k)
                else:
                    by_entry[entry.name] = k
        for long_form, short_form in pairs:
            a, b = canonical_key(long_form), canonical_key(short_form)
            if a in parent and b in parent:
                union(a, b)
        ordered = sorted(keys, key=lambda k: (len(k.split()), k))
        seen_first = {k: i for i, k in enumerate(keys)}  # order of first mention
        for k in ordered:
            words = k.split()
            longer = [other for other in ordered if len(other.split()) > len(words)
                      and _is_short_org(words, other.split(), self._generic_word,
                                        self.lang or "")]
            # A short form two different long names share ("Merian" of "Merian Global
            # Investors" and "Merian Chrysalis") joins the first one named, and does
            # not make the two one.
            if len({find(o) for o in longer}) > 1:
                longer = sorted(longer, key=seen_first.__getitem__)[:1]
            for other in longer:
                union(k, other)
            raw = keys[k]
            if _is_acronym(raw):
                fits = [o for o in ordered if o != k and len(o.split()) > 1 and
                        _initials_fit(raw, keys[o], strict=True)]
                if len(fits) == 1:
                    union(k, fits[0])
        groups: dict[str, list[SpacySpan]] = defaultdict(list)
        for m in mentions:
            groups[find(canonical_key(m.text))].append(m)
        return list(groups.values())

    def _entity(self, doc: Doc, kind: EntityKind, mentions: list[SpacySpan]) -> Entity:
        forms = Counter(m.text for m in mentions)
        first = {m.text: m.start for m in reversed(mentions)}
        entry: GazetteerEntry | None = None
        if kind == "org":
            for form in sorted(forms, key=lambda f: first[f]):
                entry = self.gazetteer.lookup(form)
                if entry is not None:
                    break
        if entry is not None:
            name = entry.name
        else:
            best = max(
                forms,
                key=lambda f: (len(_strip_legal(f).split()), forms[f], -first[f]),
            )
            name = _strip_legal(best) if kind == "org" else best
        aliases = tuple(sorted({f for f in forms if f != name}))
        spans = tuple(sorted(
            Span(m.start_char, m.end_char, m.text) for m in mentions
        ))
        return Entity(kind, name, aliases, spans, entry.wikidata if entry else None)

    # -- 3. roles ------------------------------------------------------------------------

    def _roles(self, doc: Doc, by_mention: dict[tuple[int, int], EntityRef]) -> list[Role]:
        titles = _merge_titles(doc, [(s, e) for _, s, e in self.title_matcher(doc)])
        if not titles:
            return []
        ent_at_start = {e.start: e for e in doc.ents if (e.start, e.end) in by_mention}
        ent_at_end = {e.end: e for e in doc.ents if (e.start, e.end) in by_mention}
        roles: list[Role] = []
        seen: set[tuple[EntityRef, EntityRef, str]] = set()
        org_mentions = Counter(ref for ref in by_mention.values() if ref.kind == "org")
        main_org = org_mentions.most_common(1)[0][0] if org_mentions else None
        for ts, te in titles:
            person, org = _role_parties(doc, ts, te, ent_at_start, ent_at_end)
            if person is None or org is None:
                continue
            p_ref = by_mention[(person.start, person.end)]
            o_ref = by_mention.get((org.start, org.end), main_org)
            if o_ref is None:
                continue
            if p_ref.kind != "person" or o_ref.kind != "org":
                continue
            title = doc[ts:te].text
            key = (p_ref, o_ref, fold(title))
            if key in seen:
                continue
            seen.add(key)
            start = min(ts, person.start, org.start)
            end = max(te, person.end, org.end)
            s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            roles.append(Role(p_ref, o_ref, title, Span(s_char, e_char, doc[start:end].text)))
        return sorted(roles, key=lambda r: (r.mention.start, r.mention.end, r.title))


# --- helpers ----------------------------------------------------------------------------


def _is_cap(tok: Token | Lexeme) -> bool:
    """A token that can be part of a name: capitalised, or camel case like "eBay"."""
    text = tok.text
    if not text or tok.is_punct or tok.is_space:
        return False
    if text[0].isupper():
        return True
    return text[0].isalpha() and any(c.isupper() for c in text[1:])


_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(/\d{2,4})?")
_MONTH_PREFIXES = frozenset(w[:3] for w in CALENDAR_WORDS)
_LIST_JOINERS = frozenset({",", "y", "e", "and", "&", "o", "or"})
_ARTICLES = frozenset({"el", "la", "los", "las", "lo", "the", "a", "an", "un", "una"})
_BREAKS = frozenset({"(", ")", "[", "]", ":", ";", "|", "-", "–", "—", "/", "\"", "“", "”"})


_LIST_SEPARATORS = frozenset({",", ";", "-", "(", ")", "&"})


def _shouting(sent: SpacySpan) -> bool:
    """A headline in capitals: most words of two letters or more are upper case."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.7 * len(words)


def _breaks_name(tok: Token) -> bool:
    """A token no name runs across: a line break, a bracket, a dash, a number
    ("Norwich 1 Wolverhampton 0" is two names)."""
    text = tok.text
    return (
        tok.is_space or "\n" in text or text in _BREAKS
        or (any(c.isdigit() for c in text) and not any(c.isalpha() for c in text))
        or (tok.like_num and any(c.isdigit() for c in text))
    )


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 \
        and letters[0].isupper()


def _initials_fit(acronym: str, long_form: str, strict: bool = False) -> bool:
    """Whether an acronym can abbreviate a long form (letters are initials, in order).

    >>> _initials_fit("SEPI", "Sociedad Estatal de Participaciones Industriales")
    True
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for w in long_form.replace("-", " ").split() if w[:1].isalpha()]
    initials = [w[0].upper() for w in words if w[0].isupper()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    if strict:
        return letters == initials
    # Every letter of the acronym is the initial of a later capitalised word, in order,
    # or a further letter of the previous word ("CriteriaCaixa" → "CC" is not asked).
    pos = 0
    for letter in letters:
        while pos < len(initials) and initials[pos] != letter:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True


# Plural descriptors, with the plurals of the singular ones ("cadenas", "chipmakers").
_PLURAL_CUES = PLURAL_DESCRIPTORS | frozenset(
    d + ("s" if d[-1] in "aeiouáéíóú" else "es") for d in DESCRIPTORS if d.isalpha()
)
_CUE_TEXTS = LEGAL_FORMS | ORG_HEADS | INSTITUTIONS | ORG_TAILS | _STATE_HEADS | {
    ",", "(", "Serie", "Series", "Ronda",
}
_CUE_LOWERS = (
    DESCRIPTORS | NATIONALITY_DESCRIPTORS | _PLURAL_CUES | _OUTLET_DESCRIPTORS
    | PRODUCT_DESCRIPTORS | PRODUCT_PLURALS | frozenset(DEAL_NOUNS) | ORG_DESCRIPTORS
    | FACILITY_DESCRIPTORS | OWNED_NOUNS
    | _MAKERS | {"its", "their", "his", "her"}
    | {"based", "headquartered", "fuente", "fuentes", "source", "sources", "vía", "via",
       "es", "is", "era", "was", "el", "del", "al", "la"}
)


def _texts(doc: Doc) -> list[str]:
    """The text of every token, read from the word types without building Tokens."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after a line break too)."""
    return bool(doc[i].is_sent_start) or (i > 0 and doc[i - 1].is_space and (
        i == 1 or bool(doc[i - 1].is_sent_start) or "\n" in doc[i - 1].text))


def _sentence_initial_false(doc: Doc, i: int, stop_words: frozenset[str]) -> bool:
    """A word that looks like a name only because it opens a sentence or a question."""
    tok = doc[i]
    low = tok.lower_
    if low in FALSE_NAMES:
        return True
    first = tok.is_sent_start or (i > 0 and doc[i - 1].text in ("¿", "¡", "\"", "“", "«", "-"))
    if not first:
        return False
    if low in stop_words:
        return True
    return tok.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "VERB", "INTJ")


def _run_start(doc: Doc, j: int, caps: list[bool], stop_words: frozenset[str]) -> int:
    """First token of the capitalised run ending at ``j``."""
    s = j
    while s > 0 and not doc[s].is_sent_start:
        prev = doc[s - 1]
        if caps[s - 1] and not prev.is_sent_start:
            s -= 1
        elif caps[s - 1] and prev.is_sent_start and \
                not _sentence_initial_false(doc, s - 1, stop_words) and \
                prev.lower_ not in DESCRIPTORS and prev.lower_ not in HEADLINE_VERBS:
            s -= 1
        elif prev.text == "&" and s > 1 and caps[s - 2]:
            s -= 1
        else:
            break
    while s < j and (doc[s].lower_ in FALSE_NAMES or doc[s].lower_ in CONNECTORS):
        s += 1
    return s


def _run_end(doc: Doc, k: int, caps: list[bool], allow_connector_first: bool = False) -> int:
    """End (exclusive) of the capitalised run starting at ``k``; connectors inside."""
    n = len(doc)
    e = k
    while e < n:
        if caps[e] and (e == k or not doc[e].is_sent_start):
            e += 1
            continue
        # "de", "del", "de la", "of the", "&" between capitalised words.
        c = e
        while c < n and c - e < 2 and doc[c].lower_ in CONNECTORS and (
            doc[c].is_lower or doc[c].text == "&"
        ):
            c += 1
        if c > e and c < n and caps[c] and (e > k or allow_connector_first) and \
                doc[c].text not in NON_NAMES and doc[c].text not in _currency_codes():
            e = c  # not "Corlan Mills for AUD 300 million"
            continue
        break
    return e


_TABLE_WORDS = frozenset({"v", "vs", "vs.", "and", "at", "y", "de", "of", "-", "halftime"})


def _table_candidates(doc: Doc, caps: list[bool]) -> list[_Cand]:
    """Teams in a results or standings line ("Norwich 1 Wolverhampton 0", "Hull 4 2 2 0
    4 2"): a line of names and numbers only, where a name is followed by a score.
    Teams are organisations; people in such lines are found by the person cues."""
    out: list[_Cand] = []
    n = len(doc)
    line_start = 0
    for end in [*(t.i for t in doc if "\n" in t.text), n]:
        table, numbers = True, False
        for t in doc[line_start:end]:
            if t.is_alpha and not caps[t.i] and t.lower_ not in _TABLE_WORDS:
                table = False  # prose: stop reading this line
                break
            numbers = numbers or (t.like_num and any(c.isdigit() for c in t.text))
        if table and numbers:
            k = line_start
            while k < end:
                if caps[k] and doc[k].text not in NON_NAMES:
                    e = _run_end(doc, k, caps)
                    if e < end and doc[e].like_num and any(c.isdigit() for c in doc[e].text) \
                            and e - k <= 4:
                        out.append(_Cand(k, e, "ORG", _P_CONTEXT))
                    k = e
                else:
                    k += 1
        line_start = end + 1
    return out


_FUNDING_WORDS = frozenset({
    "ronda", "financiación", "financiamiento", "inversión", "capital", "levantar", "captar",
    "recaudar", "cerrar", "liderar", "valorar", "round", "funding", "raise", "lead",
    "investment", "financing", "value", "valuation", "investor", "inversor",
})


def _funding_sentence(doc: Doc, i: int) -> bool:
    """Whether the sentence around token ``i`` speaks of raising money (so that
    "Serie B" is a round, not a football league)."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(t.lemma_.lower() in _FUNDING_WORDS or t.lower_ in _FUNDING_WORDS
               for t in sent)


def _common_noun_tail(component: KgEntities, word: str) -> bool:
    """Whether a capitalised word is a Spanish common noun of a kind surnames are not:
    abstract and sector nouns ("Logística", "Inversiones", "Soluciones")."""
    low = word.lower()
    return low.endswith(_SECTOR_SUFFIXES) and component.is_common(word)


_SECTOR_SUFFIXES = (
    "ística", "ísticas", "ción", "ciones", "sión", "siones", "dad", "dades", "ería",
    "erías", "ismo", "ncia", "ncias", "icas", "aje", "ajes", "ivos", "ivas",
)  # not "-ales", "-ores": Morales, Flores


# What only a company has ("X's shares") or does ("X reported revenue").
_CORPORATE_POSSESSIONS = frozenset({
    "shares", "stock", "stake", "board", "revenue", "revenues", "earnings", "profit",
    "profits", "sales", "subsidiary", "unit", "units", "ceo", "cfo", "chief", "shareholders",
    "investors", "customers", "stores", "plants", "factories", "employees", "workforce",
    "valuation", "market", "acquisition", "takeover", "merger", "ipo", "listing", "bid",
})
_CORPORATE_VERBS = frozenset({
    "report", "post", "raise", "acquire", "buy", "sell", "invest", "list", "trade", "hire",
    "lay", "ship", "launch", "merge", "file", "agree", "own", "operate", "employ",
    "manufacture", "supply", "partner", "close", "complete", "divest", "spin", "delist",
})


def _corporate_role(doc: Doc, i: int) -> bool:
    """Whether the name at ``i`` plays a company's part in its sentence."""
    tok = doc[i]
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s") and \
            doc[i + 2].lower_ in _CORPORATE_POSSESSIONS:
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _CORPORATE_VERBS


def _one_type(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """One name, one type in an article: where the typing rules left a name both an
    organisation and a person, the better-grounded reading wins for every mention (the
    higher source; on a tie the organisation, since no cue confirmed the person)."""
    best: dict[str, tuple[int, int]] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for c in chosen:
        if c.label in ("ORG", "PER"):
            text = doc[c.start:c.end].text
            labels[text].add(c.label)
            rank = (c.priority, c.label == "ORG")
            if rank > best.get(text, (-1, False)):
                best[text] = rank
    mixed = {t for t, labs in labels.items() if len(labs) > 1}
    if not mixed:
        return chosen
    return [
        _Cand(c.start, c.end, "ORG" if best[t][1] else "PER", c.priority)
        if c.label in ("ORG", "PER") and (t := doc[c.start:c.end].text) in mixed else c
        for c in chosen
    ]


def _titled(doc: Doc, i: int) -> bool:
    """Whether a title, honorific or role names the person at ``i`` ("Mr Smith", "el
    ministro Díez", "Díez, portavoz de")."""
    k = i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in (",", "(", ")"):
        k -= 1
    if k >= 0 and (doc[k].text in HONORIFICS or doc[k].lower_ in PERSON_ROLES):
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "," and _apposition_role(doc, i + 2)


def _apposition_role(doc: Doc, k: int) -> bool:
    """Whether a role noun opens an apposition at ``k`` ("antiguo ayudante de", "the
    chief executive of", "el presidente de")."""
    for j in range(k, min(len(doc), k + 3)):
        tok = doc[j]
        if tok.lower_ in APPOSITION_ROLES and tok.is_lower:
            return True
        if not (tok.is_lower and tok.pos_ in ("DET", "ADJ")):
            return False
    return False


def _person_end(doc: Doc, k: int, caps: list[bool]) -> int:
    """End (exclusive) of a person's name starting at ``k``: up to four capitalised
    words, with particles such as "de" or "van" inside."""
    n = len(doc)
    e = k
    while e < n and e - k < 5:
        if caps[e] and doc[e].text not in NON_NAMES and (e == k or not doc[e].is_sent_start):
            e += 1
        elif e > k and doc[e].lower_ in NAME_PARTICLES and doc[e].is_lower and \
                e + 1 < n and caps[e + 1]:
            e += 1
        else:
            break
    return e


def _ent_start(cands: list[_Cand], last: int) -> int | None:
    for c in cands:
        if c.start <= last < c.end and c.end == last + 1:
            return c.start
    return None


def _list_of_names(doc: Doc, k: int, caps: list[bool]) -> list[_Cand]:
    """The names of a list starting at ``k``: "Lightspeed, Andreessen Horowitz and Nvidia"."""
    out: list[_Cand] = []
    n = len(doc)
    while k < n and caps[k] and doc[k].text not in NON_NAMES:
        e = _run_end(doc, k, caps)
        out.append(_Cand(k, e, "ORG", _P_CONTEXT))
        if e + 1 < n and doc[e].lower_ in (",", "y", "and", "e", "&") and caps[e + 1]:
            k = e + 1
        elif e + 2 < n and doc[e].text == "," and doc[e + 1].lower_ in ("y", "and") and \
                caps[e + 2]:
            k = e + 2
        else:
            break
    return out


def _strip_bodies(doc: Doc, s: int, e: int) -> int:
    """End of a name without a trailing company body ("Chevron Board of Directors")."""
    for body in INTERNAL_BODIES:
        k = len(body)
        if e - s > k and tuple(t.text for t in doc[e - k:e]) == body:
            e -= k
            while e > s and (doc[e - 1].lower_ in ("'s", "’s") or doc[e - 1].is_punct):
                e -= 1
            return e
        if e - s == k and tuple(t.text for t in doc[s:e]) == body:
            return s
    return e


def _cand_at(cands: list[_Cand], i: int) -> _Cand | None:
    for c in cands:
        if c.start <= i < c.end:
            return c
    return None


def _label_at(cands: list[_Cand], start: int, end: int) -> str | None:
    for c in cands:
        if c.start < end and start < c.end:
            return c.label
    return None


def _resolve_overlaps(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Keep the best of overlapping candidates: the higher source, then the longer.

    A candidate that overlaps better ones only at one edge keeps the rest ("Comisión
    Regional de UCE" before the person "Emilio Guerrero"). A model entity that extends
    a cued organisation to the right ("Santander UK" around the gazetteer's
    "Santander") keeps its length and takes the cue's label.
    """
    chosen: list[_Cand] = []
    owner: dict[int, _Cand] = {}
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        clash = {id(owner[i]): owner[i] for i in range(c.start, c.end) if i in owner}
        if clash and len(clash) == 1 and (c.priority == _P_MODEL or c.label == "ORG"):
            other = next(iter(clash.values()))
            widens = c.start <= other.start and other.end <= c.end and \
                (c.end - c.start) > (other.end - other.start)
            if widens and (
                (other.start == c.start and other.label != "PER")
                or (other.label == c.label == "PER" and all(
                    doc[i].text[:1].isupper() and doc[i].lower_ not in PERSON_ROLES
                    and doc[i].text not in HONORIFICS
                    for i in [*range(c.start, other.start), *range(other.end, c.end)]
                ))
            ) and not any(i in owner for i in [*range(c.start, other.start),
                                               *range(other.end, c.end)]):
                other.start = c.start
                other.end = c.end
                for i in range(c.start, c.end):
                    owner[i] = other
                continue
        if clash:
            free = [i for i in range(c.start, c.end) if i not in owner]
            if not free or free[-1] - free[0] + 1 != len(free) or \
                    (free[0] != c.start and free[-1] != c.end - 1):
                continue
            start, end = free[0], free[-1] + 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_lower):
                end -= 1
            while start < end and (doc[start].is_punct or doc[start].is_lower):
                start += 1
            if end <= start or (end - start == 1 and (
                doc[start].lower_ in DESCRIPTORS or doc[start].lower_ in PERSON_ROLES
                or doc[start].text in HONORIFICS or doc[start].lower_ in _ARTICLES
            )):
                continue  # what is left is a word such as "Chipmaker", not a name
            c = _Cand(start, end, c.label, c.priority)
        chosen.append(c)
        for i in range(c.start, c.end):
            owner[i] = c
    return sorted(chosen, key=lambda c: c.start)


def _common_words(nlp: Language) -> frozenset[str]:
    """Folded common nouns and adjectives from the lemmatiser's word lists (empty for a
    pipeline without them)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    words: set[str] = set()
    for pos in ("noun", "adj"):
        if pos in table:
            words.update(fold(w) for w in table[pos] if isinstance(w, str) and w.isalpha())
    return frozenset(words)


def _org_short_forms(
    words: list[str], generic: Callable[[str], bool] = lambda w: False, lang: str = ""
) -> Iterator[str]:
    """Shorter names of an organisation that name the same one ("Cerebras" of
    "Cerebras Systems", "Sabadell" of "Banco de Sabadell", "Norland" of "Norland
    Lines", in Spanish "Brezo" of "Textiles Brezo"). ``generic`` tells a common word
    of the language: a name less its trailing common words, or in Spanish less a
    leading one, still names the organisation."""
    folded = [fold(w) for w in words]
    end = len(words)
    while end > 1 and (folded[end - 1] in GENERIC_TAIL | _LEGAL_FOLDED
                       or (generic(words[end - 1]) and _distinct_prefix(folded[: end - 1]))):
        end -= 1
        yield " ".join(words[:end])
    common_head = lang == "es" and folded[0] not in _FOLDED_TAILS and generic(words[0])
    if len(words) >= 2 and (folded[0] in GENERIC_HEAD or common_head):
        rest = words[1:]
        if rest and fold(rest[0]) in ("de", "del", "of"):
            rest = rest[1:]
        if rest and (folded[0] in GENERIC_HEAD or _leaves_a_name(rest, generic)):
            yield " ".join(rest)


def _leaves_a_name(rest: list[str], generic: Callable[[str], bool]) -> bool:
    """Whether the words left after a common first word still name a company: not one
    common word or place ("Capital" of "Sierra Capital", "Argentina" of "Telecom
    Argentina")."""
    return len(rest) > 1 or not (generic(rest[0]) or fold(rest[0]) in _folded_places())


@functools.cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@functools.cache
def _folded_places() -> frozenset[str]:
    return frozenset(fold(p) for p in known_places())


def _distinct_prefix(folded: list[str]) -> bool:
    """A prefix that can stand for a whole name: not a connector, not an institution."""
    return bool(folded) and folded[-1] not in CONNECTORS and len(folded[0]) > 2 and \
        folded[0] not in GENERIC_HEAD and folded[0] not in _FOLDED_HEADS


def _is_short_org(
    short: list[str], long: list[str], generic: Callable[[str], bool] = lambda w: False,
    lang: str = "",
) -> bool:
    """Whether folded ``short`` names the same organisation as folded ``long``."""
    if long[: len(short)] == short and all(
        w in GENERIC_TAIL or w in _LEGAL_FOLDED for w in long[len(short):]
    ):
        return True
    if long[: len(short)] == short and _distinct_prefix(short) and all(
        w in GENERIC_TAIL or w in _LEGAL_FOLDED or generic(w) for w in long[len(short):]
    ):
        return True
    if long[0] in GENERIC_HEAD or (lang == "es" and long[0] not in _FOLDED_TAILS
                                                  and generic(long[0])):
        rest = long[1:]
        if rest and rest[0] in ("de", "del", "of"):
            rest = rest[1:]
        if not (long[0] in GENERIC_HEAD or (rest and _leaves_a_name(rest, generic))):
            return False
        return rest == short
    return False


def _strip_legal(name: str) -> str:
    """A name without its trailing legal form ("Telefónica, S.A." → "Telefónica")."""
    words = name.split()
    while len(words) > 1 and fold(words[-1]) in _LEGAL_FOLDED | {""}:
        words.pop()
    return " ".join(words).rstrip(",")


def _group_people(mentions: list[SpacySpan]) -> list[list[SpacySpan]]:
    """Group person mentions: "Altman" joins "Sam Altman" (the nearest before it when
    two people share the word)."""
    full = sorted({m.text for m in mentions if len(m.text.split()) > 1},
                  key=lambda t: (-len(t.split()), t))
    canon: dict[str, str] = {}
    for text in full:
        words = text.split()
        longer = [f for f in full if len(f.split()) > len(words) and
                  f.split()[-len(words):] == words]
        canon[text] = canon.get(longer[0], longer[0]) if longer else text
    for text in full:
        # Both surnames after one ("Torres Cantú" of "Ernesto Torres").
        first = text.split()[0]
        owners = {canon[f] for f in full if f != text and canon[f] != canon[text]
                  and f.split()[-1] == first and len(f.split()) >= 2}
        if canon[text] == text and len(owners) == 1:
            canon[text] = owners.pop()
    groups: dict[str, list[SpacySpan]] = defaultdict(list)
    last_seen: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        text = m.text
        if text in canon:
            key = canon[text]
        else:
            # The last or first word, or the first of two surnames ("Ferrer" of "Lucía
            # Ferrer Olmos").
            cands = sorted({canon[f] for f in full
                            if text in (f.split()[-1], f.split()[0])
                            or (len(f.split()) == 3 and text == f.split()[1])})
            if not cands:
                key = text
            elif len(cands) == 1:
                key = cands[0]
            else:
                before = [c for c in cands if c in last_seen]
                key = max(before, key=lambda c: last_seen[c]) if before else cands[0]
        groups[key].append(m)
        last_seen[key] = m.start
    return list(groups.values())


def _merge_titles(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest title matches, with joined ones merged ("co-founder and CEO")."""
    found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s < merged[-1][1]:
            continue
        if merged and all(doc[k].lower_ in _TITLE_JOINERS for k in range(merged[-1][1], s)) \
                and s - merged[-1][1] <= 1:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _role_parties(
    doc: Doc, ts: int, te: int, at_start: dict[int, SpacySpan], at_end: dict[int, SpacySpan]
) -> tuple[SpacySpan | None, SpacySpan | None]:
    """The person and organisation a title phrase links, from the words around it.

    The organisation may be a generic phrase ("de la compañía"), not an entity: the
    caller reads it as the article's main organisation.
    """
    n = len(doc)

    def label(span: SpacySpan | None, want: str) -> SpacySpan | None:
        return span if span is not None and span.label_ == want else None

    org: SpacySpan | None = None
    generic: SpacySpan | None = None
    after = te
    # "CEO de OpenAI", "chief executive of Broadcom", "presidente de la compañía X".
    if after < n and doc[after].lower_ in ("de", "del", "of", "at", "en"):
        k = after + 1
        if k < n and doc[k].lower_ in ("la", "el", "the"):
            k += 1
        org = label(at_start.get(k), "ORG")
        if org is not None:
            after = org.end
        elif k < n and doc[k].lower_ in DESCRIPTORS and doc[k].is_lower:
            # "consejero delegado de la operadora": the article's main organisation.
            generic = doc[after:k + 1]
            after = k + 1
    # "OpenAI CEO Sam Altman", "Broadcom's chief executive", "Mistral co-founder".
    before = ts
    while before > 0 and doc[before - 1].lower_ in ("the", "el", "la", "su", "its", "former"):
        before -= 1
    if org is None and ts > 0:
        k = ts
        if k > 1 and doc[k - 1].lower_ in ("'s", "’s"):
            k -= 1
        org = label(at_end.get(k), "ORG")
        if org is not None:
            before = org.start
    # Person right after ("CEO Arthur Mensch", "el CEO de OpenAI, Sam Altman") ...
    k = after + 1 if after < n and doc[after].text == "," else after
    person = label(at_start.get(k), "PER")
    if person is None:
        # ... or right before, with a comma ("Sam Altman, CEO de OpenAI").
        k = before - 1 if before > 0 and doc[before - 1].text == "," else before
        person = label(at_end.get(k), "PER")
    return person, org if org is not None else generic
