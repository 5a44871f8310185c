"""graph_builder: news articles in, a knowledge graph of who did what to whom out.

The Python API::

    import graph_builder

    report = graph_builder.build(["news/"], out="kg")          # what graph-builder build does
    relations = graph_builder.extract("Japan lodged a protest with China.")

``build`` is ``graph_builder.build.build`` and ``extract`` is ``graph_builder.api.extract``. They are
imported on first use, so ``import graph_builder`` stays cheap (the command line, the SPARQL server's
workers); the modules ``graph_builder.build`` and ``graph_builder.extract`` stay importable by those names
(``from graph_builder.build import build``), but as attributes of the package the two names mean the functions.
"""

import importlib
import sys
from types import ModuleType

__version__ = "0.1.0"

_API = {"build": "graph_builder.build", "extract": "graph_builder.api"}
__all__ = ["build", "extract", "__version__"]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'graph_builder' has no attribute {name!r}")
    function = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = function
    return function


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])


class _Package(ModuleType):
    """The package module, whose attributes ``build`` and ``extract`` stay the API's functions: importing the
    submodule ``graph_builder.build`` or the subpackage ``graph_builder.extract`` would otherwise bind the
    module to that name here (the module stays in ``sys.modules`` under its dotted name)."""

    def __setattr__(self, name: str, value) -> None:
        if name in _API and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
