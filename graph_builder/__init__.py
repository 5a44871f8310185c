"""graph_builder: news articles in, a knowledge graph of who did what to whom out."""

__version__ = "0.1.0"
