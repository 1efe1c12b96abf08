"""Session 39, helper apart18 (issue #13): Spanish deals whose parties are never named
in one sentence.

- "X compró Z. Nada de esto es nuevo para la casa. En 2021 se hizo con una planta
  y abrió su capital al fondo Y, que puso 5 millones. La firma cuenta también con un
  contrato con W": a Spanish main verb in the third person with its
  subject left unsaid continues the center before it; when no subject of the sentences
  before names that center, it is the company the story opened with
  (``kg.deals.refer.previous_subject``, ``_unsaid_main_subject``), not the fund named
  last. A sentence with a subject of its own, or a first person ("abrimos el capital"),
  says who it is about, and is left as it was.
- A Spanish trade noun of a business that makes, grows or sells goods ("la
  agroexportadora", "la bodega", "la conservera") never stands for an investment fund,
  as "la empresa" does not (``operating_company_nouns`` in ``lexicon/deals.toml``, read
  by ``kg.deals.agree.funds_apart``); "la gestora" may still be the fund.
- "X cerró una ronda de 5 millones liderada por Y y con la participación de Z, informó
  la compañía": a lede that tells its story first and its source after it (a company
  noun as the subject of the root, after it) is about the subject of the clause reported
  before the root (``kg.deals.refer._reported_first``), so a later "la empresa" with no
  company as the subject of the sentences before is X, not the last investor named
  (``lede_subject(reported=True)``, read by ``_lede_center`` and by the unsaid subject
  above; elsewhere the lede is read as before: measured, reading it everywhere made a
  one-party deal on a closed half).
"""

from __future__ import annotations

from spacy.language import Language
from test_s38_apart15 import _all_roles

# -- an unsaid subject with no subject before it: the story's company --------------------
_GROWN = ("La conservera gallega Conservas Arnela ha comprado una lonja en Vigo. La "
          "compradora pagó 17 millones de euros. Nada de esto es nuevo para la casa. ")
_SUPPLY = (" La firma tiene además firmado un contrato de suministro con la distribuidora "
           "Mercados Soto.")


def test_unsaid_subject_goes_on_with_the_story_company(es: Language) -> None:
    found = _all_roles(es, _GROWN + "En 2021 se hizo con una fábrica de Cangas y en 2023 "
                       "abrió su capital al fondo Pino Capital, que aportó 5 millones de "
                       "euros." + _SUPPLY)
    assert {("seller", "Conservas Arnela"), ("buyer", "Mercados Soto")} in found
    assert not any(("seller", "Pino Capital") in roles for roles in found)


def test_subject_of_its_own_is_the_one_told(es: Language) -> None:
    found = _all_roles(es, _GROWN + "En 2021 el fondo Pino Capital, que aportó 5 millones "
                       "de euros, compró el 20% de Lonjas Vigo." + _SUPPLY)
    assert not any(("seller", "Conservas Arnela") in roles for roles in found)


def test_first_person_unsaid_subject_is_no_continuation(es: Language) -> None:
    found = _all_roles(es, _GROWN + "En 2023 abrimos el capital al fondo Pino Capital, "
                       "que aportó 5 millones de euros." + _SUPPLY)
    assert not any(("seller", "Conservas Arnela") in roles for roles in found)


# -- a trade noun of goods is no fund -------------------------------------------------
_FUNDED = ("Frutas del Sil exporta uva a Europa. El fondo gallego Pino Capital, que "
           "entró en la empresa hace siete años, tiene el 30%. ")


def test_trade_noun_of_goods_is_no_fund(es: Language) -> None:
    found = _all_roles(es, _FUNDED + "La agroexportadora firmó en marzo un contrato de "
                       "suministro con la distribuidora Mercados Soto.")
    assert {("seller", "Frutas del Sil"), ("buyer", "Mercados Soto")} in found
    assert not any(("seller", "Pino Capital") in roles for roles in found)


def test_fund_noun_may_still_be_the_fund(es: Language) -> None:
    found = _all_roles(es, _FUNDED + "La gestora firmó en marzo un contrato de suministro "
                       "con la distribuidora Mercados Soto.")
    assert not any(("seller", "Frutas del Sil") in roles for roles in found)


# -- a lede that names its source after the story ------------------------------------
_ROUND = ("La tostadora Cafés Lumbre cerró una ronda de 5 millones de euros encabezada por el "
          "fondo Arce Ventures y con la participación de Banco Nubia")
_LATER = (". Con los recursos, la tostadora abrirá dos plantas. La empresa firmó además una "
          "alianza con Seguros Orbe.")


def test_lede_with_its_source_after_the_story(es: Language) -> None:
    found = _all_roles(es, _ROUND + ", informó la compañía el lunes" + _LATER)
    assert {("partner", "Cafés Lumbre"), ("partner", "Seguros Orbe")} in found
    assert not any(("partner", "Banco Nubia") in roles for roles in found)


def test_lede_without_a_source(es: Language) -> None:
    found = _all_roles(es, _ROUND + _LATER)
    assert {("partner", "Cafés Lumbre"), ("partner", "Seguros Orbe")} in found
