"""Session 38, helper unread9 (issue #13): deal wordings kg did not read though both
parties share the sentence (sentences written for these tests, names invented).

- A verb takes one direct object: a second bare noun after a comma that follows the
  first ("X is buying Y, the family firm that trucks and recycles waste water", "X
  sold a stake to Y in a placement, money it is spending to finish its mill") is an
  apposition or an afterthought the small English parser hung on the verb as a second
  object, which shut out the first (``kg.nlp._second_object_after_comma``,
  parse:second-object-after-comma). A list of objects is left as it is.
- "Ana Ruiz, que creó la firma en 1990, y su familia venderán sus acciones a Y": the
  small Spanish parser ends the relative clause too late and makes the name the
  sentence's root, the main verb one more verb of the relative clause; the verb
  becomes the root again, with the name its subject (``kg.nlp._main_verb_under_relative``,
  parse:main-verb-under-relative).
- A company that shows its interest in another by name ("X has expressed interest in
  Y", "X ha mostrado interés por Y"), or with no complement in a sentence that puts a
  named company up for sale ("Y is up for sale and X has shown interest", "Y está en
  venta y X ha mostrado interés"), may buy it: a rumoured takeover
  (``kg.deals.interest.shown_interest``, frame:shown-interest); the sale that took the
  suitor for the seller is set right. Interest in a product or a market, or interest
  denied, names no target.
- "X compró el pasado marzo el 40 % restante al industrial Y": a verb of buying whose object is
  a part counted in percent or a stake names its seller with "a" / "from", which the
  parser hangs on the part (``kg.deals.frames._part_bought_from``,
  parties:seller-on-part); a price hung there ("al precio de ...") names none.
"""

from __future__ import annotations

from spacy.language import Language
from test_s32_unread import _deals, _roles

# -- a second object after a comma (English) ---------------------------------------------


def test_relative_verb_read_as_second_object(en: Language) -> None:
    deals = _deals(en, "On Tuesday, Harlow Mining announced it's buying Velden Rock "
                       "Partners, the family firm that trucks and recycles waste water.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("acquirer", "Harlow Mining"), ("target", "Velden Rock Partners")})
    ]


def test_afterthought_noun_read_as_second_object(en: Language) -> None:
    deals = _deals(en, "Harlow Lithium sold a 15% stake to Ardent Retirement Fund in a "
                       "C$90 million placement, money it is spending to finish its mill.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Investment", {("investor", "Ardent Retirement Fund"), ("investee", "Harlow Lithium")})
    ]


def test_list_of_objects_is_kept(en: Language) -> None:
    doc = en("Harlow Mining bought Velden Rock Partners, Ostrel Drilling and Pike Haulage.")
    objects = [t.text for t in doc if t.dep_ == "dobj"]
    assert "dep" not in [t.dep_ for t in doc if t.text in objects]
    assert any(("target", "Velden Rock Partners") in _roles(d) for d in doc._.kg_deals)


# -- the main verb hung on a relative clause (Spanish) ----------------------------------


def test_main_verb_under_relative_clause(es: Language) -> None:
    text = ("Marta Gil Soler, que creó la firma en 1990, y su familia venderán sus "
            "acciones a Luis Soto Pardo.")
    doc = es(text)
    verb = next(t for t in doc if t.lower_ == "venderán")
    assert verb.dep_ == "ROOT"
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["Marta"]
    deals = list(doc._.kg_deals)
    assert [_roles(d) for d in deals] == [
        {("seller", "Marta Gil Soler"), ("investor", "Luis Soto Pardo")}
    ]


def test_relative_clause_with_no_deal_after_it(es: Language) -> None:
    assert _deals(es, "Marta Gil Soler, que creó la firma en 1990, y su familia viven "
                      "en Gijón desde entonces.") == []


# -- interest shown by a suitor --------------------------------------------------------


def test_expressed_interest_in_named_company(en: Language) -> None:
    deals = _deals(en, "Ternera Wines has expressed interest in Alcaraz Vineyards.")
    assert [(d.type, _roles(d), d.status) for d in deals] == [
        ("Acquisition", {("acquirer", "Ternera Wines"), ("target", "Alcaraz Vineyards")},
         "Rumoured")
    ]


def test_interest_in_company_up_for_sale(en: Language) -> None:
    deals = _deals(en, "Alcaraz Vineyards is up for sale and Ternera Wines has shown "
                       "interest.")
    assert [(d.type, _roles(d), d.status) for d in deals] == [
        ("Acquisition", {("acquirer", "Ternera Wines"), ("target", "Alcaraz Vineyards")},
         "Rumoured")
    ]


def test_mostrado_interes_por(es: Language) -> None:
    deals = _deals(es, "Bodegas Ternera ha mostrado interés por Viñedos Alcaraz.")
    assert [(d.type, _roles(d), d.status) for d in deals] == [
        ("Acquisition", {("acquirer", "Bodegas Ternera"), ("target", "Viñedos Alcaraz")},
         "Rumoured")
    ]


def test_suitor_of_company_en_venta_is_no_seller(es: Language) -> None:
    deals = _deals(es, "Viñedos Alcaraz está en venta y Bodegas Ternera ha mostrado "
                       "interés.")
    assert [(d.type, _roles(d), d.status) for d in deals] == [
        ("Acquisition", {("acquirer", "Bodegas Ternera"), ("target", "Viñedos Alcaraz")},
         "Rumoured")
    ]


def test_rumoured_sale_and_suitor_in_two_clauses(es: Language) -> None:
    deals = _deals(es, "Se rumorea que Viñedos Alcaraz está en venta y que Bodegas "
                       "Ternera ha mostrado interés.")
    assert [(d.type, _roles(d), d.status) for d in deals] == [
        ("Acquisition", {("acquirer", "Bodegas Ternera"), ("target", "Viñedos Alcaraz")},
         "Rumoured")
    ]


def test_interest_in_products_or_denied_is_none(en: Language, es: Language) -> None:
    assert _deals(en, "Ternera Wines has shown interest in Alcaraz's sparkling wines.") == []
    assert _deals(en, "Ternera Wines has not shown any interest in Alcaraz Vineyards.") == []
    assert _deals(es, "Bodegas Ternera no ha mostrado interés por Viñedos Alcaraz.") == []
    assert _deals(es, "Bodegas Ternera ha mostrado interés por el mercado chino.") == []


# -- the seller of a part hung on the part (Spanish) -------------------------------------


def test_seller_hung_on_part_bought(es: Language) -> None:
    deals = _deals(es, "Grupo Lerma compró el pasado marzo el 40% restante al industrial "
                       "Juan Ortega Vidal.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Investment", {("investor", "Grupo Lerma"), ("seller", "Juan Ortega Vidal")})
    ]


def test_price_hung_on_part_names_no_seller(es: Language) -> None:
    assert _deals(es, "Grupo Lerma compró el pasado marzo el 40% restante al precio de 2 euros "
                      "por acción.") == []

