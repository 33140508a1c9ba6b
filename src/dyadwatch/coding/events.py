"""Event types: a CAMEO code from a predicate verb and its arguments.

The code of a predicate is looked up in this order; the first rule that answers wins:

1. **Phrase rules** (:data:`PHRASES`): the verb (with its particle, ``shoot down``) plus
   words that must appear among its objects and prepositional phrases — ``hold talks`` →
   040, ``impose sanctions`` → 163, ``launch offensive`` → 190, ``open fire`` → 190,
   ``deploy peacekeepers`` → 074, ``close embassy`` → 161.
2. **Verb rules** (:data:`VERBS`): dyadwatch's table of the verbs news use most for
   international events, each with the CAMEO code of its usual sense (``accuse`` → 112,
   ``shell`` → 194, ``host`` → 043, ``apologise`` → 055).
3. **CAMEO verb patterns**: the PETRARCH CAMEO.2.0 dictionary (``data/verb_patterns_cameo.tsv``)
   — the verb's synonym block, then the block's pattern whose words all appear around
   the verb (most words wins).
4. **CAMEO verb default**: the verb's own code in CAMEO.2.0, else its block's.

Verbs of saying (:data:`SPEECH_VERBS`) are never events in themselves: what was said is
coded from the clause they introduce. Aspectual and control verbs (:data:`LIGHT_VERBS`:
``begin``, ``try``, ``plan``…) pass their subject to the verb they govern (``began
deploying troops`` is a deployment). Goldstein scores come from GDELT's table
(:func:`dyadwatch.schema.goldstein_for`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..schema import goldstein_for, quad_for_root
from .aspects import singular as _singular

# --- the verb table ---------------------------------------------------------------------------

VERBS: dict[str, str] = {
    # 01 public statements with a target
    "praise": "051", "hail": "051", "commend": "051", "applaud": "051", "congratulate": "051",
    "thank": "051", "endorse": "051", "back": "051", "support": "051", "welcome": "051",
    "defend": "052",
    "sympathize": "018", "sympathise": "018", "console": "018",
    # 02 appeal
    "urge": "020", "ask": "020", "request": "020", "appeal": "020", "petition": "020",
    "call on": "020", "call upon": "020", "implore": "020",
    # 03 express intent to cooperate
    "agree": "030", "pledge": "030", "promise": "030", "vow": "030", "offer": "030",
    "propose": "030", "commit": "030", "invite": "036",
    # 04 consult
    "meet": "040", "talk": "040", "discuss": "040", "consult": "040", "confer": "040",
    "negotiate": "046", "telephone": "041", "phone": "041", "visit": "042", "tour": "042",
    "travel": "042", "fly": "042", "arrive": "042", "land": "042", "attend": "042",
    "host": "043", "receive": "043", "greet": "043",  # greeting a visiting leader is hosting him
    "mediate": "045", "broker": "045", "facilitate": "045",
    # 05 diplomatic cooperation
    "recognise": "054", "recognize": "054",
    "apologise": "055", "apologize": "055",
    "forgive": "056", "pardon": "0841",  # a pardon frees those pardoned
    "inaugurate": "061", "sign": "057", "ratify": "057", "adopt": "057", "join": "040", "conclude": "057", "initial": "057",
    "reconcile": "050", "normalise": "050", "normalize": "050", "ally": "050",
    # 06 material cooperation
    "cooperate": "060", "collaborate": "060", "partner": "060",
    "trade": "061", "invest": "061", "export": "061", "import": "061",
    "deliver": "061", "supply": "061", "sell": "061", "buy": "061", "purchase": "061", "pump": "061",
    # 07 aid
    "aid": "070", "help": "070", "assist": "070", "donate": "070",
    "lend": "071", "loan": "071", "fund": "071", "finance": "071",
    "arm": "072", "evacuate": "073",
    # 08 yield
    "free": "0841", "release": "0841", "repatriate": "0841", "return": "084",
    "withdraw": "087", "retreat": "0874", "surrender": "0874", "demobilize": "0873", "disarm": "0873",
    "pull out": "087", "turn down": "120", "pull back": "087", "de-escalate": "087",
    "hand back": "084", "hand over": "084",  # "handed four villages back to Azerbaijan", "handed over maps of minefields"
    "concede": "080", "yield": "080", "relent": "080",
    # 09 investigate
    "investigate": "090", "probe": "090", "inspect": "090",
    # 10 demand
    "demand": "100", "insist": "100", "press": "100",  # "presses Seoul to release $7 billion"
    "press on": "020", "press ahead": "020",  # (pressing on with mediation is no demand)
    # 11 disapprove
    "criticise": "111", "criticize": "111", "condemn": "111", "denounce": "111", "disagree": "111", "regret": "111",
    "deplore": "111", "decry": "111", "slam": "111", "rebuke": "111", "castigate": "111",
    "chastise": "111", "blast": "111", "lambaste": "111", "censure": "111",
    "accuse": "112", "blame": "112", "charge": "112", "allege": "112",
    "complain": "114", "summon": "114", "protest": "114", "demonstrate": "141", "rally": "141",
    "sue": "115",
    # 12 reject
    "reject": "120", "rule out": "120", "refuse": "120", "rebuff": "120", "spurn": "120", "dismiss": "120",
    "decline": "120", "snub": "120", "veto": "129", "defy": "128", "boycott": "120",
    # 13 threaten
    "threaten": "130", "warn": "130", "menace": "130",
    # 15 force posture
    "mobilize": "154", "mobilise": "154", "mass": "154", "deploy": "154",
    # 16 reduce relations
    "recall": "161", "downgrade": "161", "sever": "161",
    "sanction": "163", "embargo": "163",
    "suspend": "160", "pause": "160", "freeze": "160", "halt": "160", "cut": "160", "scrap": "160",
    "expel": "166", "deport": "174", "exclude": "160",
    # 17 coerce
    "arrest": "173", "detain": "173", "jail": "173", "imprison": "173", "sentence": "173",
    "convict": "173", "prosecute": "173", "indict": "173",
    "seize": "171", "confiscate": "1711", "raid": "171", "impound": "1711",
    "ban": "172", "restrict": "172", "shut": "172", "close": "172",
    # 18 assault
    "abduct": "181", "kidnap": "181", "assassinate": "185", "torture": "1821",
    # 19 fight
    "attack": "190", "strike": "190", "hit": "190", "invade": "190", "fight": "190", "battle": "190",
    "clash": "190", "assault": "190", "storm": "190", "target": "190", "down": "190",
    "shoot down": "190", "open fire": "190", "face off": "152",  # troops facing off: each on alert against the other
    "shell": "194", "bombard": "194", "bomb": "195", "airstrike": "195",
    "shoot": "193", "fire": "190",
    "blockade": "191", "block": "191",
    "occupy": "192", "annex": "192", "capture": "192", "advance": "192",
    "violate": "196", "breach": "196",
    "kill": "190", "sink": "190", "torpedo": "190", "ambush": "190", "raze": "190",
    "station": "154",
    "retake": "192", "recapture": "192", "overrun": "192", "strafe": "195", "execute": "180",
    "insult": "111", "disburse": "071", "airdrop": "073", "airlift": "073", "unfreeze": "085", "extradite": "084",
}
"""Base verb (or verb + particle) → CAMEO code of its usual sense in international news."""

_ORG_NAMES = "opec/oas/asean/mercosur/unesco/interpol/sadc/igad/eac/ecowas/csto/nato/commonwealth"
"""Organisations a state leaves, quits or withdraws from, by the names a phrase may use for them."""

PHRASES: tuple[tuple[str, str, str], ...] = (
    # verb, required words (space: all of; slash: any of), code
    ("deny", "charge/charges/accusation/accusations/allegation/allegations/involvement/responsibility/claim/claims/report/reports", "016"),
    ("grant", "asylum", "075"),
    ("grant", "status refugee", "075"),  # "granted refugee status to a former Chilean guerrilla"
    ("grant", "status observer/candidate/candidates", "050"),  # "granted Georgia candidate status": a step into a bloc
    ("admit", "member/members", "050"),  # "admitted Equatorial Guinea as its 14th member"
    ("speak", "phone/telephone/videolink/video", "041"),
    ("talk", "phone/telephone", "041"),
    ("vow", "response/respond/retaliation/retaliate/revenge/reprisal/retribution/avenge", "130"),
    ("pledge", "response/respond/retaliation/retaliate/revenge/reprisal/retribution/avenge", "130"),
    ("promise", "response/respond/retaliation/retaliate/revenge/reprisal/retribution/avenge", "130"),
    ("hold", "exercise/exercises/drill/drills/manoeuvres/maneuvers/war-games", "150"),
    # "carried out their first joint patrol": military cooperation of the sides
    ("carry", "patrol/patrols joint", "062"),
    ("conduct", "patrol/patrols joint", "062"),
    ("hold", "patrol/patrols joint", "062"),
    ("hold", "talk/talks/negotiation/negotiations/consultation/consultations/meeting/meetings/discussion/discussions/summit", "040"),
    ("have", "talk/talks/conversation/call/lunch/dinner/breakfast", "040"),  # "had lunch with Manmohan Singh"
    ("open", "talk/talks/negotiation/negotiations", "040"),
    # "began talks", "launched negotiations", "conducted consultations": talks held
    ("begin", "talk/talks/negotiation/negotiations/consultation/consultations/discussion/discussions", "040"),
    ("start", "talk/talks/negotiation/negotiations/consultation/consultations/discussion/discussions", "040"),
    ("launch", "talks/negotiations/consultations/dialogue", "040"),
    ("conduct", "talks/negotiations/consultations", "040"),
    ("enter", "talks/negotiations", "040"),
    ("open", "fire", "190"),
    ("hold", "phone/telephone/video call/conversation/conference", "041"),
    ("hold", "videoconference/teleconference/video-conference", "041"),
    ("pay", "visit", "042"),
    ("make", "visit", "042"),
    ("begin", "visit/tour/trip", "042"),  # "began a visit to Israel by announcing …"
    ("start", "visit/tour/trip", "042"),
    ("sign", "ceasefire/truce/armistice", "057"),  # signing is 057 whatever the agreement (docs/coding.md)
    # leaders who oversee or witness the signing of agreements by their officials sign them
    ("oversee", "signing", "057"),
    ("witness", "signing", "057"),
    ("preside", "signing", "057"),
    ("sign", "contract/contracts", "061"),
    ("sign", "agreement/agreements/deal/deals/treaty/accord/declaration/memorandum/pact/protocol/charter", "057"),
    ("reach", "agreement/deal/accord/consensus/compromise/understanding", "030"),
    ("agree", "ceasefire/truce/cessation/armistice", "0871"),
    ("declare", "ceasefire/truce", "0871"),
    ("accept", "ceasefire/truce", "0871"),
    ("broker", "ceasefire/truce", "045"),
    ("vow", "measures/response/retaliation/countermeasures/revenge/reprisals/reprisal", "130"),  # "vowed all necessary measures"
    ("pledge", "retaliation/countermeasures/revenge/reprisals", "130"),
    ("promise", "retaliation/countermeasures/revenge/reprisals", "130"),
    ("offer", "condolence/condolences/sympathy", "018"),
    ("express", "condolence/condolences/sympathy/solidarity", "018"),
    ("express", "concern/regret/alarm", "012"),
    ("express", "support/gratitude/appreciation", "051"),
    ("offer", "aid/assistance/help/loan/credit", "033"),
    ("pledge", "aid/assistance/help/loan/credit", "033"),
    ("send", "aid/assistance/relief/humanitarian/food/medicine/medicines/supplies/rescue/rescuers", "073"),
    ("drop", "aid/food/meals/supplies/parcels/rations/medicine", "073"),
    ("share", "intelligence/data/information", "062"),  # "began sharing real-time data on missile launches"  # "dropped 38,000 meals into Gaza"
    ("deliver", "aid/assistance/relief/humanitarian/food/medicine/medicines", "073"),
    ("exchange", "fire/gunfire/shots", "190"),
    ("fight", "alongside", "062"),
    ("set", "fire", "190"),  # "Ukrainian drones set fire to an oil refinery"  # "North Korean troops fighting alongside Russian forces": on one side
    ("approve", "aid/assistance/loan/loans/package/funding/credit/financing/grant/disbursement/arrangement/programme/program/bailout/tranche", "071"),
    ("approve", "weapons/arms/military/sale/sales", "072"),  # "approved the sale of air defence systems to Taiwan"
    ("announce", "aid/assistance/loan/package", "071"),
    ("extend", "aid/assistance/loan/loans/credit/financing", "071"),  # "extended a $1 billion credit line to Sri Lanka"
    # sanctions kept in force: CAMEO's refusal to ease them; extended or renewed, imposed for a
    # new term; an agreement renewed is signed again
    ("keep", "ban/bans/embargo/embargoes/sanctions/restrictions/tariffs/curbs", "1244"),
    ("maintain", "ban/bans/embargo/embargoes/sanctions/restrictions/tariffs/curbs", "1244"),
    ("extend", "ban/bans/embargo/embargoes/sanctions/restrictions/tariffs/curbs", "163"),
    ("prolong", "ban/bans/embargo/embargoes/sanctions/restrictions/tariffs/curbs", "163"),
    ("renew", "ban/bans/embargo/embargoes/sanctions/restrictions/tariffs/curbs", "163"),
    ("renew", "agreement/deal/accord/pact/treaty", "057"),
    ("extend", "agreement/deal/accord/pact/treaty", "057"),
    ("send", "weapons/arms/ammunition/equipment", "072"),
    ("send", "troops/soldiers/forces", "154"),
    ("send", "peacekeepers/peacekeeping", "074"),
    ("send", "monitors/observers/mission", "086"),
    ("supply", "weapons/arms/ammunition/howitzers/military/missiles/drones/radars/radar/tanks/jets/artillery/rockets/batteries/interceptors/shells", "072"),
    ("sell", "weapons/arms/ammunition/howitzers/military/missiles/drones/radars/radar/tanks/jets/artillery/rockets/batteries/interceptors/shells/defence/defense", "072"),
    ("deliver", "weapons/arms/ammunition/howitzers/military/missiles/drones/radars/radar/tanks/jets/artillery/rockets/batteries/interceptors/shells/defence/defense", "072"),
    ("provide", "weapons/arms/ammunition/military", "072"),
    ("provide", "aid/assistance/help/loan/funding", "070"),
    ("drop", "food/meals/aid/supplies/medicine/medicines/rations/parcels", "073"),  # "dropped 38,000 meals over Gaza"
    ("deploy", "peacekeepers/peacekeeping/monitors/observers", "074"),
    ("impose", "sanctions/sanction/embargo/tariffs/tariff/duties/restrictions/ban/bans/freezes/curbs/quotas", "163"),
    ("slap", "sanctions/sanction/embargo/tariffs/tariff/duties/duty/restrictions/ban", "163"),
    ("introduce", "sanctions/embargo/tariffs", "163"),
    ("announce", "sanctions/embargo", "163"),
    ("lift", "sanctions/embargo/tariffs/tariff/duties/curbs", "085"),
    ("ease", "sanctions/embargo/tariffs/tariff/duties/curbs", "085"),
    ("remove", "sanctions/embargo/tariffs/tariff/duties/curbs", "085"),
    ("scrap", "sanctions/embargo/tariffs/tariff/duties/curbs", "085"),
    ("pause", "sanctions/tariffs/tariff/duties", "085"),  # "agreed to pause planned tariffs on Mexican goods"
    ("cut", "tariffs/tariff/duties", "085"),  # "cut tariffs on Chinese imports to 10%": lowered
    ("reduce", "tariffs/tariff/duties", "085"),
    ("lower", "tariffs/tariff/duties", "085"),
    ("slash", "tariffs/tariff/duties", "085"),
    ("agree", "package/aid/assistance/loan/loans/funding/financing/currency", "071"),  # "agreed to a support package for Ukraine"
    ("lift", "ban/restrictions/visas/visa/curfew", "081"),
    # a trade "white list" is the opposite of a blacklist
    ("return", "white/whitelist list/whitelist", "081"),
    ("restore", "white/whitelist list/whitelist", "081"),
    ("add", "white/whitelist list/whitelist", "081"),
    ("remove", "white/whitelist list/whitelist", "163"),
    ("remove", "list/blacklist", "081"),  # "remove Cuba from the list of state sponsors of terrorism"
    ("add", "list/blacklist", "163"),  # "added Huawei to its entity list"
    ("place", "arrest/detention/custody", "173"),  # "placed the president under house arrest"
    ("put", "arrest/detention/custody", "173"),
    ("return", "list/blacklist", "163"),  # "returned Cuba to its list of state sponsors of terrorism"
    ("put", "list/blacklist", "163"),  # "put Cuba back on the list"
    ("transfer", "weapons/arms/ammunition/jets/fighter/fighters/aircraft/tanks/missiles/artillery/howitzers/drones", "072"),
    ("scrap", "visas/visa/ban/restrictions", "081"),
    # visas demanded of a people are a restriction on their state: "began requiring visas from
    # Cuban citizens", "introduced visas for Russians"
    ("require", "visas/visa/passports/passport", "172"),
    ("introduce", "visas/visa", "172"),
    ("impose", "visas/visa", "172"),
    ("ease", "restrictions/ban/visa", "081"),
    ("lodge", "protest/protests/complaint/complaints/representation/representations", "114"),
    ("make", "representation/representations", "114"),  # "made stern representations to Tokyo"
    ("transfer", "custody/prisoner/prisoners/detainee/detainees/inmate/inmates", "084"),  # "agreed to transfer her to Philippine custody"
    ("file", "complaint/protest", "114"),
    # "handed a note of protest to the Iranian ambassador", "sent a protest note to Croatia"
    ("hand", "note/notes protest", "114"),
    ("hand", "sentence/sentences", "173"),  # "handed Australian writer Yang Hengjun a suspended death sentence"
    ("send", "note/notes protest", "114"),
    ("deliver", "note/notes protest", "114"),
    # a letter or note sent is a message (010); the coder reads what it does from its clause
    # ("sent Germany a diplomatic note formally demanding reparations" is a demand)
    ("send", "letter/letters/note/notes/message/messages/memorandum", "010"),
    ("file", "lawsuit/suit/case", "115"),
    ("bring", "case/lawsuit", "115"),
    ("launch", "case/lawsuit/proceedings/arbitration", "115"),  # "launched a case against China at the WTO"
    ("issue", "warning/ultimatum", "130"),
    ("issue", "ultimatum", "139"),
    ("launch", "offensive/attack/attacks/strike/strikes/assault/invasion/war/operation/raid/raids/airstrikes/bombardment", "190"),
    ("carry", "attack/attacks/strike/strikes/airstrike/airstrikes/raid/raids/assault", "190"),
    ("conduct", "attack/attacks/strike/strikes/airstrike/airstrikes/raid/raids", "190"),
    ("stage", "attack/attacks/strike/raid/assault", "190"),
    ("launch", "missile/missiles/drone/drones/rocket/rockets", "195"),
    ("fire", "missile/missiles/rocket/rockets/shell/shells", "195"),
    ("shoot", "down", "190"),
    ("take", "court/tribunal/arbitration/icj/wto", "115"),  # "took Australia to the International Court of Justice"
    ("take", "control/town/city/village/villages/territory/region/positions", "192"),
    ("seize", "control/town/city/village/villages/territory/region/positions", "192"),
    ("close", "embassy/consulate/mission", "161"),
    # border checks and controls brought in are restrictions (172): "reinstated checks on its
    # border with Germany", "tightened customs checks on its border with Kyrgyzstan"
    ("introduce", "checks/controls", "172"),
    ("reintroduce", "checks/controls", "172"),
    ("reinstate", "checks/controls", "172"),
    ("impose", "checks/controls", "172"),
    ("tighten", "checks/controls", "172"),
    ("begin", "checks/controls", "172"),
    ("start", "checks/controls", "172"),
    ("shut", "embassy/consulate", "161"),
    ("open", "embassy/consulate", "050"),
    ("reopen", "embassy/consulate", "050"),
    ("inaugurate", "embassy/consulate", "050"),
    ("restore", "relations/ties", "050"),
    ("establish", "relations/ties", "050"),
    ("break", "relations/ties", "161"),
    ("cut", "relations/ties", "161"),
    ("sever", "relations/ties", "161"),
    ("suspend", "talks/negotiations", "164"),
    ("suspend", "aid/assistance/funding", "162"),
    ("pause", "aid/assistance/funding", "162"),
    ("halt", "aid/assistance/supplies/deliveries/shipments/funding", "162"),
    # "halted a $3 billion programme to equip Lebanon's army": a programme of aid stopped
    ("halt", "programme/program equip/arm/train/fund/supply", "162"),
    ("suspend", "programme/program equip/arm/train/fund/supply", "162"),
    # trade, energy and flights stopped to a country are an embargo ("stopped gas supplies to
    # Moldova", "halted all exports to Israel", "suspended flights to Georgia")
    ("halt", "exports/imports/trade/flights", "163"),
    ("stop", "supplies/supply/deliveries/exports/imports/trade/flights/gas/oil", "163"),
    ("suspend", "supplies/deliveries/exports/imports/trade/flights", "163"),
    ("halve", "supplies/supply/deliveries/exports/imports/flights", "163"),  # "halved electricity supplies to Bangladesh"
    ("freeze", "aid/assistance/funding", "162"),
    ("cut", "aid/assistance/funding", "162"),
    ("halt", "offensive/attack/attacks/fighting/operation/hostilities/strikes", "087"),
    ("end", "offensive/fighting/hostilities/war", "087"),
    ("stop", "offensive/fighting/hostilities/attacks/targeting/attacking/firing/shelling/strikes", "087"),
    ("declare", "persona", "166"),
    ("give", "hours/days/week/weeks/months leave/vacate", "174"),
    ("order", "vacate", "174"),
    # "boarded the Norwegian freighter Tampa": a ship taken over
    ("board", "ship/vessel/freighter/tanker/trawler/boat/yacht/ferry/carrier/flotilla", "171"),
    # "revoked Cuba's 1962 suspension from the bloc": a sanction lifted
    ("revoke", "suspension/exclusion/expulsion", "081"),
    ("lift", "suspension/exclusion", "081"),
    ("vote", "against", "120"),  # "voted against extending a fisheries agreement with Morocco"  # "ordered the United States to vacate a drone base within 15 days"  # "gave France's ambassador 72 hours to leave the country"
    ("recall", "ambassador/envoy/diplomats", "161"),
    ("withdraw", "ambassador/ambassadors/envoy/envoys/diplomat/diplomats", "161"),
    ("withdraw", "diplomatic/embassy/consular staff/personnel/staffers", "161"),  # "withdrew all its diplomatic staff from Skopje"
    # "withdrew landing rights for the minister's plane", "withdrew the accreditation of inspectors"
    ("withdraw", "rights/permission/permit/permits/licence/license/accreditation/credentials/visa/visas", "172"),
    ("revoke", "rights/permission/permit/permits/licence/license/accreditation/credentials/visa/visas", "172"),
    # "withdraw part of Cambodia's duty-free access to the EU market": trade privileges withdrawn
    ("withdraw", "access/preferences/privileges", "163"),
    # "voted to end its decade-long peacekeeping mission in Mali", "ending its military training
    # programme in Somalia": help stopped
    ("end", "mission/programme/program", "162"),
    ("halt", "mission/programme/program", "162"),
    ("terminate", "mission/programme/program", "162"),
    ("withdraw", "deal/agreement/treaty/pact/accord/bloc/alliance/union/organisation/organization/membership/court/league/forum/community/grouping/"
                 + _ORG_NAMES, "161"),
    ("pull", "out deal/agreement/treaty/pact/accord/bloc/alliance/union/programme/program/scheme/initiative/project/festival/exhibition/games/tournament/summit/commonwealth/organisation/organization/league/community/grouping/court", "161"),
    ("pull", "ambassador/ambassadors/envoy/envoys/diplomats", "161"),
    ("walk", "talks/negotiations/deal/agreement/accord/treaty/pact", "161"),  # "walked away from seven years of negotiations with the EU"
    ("pull", "diplomatic/embassy/consular staff/personnel/staffers", "161"),  # "pulled their ambassadors out of Doha"
    # "ended its defence cooperation agreement with France", "revoked a military cooperation
    # agreement with the United States": ties cut
    ("end", "agreement/agreements/pact/treaty/accord/partnership/cooperation", "160"),
    ("revoke", "agreement/agreements/pact/treaty/accord/partnership/cooperation", "160"),
    ("terminate", "agreement/agreements/pact/treaty/accord/partnership/cooperation", "160"),
    ("scrap", "agreement/agreements/pact/treaty/accord/partnership", "160"),
    ("annul", "agreement/agreements/pact/treaty/accord/partnership", "160"),
    ("quit", "deal/agreement/treaty/pact/accord/bloc/alliance/union/organisation/organization/membership/court/league/forum/"
             "community/grouping/who/" + _ORG_NAMES, "161"),
    ("announce", "restoration/resumption/normalisation/normalization relations/ties", "050"),  # both sides
    ("announce", "withdrawal deal/agreement/treaty/pact/accord/bloc/alliance/union/organisation/organization/court/" + _ORG_NAMES, "161"),
    ("summon", "ambassador/envoy/charge/chargé/diplomat", "114"),
    ("order", "out ambassador/envoy/diplomat/diplomats/commissioner/attache/officials", "174"),  # "ordered out India's high commissioner"
    ("call off", "visit/trip/talks/meeting/summit/events/event", "161"),
    # "decided to withdraw more than 700 doctors from Bolivia": civilian help pulled out (166,
    # expel or withdraw), not troops pulled back (0874)
    ("withdraw", "doctors/teachers/workers/experts/advisers/advisors/volunteers/engineers/nurses/medics/brigade/brigades", "166"),
    ("pull", "doctors/teachers/experts/advisers/advisors/volunteers/engineers/nurses/medics", "166"),
    # "withdrew its invitation to Venezuelan President Nicolas Maduro": relations reduced
    ("withdraw", "invitation", "161"),
    ("rescind", "invitation", "161"),
    ("revoke", "invitation", "161"),
    ("cancel", "visit/trip/talks/meeting/summit/events/event", "161"),
    ("call", "off", "125"),
    ("postpone", "visit/trip/talks/meeting/summit", "161"),  # like cancelling: relations reduced
    ("reopen", "border/borders/airspace/crossing/crossings/checkpoint", "081"),  # restrictions eased
    ("evacuate", "diplomats/embassy/staff/envoy/ambassador", "161"),
    ("return", "fire", "190"),  # "Azerbaijani units returned fire": against whoever fired
    ("trade", "accusations/accusation/barbs/insults/blame/charges", "112"),  # ("accusations of shelling")
    ("trade", "fire/gunfire/shots/shelling/blows/strikes", "190"),  # "traded artillery fire": fighting, both ways
    ("freeze", "participation/membership/cooperation", "160"),
    ("leave", "alliance/bloc/treaty/organisation/organization/union/who/" + _ORG_NAMES, "160"),
    ("exit", "alliance/bloc/treaty/organisation/organization/who/" + _ORG_NAMES, "160"),
    ("join", "sanctions", "163"),
    ("join", "strikes/strike/attacks/attack/offensive/raids/bombing/airstrikes", "190"),
    ("adopt", "sanctions", "163"),
    ("exchange", "prisoners/detainees/captives/bodies/soldiers/servicemen/pows", "0841"),
    ("exchange", "ratification instruments/documents/notes", "057"),  # "exchanged ratification documents"
    ("write", "off debt/debts/loans/loan", "071"),  # "agreed to write off $500 million of Kyrgyzstan's debt"
    ("resume", "purchases/imports/exports/supplies/deliveries/trade", "061"),  # "resumed purchases of Turkmen gas"
    ("open", "border/borders/crossing/crossings/checkpoint/checkpoints/airspace", "081"),  # "opened the Margara border crossing"
    # "jointly opened a bridge", "launched a railway", "laid the foundation of a pipeline":
    # infrastructure built together is economic cooperation
    ("open", "bridge/railway/pipeline/plant/terminal/line/highway", "061"),
    ("launch", "railway/pipeline/plant/bridge/construction/highway", "061"),
    ("lay", "foundation/stone", "061"),
    ("break", "ground", "061"),  # "the two leaders broke ground on a gas pipeline"
    # "picked Russia's Rosatom to build its first nuclear power plant": a contract awarded
    ("pick", "build/lead/construct/supply/develop/operate", "061"),
    ("choose", "build/lead/construct/supply/develop/operate", "061"),
    ("select", "build/lead/construct/supply/develop/operate", "061"),
    ("ban", "imports/exports/import/export", "163"),
    ("swap", "prisoners/detainees/captives/bodies/soldiers/servicemen/pows", "0841"),
    ("hand", "over prisoners/detainees", "0841"),
    ("return", "control/villages/territory", "084"),
    ("conduct", "drills/exercises/exercise", "154"),
    ("hold", "drills/exercises/exercise", "154"),
    ("stage", "drills/exercises/exercise", "154"),
    ("raise", "tariffs/duties", "163"),
    ("block", "road/corridor/route/roads/highway", "144"),
    ("stage", "protest/protests/demonstration/demonstrations/rally/rallies/march/marches/sit-in", "141"),
    ("hold", "protest/protests/demonstration/demonstrations/rally/rallies/march/marches/sit-in", "141"),
    ("strike", "deal/deals/agreement/accord/bargain/compromise", "057"),
    ("cut", "deal/deals", "057"),
    ("break off", "talks/negotiations/dialogue", "164"),
    ("break off", "relations/ties", "161"),
    ("ink", "agreement/agreements/deal/deals/treaty/accord/pact/memorandum", "057"),
    ("seal", "agreement/deal/treaty/accord/pact", "057"),
    ("slam", "into", "190"),
    # "intercepted two Guyanese fishing boats": vessels stopped and taken
    ("intercept", "boat/boats/vessel/vessels/ship/ships/trawler/trawlers/tanker/tankers/freighter/flotilla", "171"),  # "Israeli artillery shells slammed into a U.N. peacekeepers' base": no criticism
    ("seal", "border/borders/frontier/frontiers/crossing/crossings", "172"),  # "sealed its borders with Syria and Iraq"
    # "retaliated by turning back dozens of South African travellers": people refused entry
    ("turn", "back travellers/travelers/passengers/tourists/visitors/nationals/citizens", "174"),
    ("resume", "talks/negotiations/dialogue", "040"),
    ("resume", "relations/ties", "050"),
    ("resume", "aid/assistance", "070"),
    ("resume", "attacks/strikes/airstrikes/shelling/bombing/fighting/offensive/raids", "190"),
    ("restore", "aid/assistance", "070"),
)
"""Verb + object words → CAMEO code; checked before :data:`VERBS`."""

NOUN_EVENTS: dict[str, str] = {
    "appeal": "020", "call": "020", "plea": "020", "request": "020", "demand": "100", "ultimatum": "139",
    "warning": "130", "threat": "130", "protest": "114", "complaint": "114", "accusation": "112",
    "allegation": "112", "criticism": "111", "condemnation": "111", "rebuke": "111", "invitation": "036",
    "offer": "030", "pledge": "030", "apology": "055", "condolence": "018", "congratulation": "051",
    "praise": "051", "tribute": "051", "support": "051", "backing": "051", "attack": "190", "assault": "190",
    "offensive": "190", "strike": "190", "airstrike": "195", "raid": "190", "bombardment": "194",
    "shelling": "194", "bombing": "195", "barrage": "195", "incursion": "190", "invasion": "190", "blockade": "191",
    "sanction": "163", "embargo": "163", "ban": "163", "tariff": "163", "duty": "163", "levy": "163", "curb": "163", "siege": "191",
    "exercise": "150", "drill": "150", "manoeuvre": "150", "maneuver": "150", "expulsion": "174",
    "deportation": "174", "detention": "173", "arrest": "173",
}
"""Nouns that name an event when a light verb takes them as its object (``renewed an appeal
to Belgium``, ``stepped up attacks on Kharkiv``, ``voiced support for Kyiv``): the code of the
noun's verb in :data:`VERBS`."""

