"""Session 32, helper owned2 (issue #13): changes of owner told by a verb of owning or
by coming under control.

- A verb of owning in a changed state ("Y, now owned by X", "Y is now owned by X", "Y,
  owned by X since March", "Y ahora pertenece a X", "Y pertenece desde marzo a X", "Y
  belongs to X since its takeover in May", "Y cambió de manos: ahora pertenece a X"):
  X took Y over (``kg.deals.held_now``); "owned by X since 1998", "for decades",
  "pertenece a X", "desde hace dos décadas", "ya no pertenece a X" tell no change.
- A company that comes under a named company's control ("Y came under the control of
  X", "Y fell under the control of X", "Y pasó a control de X", "Y quedó / cayó bajo el
  control de X"): X took Y over (``kg.deals.possession.control_holder_arg``); "came
  under the control of administrators", "is under the control of X", "quedó bajo
  control judicial" tell none.
- The nouns of control in a changed state ("Y is now under the control of X", "Y, under
  X's ownership since June, will open", "Under X's ownership since June, Y will open",
  "Y ya está bajo el control de X", "Y, bajo el control de X desde marzo"): X took Y
  over, a state told as a description is already done (``kg.deals.held_now``); "is
  under the control of X", "since 1990", "desde hace dos décadas" tell none.
- A purchase of control in a company ("la FNE aprobó la adquisición de control en Y por
  parte de X", the Chilean competition authority's wording): Y is the target, X the
  buyer, though the parser hangs both phrases on the verb
  (``kg.deals.roles._control_in``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _takeover(nlp: Language, text: str, buyer: str, target: str) -> None:
    deals = _deals(nlp, text)
    assert len(deals) == 1, deals
    d = deals[0]
    assert d.type == "Acquisition", d
    assert d.status == "Completed", d
    assert _roles(d) == {("acquirer", buyer), ("target", target)}, d


# -- a verb of owning in a changed state -----------------------------------------------

OWNED_NOW = [
    ("en", "Pellworth Bakeries, now owned by Graystone Capital, plans to hire 200 staff.",
     "Graystone Capital", "Pellworth Bakeries"),
    ("en", "Ostrander Tiles, which is now owned by Bellcourt Group, reported higher sales.",
     "Bellcourt Group", "Ostrander Tiles"),
    ("en", "The revamped Fenwick Mills, owned by Cardale Partners since February, reopened.",
     "Cardale Partners", "Fenwick Mills"),
    ("en", "Sallow Ridge Foods, which belongs to Orvin Brands since its acquisition in April, "
     "cut prices.", "Orvin Brands", "Sallow Ridge Foods"),
    ("es", "Harinas Ebrón pertenece ahora a Inversiones Lucena.",
     "Inversiones Lucena", "Harinas Ebrón"),
    ("es", "Lácteos Baroña, que desde febrero pertenece a Grupo Serantes, cerró una planta.",
     "Grupo Serantes", "Lácteos Baroña"),
    ("es", "Textil Moraña ya pertenece a Grupo Arbeyal.", "Grupo Arbeyal", "Textil Moraña"),
    ("es", "Aceites Jarama pertenece a Grupo Tiétar desde su compra en abril.",
     "Grupo Tiétar", "Aceites Jarama"),
    ("es", "Bodegas Olmedal cambió de manos en marzo: ahora pertenece a Grupo Carrión.",
     "Grupo Carrión", "Bodegas Olmedal"),
]


STANDING_OWNERS = [
    ("en", "Pellworth Bakeries, owned by Graystone Capital since 1998, plans to hire 200 staff."),
    ("en", "Pellworth Bakeries, owned by Graystone Capital for decades, plans to hire 200 staff."),
    ("en", "Pellworth Bakeries is owned by Graystone Capital."),
    ("en", "Ostrander Tiles no longer belongs to Bellcourt Group."),
    ("es", "Harinas Ebrón pertenece a Inversiones Lucena desde hace dos décadas."),
    ("es", "Harinas Ebrón pertenece a Inversiones Lucena."),
    ("es", "Harinas Ebrón ya no pertenece a Inversiones Lucena."),
    ("es", "Harinas Ebrón pertenece desde 1995 a Inversiones Lucena."),
]


def test_stake_owned_now_stays_an_investment(en: Language) -> None:
    deals = _deals(en, "Graystone Capital now owns 12% of Pellworth Bakeries.")
    assert [d.type for d in deals] == ["Investment"]


# -- coming under a company's control --------------------------------------------------

UNDER_CONTROL = [
    ("en", "Brisket Row Foods came under the control of Halvard Capital last year.",
     "Halvard Capital", "Brisket Row Foods"),
    ("en", "Tannery Lane Leather fell under the control of Merriton Group.",
     "Merriton Group", "Tannery Lane Leather"),
    ("es", "Cárnicas Ulloa pasó a control de Grupo Tambre en 2024.",
     "Grupo Tambre", "Cárnicas Ulloa"),
    ("es", "Pescados Arousa quedó bajo el control de Inversiones Sálvora.",
     "Inversiones Sálvora", "Pescados Arousa"),
    ("es", "Vinos Tormes cayó bajo el control de Grupo Alagón.", "Grupo Alagón", "Vinos Tormes"),
]


NOT_UNDER_CONTROL = [
    ("en", "Brisket Row Foods came under the control of administrators."),
    ("en", "Brisket Row Foods is under the control of Halvard Capital."),
    ("en", "The plant came under the control of the regional government."),
    ("es", "Cárnicas Ulloa quedó bajo control judicial."),
    ("es", "Cárnicas Ulloa está bajo el control de Grupo Tambre."),
]


# -- the nouns of control in a changed state -------------------------------------------

UNDER_NOW = [
    ("en", "Brisket Row Foods is now under the control of Halvard Capital.",
     "Halvard Capital", "Brisket Row Foods"),
    ("en", "Tannery Lane Leather, under Merriton Group's ownership since June, will open "
     "two shops.", "Merriton Group", "Tannery Lane Leather"),
    ("en", "Under the ownership of Merriton Group since June, Ostrander Tiles will open "
     "two shops.", "Merriton Group", "Ostrander Tiles"),
    ("en", "Brisket Row Foods has been under the control of Halvard Capital since March.",
     "Halvard Capital", "Brisket Row Foods"),
    ("es", "Pescados Arousa ya está bajo el control de Inversiones Sálvora.",
     "Inversiones Sálvora", "Pescados Arousa"),
    ("es", "Vinos Tormes, bajo el control de Grupo Alagón desde marzo, abrirá dos tiendas.",
     "Grupo Alagón", "Vinos Tormes"),
]


UNDER_STANDING = [
    ("en", "Brisket Row Foods is under the control of Halvard Capital."),
    ("en", "Brisket Row Foods is now under the control of administrators."),
    ("en", "Brisket Row Foods has been under the control of Halvard Capital since 1990."),
    ("es", "Vinos Tormes está bajo el control de Grupo Alagón desde hace dos décadas."),
]


ROLES = [
    # "took control of" stays read by the control frame's verb
    ("en", "Halvard Capital took control of Brisket Row Foods.",
     "Halvard Capital", "Brisket Row Foods"),
    ("es", "La FNE aprobó la adquisición de control en Transportes Maullín por parte de "
     "Navieras Quelón.", "Navieras Quelón", "Transportes Maullín"),
    ("es", "Navieras Quelón completó la adquisición de control en Transportes Maullín.",
     "Navieras Quelón", "Transportes Maullín"),
    # a plain purchase's "en" is a date, unchanged
    ("es", "Navieras Quelón completó la adquisición de Transportes Maullín en marzo.",
     "Navieras Quelón", "Transportes Maullín"),
]


@pytest.mark.parametrize(("lang", "text", "buyer", "target"), ROLES)
def test_one_deal_with_its_parties(
    en: Language, es: Language, lang: str, text: str, buyer: str, target: str
) -> None:
    (d,) = _deals(en if lang == "en" else es, text)
    assert _roles(d) == {("acquirer", buyer), ("target", target)}


# -- all classes ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "buyer", "target"), OWNED_NOW + UNDER_CONTROL + UNDER_NOW)
def test_change_of_owner_is_a_takeover(
    en: Language, es: Language, lang: str, text: str, buyer: str, target: str
) -> None:
    _takeover(en if lang == "en" else es, text, buyer, target)


@pytest.mark.parametrize(("lang", "text"), STANDING_OWNERS + NOT_UNDER_CONTROL + UNDER_STANDING)
def test_standing_owner_or_control_is_no_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert not _deals(en if lang == "en" else es, text)
