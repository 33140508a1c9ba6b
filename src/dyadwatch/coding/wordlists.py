"""Word tables of the coder's rules (:mod:`dyadwatch.coding.coder`): the verbs, nouns and
prepositions each rule keys on, with the reason for each table beside it."""

from __future__ import annotations

import re
from datetime import date

from .events import NOUN_EVENTS

TARGET_PREPS: frozenset[str] = frozenset({"with", "to", "against", "on", "upon", "from", "into", "toward", "towards", "between", "at"})

VISIT_PREPS: frozenset[str] = frozenset({"in", "to"})

_MOD_DEPS: frozenset[str] = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "det", "quantmod"})

_SUBJ_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj"})

_OBJ_DEPS: frozenset[str] = frozenset({"dobj", "obj", "attr", "oprd"})

_SKIP_DEPS: frozenset[str] = frozenset({"amod", "acl", "pcomp", "compound", "csubj", "csubjpass", "nmod", "npadvmod", "auxpass", "aux"})

_UNCERTAIN_AUX: frozenset[str] = frozenset({"could", "might", "may", "should", "must"})

_CONDITIONAL: frozenset[str] = frozenset({"if", "unless", "whether", "lest"})

_REL_PRONOUNS: frozenset[str] = frozenset({"which", "who", "that", "whom"})

_PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she", "we"})

_POSS_PRONOUNS: frozenset[str] = frozenset({"its", "their", "his", "her"})

_AGENT_LIKE: frozenset[str] = frozenset({"side", "country", "nation", "capital", "state", "republic", "two", "both", "movement", "group",
                                         "coalition"})

_DOMESTIC: frozenset[str] = frozenset({"OPP", "REB", "CVL", "COP", "JUD", "MED", "EDU", "REF", "UAF", "LAB", "HRI", "CRM", "INS", "SEP"})
"""Types that make a same-country event meaningful (government against opposition, police
against protesters, a court against journalists)."""

_DIPLOMATIC_ACTS: frozenset[str] = frozenset({"054", "055", "056", "114", "161"})

_INSTRUMENTS: frozenset[str] = frozenset(
    {"resolution", "resolutions", "proposal", "proposals", "bid", "plan", "initiative", "motion", "draft",
     "declaration", "communique", "statement", "candidacy", "application", "nomination", "appointment"})

_MUTUAL_FIGHT_RULES: frozenset[str] = frozenset({"verb:clash", "verb:fight", "verb:battle", "phrase:exchange", "cameo:FIGHT", "cameo:CLASH"})
"""Fighting verbs that are mutual with coordinated subjects (``X and Y clashed``), unlike
``X and Y carried out strikes``."""

_DOMESTIC_ROOTS: frozenset[str] = frozenset({"14", "17", "18", "19", "20"})

_LOCATION_PREPS: frozenset[str] = frozenset({"in", "inside", "near", "across", "over", "of", "off"})

_ATTACK_PREPS: frozenset[str] = frozenset({"on", "at", "against", "into", "toward", "towards"})

_NOT_PLACES: frozenset[str] = frozenset({"border", "borders", "frontier", "boundary", "line", "side", "coast"})
"""Heads of location phrases that name a boundary, not the country attacked."""

_PLACE_NOUNS: frozenset[str] = frozenset(
    "city town village villages region province capital territory territories soil port base airport "
    "island islands district oblast state country".split()
)
"""Place nouns a country may modify in a location phrase (``Ukraine's Donetsk region``,
``the Iranian city of Isfahan``; not ``the Russian peacekeeping zone``)."""

_CROWDS: frozenset[str] = frozenset({"thousands", "hundreds", "dozens", "tens", "crowds", "millions", "gathering", "crowd"})

_RELATIONAL: frozenset[str] = frozenset(
    "head heads chief chiefs member members representative representatives supporters supporter "
    "delegation delegations team teams group groups board boards observers observer monitors mission missions "
    "contingent contingents detachment battalion battalions".split()
)
"""Nouns that name part of the actor of their ``of`` phrase: ``the head of the Russian
delegation``, ``members of the Iraqi parliament``, ``supporters of the Venezuelan
opposition``."""

