"""Classes of Spanish deal misses of session 15, on texts written for these tests.

- Entering a company's capital told without naming the company ("X, que entró en el
  accionariado en 2021", "X entró a la compañía en 2018"): the company the article is
  about, or the one the definite noun stands for; a person who enters a company joins
  its staff.
- A holder noun with the possessive "su", said of a name by "ser" ("Su principal
  accionista es X", "X es su segundo accionista", "X sigue siendo su accionista"): the
  company "su" stands for is held; a holder that is an object ("notificó a su
  accionista X") is left alone.
- The buyer of a sale of assets told after their value ("la venta de una cartera con un
  valor de 900 millones al fondo Y"), hung by the parser on the value.
- A sale told in a clause of time ("La compra llega meses después de que X vendiera su
  filial a Y") is another deal than the one referred back to in the main clause.
- Who sells in a supply contract, told by a clause ("con Y, que comprará el 40 % de la
  producción", "un contrato por el que suministrará electricidad a Y") or by a producer's
  descriptor ("con la generadora Y").
- An object pronoun before the verb ("La vende el fondo X"): the name after the verb is
  its subject, the pronoun the company the sentence before is about.
- A company told again by its descriptor as a deal's argument ("tomó el control de la
  papelera", "pagó 500 millones por la cementera").
- Anchor investors of a share offering ("inversionistas ancla: A, B y C") buy one
  tranche of the company that lists; holders placed among a company's holders ("Entre
  sus accionistas figuran A y B") are its investors.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def only(found: list, kind: str) -> object:
    (deal,) = [d for d in found if d.type == kind]
    return deal


# -- entering a company's capital -----------------------------------------------------

@pytest.mark.parametrize(("text", "investor", "investee"), [
    ("La conservera gallega Grupo Arousa abrirá una planta en Vigo. El fondo chileno "
     "Austral Equity Partners, que entró en el accionariado en 2021 con el 35%, apoyará "
     "el plan.", "Austral Equity Partners", "Grupo Arousa"),
    ("La láctea Lácteos Biobío S.A. busca socios. El resto del capital está en manos del "
     "banco de inversión Pacífico Capital, que entró a la compañía en 2018.",
     "Pacífico Capital", "Lácteos Biobío"),
    ("La cadena Hoteles Tormes S.A. abrirá diez hoteles este año. El fondo Sella Capital "
     "había entrado en la compañía en 2020, cuando compró un tercio de las acciones.",
     "Sella Capital", "Hoteles Tormes"),
    ("Grupo Navarro Alimentación cotiza desde 2015. Kestrel Partners entró al capital en "
     "2019 y hoy tiene un asiento en el consejo.", "Kestrel Partners",
     "Grupo Navarro Alimentación"),
])
def test_entering_the_capital_of_the_company_told(
    es: Language, text: str, investor: str, investee: str
) -> None:
    stake = only(deals(es, text), "Investment")
    assert parties(stake, "investor") == {investor}
    assert parties(stake, "investee") == {investee}


def test_a_person_entering_a_company_joins_its_staff(es: Language) -> None:
    found = deals(es, "Banca Miño S.A. cotiza en Madrid. Juan Pérez entró en la empresa en "
                      "1990 como director financiero.")
    assert found == []


# -- a holder of "su" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "investor", "investee"), [
    ("Banca Miño S.A. cotiza en Madrid. Su principal accionista es el fondo Lisboa "
     "Capital.", "Lisboa Capital", "Banca Miño"),
    ("Banca Miño S.A. cotiza en Madrid. El fondo Lisboa Capital es su segundo "
     "accionista, con un 18%.", "Lisboa Capital", "Banca Miño"),
    ("Genética Pampa S.A. creció un 40%. Su mayor inversor es Cerro Verde Ventures, que "
     "lideró una ronda en 2023.", "Cerro Verde Ventures", "Genética Pampa"),
    ("La gestora Bosques del Sur, por su parte, mantiene su plan de crecer: en marzo "
     "cerró la compra de la boutique Inversiones Tormes, y el fondo Lisboa Capital sigue "
     "siendo su segundo accionista con un 18%.", "Lisboa Capital", "Bosques del Sur"),
])
def test_a_holder_of_su_predicated_of_a_name(
    es: Language, text: str, investor: str, investee: str
) -> None:
    stake = only(deals(es, text), "Investment")
    assert parties(stake, "investor") == {investor}
    assert parties(stake, "investee") == {investee}
    assert stake.status == "Completed"


def test_a_holder_of_su_as_an_object_is_no_investment(es: Language) -> None:
    found = deals(es, "Banca Miño S.A. dijo que el regulador notificó a su accionista "
                      "mayoritario, el fondo Lisboa Capital, su decisión.")
    assert [d for d in found if d.type == "Investment"] == []


# -- a sale's buyer after the value of what is sold -----------------------------------

@pytest.mark.parametrize(("text", "seller", "buyer"), [
    ("Banco Miraflores ha cerrado la venta de una cartera de hipotecas con un valor de 900 "
     "millones de euros a Kestrel Debt Partners.", "Banco Miraflores",
     "Kestrel Debt Partners"),
    ("Caja Segura completó la venta de una cartera de créditos fallidos con un valor bruto "
     "de 300 millones de euros al fondo estadounidense Orchard Lane Capital, según informó "
     "la entidad.", "Caja Segura", "Orchard Lane Capital"),
    ("Banco Miraflores vendió una cartera de hipotecas con un valor de 900 millones de "
     "euros a Kestrel Debt Partners.", "Banco Miraflores", "Kestrel Debt Partners"),
])
def test_the_buyer_after_the_value_of_assets_sold(
    es: Language, text: str, seller: str, buyer: str
) -> None:
    sale = only(deals(es, text), "Acquisition")
    assert parties(sale, "seller") == {seller}
    assert parties(sale, "acquirer") == {buyer}


# -- a sale told in a clause of time ----------------------------------------------------

@pytest.mark.parametrize(("text", "seller", "buyer"), [
    ("La compra llega dos meses después de que Grupo Mixteca cerrara la venta de su "
     "negocio de transporte a Carga Pacífico por 800 millones de pesos.", "Grupo Mixteca",
     "Carga Pacífico"),
    ("La compra se anuncia dos años después de que Grupo Tamarindo cerrara la venta de su "
     "negocio de logística a Transportes Nazca.", "Grupo Tamarindo", "Transportes Nazca"),
])
def test_a_sale_in_a_clause_of_time_is_another_deal(
    es: Language, text: str, seller: str, buyer: str
) -> None:
    sale = only(deals(es, text), "Acquisition")
    assert parties(sale, "seller") == {seller}
    assert parties(sale, "acquirer") == {buyer}


# -- who sells in a supply contract ------------------------------------------------------

@pytest.mark.parametrize(("text", "seller", "buyer"), [
    ("Centrales Bío Bío firmó un contrato de abastecimiento de energía por doce años con "
     "Aceros Maule, que comprará el 40% de la producción de la central.",
     "Centrales Bío Bío", "Aceros Maule"),
    ("Cementos Aneto firmó un contrato de suministro eléctrico a quince años con la "
     "generadora Solaria Duero.", "Solaria Duero", "Cementos Aneto"),
    ("Minera Atacama Sur suscribió un contrato de suministro eléctrico con Eléctricas del "
     "Loa por 300 millones de dólares.", "Eléctricas del Loa", "Minera Atacama Sur"),
    ("Eólica Cantábrica ha suscrito con Cervezas Deva un contrato a diez años por el que "
     "suministrará electricidad a sus tres fábricas.", "Eólica Cantábrica",
     "Cervezas Deva"),
])
def test_who_sells_in_a_supply_contract(es: Language, text: str, seller: str, buyer: str) -> None:
    contract = only(deals(es, text), "PurchaseAgreement")
    assert parties(contract, "seller") == {seller}
    assert parties(contract, "buyer") == {buyer}


# -- an object pronoun before the verb, its subject after it -----------------------------

@pytest.mark.parametrize(("text", "role", "agent", "target"), [
    ("La papelera Cartones Bierzo S.A. cambia de dueño. La vende el fondo británico "
     "Ashcombe Partners, que la controla desde 2019.", "seller", "Ashcombe Partners",
     "Cartones Bierzo"),
    ("La conservera Atunes Cantábricos S.A. tiene nuevo dueño. La compró el grupo "
     "francés Maison Ferrand por 80 millones de euros.", "acquirer", "Maison Ferrand",
     "Atunes Cantábricos"),
])
def test_a_preverbal_object_pronoun_leaves_the_name_after_the_verb_its_subject(
    es: Language, text: str, role: str, agent: str, target: str
) -> None:
    sale = only(deals(es, text), "Acquisition")
    assert parties(sale, role) == {agent}
    assert parties(sale, "target") == {target}


# -- a company told again by its descriptor, as a deal's argument ------------------------

@pytest.mark.parametrize(("text", "kind", "agent", "theme"), [
    ("La papelera Cartones Bierzo S.A. cambia de dueño. La vende el fondo británico "
     "Ashcombe Partners, que tomó el control de la papelera en 2019 por 300 millones de "
     "euros.", "Acquisition", "Ashcombe Partners", "Cartones Bierzo"),
    ("La cementera Cementos Ordesa S.A. cotiza en Madrid. En 2020 el grupo mexicano Cemex "
     "Norte pagó 500 millones de euros por la cementera.", "Acquisition", "Cemex Norte",
     "Cementos Ordesa"),
    ("La fintech Pagos Ágiles S.L. abrirá oficina en Lima. El fondo Lisboa Capital invirtió "
     "en la fintech en 2021.", "Investment", "Lisboa Capital", "Pagos Ágiles"),
])
def test_a_descriptor_told_again_names_the_company(
    es: Language, text: str, kind: str, agent: str, theme: str
) -> None:
    found = [d for d in deals(es, text) if d.type == kind and agent in parties(
        d, "acquirer" if kind == "Acquisition" else "investor")]
    assert len(found) == 1
    role = "target" if kind == "Acquisition" else "investee"
    assert parties(found[0], role) == {theme}


# -- anchor investors of an offering; holders placed "among" -----------------------------

@pytest.mark.parametrize(("text", "investors", "investee"), [
    ("Salmones Aysén S.A. salió a bolsa el miércoles. Casi la mitad de la oferta fue "
     "comprometida por tres inversionistas ancla: AFP Horizonte, el fondo noruego Fjord "
     "Kapital y Andes Pacific Partners.",
     {"AFP Horizonte", "Fjord Kapital", "Andes Pacific Partners"}, "Salmones Aysén"),
    ("Grupo Minero Andacollo S.A. debutó en la Bolsa de Lima. Entre los inversores ancla de "
     "la colocación figuran el fondo Kestrel Partners y AFP Integra Sur.",
     {"Kestrel Partners", "AFP Integra Sur"}, "Grupo Minero Andacollo"),
])
def test_anchor_investors_buy_into_the_company_that_lists(
    es: Language, text: str, investors: set[str], investee: str
) -> None:
    tranche = only(deals(es, text), "Investment")
    assert parties(tranche, "investor") == investors
    assert parties(tranche, "investee") == {investee}


@pytest.mark.parametrize("text", [
    "Entre los accionistas de Grupo Minero Andacollo S.A. figuran el fondo Kestrel Partners y "
    "AFP Integra Sur.",
    "Grupo Minero Andacollo S.A. cotiza en Lima. Entre sus inversores están Kestrel Partners "
    "y AFP Integra Sur.",
])
def test_holders_placed_among_a_companys_holders(es: Language, text: str) -> None:
    found = [d for d in deals(es, text) if d.type == "Investment"]
    assert {x for d in found for x in parties(d, "investor")} == {
        "Kestrel Partners", "AFP Integra Sur"}
    assert {x for d in found for x in parties(d, "investee")} == {"Grupo Minero Andacollo"}


def test_names_among_others_than_holders_are_no_investors(es: Language) -> None:
    assert deals(es, "Entre los asistentes a la junta estaban Kestrel Partners y AFP "
                     "Integra Sur.") == []
