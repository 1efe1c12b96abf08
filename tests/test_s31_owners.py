"""Session 31, helper owners (issue #13): a change of owner told as who is what, second
round (inventory tests/data/constructions/owners).

- A holder noun dated as standing ("es el accionista mayoritario de Y desde hace dos
  décadas", "has been the largest shareholder of Y for decades", "a shareholder since
  its founding") is who owns a company, no deal (``kg.deals.standing``); a span of a
  few years or a month still dates a change, and a stake told by a verb of holding
  ("posee el 30 % de Y desde hace una década") stays an investment (held-out gold).
- "Y queda / acaba / termina en manos de X", "Y ended up in the hands of X": a company
  that ends up in someone's hands changes owner, as with "pasa a manos de"
  (``kg.deals.possession.into_hands``); "la decisión queda en manos de la junta" names
  no company ending up there (no deal).
- "Y tiene nuevo dueño: X", "Y has a new owner: X", "Y estrena nuevo dueño: X ...",
  "los nuevos dueños de Y, el grupo X, ...", "the new owners of Y, X, ...": an owner
  noun named in apposition or after a colon names the acquirer, the company that has
  it (or its "de" / "of") the target (``kg.deals.possession.owner_named``); "Y has a
  new owner" with no name after it names none.
- "X will become the owner of Y", "X se convertirá en propietario de Y": an owner noun
  predicated by a verb of becoming tells a change of owner, as "new" does
  (``kg.deals.possession._owner_become``); "X is the owner of Y" says who owns Y.
- "X's biggest acquisition was Y", "la última compra de X fue Y": a company that is the
  predicate of a deal noun is what was bought, the noun's possessor or "de" the buyer
  (``kg.deals.possession._copula_predicate``); "la compra de Y fue un éxito" names no
  company as predicate (unchanged).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a standing holder -----------------------------------------------------------------


def test_a_holder_for_decades_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(es, "Inversiones Tolhuaca es el accionista mayoritario de Viñas Curicó "
                          "desde hace dos décadas.")
    assert not _deals(es, "Inversiones Tolhuaca, accionista de Viñas Curicó desde hace 20 "
                          "años, presentó sus resultados.")
    assert not _deals(en, "Pellow Trust has been the largest shareholder of Corran Foods for "
                          "decades.")


def test_a_shareholder_since_its_founding_is_no_deal(en: Language) -> None:
    assert not _deals(en, "Pellow Trust, a shareholder in Corran Foods since its founding, "
                          "backed the plan.")


def test_a_stake_held_by_a_verb_stays_an_investment(es: Language, en: Language) -> None:
    # the held-out gold counts a named holder's stake, however long held
    (deal,) = _deals(es, "Grupo Alcudia posee el 30 % de Conservas Benicarló desde hace una "
                         "década.")
    assert _roles(deal) == {("investor", "Grupo Alcudia"), ("investee", "Conservas Benicarló")}
    (deal,) = _deals(en, "Pellow Trust has owned 30% of Corran Foods for 20 years.")
    assert _roles(deal) == {("investor", "Pellow Trust"), ("investee", "Corran Foods")}


def test_a_holder_since_a_month_or_a_few_years_is_still_a_deal(
    es: Language, en: Language
) -> None:
    (deal,) = _deals(es, "Inversiones Tolhuaca es accionista de Viñas Curicó desde hace dos "
                         "años.")
    assert _roles(deal) == {("investor", "Inversiones Tolhuaca"), ("investee", "Viñas Curicó")}
    (deal,) = _deals(en, "Pellow Trust has been the largest shareholder of Corran Foods since "
                         "March.")
    assert _roles(deal) == {("investor", "Pellow Trust"), ("investee", "Corran Foods")}


# -- ending up in someone's hands ------------------------------------------------------


def test_queda_acaba_termina_en_manos(es: Language) -> None:
    for verb in ("queda", "acaba", "termina"):
        (deal,) = _deals(es, f"La textilera Hilados Tumbes {verb} en manos del fondo "
                             "Cordillera Capital.")
        assert _roles(deal) == {("acquirer", "Cordillera Capital"), ("target", "Hilados Tumbes")}
        assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_quedara_en_manos_is_announced(es: Language) -> None:
    (deal,) = _deals(es, "La aerolínea Vuelos Yaguarón quedará en manos de Grupo Antillano "
                         "cuando las autoridades aprueben la operación.")
    assert _roles(deal) == {("acquirer", "Grupo Antillano"), ("target", "Vuelos Yaguarón")}
    assert deal.status == "Announced"


def test_ended_up_in_the_hands_of(en: Language) -> None:
    (deal,) = _deals(en, "Corvane Textiles ended up in the hands of Halberd Partners last week.")
    assert _roles(deal) == {("acquirer", "Halberd Partners"), ("target", "Corvane Textiles")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_a_decision_left_in_someones_hands_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(es, "La decisión queda en manos de la junta de Grupo Lectorum.")
    assert not _deals(en, "The decision ended up in the hands of the Halberd Partners board.")
    # "quedarse con" keeps its own reading
    (deal,) = _deals(es, "Grupo Lectorum se queda con Ediciones Alborán.")
    assert _roles(deal) == {("acquirer", "Grupo Lectorum"), ("target", "Ediciones Alborán")}


# -- an owner named after a colon or in apposition -------------------------------------


def test_has_a_new_owner_colon(es: Language, en: Language) -> None:
    (deal,) = _deals(en, "Pennick Retail Group has a new owner: Dunlow Health Partners. The "
                         "chain has 30 stores.")
    assert _roles(deal) == {
        ("acquirer", "Dunlow Health Partners"), ("target", "Pennick Retail Group")
    }
    assert (deal.type, deal.status) == ("Acquisition", "Completed")
    (deal,) = _deals(es, "Plásticos Ulzama tiene nuevo dueño: Grupo Industrial Baztán. La "
                         "fábrica mantendrá a sus 90 trabajadores.")
    assert _roles(deal) == {("acquirer", "Grupo Industrial Baztán"), ("target", "Plásticos Ulzama")}


def test_estrena_nuevo_dueno_colon(es: Language) -> None:
    (deal,) = _deals(es, "Galletas Reinosa estrena nuevo dueño: Dulces Cabárceno, que cerró "
                         "el viernes la operación.")
    assert _roles(deal) == {("acquirer", "Dulces Cabárceno"), ("target", "Galletas Reinosa")}


def test_the_new_owners_named_in_apposition(es: Language, en: Language) -> None:
    (deal,) = _deals(es, "Los nuevos dueños de Cervecería Sajama, el grupo boliviano Bebidas "
                         "Uyuni, anunciaron que mantendrán a los 200 empleados.")
    assert _roles(deal) == {("acquirer", "Bebidas Uyuni"), ("target", "Cervecería Sajama")}
    assert deal.status == "Completed"
    (deal,) = _deals(en, "The new owners of Tarrant Mills, Blackridge Equity, plan to invest "
                         "$15 million in the Georgia plant.")
    assert _roles(deal) == {("acquirer", "Blackridge Equity"), ("target", "Tarrant Mills")}
    assert deal.status == "Completed"


def test_an_owner_with_no_name_after_it_names_none(es: Language, en: Language) -> None:
    assert not _deals(en, "Pennick Retail Group has a new owner.")
    assert not _deals(es, "Plásticos Ulzama tiene dueño: Grupo Industrial Baztán.")


# -- becoming the owner ----------------------------------------------------------------


def test_will_become_the_owner(es: Language, en: Language) -> None:
    (deal,) = _deals(en, "Under an agreement announced on Friday, Tolland Hotels will become "
                         "the owner of Seabright Resort Group.")
    assert _roles(deal) == {("acquirer", "Tolland Hotels"), ("target", "Seabright Resort Group")}
    assert (deal.type, deal.status) == ("Acquisition", "Announced")
    (deal,) = _deals(es, "Grupo Teverga se convirtió en el dueño de Hoteles Taramundi tras "
                         "pagar 20 millones de euros.")
    assert _roles(deal) == {("acquirer", "Grupo Teverga"), ("target", "Hoteles Taramundi")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_being_the_owner_is_no_deal(es: Language, en: Language) -> None:
    assert not _deals(en, "Tolland Hotels is the owner of Seabright Resort Group.")
    assert not _deals(es, "Grupo Teverga es propietario de Hoteles Taramundi.")


# -- a deal noun as the subject of a copula --------------------------------------------


def test_biggest_acquisition_was(en: Language) -> None:
    (deal,) = _deals(en, "Harrowby Capital's biggest acquisition so far was Ashdown Logistics, "
                         "a $420 million deal in 2023.")
    assert _roles(deal) == {("acquirer", "Harrowby Capital"), ("target", "Ashdown Logistics")}
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_la_ultima_compra_fue(es: Language) -> None:
    (deal,) = _deals(es, "La última compra de Grupo Villalpando fue Bodegas Toro Viejo.")
    assert _roles(deal) == {("acquirer", "Grupo Villalpando"), ("target", "Bodegas Toro Viejo")}
    (deal,) = _deals(es, "La mayor adquisición de Seguros Albarracín fue Mutua Teruel, cerrada "
                         "en 2024 por 210 millones de euros.")
    assert _roles(deal) == {("acquirer", "Seguros Albarracín"), ("target", "Mutua Teruel")}


def test_a_deal_noun_said_to_be_no_company_is_unchanged(es: Language) -> None:
    assert not _deals(es, "La compra de Bodegas Toro Viejo fue un éxito para Grupo Villalpando.")
