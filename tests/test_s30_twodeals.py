"""Session 30, helper twodeals (issue #13): two deals of different parties in one
sentence or in adjacent ones (tests/data/constructions/twodeals).

- ``kg.nlp.clause_subject``: a name between a coordinating conjunction and a finite
  verb with no subject before it is that verb's subject ("X agreed to buy Y and Z
  bought W"), not one more conjunct of the first clause's object; a relative clause
  set off by commas ends at its closing comma (``_closed_relative``: "X bought Y,
  which had bought Z in 2020, for $600 million").
- ``kg.deals.status``: a coordinated verb with a subject of its own ends the chain of
  words whose stage a deal takes ("X agreed to buy Y and Z took a stake in W");
  ``kg.deals.syntax.is_past``: a pluperfect is a past event ("había vendido").
- ``kg.deals.gapped.remnant_subject``: "X compró A, y Z, W" (a gapped clause with its
  own subject).
- ``kg.deals.syntax.has_perfect_aux``: a participle with "haber" / "have" heads an
  active clause ("Y, que en 2020 había comprado Z"); a relative pronoun subject lets
  the name after a Spanish verb be its object ("X, que vendió Y a Z, ...").
- ``kg.deals.context.compared``: a company named only in a comparison ("X, like Y, bought a
  bakery: it acquired W") is no center for a later pronoun.
- ``lexicon/entities.toml``: "Municipalidad" and "Alcaldía" open a name.
"""

from __future__ import annotations

from spacy.language import Language


def _deals(nlp: Language, text: str) -> list[tuple[str, str, frozenset[tuple[str, str]]]]:
    return sorted(
        (d.type, d.status, frozenset((r, e.name) for r, e in d.roles))
        for d in nlp(text)._.kg_deals
    )


def _pairs(nlp: Language, text: str) -> set[frozenset[tuple[str, str]]]:
    return {roles for _, _, roles in _deals(nlp, text)}


def _amounts(nlp: Language, text: str) -> dict[str, float | None]:
    """Target (or investee) → the deal's amount."""
    out: dict[str, float | None] = {}
    for d in nlp(text)._.kg_deals:
        for role, e in d.roles:
            if role in ("target", "investee"):
                out[e.name] = float(d.amount.value) if d.amount and d.amount.value else None
    return out


# -- a second clause's subject, misread as a conjunct ---------------------------------


def test_a_name_before_a_second_verb_is_its_subject_in_english(en: Language) -> None:
    pairs = _pairs(en, "Corran Foods agreed to buy Tilby Mills and Ostrow Capital bought "
                       "Danby Farms.")
    assert frozenset({("acquirer", "Corran Foods"), ("target", "Tilby Mills")}) in pairs
    assert frozenset({("acquirer", "Ostrow Capital"), ("target", "Danby Farms")}) in pairs


def test_a_name_before_a_second_verb_is_its_subject_in_spanish(es: Language) -> None:
    pairs = _pairs(es, "Fondo Alcudia tomó una participación del 20% en Café Tolima y "
                       "Grupo Sabana adquirió Cacao Ariari por 15 millones de dólares.")
    assert frozenset({("acquirer", "Grupo Sabana"), ("target", "Cacao Ariari")}) in pairs


def test_subjects_coordinated_before_one_verb_stay_together(en: Language) -> None:
    assert _pairs(en, "Corran Foods and Ostrow Capital agreed to merge.") == {
        frozenset({("partner", "Corran Foods"), ("partner", "Ostrow Capital")})
    }


def test_a_pair_after_between_with_a_participle_stays_a_pair(en: Language) -> None:
    text = ("Most deals were smaller than the merger between Brannock Foods and Harwick "
            "Dairy clinched a decade ago, as regulators have become more concerned.")
    assert _pairs(en, text) == {
        frozenset({("partner", "Brannock Foods"), ("partner", "Harwick Dairy")})}


# -- a second clause's own stage -------------------------------------------------------


def test_a_coordinated_clause_with_its_own_subject_has_its_own_status(en: Language) -> None:
    deals = _deals(en, "Harlen Systems agreed to buy Dovely Networks for $40m and Marsh Peak "
                       "Capital took a 15% stake in Pellow Robotics.")
    assert [(t, s) for t, s, _ in deals] == [("Acquisition", "Announced"),
                                             ("Investment", "Completed")]


def test_a_conjunct_without_a_subject_shares_the_first_verbs_stage(en: Language) -> None:
    deals = _deals(en, "Harlen Systems agreed to buy Dovely Networks and will take a stake "
                       "in Pellow Robotics.")
    assert {s for _, s, _ in deals} == {"Announced"}