NOUN_VERBS: frozenset[str] = frozenset(
    "make issue renew repeat reiterate send deliver lodge file level extend voice express launch mount "
    "step intensify escalate stage conduct carry pay double raise hike increase slap tighten expand widen begin start order "
    "broaden triple announce unveil".split()
)
"""Light verbs whose object noun carries the event (:data:`NOUN_EVENTS`)."""

SPEECH_VERBS: frozenset[str] = frozenset(
    "say tell add note state announce report claim stress insist write argue comment reply "
    "explain reiterate declare assert emphasise emphasize remark observe acknowledge admit "
    "confirm suggest believe think hope expect fear understand indicate tweet post predict inform "
    "notify brief".split()
)
"""Verbs of saying and believing: their clause is coded, not the saying itself."""

SPECULATIVE_VERBS: frozenset[str] = frozenset(
    "deny dismiss reject hope want wish expect fear believe think doubt suggest propose urge "
    "demand ask question wonder predict rule consider plan seek intend".split()
)
"""Verbs whose clause does not report an event that happened (``denied that``, ``hopes that``)."""

LIGHT_VERBS: frozenset[str] = frozenset(
    "begin start continue resume try attempt plan decide seek prepare want intend move "
    "vote aim hope wish expect need manage fail keep be set help".split()
)
"""Aspectual and control verbs: the governed verb carries the event."""