_ORIGIN_PREPS: dict[str, frozenset[str] | None] = {
    "from": None,
    "in": frozenset({"COP", "GOV", "JUD", "LEG", "OPP", "CVL", "MED", "LAB", "EDU", "BUS", "SEP", "REB"}),
    "at": frozenset({"GOV", "COP", "JUD", "LEG"}),
}
"""Prepositions that give an agent noun its country (``officials from Sudan``, ``police in
Pakistan``, ``officials at the Russian embassy``), with the agent types they may do it for
(``None``: any); troops ``in`` a country are not that country's."""

_SPOKES: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})

_INTENT_OF: dict[str, str] = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                              "14": "130", "15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
"""A future act ("will send aid", "would impose tariffs", "would strike back") is coded as the
intention to cooperate (03x) or as the threat (13x) CAMEO has for it."""
"""Cooperative roots → CAMEO's "express intent to" code, for acts announced for the future."""

_BENEFIT_ROOTS: frozenset[str] = frozenset({"03", "06", "07"})

_NOMINAL_TALKS: frozenset[str] = frozenset({"talks", "negotiations", "meeting", "meetings", "summit", "consultations"})

_NOMINAL_FORCE: frozenset[str] = frozenset(
    {"invasion", "incursion", "offensive", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
     "bombardment", "shelling", "bombing", "raid", "raids", "occupation", "blockade", "barrage", "fire", "intervention"})

_NOMINAL_FIGHTING: frozenset[str] = frozenset({"fighting", "clashes", "clash", "battles", "hostilities", "skirmishes"})

_NOMINAL_VISITS: frozenset[str] = frozenset({"visit", "trip"})

_NOMINAL_BLOCKERS: frozenset[str] = frozenset(
    "cancel postpone suspend collapse fail stall break end call delay scrap abandon boycott reject "
    "refuse propose plan seek want hope expect prepare offer urge".split()
)

_DEMONYM_ENDINGS: tuple[str, ...] = ("an", "ani", "ese", "ish", "ch", "ic", "ot", "i", "ean", "men", "z", "k", "ss", "o")  # (Kyrgyz, Uzbek, Swiss, Lao)

_CLAUSE_STOP: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "parataxis", "relcl", "mark", "punct", "cc", "conj", "appos", "agent", "pcomp"})

_SETTING_PREPS: frozenset[str] = frozenset({"in", "at", "near", "inside", "over", "across", "off", "during", "after", "before", "since", "within", "throughout", "amid", "outside", "by", "under", "despite"})

_MEETINGS: frozenset[str] = frozenset({"040", "041", "044", "046", "050", "057"})
"""Codes of a meeting, call, negotiation, reconciliation or signing: an act of both sides,
coded both ways whether the other side is a coordinated subject or the object."""

_MUTUAL_VERBS: frozenset[str] = frozenset(
    {"meet", "talk", "negotiate", "confer", "consult", "speak", "phone", "telephone", "hold", "have", "sign",
     "conclude", "initial", "reconcile", "clash", "fight", "battle", "exchange", "embrace",
     "establish", "restore", "normalise", "normalize", "resume"})  # relations are established by both
"""Verbs whose act is done by both sides together (the proposal or offer of a meeting is not)."""

_MOTION_VERBS: frozenset[str] = frozenset(
    {"cross", "pour", "roll", "move", "push", "advance", "march", "enter", "storm", "sweep", "drive", "surge", "stream", "sail", "fly"})

_DECISION_VERBS: frozenset[str] = frozenset({"agree", "approve", "authorise", "authorize", "order"})

_MATERIAL_ROOTS: frozenset[str] = frozenset({"07", "08", "15", "16", "17", "18", "19", "20"})
"""A decision to give aid, release, sanction, expel or attack is coded as that act."""

_INTENT_ADJECTIVES: frozenset[str] = frozenset({"ready", "prepared", "willing", "eager", "determined", "keen", "due", "set", "expected", "scheduled"})

