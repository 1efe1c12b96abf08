"""Session 34, helper falsedeals (issue #13): false deals whose party is a stray (a
lender, a party of the clause before) or whose pair is wrong.

- "X lent us $1m, and in 2024 Y bought a stake in Z": the English parser reads the name
  after the date of a fronted phrase of time into the phrase ("in [2024 Y]") and the
  verb after it takes the subject of the clause before (the lender). The name between
  the date and a finite verb with no subject is the verb's subject, and so is a name
  apposed to an indefinite description there ("in '01 a Casper outfit, Y, bought …")
  (``kg.deals.syntax._subject_read_into_date``); a second verb with no name of its own
  ("X lent … in 2023 and bought a stake in Z in 2024") still shares the first's subject.
- "X acted as financial adviser to Y on the acquisition of Z", "X was adviser to Y on its
  purchase of Z", "X actuó como asesor financiero de Y en la compra de Z": a deal noun
  in a clause whose predicate is a role of serving a side (adviser, counsel, lender,
  underwriter; "banco financiador") is the client's deal; the firm that serves, the
  clause's subject, is no party (``kg.deals.roles._served_client``). A firm that
  advises and also invests ("X, which advised on the deal, also took a stake in Z")
  keeps its own deal.
- "X provided $200 million of debt for the purchase of Z", "X provided financing for the
  acquisition of Z", "X otorgó la financiación para la compra de Z": a verb of giving
  whose object is borrowed money (not only a loan) lends, and its subject is no buyer
  (``kg.deals.roles._lending_verb``); "provided $50 million of equity for the
  acquisition" is money put in, and keeps its giver.
- "X agreed to buy Y, which Z bought in 2015", "Y, que Z había adquirido en 2015":
  two takeovers of one company in one sentence, each by a buyer of its own, are two
  deals (its earlier owner's, a rival's), not one with two buyers
  (``kg.deals.merge._other_buyer``); "X and Z bought Y" stays one deal of two buyers.
"""

from __future__ import annotations

from spacy.language import Language

Roles = set[tuple[str, str]]  # one deal's (role, party name) pairs


def _read(nlp: Language, text: str) -> list[Roles]:
    """Each deal kg reads in ``text``, as its (role, party name) pairs."""
    return [{(role, ref.name) for role, ref in deal.roles} for deal in nlp(text)._.kg_deals]


def _single(nlp: Language, text: str) -> Roles:
    (deal,) = _read(nlp, text)
    return deal


def _named(deal: Roles, role: str) -> str:
    return next(name for r, name in deal if r == role)


def _nowhere(name: str, deals: list[Roles]) -> bool:
    return all(name not in {n for _, n in d} for d in deals)


# -- a name read into a fronted phrase of time ------------------------------------------


def test_name_after_year_is_the_buyer_not_the_lender(en: Language) -> None:
    d = _single(en, "Brisden Bank lent Torvane Group $100 million last year, and in 2024 "
                 "Quensy Holdings bought a stake in Torvane Group.")
    assert _named(d, "investor").startswith("Quensy")
    assert ("investee", "Torvane Group") in d


def test_name_apposed_to_a_description_after_the_date(en: Language) -> None:
    d = _single(en, "Harlan Valley Bank lent us $300,000 for new trucks, and in '01 a Casper "
                 "outfit, Copperline Equipment Finance, bought a third of Marten Ridge "
                 "Haulers for $2 million.")
    assert ("investor", "Copperline Equipment Finance") in d
    assert _nowhere("Harlan Valley Bank", [d])


def test_name_after_year_before_a_compound_tense(en: Language) -> None:
    d = _single(en, "Torvane Group said profits rose. In 2024 Quensy Holdings has bought a "
                 "stake in Delmar Mills.")
    assert _named(d, "investor").startswith("Quensy")
    assert ("investee", "Delmar Mills") in d


def test_second_verb_with_no_name_shares_the_first_subject(en: Language) -> None:
    d = _single(en, "Brisden Bank lent Torvane Group $100 million in 2023 and bought a stake "
                 "in Delmar Mills in 2024.")
    assert ("investor", "Brisden Bank") in d


def test_name_right_after_the_preposition_is_its_object(en: Language) -> None:
    # no date between "after" and the name: the phrase is a clause of its own
    d = _single(en, "After Quensy Holdings left the talks in 2024, Torvane Group bought "
                 "Delmar Mills.")
    assert ("acquirer", "Torvane Group") in d


# -- a firm serving a side: adviser, lender ------------------------------------------------