AGREEMENTS: frozenset[str] = frozenset(
    {"agreement", "deal", "treaty", "accord", "declaration", "memorandum", "pact", "protocol", "charter", "contract", "mou", "partnership", "roadmap"})
"""Nouns of a signed agreement: signing one is CAMEO 057 whatever the agreement is about."""

SYMMETRIC: frozenset[str] = frozenset(
    {"040", "041", "044", "046", "030", "031", "036", "050", "057", "060", "061", "062", "081", "087", "0871", "0874", "0841", "190", "193", "194", "152"}
)
"""Codes whose event is mutual when the actors are coordinated subjects (``Russia and
Turkey signed…``, ``Armenian and Azerbaijani forces clashed``)."""

GENERIC_VERBS: frozenset[str] = frozenset(
    "hold take give issue call make have get put set go come keep bring do order address inform "
    "declare run turn see use find show leave mark push pass lead face raise cross carry send "
    "open become remain point cite spend break overtake surpass outstrip".split()
)
"""Verbs too general for CAMEO's block default (``held`` is not "confine", ``took`` is not
"seize", ``overtook South Africa as Africa's biggest economy`` is no attack): only a phrase rule
or a CAMEO pattern codes them."""

NEGATIVE_PARTICLES: frozenset[str] = frozenset({"not", "n't", "never", "no", "neither", "nor"})