_ACTING_THROUGH: frozenset[str] = frozenset({"lead", "launch", "fire", "command", "operate", "send", "back", "deploy"})
"""Participles whose ``by`` phrase names who acts through the noun (``drones launched by``)."""

_CROWD_TYPES: frozenset[str] = frozenset({"OPP", "CVL", "LAB", "EDU", "MED"})

_ARMED_LOCALS: frozenset[str] = frozenset({"REB", "UAF", "INS", "CRM", "SEP", "COP", "MIL"})
"""Armed non-state actors that fight where they are (see ``Coder._armed_locals``)."""

_PARTNER_TYPES: frozenset[str] = frozenset({"REB", "OPP", "INS", "SEP", "UAF", "PTY"})
"""Domestic kinds of actor a government makes peace or talks with (``Coder._domestic_partner``)."""

_TELLING: frozenset[str] = frozenset({"tell", "advise", "ask", "instruct", "order", "urge"})
_LEAVING: frozenset[str] = frozenset({"leave", "depart", "quit", "vacate"})
"""An envoy told, advised or asked to leave is expelled (174)."""

_SENT_BACK: frozenset[str] = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "fisherman", "fishermen", "immigrant",
                                       "deportee", "defector", "national", "citizen", "worker"})
"""People whom a state sends or hands back to their country are expelled from it (174)."""

_DISSOLVED: dict[str, date] = {"SUN": date(1991, 12, 26), "CSK": date(1992, 12, 31), "DDR": date(1990, 10, 3),
                               "YUG": date(2003, 2, 4)}
"""States that no longer exist, with the day they ended: on a later date their name is history
("a Soviet T-34 tank memorial", "the Soviet-built reactor")."""

_RIVAL_SIDES: frozenset[str] = frozenset({"leader", "faction", "camp", "party", "side", "group", "politician", "clan"})
_RIVALRY: frozenset[str] = frozenset({"rival", "feuding", "warring", "opposing", "competing"})
"""``rival leaders``, ``feuding factions``: one phrase naming both sides of a domestic dispute."""

_LIBERATION_WORDS: frozenset[str] = frozenset({"movement", "front", "liberation", "resistance", "rebels", "guerrillas"})
"""Words in the name of an armed movement (``the Free Aceh Movement``, ``the Farabundo Marti
National Liberation Front``)."""

_PROTEST_CROWDS: frozenset[str] = frozenset(
    "protesters demonstrators crowds crowd thousands hundreds tens people residents students workers marchers "
    "supporters opponents activists".split())

_PROMPTING_VERBS: frozenset[str] = frozenset({"prompt", "force", "push", "spur", "provoke", "lead", "drive", "compel"})

_RISK_NOUNS: frozenset[str] = frozenset({"risk", "risks", "prospect", "prospects", "possibility", "danger", "spectre", "specter"})

_SPORT_VERBS: frozenset[str] = frozenset({"beat", "defeat", "win", "lose", "draw", "thrash", "edge", "score", "play", "knock"})

_SPORT_WORDS: frozenset[str] = frozenset(
    "match cup final finals penalties penalty goal goals tournament championship olympics olympic league "
    "game games semi-final quarter-final qualifier squad coach striker playoff playoffs wimbledon singles "
    "trophy goalless".split())

_SCORE: re.Pattern[str] = re.compile(r"\b\d{1,2}-\d{1,2}\b")
"""A match's score ("3-0", "4-2 on penalties")."""

_ENACTING_VERBS: frozenset[str] = frozenset({"sign", "approve", "adopt", "pass", "enact", "issue"})

_INSTRUMENTS_OF_LAW: frozenset[str] = frozenset(
    {"decree", "decrees", "law", "laws", "bill", "bills", "order", "orders", "package", "packages", "legislation", "ordinance", "resolution", "resolutions", "motion"})

_INSTRUMENT_CONTENT: dict[str, str] = {
    "sanction": "163", "embargo": "163", "tariff": "163", "ban": "163", "aid": "070", "assistance": "070",
    "weapon": "072", "arms": "072", "loan": "071", "grant": "071"}
"""What a decree, law or package does, by a noun of its phrase (CAMEO)."""

