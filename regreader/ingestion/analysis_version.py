"""Which version of the analysis of a text this regreader runs.

Bump ANALYSIS_VERSION when a change to what is derived from a text (titles, dates,
languages, regions, quotes and speakers, stems) should reach files indexed before: every
source records the version it was read with, and `regreader index` (and the app, at
launch) reads older ones again even when their files did not change; their quotes keep
their annotations. A module of its own, so the app can ask without importing the
analysis.
"""

ANALYSIS_VERSION = 234