IRREGULAR: dict[str, str] = {
    "met": "meet", "held": "hold", "took": "take", "taken": "take", "struck": "strike",
    "stricken": "strike", "shot": "shoot", "sent": "send", "gave": "give", "given": "give",
    "froze": "freeze", "frozen": "freeze", "left": "leave", "began": "begin", "begun": "begin",
    "brought": "bring", "fought": "fight", "told": "tell", "said": "say", "made": "make",
    "paid": "pay", "withdrew": "withdraw", "oversaw": "oversee", "overseen": "oversee", "withdrawn": "withdraw", "broke": "break",
    "broken": "break", "sought": "seek", "spoke": "speak", "spoken": "speak", "shut": "shut",
    "set": "set", "put": "put", "hit": "hit", "cut": "cut", "led": "lead", "flew": "fly",
    "flown": "fly", "became": "become", "becomes": "become", "went": "go", "gone": "go", "came": "come", "come": "come", "saw": "see",
    "seen": "see", "thought": "think", "bought": "buy", "sold": "sell", "forgave": "forgive",
    "forgiven": "forgive", "undertook": "undertake", "won": "win", "lost": "lose",
    "kept": "keep", "lent": "lend", "dealt": "deal", "meant": "mean", "stood": "stand",
    "drove": "drive", "driven": "drive", "wrote": "write", "written": "write", "chose": "choose",
    "chosen": "choose", "rode": "ride", "threw": "throw", "thrown": "throw", "knew": "know",
    "known": "know", "swore": "swear", "sworn": "swear", "bore": "bear", "borne": "bear",
    "retook": "retake", "retaken": "retake", "overran": "overrun", "overrun": "overrun",
    "sank": "sink", "sunk": "sink", "had": "have", "has": "have", "did": "do", "done": "do", "was": "be", "were": "be",
    "been": "be", "is": "be", "are": "be", "am": "be", "got": "get", "gotten": "get",
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "found": "find",
    "felt": "feel", "heard": "hear", "understood": "understand", "laid": "lay", "lay": "lie",
    "slew": "slay", "slain": "slay", "fled": "flee", "bid": "bid", "upheld": "uphold",
    "withheld": "withhold", "overtook": "overtake", "overtaken": "overtake",
}


