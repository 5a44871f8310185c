# The two commands of the README. Each installs what it needs on a fresh machine.

.PHONY: demo test

# Build the knowledge graph of the example articles into out/.
demo:
	python -m pip install -q -e .
	graph-builder build

# Run the test suite (Debian's Chromium for the browser tests and Raptor's rapper for the RDF round trips are
# installed when missing).
test:
	(command -v chromium && command -v rapper) >/dev/null 2>&1 || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null)
	python -m pip install -q -e '.[test]'
	python -m pytest