_LABEL_VERBS: frozenset[str] = frozenset({"call", "describe", "label", "brand", "term", "dub", "denounce", "condemn", "dismiss", "decry", "hail", "welcome",
                                         "identify"})

_NEGATIVE_LABELS: frozenset[str] = frozenset(
    "provocation provocative overreaction protectionist protectionism illegitimate void blackmail aggression "
    "aggressive interference meddling propaganda hostile unfriendly escalation escalatory destabilising "
    "destabilizing piracy terrorism occupation annexation unlawful inappropriate irresponsible unjustified baseless "
    "absurd illegal invalid counterproductive unacceptable groundless unfounded spy spies undeclared espionage "
    "immoral shameful outrageous cynical hypocritical racist corrupt disgraceful breach violation violations "
    "encroachment mistake incomprehensible regrettable deplorable unwarranted arbitrary fascist fascists "
    "sham farce travesty betrayal stab coup barbaric cruel inhuman excessive dangerous "
    "motivated".split())
"""Labels VADER scores as neutral that are criticism when one state pins them on another's act."""

_POSITIVE_LABELS: frozenset[str] = frozenset(
    "credible competitive transparent legitimate constructive productive fruitful orderly democratic".split())
"""Verdicts VADER scores as neutral that are praise ("the election had been competitive")."""

_AGREEMENT_CONTENT: frozenset[str] = frozenset(
    "allow permit enable clear pave settle grant set establish demarcate delimit resolve open give let provide".split())
"""Verbs of a participle that tells what a signed agreement provides: no act of their own."""

_CONSEQUENCES: frozenset[str] = frozenset(
    "end halt cut send bring mark pave spark trigger raise deepen heighten escalate worsen leave disrupt "
    "stop reduce scrap replace prevent".split())
"""Verbs of a trailing participle that tells what an act led to ("…, ending a seven-year rift",
"…, cutting oil flows from Kazakhstan", "…, escalating a row with Canberra"): no act of their own."""

_ASSISTANCE_WORDS: frozenset[str] = frozenset({"request", "peacekeeping", "peacekeepers", "help", "assist", "support", "mandated", "humanitarian",
                                               "stabilise", "stabilize"})
"""Words in a deployment's own clause that make it help given to the host country."""

_ATTACK_TOPICS: tuple[str, ...] = ("energy",)
"""Aspects whose cue words are the topic of an attack whatever weapons it used."""

_PEACE_WORDS: frozenset[str] = frozenset({"war", "fighting", "ceasefire", "truce", "hostility", "hostilities", "conflict", "peace", "clash"})

_NOMINAL_MEASURES: frozenset[str] = frozenset(w for w, c in NOUN_EVENTS.items() if c == "163")
"""Nouns of economic measures (``sanctions against Russia``), singular; from the noun table."""

_EFFORT_NOUNS: frozenset[str] = frozenset({"efforts", "effort", "bid", "push", "attempt", "attempts", "drive"})

_HALTS: frozenset[str] = frozenset({"halt", "shelve", "freeze", "stop", "drop", "pause"})

_AID_CARRIERS: frozenset[str] = frozenset({"trucks", "lorries", "convoy", "convoys", "plane", "planes", "aircraft", "ship", "ships",
                                           "vessel", "vessels", "flight", "flights"})

_AID_GOODS: frozenset[str] = frozenset({"aid", "food", "medicine", "medicines", "supplies", "water", "tents", "blankets",
                                        "humanitarian", "relief", "rescuers", "medical"})

_OUTSIDERS: frozenset[str] = frozenset(
    "migrants refugees asylum-seekers seekers foreigners tourists crew crewmen sailors fishermen".split())
"""People a state's force may be used on who need not be its own (``Coder._domestic_target``)."""

_FORCE_OBJECTS: frozenset[str] = _OUTSIDERS | frozenset(
    "fire shot shots round rounds gas cannon cannons bullets bullet grenades grenade power control operation "
    "operations offensive raid raids attack attacks strike strikes drill drills exercise exercises way ground "
    "positions position posts post bases base "
    "targets target hideouts strongholds vessel vessels ship ships boat boats town towns city village villages territory area "
    "region border airspace".split())
