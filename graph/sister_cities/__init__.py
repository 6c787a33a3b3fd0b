"""sister-cities: a knowledge graph of sister-city (twin town) relationships."""

__version__ = "0.1.0"
