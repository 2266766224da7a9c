"""Imported by the forkserver that indexing forks its worker processes from.

Whatever is built here is built once and shared by every worker, instead of each one
building it on its first file: the modules of the analysis, and the region gazetteer
(its stemmed variants take about 70 ms to build; a run of a thousand files with two
workers spent a tenth of its CPU on such starts).
"""

from regreader.ingestion.prepare import warm_up

warm_up()