def test_a_pluperfect_sale_is_completed(es: Language, en: Language) -> None:
    deals = _deals(es, "Constructora Ranco adquirió Ingeniería Puyehue; un mes antes, "
                       "Inmobiliaria Rupanco había vendido Edificios Lago a Rentas Frutillar.")
    assert {s for _, s, _ in deals} == {"Completed"}
    deals = _deals(en, "Tamar Foods bought Lisle Bakes; a month earlier, Corvid Group had "
                       "sold Pellow Mills to Ashby Capital.")
    assert {s for _, s, _ in deals} == {"Completed"}


def test_a_conditional_perfect_is_not_completed(es: Language) -> None:
    deals = _deals(es, "Si Inmobiliaria Rupanco hubiera vendido Edificios Lago a Rentas "
                       "Frutillar, habría ganado más.")
    assert "Completed" not in {s for _, s, _ in deals}


# -- a gapped clause with its own subject ---------------------------------------------


def test_a_gapped_clause_with_its_own_subject(es: Language, en: Language) -> None:
    assert _pairs(es, "Lácteos Esera compró Quesos Isábena, y Cárnicas Cinca, Embutidos "
                      "Vero.") == {
        frozenset({("acquirer", "Lácteos Esera"), ("target", "Quesos Isábena")}),
        frozenset({("acquirer", "Cárnicas Cinca"), ("target", "Embutidos Vero")}),
    }
    assert _amounts(en, "Northcote Steel bought Rylands Wire for $30m, and Pemberton Metals, "
                        "Ashdown Forge for $20m.") == {"Rylands Wire": 30e6,
                                                       "Ashdown Forge": 20e6}


def test_a_list_of_three_targets_is_still_one_buyers(es: Language) -> None:
    pairs = _pairs(es, "Lácteos Esera compró Quesos Isábena, Cárnicas Cinca y Embutidos Vero.")
    assert {dict(p)["acquirer"] for p in pairs} == {"Lácteos Esera"}
    assert len(pairs) == 3


# -- a relative clause's deal beside the main one -------------------------------------


def test_a_price_after_a_closed_relative_clause_is_the_main_deals(
    en: Language, es: Language,
) -> None:
    assert _amounts(en, "Elston Retail bought Marchbank Stores, which had bought Copley "
                        "Outfitters in 2020, for $600 million.") == {
        "Marchbank Stores": 600e6, "Copley Outfitters": None}
    assert _amounts(es, "Farmacias Loa compró Droguerías Elqui, que en 2020 había comprado "
                        "Laboratorios Limarí, por 12.000 millones de pesos chilenos.") == {
        "Droguerías Elqui": 12e9, "Laboratorios Limarí": None}


def test_a_price_inside_the_relative_clause_stays_there(en: Language) -> None:
    assert _amounts(en, "Elston Retail bought Marchbank Stores, which had bought Copley "
                        "Outfitters for $600 million in 2020.")["Copley Outfitters"] == 600e6


def test_a_perfect_in_a_relative_clause_is_active(es: Language) -> None:
    pairs = _pairs(es, "Farmacias Loa compró Droguerías Elqui, que en 2020 había comprado "
                       "Laboratorios Limarí.")
    assert frozenset({("acquirer", "Droguerías Elqui"),
                      ("target", "Laboratorios Limarí")}) in pairs


def test_a_participle_on_a_name_is_still_passive(es: Language) -> None:
    pairs = _pairs(es, "Droguerías Elqui, comprada en 2020 por Farmacias Loa, abrió diez "
                       "locales.")
    assert pairs == {frozenset({("acquirer", "Farmacias Loa"), ("target", "Droguerías Elqui")})}


def test_a_relative_pronoun_subject_sells_the_name_after_the_verb(es: Language) -> None:
    (pair,) = _pairs(es, "Droguerías Elqui, que ha vendido Laboratorios Limarí a Grupo "
                         "Maule, cerró ayer.")
    assert {("seller", "Droguerías Elqui"), ("target", "Laboratorios Limarí")} <= pair


# -- a compared company, a municipality -----------------------------------------------


def test_a_compared_company_is_no_antecedent(en: Language) -> None:
    assert _pairs(en, "Wexcombe Foods, like Garside Group, bought a bakery this year: it "
                      "acquired Pellow Bakes for $12 million.") == {
        frozenset({("acquirer", "Wexcombe Foods"), ("target", "Pellow Bakes")})}


def test_a_company_named_otherwise_stays_the_antecedent(en: Language) -> None:
    assert _pairs(en, "Wexcombe Foods met Garside Group this year: it acquired Pellow Bakes "
                      "for $12 million.") == {
        frozenset({("acquirer", "Garside Group"), ("target", "Pellow Bakes")})}


def test_a_municipality_is_a_contract_party(es: Language) -> None:
    pairs = _pairs(es, "Constructora Sora ganó el contrato de la Municipalidad de Ilo por 30 "
                       "millones de dólares.")
    assert frozenset({("buyer", "Municipalidad de Ilo"),
                      ("seller", "Constructora Sora")}) in pairs