"""Objects of a force verb that are no people it was used against ("opened fire", "launched an
operation", "seized power"), or people who need not be the state's own (:data:`_OUTSIDERS`)."""

_TIME_WORDS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december day days night nights week weeks weekend morning evening afternoon year "
    "years month months hours".split())

_LED_GROUPS: frozenset[str] = frozenset(
    "consortium coalition group alliance company firm venture force mission delegation team bloc".split())
"""Groups that act as the one who leads them ("a consortium led by China's CITIC Group")."""

_NO_VISITORS: frozenset[str] = frozenset(
    "prisoner detainee hostage refugee migrant exile dissident asylum-seeker deportee evacuee pilgrim tourist "
    "fan worker student".split())
"""People whose arrival somewhere is no visit by their state ("political prisoners freed by Havana
arrived in Madrid")."""

_ORG_ROLES: frozenset[str] = frozenset(
    "head chief leader envoy representative director chairman chairwoman chair commander coordinator "
    "spokesman spokeswoman spokesperson".split())
"""Nouns in apposition to a person that make him act for the organisation named ("X, the head of the
EU mission")."""

_SOLDIERS: frozenset[str] = frozenset(
    "soldiers soldier troops officers army military commandos guards guardsmen paratroopers junta mutineers "
    "servicemen forces paramilitary paramilitaries militia militiamen".split())
"""Armed men of a state's own forces, as opposed to its weapons ("warplanes", "drones")."""

_SEIZING: frozenset[str] = frozenset({"seize", "take", "grab", "assume", "usurp", "wrest"})
"""Verbs of a coup with ``power`` as object ("seized power", "took control of the country")."""

_DELIVERIES: frozenset[str] = frozenset(
    "dose shipment cargo consignment delivery batch tonne ton barrel vaccine doses".split())
"""Goods received that make receiving a delivery, not a guest ("received 600,000 doses")."""

_AID_SENT: frozenset[str] = _AID_GOODS | frozenset(
    "rescue rescuers doses vaccine vaccines firefighters doctors medics disaster tonnes".split())
"""What a state sends or flies that makes the sending aid ("a team of disaster experts", "150,000 doses")."""

_CHARGES: frozenset[str] = frozenset({"charge", "allegation", "accusation", "claim", "report", "assertion"})
"""Nouns whose infinitive names the act ("efforts to broker a truce", "a bid to mediate")."""

_PAIR_NOUNS: frozenset[str] = frozenset({"leaders", "sides", "countries", "presidents", "ministers", "governments",
                                        "nations", "neighbours", "neighbors", "men", "capitals", "states"})
"""Heads of "the two leaders", "both sides": the two actors named before."""

_GROUP_SIZES: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4}
"""Numbers in "the two leaders", "the three leaders": how many actors named before they are."""

_LEADERS_GOVERNMENTS: frozenset[str] = frozenset({"administration", "government", "regime", "cabinet", "presidency", "authorities"})
"""Nouns a leader's name modifies to name the government he heads."""

_REACTION_ROOTS: frozenset[str] = frozenset({"01", "02", "05", "10", "11", "12", "13"})

_REACTIVE_RULES: frozenset[str] = frozenset({"phrase:return", "verb:respond"})
"""Rules whose act always answers another ("returned fire", "would respond")."""

_ACT_NOUNS: frozenset[str] = frozenset(
    "move decision step operation attack attacks strike strikes arrest ruling action measure measures law bill plan "
    "deal message remark remarks comment comments statement announcement incursion invasion blockade provocation escalation "
    "sanctions tariffs tariff ban expulsion expulsions killing killings execution seizure detention annexation recognition "
    "verdict sentence exercises drills deployment restrictions "
    "recognitions visit meeting test launch incident raid operation offensive truce ceasefire deal "
    "charge charges accusation accusations allegation allegations claim claims involvement responsibility "
    "request requests appeal appeals offer offers proposal proposals invitation demand demands "
    "boarding arrests detentions seizures deportation deportations closure shooting shelling bombing bombings "
    "airstrike airstrikes raids interception embargo suspension downing sinking".split())