def test_adviser_to_a_buyer_is_no_party(en: Language) -> None:
    d = _single(en, "Marlcourt Partners acted as financial adviser to Torvane Group on the "
                 "acquisition of Pellow Foods.")
    assert d == {("acquirer", "Torvane Group"), ("target", "Pellow Foods")}


def test_adviser_as_predicate_noun_gives_the_possessive_to_the_client(en: Language) -> None:
    d = _single(en, "Marlcourt Partners was lead adviser to Torvane Group on its purchase of "
                 "Pellow Foods.")
    assert d == {("acquirer", "Torvane Group"), ("target", "Pellow Foods")}


def test_adviser_with_no_client_named_is_no_party(en: Language) -> None:
    deals = _read(en, "Marlcourt Partners acted as adviser on the acquisition of Pellow Foods.")
    assert _nowhere("Marlcourt Partners", deals)


def test_spanish_adviser_de_client(es: Language) -> None:
    d = _single(es, "Marlcourt Partners actuó como asesor financiero de Torvane Group en la "
                 "compra de Pellow Foods.")
    assert d == {("acquirer", "Torvane Group"), ("target", "Pellow Foods")}


def test_adviser_that_also_invests_keeps_its_stake(en: Language) -> None:
    d = _single(en, "Marlcourt Partners, which advised on the deal, also took a 5% stake in "
                 "Pellow Foods.")
    assert ("investor", "Marlcourt Partners") in d


def test_lead_investor_is_no_serving_role(en: Language) -> None:
    d = _single(en, "Orbe Capital acted as lead investor in the acquisition of Pellow Foods.")
    assert ("acquirer", "Orbe Capital") in d


def test_debt_provider_is_no_buyer(en: Language) -> None:
    deals = _read(en, "Brisden Bank provided $200 million of debt for the purchase of "
                       "Pellow Foods.")
    assert _nowhere("Brisden Bank", deals)


def test_financing_provider_is_no_buyer(en: Language) -> None:
    deals = _read(en, "Brisden Bank provided financing for the acquisition of Pellow Foods.")
    assert _nowhere("Brisden Bank", deals)


def test_spanish_financing_giver_is_no_buyer(es: Language) -> None:
    deals = _read(es, "Banco Brisden otorgó la financiación para la compra de Pellow Foods.")
    assert _nowhere("Banco Brisden", deals)


def test_equity_provider_keeps_its_deal(en: Language) -> None:
    d = _single(en, "Orbe Capital provided $50 million of equity for the acquisition of "
                 "Pellow Foods.")
    assert ("acquirer", "Orbe Capital") in d


# -- an earlier owner's purchase told in a relative clause -------------------------------


def _buyers(deals: list[Roles]) -> list[set[str]]:
    return [{name for role, name in d if role == "acquirer"} for d in deals]


def test_earlier_owner_in_relative_clause_is_a_deal_of_its_own(en: Language) -> None:
    deals = _read(en, "Torvane Group agreed to buy Pellow Foods, which Ardmore Capital "
                       "bought in 2015, for $300 million.")
    assert sorted(map(sorted, _buyers(deals))) == [["Ardmore Capital"], ["Torvane Group"]]


def test_spanish_earlier_owner_passive_relative(es: Language) -> None:
    deals = _read(es, "Torvane Group compró Pellow Foods, que Ardmore Capital había "
                       "adquirido en 2015.")
    assert sorted(map(sorted, _buyers(deals))) == [["Ardmore Capital"], ["Torvane Group"]]


def test_joint_buyers_stay_one_deal(en: Language) -> None:
    deals = _read(en, "Torvane Group and Ardmore Capital bought Pellow Foods.")
    assert _buyers(deals) == [{"Torvane Group", "Ardmore Capital"}]


def test_same_buyer_told_twice_stays_one_deal(en: Language) -> None:
    deals = _read(en, "Pellow Foods, which Torvane Group agreed to buy in May, was sold "
                       "to Torvane Group for $300 million.")
    assert _buyers(deals) == [{"Torvane Group"}]


def test_adviser_hired_by_the_seller_leaves_the_seller(en: Language) -> None:
    # the "as" phrase is said of the object: the subject is the client
    d = _single(en, "Torvane Group hired Marlcourt Partners as adviser on the sale of "
                    "Pellow Foods.")
    assert d == {("seller", "Torvane Group"), ("target", "Pellow Foods")}


def test_buyer_arranging_its_own_financing_stays_the_buyer(en: Language) -> None:
    d = _single(en, "Torvane Group arranged financing for the acquisition of Pellow Foods.")
    assert d == {("acquirer", "Torvane Group"), ("target", "Pellow Foods")}
