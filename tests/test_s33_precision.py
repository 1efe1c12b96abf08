"""Session 33, helper precision (issue #13): false deals with a stray party or a wrong
pair, fixed as typing constraints and one reference rule.

- A legal form written short after a determiner refers back to a company by its form
  ("socia mayoritaria de la SAC", "the LLC's members"): no name of its own, so no party
  (``kg.entities.retype.bare_legal_form``); "Textiles Andahuaylas SAC" keeps its name.
- A name that ends in a day of the week names a day ("Black Friday", "Cyber Monday"),
  not a company (``kg.entities.retype.day_name``); "Sunday Fresh Kitchens" is a company.
- A venue's name ("Coliseo Municipal de Sogamoso", "Polideportivo Municipal") is a place,
  as "Estadio Nacional" is (lexicon ``not_company_heads``); a description after it
  ("el departamento") is no reference to it.
- "It was Y's third deal this year, after it bought Z": the pronoun of the adverbial
  clause continues the possessor of the deal noun the copula predicates, Y, not the
  subject told before (``kg.deals.refer.deal_possessor``); "It was a busy year for the
  group after it bought Z" keeps the subject told before.
- The name after "with" that completes an agreement's noun is the side that signs it,
  an organisation, though a classifier calls it a brand ("a sponsorship deal with
  running-shoe brand Ridgewalker") (``kg.entities.objects._agreement_counterpart``); "a deal with X
  for the brand Ridgewalker" keeps the brand a product.
- "Y's bankers have approached a white knight, X": the company that seeks a white
  knight is the one X would buy, not the last target told (a unit Y sells)
  (``kg.deals.rivals.knight_seeker``); a white knight no one is said to seek bids for
  the company in play.
- A sale a season, a place or a discount qualifies ("a clearance sale this weekend",
  "una venta de liquidación") is a shop's event, not the sale of a business
  (``kg.deals.frames._sales_event``); "the sale of Y to Z" stays.
- "MARLOWE HOLDINGS completes purchase of Y": a proper-name subject no entity covers
  still says who buys, so the discourse topic is not the buyer
  (``kg.deals.roles._unread_agent``); "Profits rose, helped by the purchase of Y" is
  still the topic's.
- "La aerolínea" after "Fjordlys Airlines": a Spanish noun of trade means the one
  company whose English name ends in a word of that trade (``[trade_words]``,
  ``kg.deals.namesake._english_trade``); "la empresa" is left to the other rules.
- "X holds a golden share in Y": a right of veto over Y's sale, no stake
  (``kg.deals.frames._veto_share``); "a 5% stake in Y" stays.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _parties(nlp: Language, text: str) -> set[str]:
    return {ref.name for d in _deals(nlp, text) for _, ref in d.roles}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "ORG"}


# -- a legal form alone ----------------------------------------------------------------


def test_legal_form_after_determiner_is_no_party(es: Language, en: Language) -> None:
    text = "Inversiones Riquelme Soto, socia mayoritaria de la SAC, aprobó la venta."
    assert "SAC" not in _orgs(es, text)
    assert "SAC" not in _parties(es, text)
    assert "LLC" not in _orgs(en, "Brenner Quarry said the LLC's two members agreed.")


def test_legal_form_after_a_name_stays(es: Language) -> None:
    deals = _deals(es, "Inversiones Riquelme Soto posee el 40% de Textiles Andahuaylas "
                       "SAC.")
    assert any(("investor", "Inversiones Riquelme Soto") in _roles(d) for d in deals)
    assert any(r == "investee" and "Andahuaylas" in n for d in deals for r, n in _roles(d))


# -- a day's name ----------------------------------------------------------------------


def test_day_names_are_no_merger(en: Language) -> None:
    text = "This year Cyber Monday merged with Black Friday, so shops in Hobart open early."
    assert not _deals(en, text)
    assert not {"Cyber Monday", "Black Friday"} & _orgs(en, text)


def test_a_club_named_by_its_town_and_a_day_stays(en: Language) -> None:
    # a football club named for its town and a weekday, as English clubs may be
    text = "Results: Bradford Wednesday 1 Leeds United 2, Hull Rovers 0 York Town 0."
    assert "Bradford Wednesday" in _orgs(en, text)


def test_company_named_with_a_day_first_stays(en: Language) -> None:
    deals = _deals(en, "Palmer Foods merged with Sunday Fresh Kitchens.")
    assert any({n for _, n in _roles(d)} == {"Palmer Foods", "Sunday Fresh Kitchens"}
               for d in deals)


# -- a venue ---------------------------------------------------------------------------


def test_venue_is_no_investor(es: Language) -> None:
    text = ("La gobernación reabrió el Coliseo Municipal de Sogamoso. El departamento posee "
            "desde 1985 un 30% de Cementos del Sáchica.")
    assert not any("Coliseo" in n for n in _parties(es, text))
    assert not any("Coliseo" in n for n in _orgs(es, text))


def test_named_holder_stays(es: Language) -> None:
    deals = _deals(es, "Inversiones Tunja posee desde 1985 un 30% de Cementos del Sáchica.")
    assert any(_roles(d) == {("investor", "Inversiones Tunja"),
                             ("investee", "Cementos del Sáchica")} for d in deals)


# -- the possessor of a deal noun ------------------------------------------------------


def test_pronoun_after_possessed_deal_noun(en: Language) -> None:
    deals = _deals(en, "Pelican Media bought Harbour Songs last week. It was Harlow "
                       "Group's third deal this year, after it bought Kemble Foods in March.")
    kemble = [d for d in deals if ("target", "Kemble Foods") in _roles(d)]
    assert kemble and all(("acquirer", "Harlow Group") in _roles(d) for d in kemble)


def test_pronoun_after_plain_predicate_keeps_subject(en: Language) -> None:
    deals = _deals(en, "Pelican Media bought Harbour Songs last week. It was a busy year "
                       "for the group after it bought Kemble Foods in March.")
    kemble = [d for d in deals if ("target", "Kemble Foods") in _roles(d)]
    assert kemble and all(("acquirer", "Pelican Media") in _roles(d) for d in kemble)


# -- the side an agreement is made with ------------------------------------------------


def test_brand_an_agreement_is_made_with_is_a_company(en: Language, es: Language) -> None:
    text = "Harwick Town signed a shirt sponsorship deal with running-shoe brand Ridgewalker."
    assert "Ridgewalker" in _orgs(en, text)
    assert "Ridgewalker" in _orgs(es, "El Harwick firmó un acuerdo de patrocinio con la marca "
                                      "deportiva Ridgewalker.")


def test_brand_sold_under_an_agreement_stays_a_product(en: Language, es: Language) -> None:
    assert "Ridgewalker" not in _orgs(
        en, "The club announced a deal with Harlow Sports for the brand Ridgewalker.")
    assert "Creamfield" not in _orgs(
        es, "Alimentos Corvel firmó un acuerdo con Supermercados Tesbury para vender la "
            "marca Creamfield.")


# -- a white knight is sought by the company in play -----------------------------------

_CONTEST = (
    "Brixton Tools rejected a $2 billion hostile offer from Marlowe Group on Tuesday. Its "
    "chief executive, Ana Ruiz, said Brixton would go ahead with last month's agreement to "
    "sell its garden unit, Fernhill, to Oakvale Capital for $300 million. \"We can do "
    "better on our own,\" Ruiz told Marlowe. ")


def _knight_targets(nlp: Language, text: str) -> set[str]:
    return {n for d in _deals(nlp, text) if ("acquirer", "Kessel Industries") in _roles(d)
            for r, n in _roles(d) if r == "target"}


def test_white_knight_bids_for_the_company_that_seeks_it(en: Language) -> None:
    text = _CONTEST + ("Brixton's bankers have approached a possible white knight, Kessel "
                       "Industries.")
    assert _knight_targets(en, text) == {"Brixton Tools"}


def test_white_knight_without_seeker_keeps_company_in_play(en: Language) -> None:
    text = ("Brixton Tools rejected a $2 billion hostile offer from Marlowe Group on "
            "Tuesday. A white knight, Kessel Industries, could still emerge, analysts said.")
    assert _knight_targets(en, text) == {"Brixton Tools"}


# -- a shop's sale ---------------------------------------------------------------------


def test_sales_event_is_no_sale_of_a_business(en: Language, es: Language) -> None:
    assert not _deals(en, "Parkside Electronics has teamed up with Norwood Digital for a "
                          "joint clearance sale this weekend.")
    assert not _deals(es, "Electro Norte y Digital Sur anunciaron una venta de liquidación "
                          "conjunta.")


def test_sale_of_a_business_stays(en: Language, es: Language) -> None:
    deals = _deals(en, "Parkside Electronics completed the sale of Norwood Digital to "
                       "Harlow Retail.")
    assert any(("target", "Norwood Digital") in _roles(d) for d in deals)
    deals = _deals(es, "Electro Norte cerró la venta de Digital Sur a Grupo Harlow.")
    assert any(("target", "Digital Sur") in _roles(d) for d in deals)


# -- a buyer said, though not read, is no topic's ---------------------------------------

_TOPIC = ("Corail Bay Resorts agreed to sell its stake in Anse Royale Villas to Morne "
          "Leisure. Corail Bay Resorts said the money would cut debt. ")


def _pointe_buyers(nlp: Language, text: str) -> set[str]:
    return {n for d in _deals(nlp, text) if ("target", "Pointe Verte Farms")
            in _roles(d) for r, n in _roles(d) if r == "acquirer"}


def test_unread_subject_keeps_topic_out(en: Language) -> None:
    text = _TOPIC + "MARLOWE HOLDINGS completes purchase of Pointe Verte Farms."
    assert "Corail Bay Resorts" not in _pointe_buyers(en, text)


def test_agentless_purchase_is_the_topics(en: Language) -> None:
    text = _TOPIC + "Profits rose, helped by the purchase of Pointe Verte Farms last year."
    assert _pointe_buyers(en, text) == {"Corail Bay Resorts"}


# -- a Spanish trade noun for an English name ------------------------------------------

_CARBON = ("Selvas del Darién firmó un acuerdo para vender bonos de carbono a Fjordlys "
           "Airlines. El acuerdo abarca diez años. ")


def _miralda_investors(nlp: Language, text: str) -> set[str]:
    return {n for d in _deals(nlp, text) if ("investee", "Transportes Miralda") in _roles(d)
            for r, n in _roles(d) if r == "investor"}


def test_spanish_trade_noun_means_english_named_company(es: Language) -> None:
    text = _CARBON + "La aerolínea compró además el 20% de Transportes Miralda."
    assert _miralda_investors(es, text) == {"Fjordlys Airlines"}


def test_generic_noun_keeps_the_subject_before(es: Language) -> None:
    text = _CARBON + "La empresa compró además el 20% de Transportes Miralda."
    assert _miralda_investors(es, text) == {"Selvas del Darién"}


# -- a golden share --------------------------------------------------------------------


def test_golden_share_is_no_stake(en: Language) -> None:
    assert not _deals(en, "The Ashford Fans' Trust, which holds a golden share in Ashford "
                          "Town, backed the sale.")


def test_stake_held_stays(en: Language) -> None:
    deals = _deals(en, "The Ashford Fans' Trust, which holds a 5% stake in Ashford Town, "
                       "backed the sale.")
    assert any(("investee", "Ashford Town") in _roles(d) for d in deals)