_REACTION_NOUNS: dict[str, str] = {
    "condemnation": "111", "condemnations": "111", "criticism": "111", "rebuke": "111", "rebukes": "111",
    "outrage": "111", "anger": "111", "protest": "114", "protests": "114", "response": "111",
    "praise": "051", "welcome": "051"}
"""Nouns of a reaction whose ``from`` phrase names who reacted (``drawing condemnation from
Washington``)."""

_RETALIATION: frozenset[str] = frozenset({"response", "respond", "retaliation", "retaliate", "revenge", "reprisal", "retribution", "avenge"})

_TEMPORAL_PREPS: frozenset[str] = frozenset({"after", "before", "while", "during", "since", "upon", "by"})

_FAMILY_NAME_FIRST: frozenset[str] = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "HKG", "SGP", "MAC"})

_NOT_SURNAMES: frozenset[str] = frozenset(
    "ministry council party forces army navy bank agency court assembly parliament government committee "
    "union league front guard guards corps service office house state states republic kingdom federation "
    "organization organisation company group commission movement".split())

_WEAPONS: frozenset[str] = frozenset(
    "rocket rockets missile missiles drone drones shell shells bomb bombs mortar mortars grenade grenades "
    "round rounds torpedo torpedoes munitions".split())

_TRAVEL_VERBS: frozenset[str] = frozenset({"visit", "travel", "arrive", "fly", "go", "come"})
"""Verbs of a trip to a place ("visited Kuwait to sign an agreement": the host is Kuwait)."""

_TRIP_VERBS: frozenset[str] = _TRAVEL_VERBS | {"meet", "join", "gather"}
"""Verbs of a trip or meeting whose purpose clause is an act done there."""

_UNDONE: frozenset[str] = frozenset({"fail", "seek", "want", "wish", "aim", "strive", "struggle", "scramble"})
"""Verbs whose infinitive names an act not done ("failed to protect", "seeks to cut")."""

_STATE_AGENTS: frozenset[str] = frozenset(
    "forces troops soldiers officials police authorities diplomats guards fighters officers army navy "
    "court courts judge tribunal prosecutors prosecutor".split())
"""Agent nouns a government's name can modify to name its own agents ("Taliban forces")."""

_BLOC_NOUNS: frozenset[str] = frozenset({"bloc", "alliance", "organisation", "organization", "agency", "watchdog", "union",
                                         "court", "body", "fund"})
"""Nouns that name an organisation named before them ("the bloc", "the watchdog")."""

_NOMINAL_COERCION: frozenset[str] = frozenset({"expulsion", "deportation", "detention", "arrest"})
"""Acts on people named by a noun with the actor as possessor ("Israel's detention of two
Jordanian citizens", "London's expulsion of his Russian counterpart")."""

_JOINT_ACTS: frozenset[str] = frozenset({"exercises", "exercise", "drills", "drill", "patrol", "patrols", "manoeuvres", "maneuvers"})
"""Nouns of military acts two forces can hold together ("joint exercises by A and B")."""

_FIRE_NOUNS: frozenset[str] = frozenset({"fire", "gunfire", "shelling", "artillery", "barrage", "salvo", "strike", "strikes"})
"""Nouns of fire that carry an attack, not its author ("hit by mortar fire from …")."""

_ENVOYS: frozenset[str] = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                                     "delegation", "delegations", "negotiators", "attache"})
"""A state's own envoys: recalled or sent, they are not the other side of the act."""

_ARMS: frozenset[str] = frozenset(
    "weapons arms ammunition howitzers tanks jets fighters artillery radars interceptors batteries "
    "warplanes helicopters".split())
"""Arms that are supplied rather than fired ("received 20 tanks from Germany")."""

_DECISIONS: frozenset[str] = frozenset(
    "package approval decision deal agreement resolution statement declaration bid accession membership talks "
    "negotiations sanctions plan proposal candidacy appointment nomination loan funding budget framework vote "
    "law bill application request extradition sale motion initiative start opening launch enlargement invitation".split())

