"""Session 43, pair43 (issue #13): a party drawn from outside the deal's sentence that
the sentence itself says is someone else.

- ``refer:same-sentence-center`` (``kg.deals.refer.same_sentence_center``): a subject
  "it" whose own sentence, before it, tells of one company as the subject of a clause
  it goes on from (before a colon, semicolon or dash; a preposed adverbial clause; for
  "it" in an adverbial clause, the main clause whose subject that company owns) means
  that company, before any subject of the sentences before it (the parser may hang
  the clause before a colon under the pronoun's verb as its complement); a Spanish
  verb whose subject is unsaid continues the subject of a preposed clause the same
  way (``kg.deals.refer.preposed_center``). A contrasting clause ("while",
  "mientras") is no antecedent.
- ``parties:our-capital`` (``kg.deals.roles._our_capital``): "entró en nuestro
  capital", "bought into our capital": the first person plural possessive says whose
  capital it is, the voice's organisation, never the company sold just before nor the
  topic.
"""

from __future__ import annotations

from spacy.language import Language


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, str], tuple[str, ...]]]:
    return [
        (d.type, {role: ref.name for role, ref in d.roles}, d.rules)
        for d in nlp(text)._.kg_deals
    ]


def test_it_after_a_colon_is_the_subject_of_the_clause_before(en: Language) -> None:
    deals = _deals(en, "Corvane Labs makes sensors for trucks. Its rival Delmont Systems "
                       "has been busy: it acquired Fentor for $20 million last year.")
    bought = [roles for kind, roles, _ in deals if roles.get("target") == "Fentor"]
    assert bought == [{"target": "Fentor", "acquirer": "Delmont Systems"}]


def test_it_after_a_colon_with_a_described_subject(en: Language) -> None:
    deals = _deals(en, "Halvick Bancorp, the Texas-based bank, agreed to buy Norra Savings "
                       "for $300 million. Norra CEO Ann Bly will join the board of Halvick. "
                       "The Texas-based bank has been a busy buyer: it bought Pell Trust "
                       "for $90 million in 2018.")
    bought = [roles for kind, roles, _ in deals if roles.get("target") == "Pell Trust"]
    assert bought == [{"target": "Pell Trust", "acquirer": "Halvick Bancorp"}]


def test_it_after_a_clause_of_reported_speech_is_left_alone(en: Language) -> None:
    # near miss: no colon or semicolon before "it"; the quoted clause's own subject
    # is what was said, not who says it
    deals = _deals(en, 'Corvane Labs makes sensors for trucks. "Delmont Systems is a '
                       'rival," it said, and it acquired Fentor for $20 million last year.')
    assert all(roles.get("acquirer") != "Delmont Systems" for _, roles, _ in deals)


def test_it_after_a_preposed_clause_is_that_clauses_subject(en: Language) -> None:
    deals = _deals(en, "Corvane Labs makes sensors for trucks. When Delmont Systems needed "
                       "cash last year, it sold Fentor to Arkwell Group.")
    sold = [roles for kind, roles, _ in deals if roles.get("target") == "Fentor"]
    assert sold == [{"target": "Fentor", "acquirer": "Arkwell Group",
                     "seller": "Delmont Systems"}]


def test_it_after_a_dash_is_the_subject_before_it(en: Language) -> None:
    deals = _deals(en, "Corvane Labs makes sensors for trucks. Delmont Systems has grown "
                       "fast - it acquired Fentor for $20 million last year.")
    bought = [roles for kind, roles, _ in deals if roles.get("target") == "Fentor"]
    assert bought == [{"target": "Fentor", "acquirer": "Delmont Systems"}]


def test_it_in_a_clause_of_time_is_the_owner_of_the_main_subject(en: Language) -> None:
    deals = _deals(en, "Corvane Labs makes sensors for trucks. Shares of Delmont Systems "
                       "rose 5% after it agreed to buy Fentor for $20 million.")
    bought = [roles for kind, roles, _ in deals if roles.get("target") == "Fentor"]
    assert bought == [{"target": "Fentor", "acquirer": "Delmont Systems"}]


def test_a_contrasted_company_is_no_antecedent(en: Language) -> None:
    # near miss: "while" sets the clause's company against the one "it" means
    deals = _deals(en, "Corvane Labs makes sensors for trucks. While Arkwell Group cut jobs "
                       "last year, it bought Fentor for $20 million.")
    assert all(roles.get("acquirer") != "Arkwell Group" for _, roles, _ in deals)


def test_a_spanish_unsaid_subject_after_a_preposed_clause(es: Language) -> None:
    deals = _deals(es, "Corvane Labs fabrica sensores para camiones. Desde que Delmont "
                       "Sistemas salió a bolsa, ha comprado Fentor y Grupo Arkwell.")
    bought = [roles for kind, roles, _ in deals if kind == "Acquisition"]
    assert bought and all(roles.get("acquirer") == "Delmont Sistemas" for roles in bought)


def test_a_spanish_contrasting_clause_is_no_antecedent(es: Language) -> None:
    # near miss: "mientras" sets the clause's company against the buyer
    deals = _deals(es, "Corvane Labs fabrica sensores para camiones. Mientras Delmont "
                       "Sistemas recortaba plantilla, compró Fentor por 20 millones.")
    assert all(roles.get("acquirer") != "Delmont Sistemas" for _, roles, _ in deals)


def test_our_capital_is_not_the_company_sold_before(es: Language) -> None:
    deals = _deals(es, "Lácteos Brañas, una quesería familiar de Lugo, cumple cien años. "
                       "En 2015 adquirimos Quesos Meira por dos millones. Cuatro años "
                       "después, el fondo Nortia Capital se incorporó a nuestro capital "
                       "con un 15%.")
    investments = [roles for kind, roles, _ in deals if kind == "Investment"]
    assert all(roles.get("investee") != "Quesos Meira" for roles in investments)


def test_the_capital_with_no_owner_follows_the_company_sold(es: Language) -> None:
    # near miss: with no possessive the capital entered is still the company sold
    deals = _deals(es, "Grupo Deva adquirió Quesos Meira por dos millones. Cuatro años "
                       "después, el fondo Nortia Capital se incorporó al capital con un 15%.")
    investments = [(roles, rules) for kind, roles, rules in deals if kind == "Investment"]
    assert investments
    assert investments[0][0] == {"investee": "Quesos Meira", "investor": "Nortia Capital"}
    assert "parties:our-capital" not in investments[0][1]
