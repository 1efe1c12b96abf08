"""Session 32, helper described (issue #13): a party told by a description in the deal's
sentence and named in another (inventory tests/data/constructions/described).

- "The buyer was revealed as X", "The buyer was identified in a filing as X", "El
  comprador fue identificado como X": a passive verb of revealing or naming whose
  subject is a role noun names the party in its "as" / "como" phrase, as a copula does
  (``kg.deals.roles._revealed_as``); "The buyer was revealed to be upset" names none.
- "The buyer turned out to be X", "El comprador resultó ser X", "X emerged as the
  buyer", "X was named as the buyer", "X figura como compradora": a verb of turning out,
  or a role noun in an "as" / "como" phrase, names the party as a copula does
  (``kg.deals.roles._turned_out``, ``_as_role``); "X emerged as a possible buyer" is a
  suitor, not the buyer.
- "Behind the deal is X", "X is behind the acquisition", "Detrás de la operación está
  X", "X está detrás de la compra": the company said to stand behind a deal told before
  is its buyer (a round's investor) (``kg.deals.roles._behind_deal``); "X is behind
  the growth of the market" names no deal.
- "Y pasará a estar controlada por X": what comes to be controlled by someone changes
  hands, as with "pasa a manos de" (``kg.deals.possession._controlled_by``); and the
  whole of a company that passes ("el 100 % de Y pasa a manos de X") is a takeover, a
  smaller stake an investment (tests/test_deal_possession.py); "Y está controlada por
  X" alone says who owns it.
- "X agreed to buy a family-owned biscuit maker. The target is Y": a target named by
  its role makes the purchase of something described a takeover, with the status a
  takeover's words give (``kg.deals.roles._purchase_to_takeover``).
- "The new owner is X", "La nueva propietaria es X": a new owner of nothing named is
  the buyer of the deal just told, as "the buyer" is
  (``kg.deals.roles._unanchored_new_owner``); "Y reported losses. The new owner is X"
  tells no deal to join.
- "A rival has agreed to buy Y. The rival, X, ...", "Un grupo vasco ha comprado Y. El
  grupo, X, ...", "Y ha sido adquirida por una gestora. La gestora es X", "Un fondo se
  ha hecho con Y. Se trata de X": a definite noun with a name in apposition or as its
  copula's predicate (or "se trata de") names the side an indefinite description of the
  same head told in the deal's sentence (``kg.deals.roles._description_named``); "The
  bank, X, advised it" has no "a bank" before it.
- "The group agreed to fold Y, a 19-branch chain, into its network": a company folded
  into what its subject has is taken over (``kg.deals.frames._folded_into_own``); "Y
  folded last year", "fold its Y unit into its retail arm", "fold Y into a new company"
  are none.
- "La compradora es Y", "Y, la compradora, pagará ...": the name a deal's role noun
  predicates is an organisation where the model reads a miscellany or an unknown place
  (``kg.entities.cues.role_named``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a role noun named by a verb of revealing ------------------------------------------


def test_the_buyer_revealed_as_a_company_is_the_acquirer(en: Language) -> None:
    deals = _deals(en, "Brantwood Ceramics has been sold to an undisclosed buyer. The buyer "
                       "was revealed on Friday as Ostler Industrial, a Bristol engineering group.")
    assert [_roles(d) for d in deals] == [
        {("target", "Brantwood Ceramics"), ("acquirer", "Ostler Industrial")}]


def test_the_buyer_identified_as_a_company_is_the_acquirer(en: Language, es: Language) -> None:
    deals = _deals(en, "Kelmscott Fabrics has agreed to be sold to a European group. The buyer "
                       "was identified in a filing as Dunmere Textiles.")
    assert [_roles(d) for d in deals] == [
        {("target", "Kelmscott Fabrics"), ("acquirer", "Dunmere Textiles")}]
    deals = _deals(es, "Harinas Tormes ha sido vendida. El comprador fue identificado como "
                       "Velarde Capital.")
    assert [_roles(d) for d in deals] == [
        {("target", "Harinas Tormes"), ("acquirer", "Velarde Capital")}]


def test_a_buyer_revealed_to_feel_so_names_no_party(en: Language) -> None:
    assert not _deals(en, "Brantwood Ceramics has been sold. The buyer was revealed to be "
                          "unhappy with the price.")


# -- the company behind the deal ---------------------------------------------------------


def test_the_company_behind_the_deal_is_its_buyer(en: Language, es: Language) -> None:
    deals = _deals(en, "Penwith Freight has been bought by an investment firm for $90 "
                       "million. Behind the deal is Harcourt Lane Partners, a Chicago "
                       "investor.")
    assert [_roles(d) for d in deals] == [
        {("target", "Penwith Freight"), ("acquirer", "Harcourt Lane Partners")}]
    deals = _deals(es, "La tecnológica Softandes ha sido vendida por 12 millones de euros. "
                       "Detrás de la operación está el fondo Carrizal Partners.")
    assert [_roles(d) for d in deals] == [
        {("target", "Softandes"), ("acquirer", "Carrizal Partners")}]


def test_a_company_said_behind_the_purchase_is_its_buyer(es: Language, en: Language) -> None:
    deals = _deals(es, "Un grupo peruano se ha hecho con el 100% de Bodegas Ocucaje. "
                       "Inversiones Nazca está detrás de la compra.")
    assert [_roles(d) for d in deals] == [
        {("target", "Bodegas Ocucaje"), ("acquirer", "Inversiones Nazca")}]
    deals = _deals(en, "Penwith Freight has been sold. Harcourt Lane Partners is behind the "
                       "acquisition.")
    assert [_roles(d) for d in deals] == [
        {("target", "Penwith Freight"), ("acquirer", "Harcourt Lane Partners")}]


def test_a_company_behind_a_trend_names_no_deal(en: Language, es: Language) -> None:
    assert not _deals(en, "Penwith Freight has been sold. Harcourt Lane Partners is behind "
                          "the growth of the market.")
    # "detrás de" a company says who owns it: only the stake entered is a deal
    deals = _deals(es, "Detrás de Lluvia Films está el fondo Olmo Capital, que entró en su "
                       "capital en 2024.")
    assert all(d.type == "Investment" for d in deals)


# -- a company that comes to be controlled -------------------------------------------------


def test_a_company_that_comes_to_be_controlled_changes_hands(es: Language) -> None:
    deals = _deals(es, "El 80% de Quesos Tiétar pasará a estar controlado por Dehesa Capital.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("target", "Quesos Tiétar"), ("acquirer", "Dehesa Capital")})]


def test_a_described_controller_is_named_by_the_buyer_after(es: Language) -> None:
    deals = _deals(es, "Aceites Jándula pasará a estar controlada por un fondo británico. El "
                       "comprador es Harrowby Capital, que pagará 30 millones de euros.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Announced",
         {("target", "Aceites Jándula"), ("acquirer", "Harrowby Capital")})]


def test_the_whole_passing_into_hands_is_a_takeover(es: Language) -> None:
    deals = _deals(es, "El 100% de Aceites Jándula pasará a manos de Harrowby Capital.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("target", "Aceites Jándula"), ("acquirer", "Harrowby Capital")})]
    deals = _deals(es, "El 60% de Aceites Jándula pasará a manos de Harrowby Capital.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Investment", {("investee", "Aceites Jándula"), ("investor", "Harrowby Capital")})]


def test_a_company_controlled_is_no_deal(es: Language) -> None:
    assert not _deals(es, "Aceites Jándula está controlada por Harrowby Capital.")


# -- the target named after a described purchase -----------------------------------------


def test_a_target_named_after_a_described_purchase(en: Language) -> None:
    deals = _deals(en, "Dunholme Foods has agreed to buy a family-owned jam maker for £14m. "
                       "The target is Acklam Preserves, which employs 80 people.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Announced",
         {("acquirer", "Dunholme Foods"), ("target", "Acklam Preserves")})]


def test_goods_bought_with_no_target_named_stay_no_takeover(en: Language) -> None:
    deals = _deals(en, "Dunholme Foods has agreed to buy 40 delivery vans for £2m. The vans "
                       "will be built in Luton.")
    assert all(d.type != "Acquisition" for d in deals)


# -- the name a role noun predicates is an organisation ---------------------------------


def test_the_name_a_role_noun_predicates_is_a_company(es: Language) -> None:
    doc = es("Una empresa chilena adquirió la panificadora peruana Panes Rímac. La compradora "
             "es Hornos del Elqui, que pagó 20 millones de dólares.")
    assert any(e.text == "Hornos del Elqui" and e.label_ == "ORG" for e in doc.ents)
    doc = es("Envases Arga ha sido vendida a un grupo portugués. Cartonagem Tâmega, la "
             "compradora, pagará 9 millones de euros.")
    assert any(e.text == "Cartonagem Tâmega" and e.label_ == "ORG" for e in doc.ents)


def test_a_person_a_role_noun_predicates_stays_a_person(es: Language) -> None:
    deals = _deals(es, "Envases Arga ha sido vendida. El comprador es el empresario Jacinto "
                       "Ramos.")
    assert [{(r, x.kind) for r, x in d.roles} for d in deals] == [
        {("target", "org"), ("acquirer", "person")}]


# -- a company folded into the subject's own business ----------------------------------


def test_a_company_folded_into_its_network_is_taken_over(en: Language) -> None:
    deals = _deals(en, "Harlow Veterinary Group reported higher sales. The group this week "
                       "agreed to fold Tamworth Animal Care, a nine-clinic chain, into its "
                       "network for £8m.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Announced",
         {("acquirer", "Harlow Veterinary Group"), ("target", "Tamworth Animal Care")})]


def test_folding_or_a_fold_into_nothing_owned_is_no_deal(en: Language) -> None:
    assert not _deals(en, "Tamworth Animal Care folded last year.")
    assert not _deals(en, "Harlow Vets will fold its Tamworth Animal Care unit into its "
                          "retail arm.")
    assert not _deals(en, "Harlow Vets will fold Tamworth Animal Care into a new company.")


# -- a new owner named ---------------------------------------------------------------------


def test_the_new_owner_named_after_a_sale_is_its_buyer(en: Language, es: Language) -> None:
    deals = _deals(en, "Wetherby Plastics has been acquired. The new owner is Holmfirth "
                       "Polymers, a Yorkshire group.")
    assert [_roles(d) for d in deals] == [
        {("target", "Wetherby Plastics"), ("acquirer", "Holmfirth Polymers")}]
    deals = _deals(es, "Conservas Bermeo ha sido vendida. La nueva propietaria es Pesquerías "
                       "Ondarroa, que pagó 7 millones de euros.")
    assert [_roles(d) for d in deals] == [
        {("target", "Conservas Bermeo"), ("acquirer", "Pesquerías Ondarroa")}]


def test_a_new_owner_with_no_sale_before_names_no_deal(en: Language) -> None:
    assert not _deals(en, "Wetherby Plastics reported losses. The new owner is Holmfirth "
                          "Polymers.")


# -- an indefinite description named after ---------------------------------------------


def test_the_rival_named_after_a_rival_buys(en: Language) -> None:
    deals = _deals(en, "A rival has agreed to buy Tarrant Optics for $50 million. The rival, "
                       "Quillon Dynamics, makes camera lenses in Ohio.")
    assert [_roles(d) for d in deals] == [
        {("target", "Tarrant Optics"), ("acquirer", "Quillon Dynamics")}]
    deals = _deals(en, "Tarrant Optics has bought a rival for $50 million. The rival, Quillon "
                       "Dynamics, makes camera lenses in Ohio.")
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Tarrant Optics"), ("target", "Quillon Dynamics")}]


def test_the_group_named_and_se_trata_de(es: Language) -> None:
    deals = _deals(es, "Un grupo industrial navarro ha comprado Forjas Lodosa. El grupo, Grupo "
                       "Arbizu, pagará 20 millones de euros.")
    assert [_roles(d) for d in deals] == [
        {("target", "Forjas Lodosa"), ("acquirer", "Grupo Arbizu")}]
    deals = _deals(es, "Un fondo de inversión se ha hecho con Galletas Lekeitio. Se trata de "
                       "Brenwood Capital, con sede en Londres.")
    assert [_roles(d) for d in deals] == [
        {("target", "Galletas Lekeitio"), ("acquirer", "Brenwood Capital")}]


def test_a_definite_noun_of_another_head_names_no_side(en: Language, es: Language) -> None:
    assert not _deals(en, "A rival has agreed to buy Tarrant Optics. The bank, Quillon "
                          "Capital, advised it.")
    deals = _deals(es, "Galletas Lekeitio ha comprado Pastas Mundaka. Se trata de la mayor "
                       "operación del sector.")
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Galletas Lekeitio"), ("target", "Pastas Mundaka")}]


# -- turned out, emerged as ----------------------------------------------------------------


def test_the_buyer_turned_out_or_emerged(en: Language, es: Language) -> None:
    deals = _deals(en, "Keswick Mills has been sold. The buyer turned out to be Dalby Foods, "
                       "a Leeds baker.")
    assert [_roles(d) for d in deals] == [
        {("target", "Keswick Mills"), ("acquirer", "Dalby Foods")}]
    deals = _deals(en, "Keswick Mills has been sold. Dalby Foods emerged as the buyer.")
    assert [_roles(d) for d in deals] == [
        {("target", "Keswick Mills"), ("acquirer", "Dalby Foods")}]
    deals = _deals(es, "Harinas Keswick ha sido vendida. Dalby Alimentación figura como "
                       "compradora.")
    assert [_roles(d) for d in deals] == [
        {("target", "Harinas Keswick"), ("acquirer", "Dalby Alimentación")}]


def test_a_possible_buyer_is_not_the_buyer(en: Language) -> None:
    assert not _deals(en, "Keswick Mills has been sold. Dalby Foods emerged as a possible "
                          "buyer last year.")


def test_the_description_named_by_a_copula(es: Language) -> None:
    deals = _deals(es, "Harinas Keswick ha sido adquirida por una gestora. La gestora es "
                       "Dalby Capital.")
    assert [_roles(d) for d in deals] == [
        {("target", "Harinas Keswick"), ("acquirer", "Dalby Capital")}]