def _inflections(base: str) -> set[str]:
    from .build import _verb_forms

    words = base.split(" ")
    rest = " ".join(words[1:])
    forms = set(_verb_forms(words[0]))
    if words[0].endswith("ise"):
        forms |= set(_verb_forms(words[0][:-3] + "ize"))
    return {f"{f} {rest}".strip() for f in forms}


@cache
def _base_forms() -> dict[str, str]:
    """Inflected form (lower case) → base, for every verb the rules name."""
    table: dict[str, str] = {}
    bases = set(VERBS) | {v.split()[0] for v in VERBS} | {v.split()[0] for v, _, _ in PHRASES} | SPEECH_VERBS | SPECULATIVE_VERBS | LIGHT_VERBS | NOUN_VERBS
    bases |= {"give", "send", "take", "make", "pay", "provide", "launch", "carry", "conduct", "stage",
              "reach", "express", "lift", "ease", "lodge", "file", "bring", "issue", "impose",
              "introduce", "establish", "restore", "break", "end", "stop", "cancel", "postpone",
              "leave", "exit", "join", "exchange", "hand", "raise", "reopen", "open", "have",
              "prompt", "spur", "provoke", "compel",
              "collapse", "fail", "stall", "delay", "scrap", "abandon", "boycott", "refuse",
              "cross", "pour", "roll", "move", "push", "advance", "march", "enter", "storm", "sweep", "drive", "surge", "stream", "sail",
              "speak", "win", "lose", "go", "come",
              # verbs the coder's own rules name (labels, outcomes, arrivals, claims)
              "describe", "label", "brand", "term", "dub", "denounce", "condemn", "dismiss", "decry", "hail",
              "welcome", "call", "arrive", "land", "claim", "mark", "pave", "spark", "trigger", "deepen",
              "heighten", "escalate", "worsen", "disrupt", "reduce", "halt", "cut", "decide", "cite", "crash",
              "respond", "retaliate", "react", "pass", "enact", "vote", "aim", "strive", "struggle",
              "allow", "permit", "enable", "clear", "settle", "grant", "demarcate", "delimit", "resolve", "let", "switch", "invoke", "lease", "transfer",
              "violate", "breach", "interfere", "meddle", "spy", "plot", "undermine", "sabotage", "ignore",
              "obstruct", "harbour", "harbor", "sponsor", "link", "connect", "identify", "scramble", "replace",
              "beat", "defeat", "thrash", "edge", "score", "play", "knock", "draw", "follow", "advise", "depart", "vacate"}
    for base in bases:
        for form in _inflections(base):
            table.setdefault(form, base)
    for form, base in IRREGULAR.items():
        table[form] = base
    return table


