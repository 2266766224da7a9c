"""Files -> clean text -> articles: encodings, HTML, feeds, titles, dates, regions.

The entry point is `regreader.ingestion.pipeline.index_paths`.
"""
