"""The ontology files (Turtle, SHACL shapes, gazetteer additions), installed as package data."""