_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("lled", "l"), ("lling", "l"), ("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"),
    ("ing", ""), ("es", ""), ("s", ""),
)


@cache
def _bases() -> frozenset[str]:
    return frozenset(_base_forms().values())


@cache
def base_form(word: str) -> str:
    """Base form of a verb (``shelled`` → ``shell``, ``struck`` → ``strike``, British
    ``travelled`` → ``travel``); a form the table lacks is reduced by its regular suffix
    when that gives a verb the rules name; unknown words are returned lower-cased."""
    w = word.lower()
    table = _base_forms()
    if w in table:
        return table[w]
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and (cand := w[: -len(suffix)] + repl) in _bases():
            return cand
        # "quitting", "shipped": a doubled final consonant
        if w.endswith(suffix) and not repl and len(w) > len(suffix) + 2 and w[-len(suffix) - 1] == w[-len(suffix) - 2]:
            if (cand := w[: -len(suffix) - 1]) in _bases():
                return cand
    return w


def american(form: str) -> str:
    """``travelled`` → ``traveled``, ``cancelling`` → ``canceling``: the CAMEO dictionary
    spells the doubled-l inflections the American way."""
    for brit, us in (("lled", "led"), ("lling", "ling")):
        if form.endswith(brit) and len(form) > 6 and form[-len(brit) - 1] in "aeiou":
            return form[: -len(brit)] + us
    return form