_PRESENCE: frozenset[str] = frozenset(
    "troops forces personnel soldiers guards staff diplomats embassy mission missions peacekeepers military "
    "contingent presence activities bases base officers".split())

_WRONGDOING: frozenset[str] = frozenset(
    "fail refuse violate breach interfere meddle spy plot undermine sabotage ignore obstruct harbour harbor "
    "support finance sponsor arm attack kill".split())
"""Verbs of a reason that says its subject did wrong ("saying Moscow had failed to cooperate")."""
_MOTIVE_NOUNS: frozenset[str] = frozenset({"pretext", "excuse", "ploy", "attempt", "attempts", "scheme", "plot", "plots", "conspiracy"})
"""Nouns whose infinitive is a motive ascribed, not an act ("a pretext to punish the two republics")."""

_MESSAGE_CODES: dict[str, str] = {
    "ask": "020", "request": "020", "seek": "020", "urge": "020", "call": "020", "invite": "036",
    "demand": "100", "complain": "114", "protest": "114", "apologise": "055", "apologize": "055",
    "express": "055", "regret": "055", "propose": "035", "offer": "030", "warn": "130", "threaten": "130",
}
"""What a letter or note sent does, by the participle that says it ("a letter to Putin
expressing regret" apologises, "a note demanding reparations" demands); otherwise a message (010)."""

_VESSELS: frozenset[str] = frozenset(
    "ship vessel freighter tanker boat trawler ferry cargo carrier warship destroyer frigate submarine plane aircraft jet "
    "airliner".split())
"""Craft whose crew, captain or passengers "its" can refer to."""

_CREW_NOUNS: frozenset[str] = frozenset({"crew", "crews", "captain", "sailors", "passengers", "crewmen", "seafarers"})

_ANNOUNCING: frozenset[str] = frozenset(
    {"warn", "threaten", "vow", "pledge", "promise", "announce", "insist", "signal", "confirm", "hint", "declare", "assure"})
"""Verbs that, like verbs of saying, report their subject's own act in a clause ("warned it would
send troops": "it" is the one who warned)."""

_ANSWERED_MEASURES: dict[str, str] = {"closure": "172", "ban": "172", "suspension": "160", "blockade": "191"}
"""Measures named by a noun that a retaliation answers ("in retaliation for Zagreb's closure of
the main road crossing"): the measure was against the one who answers it."""

_LAUNCHED_ACTS: frozenset[str] = frozenset(
    "operation operations campaign crackdown offensive measure measures move decision".split())
"""Acts a state launches or takes whose relative clause says what they did ("launched a border
security operation that effectively shut its frontier with Benin")."""

_CANCEL_VERBS: frozenset[str] = frozenset("scrap cancel suspend abandon shelve void annul terminate halt freeze".split())
"""Verbs that call off a project ("suspended construction of the Chinese-backed Myitsone dam")."""

_PROJECT_NOUNS: frozenset[str] = frozenset(
    "project dam plant port terminal railway pipeline contract construction investment concession mine "
    "refinery airport bridge reactor factory highway canal tunnel".split())
"""Economic projects and contracts whose cancellation rejects the partner's economic cooperation
(1211); treaties and agreements are ties cut (16x) and stay with their own rules."""

_BACKING: frozenset[str] = frozenset("backed funded financed built sponsored".split())
"""Participles after a country's name and a hyphen that make it a project's partner."""

_CLAIM_NOUNS: dict[str, str | None] = {
    "accusation": "112", "accusations": "112", "allegation": "112", "allegations": "112", "demand": "100",
    "demands": "100", "appeal": "020", "appeals": "020", "request": "020", "requests": "020", "letter": None}
"""Speech acts named by nouns, with the code of the author's act; a letter does what its
participle says (:data:`_MESSAGE_CODES`)."""

_BEHIND_ACTS: dict[str, str] = {
    "attack": "190", "strike": "190", "raid": "190", "killing": "186", "assassination": "186", "murder": "186",
    "explosion": "183", "blast": "183", "bombing": "183", "abduction": "181", "kidnapping": "181", "sabotage": "190"}
"""Acts someone is said to be ``behind``, and their codes ("was behind the killing of …")."""
