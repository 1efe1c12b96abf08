"""Session 44, helper unread44 (issue #13): a deal word and both parties in one
sentence, read by no rule (sentences written for these tests, names invented).

- The members of a consortium are partners (``kg.deals.consortium``,
  frame:consortium-members): named by the consortium's complement ("a consortium of A
  and B", also when the parser coordinates the second member with the consortium: "a
  consortium of A and the local firm B"), by a participle of forming ("un consorcio
  formado por A y B"), or by a clause of forming whose subject ("The consortium is made
  up of A and B") or object ("El consorcio lo integran A y B", with the clitic that
  doubles the fronted object; "A y B formaron un consorcio") the consortium is. Its
  status is the one the governing words give ("podrían formar": Rumoured). Not a
  consortium that names its head only ("led by A"), none named ("of banks"), one whose
  verb is not of forming ("El consorcio contrató a A y B"), nor one denied ("no
  formarán un consorcio").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _partners(deals: list[Deal]) -> list[set[str]]:
    return [{ref.name for _, ref in d.roles} for d in deals if d.type == "Partnership"]


def _members_made(nlp: Language, text: str, members: set[str]) -> Deal:
    deal = next(d for d in _deals(nlp, text) if d.type == "Partnership"
                and {ref.name for _, ref in d.roles} == members)
    assert {role for role, _ in deal.roles} == {"partner"}
    assert "frame:consortium-members" in deal.rules
    return deal


# -- the members of a consortium are partners -------------------------------------------


def test_consortium_of_two_in_apposition_to_its_name_en(en: Language) -> None:
    text = ("The council bought its new boilers from Ravenmoor Heat Company, a "
            "consortium of Selkirk Hydro and Dunmore Civil Works.")
    _members_made(en, text, {"Selkirk Hydro", "Dunmore Civil Works"})


def test_second_member_coordinated_with_the_consortium_en(en: Language) -> None:
    text = ("Last spring the Tarn Valley Council agreed a ten-year supply contract with "
            "Ravenmoor Heat Company, a consortium of Selkirk Hydro and the regional "
            "builder Dunmore Civil Works.")
    _members_made(en, text, {"Selkirk Hydro", "Dunmore Civil Works"})


def test_consortium_made_up_of_two_en(en: Language) -> None:
    text = "The consortium is made up of Selkirk Hydro and Dunmore Civil Works."
    deal = _members_made(en, text, {"Selkirk Hydro", "Dunmore Civil Works"})
    assert deal.status == "Completed"


def test_consortium_formed_by_two_es(es: Language) -> None:
    text = ("La licitación la ganó Concesionaria Vial del Norte, consorcio integrado por "
            "Constructora Guane y Obras Tajuña.")
    _members_made(es, text, {"Constructora Guane", "Obras Tajuña"})


def test_consortium_with_members_shares_es(es: Language) -> None:
    text = ("El consorcio está formado por la vasca Pistas Altamira, con el 55%, y la "
            "ingeniería Grupo Olmedal, con el 45%.")
    _members_made(es, text, {"Pistas Altamira", "Grupo Olmedal"})


def test_fronted_consortium_doubled_by_its_clitic_es(es: Language) -> None:
    text = ("El consorcio vencedor lo integran la gestora Navegación Ulloa S.A., con el 70%, "
            "y el grupo japonés Sakaide Terminals, con el 30%.")
    _members_made(es, text, {"Navegación Ulloa", "Sakaide Terminals"})


def test_members_that_may_form_a_consortium_es(es: Language) -> None:
    text = ("Navegación Ulloa y Sakaide Terminals podrían formar un consorcio para pujar "
            "por la dársena.")
    deal = _members_made(es, text, {"Navegación Ulloa", "Sakaide Terminals"})
    assert deal.status == "Rumoured"


# -- what names no members --------------------------------------------------------------


def test_consortium_led_by_one_is_no_partnership_en(en: Language) -> None:
    text = ("The dam contract went to a consortium led by Selkirk Hydro, which beat Dunmore "
            "Civil Works.")
    assert _partners(_deals(en, text)) == []


def test_consortium_hiring_two_is_no_partnership_es(es: Language) -> None:
    text = "El consorcio contrató a Navegación Ulloa y Sakaide Terminals para las obras."
    assert _partners(_deals(es, text)) == []


def test_consortium_hiring_two_is_no_partnership_en(en: Language) -> None:
    text = "The consortium hired Selkirk Hydro and Dunmore Civil Works as advisers."
    assert _partners(_deals(en, text)) == []


def test_consortium_denied_is_no_partnership_es(es: Language) -> None:
    text = "Navegación Ulloa y Sakaide Terminals no formarán un consorcio."
    assert _partners(_deals(es, text)) == []


def test_consortium_denied_is_no_partnership_en(en: Language) -> None:
    text = "Selkirk Hydro and Dunmore Civil Works will not form a consortium."
    assert _partners(_deals(en, text)) == []


def test_consortium_acting_as_one_side_adds_no_partnership_es(es: Language) -> None:
    text = ("Un consorcio formado por Navegación Ulloa y Sakaide Terminals compró Terminal "
            "Sur por 90 millones de euros.")
    deals = _deals(es, text)
    assert _partners(deals) == []
    assert any({("acquirer", "Navegación Ulloa"), ("acquirer", "Sakaide Terminals")}
               <= {(role, ref.name) for role, ref in d.roles} for d in deals)


def test_consortium_named_in_an_award_to_come_is_formed_es(es: Language) -> None:
    # the award is to come; the consortium it goes to already stands
    text = ("El ministerio anunció que la concesión será adjudicada al consorcio formado por "
            "Constructora Guane y Obras Tajuña.")
    deal = _members_made(es, text, {"Constructora Guane", "Obras Tajuña"})
    assert deal.status == "Completed"


# -- a transfer's path hung elsewhere by the parser ------------------------------------
# "approved the transfer of 9,000 policies, covered by reserves of £700m, from X to Y":
# after a parenthesis set off inside the noun phrase, the parser hangs "from X to Y" on
# the verb or on a word of the parenthesis; it is the transfer's
# (kg.deals.roles._path_end).


@pytest.mark.parametrize("text", [
    # the path hung on the verb, after the parenthesis's closing comma
    "A tribunal in Cardiff has cleared the transfer of some 6,500 life policies, backed by "
    "assets of £410m, from Harrowgate Life to Northwold Life.",
    "Judges in Edinburgh on Tuesday approved the transfer of 2,400 farm insurance policies, "
    "secured by reserves of £80m, from Harrowgate Life to Northwold Life.",
    # the path hung on a noun of the parenthesis
    "The regulator has blessed the transfer of 6,500 endowment policies, backed by "
    "investments of £410m, from Harrowgate Life to Northwold Life, the insurers said.",
])
def test_transfer_path_after_a_parenthesis_is_the_nouns_en(en: Language, text: str) -> None:
    assert any({(role, ref.name) for role, ref in d.roles}
               == {("seller", "Harrowgate Life"), ("acquirer", "Northwold Life")}
               for d in _deals(en, text) if d.type == "Acquisition")


def test_a_path_of_staff_is_no_transfer_en(en: Language) -> None:
    text = "Harrowgate Life moved its staff, backed by new funding, from London to Leeds."
    assert _deals(en, text) == []


def test_transfer_blocked_to_protect_holders_names_no_recipient_en(en: Language) -> None:
    text = ("The court blocked the transfer of the policies, which Harrowgate Life had "
            "agreed, to protect the holders.")
    assert not any(role == "acquirer" for d in _deals(en, text) for role, _ in d.roles)