@dataclass(frozen=True, slots=True)
class _Pattern:
    before: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], ...]
    code: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


class VerbLexicon:
    """The rules of the module docstring, loaded once."""

    def __init__(self) -> None:
        self.phrases: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
        for verb, words, code in PHRASES:
            slots = tuple(frozenset(_singular(a) for a in slot.split("/")) | frozenset(slot.split("/")) for slot in words.split(" "))
            self.phrases.setdefault(verb, []).append((slots, code))
        self.cameo_forms: dict[str, tuple[str, str]] = {}
        for row in self._rows("verbs_cameo.tsv"):
            if len(row) >= 3:
                self.cameo_forms.setdefault(row[0], (row[1], row[2]))
        self.patterns: dict[str, list[_Pattern]] = {}
        for row in self._rows("verb_patterns_cameo.tsv"):
            if len(row) < 4:
                continue
            before = tuple(frozenset(_singular(a) for a in w.split("|")) for w in row[1].split())
            after = tuple(frozenset(_singular(a) for a in w.split("|")) for w in row[2].split())
            if not before and not after:
                continue
            self.patterns.setdefault(row[0], []).append(_Pattern(before, after, row[3]))
        for lst in self.patterns.values():
            lst.sort(key=lambda p: p.size, reverse=True)

    @staticmethod
    def _rows(name: str) -> list[list[str]]:
        text = resources.files("dyadwatch.data").joinpath(name).read_text(encoding="utf-8")
        return list(csv.reader(text.splitlines()[1:], delimiter="\t", quoting=csv.QUOTE_NONE))

    def code(self, verb: str, particle: str | None, obj_words: set[str], subj_words: set[str],
             prep: str | None = None, obj_head: str | None = None) -> tuple[str, str] | None:
        """CAMEO code and rule name for a predicate.

        ``verb`` is the verb as written, ``particle`` its particle (``down`` in ``shot
        down``), ``obj_words`` the lower-cased words of its objects and prepositional
        phrases (singular forms included), ``subj_words`` those of its subject, ``prep`` the
        first preposition attached to it (for CAMEO's ``meet with``)."""
        base = base_form(verb)
        if base in ("sign", "initial", "ratify") and obj_head is not None and _singular(obj_head) in AGREEMENTS:
            # "signed a ceasefire agreement": the signing of an agreement, whatever its topic
            return "057", f"phrase:{base}"
        if particle is None and prep in ("out", "back", "off"):
            particle = prep  # "pulled out of the project": the parser's preposition is the particle
        keys = [f"{base} {particle}", base] if particle else [base]
        for key in keys:
            for slots, code in self.phrases.get(key, ()):
                if all(slot & obj_words for slot in slots):
                    return code, f"phrase:{key}"
        if obj_head is not None and base in NOUN_VERBS:
            noun = NOUN_EVENTS.get(obj_head) or NOUN_EVENTS.get(_singular(obj_head))
            if noun is not None:
                return noun, f"noun:{base}"
        if base in SPEECH_VERBS or base in LIGHT_VERBS or base == "cite":
            return None  # ("citing democratic backsliding": a reason given, not an act)
        for key in keys:
            if key in VERBS:
                return VERBS[key], f"verb:{key}"
        lw = verb.lower()
        if lw not in self.cameo_forms:
            lw = american(lw)
        forms = [f"{lw} {particle}"] if particle else []
        if prep:
            forms.append(f"{lw} {prep}")
        forms.append(lw)
        for form in forms:
            hit = self.cameo_forms.get(form)
            if hit is None:
                continue
            block, default = hit
            for p in self.patterns.get(block, ()):
                if all(s & obj_words for s in p.after) and all(s & subj_words for s in p.before):
                    return p.code, f"cameo:{block}"
            if default and base not in GENERIC_VERBS:
                return default, f"cameo:{block}"
        return None


def describe(code: str) -> tuple[str, int, float | None]:
    """(root, quad, goldstein) of a CAMEO code."""
    root = code[:2]
    return root, quad_for_root(root), goldstein_for(code)


@cache
def default_lexicon() -> VerbLexicon:
    return VerbLexicon()
