"""newsreader: a terminal news reader for grasping a story fast."""

__version__ = "0.2.0"
