"""Session 23, false5: false deals on news nobody tuned to.

- A supervisor is no party (kg.deals.guards.supervisors): a body whose name says it
  regulates or judges ("Superintendencia de ...", "Comisión Nacional de Banca y
  Seguros", "the Competition and Markets Authority", a court) licenses, clears and
  rules on deals and makes none. It is never the antecedent of a dropped subject or of
  "it", and never a deal's party, even where its deal's sentence names it ("the
  Authority had cleared its purchase of Y": "its" is not the Authority's).
- Money spent on an activity or a facility is no investment (kg.deals.frames,
  ``_spent_on_activity``): "the group would invest $12 million in drying and storage",
  "invertirá 12 millones en una nueva planta" is capital spending; the verb, as the
  noun already was, is no deal when its "in" / "en" names only a common noun (no
  company, company word, stake or round).
- A company's debt bought is no deal (kg.deals.frames, ``_not_debt_bought``): "compró
  deuda de X con descuento a varios bancos", "bought X's bonds" trades a claim on X with
  its creditors; "de X" / "X's" names the debtor, neither seller nor target.
- Contracts a company has, in general, are no deal (kg.deals.frames,
  ``_held_in_general``): "X tiene contratos con A y con B que le dan visibilidad hasta
  2031" says what business X has; a bare plural agreement noun held tells no one deal,
  and never makes B a second seller beside X."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.guards import supervisors
from kg.facts import Entity
from tests.test_deal_roles_es import deals_among, roles


def read(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


def parties(found: list[tuple[str, dict[str, set[str]]]]) -> set[str]:
    return {name for _, rs in found for names in rs.values() for name in names}


# -- a supervisor is no party ---------------------------------------------------------


@pytest.mark.parametrize("name, supervisor", [
    ("Superintendencia de Sociedades", True),
    ("Comisión Nacional de Banca y Seguros", True),
    ("Comisión para el Mercado Financiero", True),
    ("Competition and Markets Authority", True),
    ("Securities and Exchange Board of Pradesh", True),
    ("National Company Law Tribunal", True),
    ("Oficina de Regulación Financiera de Tolima", True),
    # a body with no field it oversees may trade: a state utility, an investment fund
    ("Comisión Federal de Electricidad", False),
    ("Qasr Investment Authority", False),
    ("Harbour Board Logistics", False),
    ("Lerma Builders", False),
])
def test_a_supervisor_is_told_by_its_name(name: str, supervisor: bool) -> None:
    ent = Entity(kind="org", name=name)
    assert (ent.ref in supervisors([ent])) is supervisor


def test_a_regulator_is_no_antecedent_of_a_dropped_subject(es: Language) -> None:
    text = ("El empresario Tomás Ferrer murió ayer en San Salvador. Entre 1990 y 1994 "
            "presidió la Comisión Nacional de Banca y Seguros. En 2015 entró con un 20% en "
            "la cadena de panaderías Hornos Lempa.")
    found = read(es, text, ("Comisión Nacional de Banca y Seguros", "Hornos Lempa"))
    assert "Comisión Nacional de Banca y Seguros" not in parties(found)


def test_a_regulator_is_no_antecedent_of_it(en: Language) -> None:
    text = ("The Competition and Markets Authority opened a review on Monday. The "
            "Competition and Markets Authority said it would publish its findings in May. "
            "Last year it bought Tarn Valley Dairies for £40 million.")
    found = read(en, text, ("Competition and Markets Authority", "Tarn Valley Dairies"))
    assert "Competition and Markets Authority" not in parties(found)


def test_a_regulator_named_beside_the_deal_is_still_no_party(en: Language) -> None:
    text = ("Ravelston Foods said on Monday the Competition and Markets Authority had "
            "cleared its purchase of Tarn Valley Dairies.")
    found = read(en, text, ("Competition and Markets Authority", "Ravelston Foods",
                            "Tarn Valley Dairies"))
    assert "Competition and Markets Authority" not in parties(found)


def test_the_deal_a_regulator_reviews_keeps_its_parties(es: Language) -> None:
    text = ("La Superintendencia de Comercio aprobó con condiciones la integración de Aves "
            "Sierra y Granja Norte. Según la Superintendencia de Comercio, la operación "
            "consiste en la adquisición del 100% del capital de Granja Norte por parte de "
            "Aves Sierra.")
    found = read(es, text, ("Superintendencia de Comercio", "Aves Sierra", "Granja Norte"))
    assert ("Acquisition", {"acquirer": {"Aves Sierra"}, "target": {"Granja Norte"}}) in found
    assert "Superintendencia de Comercio" not in parties(found)


# -- money spent on an activity is no investment ---------------------------------------

SEREN = ("Seren Partners", "Pella Farms")


def test_money_invested_in_facilities_is_no_second_investment(en: Language) -> None:
    text = ("Seren Partners invested $5 million in Pella Farms in March. Seren Partners "
            "chief executive Ana Pike said the firm would invest $12 million in drying and "
            "storage near the Corrow mill.")
    assert read(en, text, SEREN) == [
        ("Investment", {"investor": {"Seren Partners"}, "investee": {"Pella Farms"}})
    ]


@pytest.mark.parametrize("lang, text", [
    ("es", "Fondo Duero ya había invertido 3 millones de dólares en Granjas Pella en 2022."),
    ("es", "Fondo Duero invirtió 3 millones de dólares en Granjas Pella en marzo."),
    ("en", "Seren Partners invested $3 million in Pella Farms in March."),
])
def test_a_time_after_the_company_invested_in_is_no_activity(
    es: Language, en: Language, lang: str, text: str
) -> None:
    names = ("Fondo Duero", "Granjas Pella", *SEREN)
    found = read(es if lang == "es" else en, text, names)
    assert [t for t, _ in found] == ["Investment"]


def test_inversion_en_una_planta_es_gasto(es: Language) -> None:
    text = ("Fondo Duero invirtió 5 millones en Granjas Pella en marzo. Fondo Duero dijo "
            "que invertirá otros 12 millones en una nueva planta de secado en Zamora.")
    found = deals_among(es, text, ("Fondo Duero", "Granjas Pella"))
    assert [(d.type, d.status, roles(d)) for d in found] == [
        ("Investment", "Completed", {"investor": {"Fondo Duero"}, "investee": {"Granjas Pella"}})
    ]


@pytest.mark.parametrize("second", [
    # the company itself, told by a company word or a pronoun
    "Seren Partners said it would put another $12 million into the company next year.",
    # a round is a deal word, not an activity
    "Oakfield Capital invested $2 million in the round.",
])
def test_money_invested_in_the_company_or_its_round_stays_an_investment(
    en: Language, second: str
) -> None:
    text = f"Pella Farms raised $5 million from Seren Partners in March. {second}"
    found = read(en, text, (*SEREN, "Oakfield Capital"))
    assert any(t == "Investment" and rs.get("investee") == {"Pella Farms"}
               and len(rs.get("investor", ())) >= 1 for t, rs in found)
    if "Oakfield" in second:
        assert any("Oakfield Capital" in rs.get("investor", ()) for _, rs in found)


# -- a company's debt bought is no deal -------------------------------------------------

LERMA = ("Cobalt Situations", "Constructora Lerma", "Lerma Builders")


@pytest.mark.parametrize("lang, text", [
    ("es", "El fondo Cobalt Situations, que compró deuda de Constructora Lerma con "
           "descuento el año pasado, ha recurrido el auto."),
    ("es", "Cobalt Situations compró bonos de Constructora Lerma por 20 millones."),
    ("en", "Cobalt Situations bought debt of Lerma Builders from several banks at a discount."),
    ("en", "Cobalt Situations bought Lerma Builders' bonds at a discount last spring."),
])
def test_a_companys_debt_bought_is_no_deal_with_it(
    es: Language, en: Language, lang: str, text: str
) -> None:
    assert read(es if lang == "es" else en, text, LERMA) == []


@pytest.mark.parametrize("lang, text, target", [
    ("es", "Cobalt Situations compró Constructora Lerma y su deuda por 40 millones.",
     "Constructora Lerma"),
    ("en", "Cobalt Situations bought Lerma Builders for $40 million, debt included.",
     "Lerma Builders"),
])
def test_a_company_bought_with_its_debt_is_still_bought(
    es: Language, en: Language, lang: str, text: str, target: str
) -> None:
    found = read(es if lang == "es" else en, text, LERMA)
    assert any(rs.get("target") == {target} and rs.get("acquirer") == {"Cobalt Situations"}
               for _, rs in found)


# -- contracts a company has, in general ---------------------------------------------

LERMA_CLIENTS = ("Lerma Servicios", "Lerma Services", "Generalitat de Aragón",
                 "Ministerio de Obras", "Harbour Water", "Tarn Energy")


@pytest.mark.parametrize("lang, text", [
    ("es", "\"Lerma Servicios tiene contratos con la Generalitat de Aragón y con el Ministerio "
           "de Obras que llegan hasta 2031\", dijo su consejero delegado."),
    ("en", "Lerma Services has contracts with Harbour Water and Tarn Energy that run until 2031."),
])
def test_contracts_a_company_has_are_no_deal(
    es: Language, en: Language, lang: str, text: str
) -> None:
    assert read(es if lang == "es" else en, text, LERMA_CLIENTS) == []


@pytest.mark.parametrize("lang, text, client", [
    ("es", "Lerma Servicios tiene un contrato con la Generalitat de Aragón por 30 millones.",
     "Generalitat de Aragón"),
    ("en", "Lerma Services has a $30 million contract with Harbour Water to maintain its pipes.",
     "Harbour Water"),
    ("en", "Lerma Services signed contracts with Harbour Water last week.", "Harbour Water"),
])
def test_one_contract_had_or_contracts_signed_are_a_deal(
    es: Language, en: Language, lang: str, text: str, client: str
) -> None:
    found = read(es if lang == "es" else en, text, LERMA_CLIENTS)
    assert any(client in {n for names in rs.values() for n in names} for _, rs in found)
